import type { JobParameter } from './alma/types.js';
export interface DurationLimits {
    /** Accept 0 (e.g. a TTL of 0 = always refetch). Default false. */
    allowZero?: boolean;
}
/**
 * '90' (seconds), '90s', '30m', '2h', '1d', '1h30m', '1.5h', '500ms' → milliseconds.
 * Parts go from the largest unit to the smallest, each at most once.
 */
export declare function parseDuration(name: string, text: string, limits?: DurationLimits): number;
/** Case-insensitive, trimmed; returns the allowed spelling. */
export declare function parseChoice<T extends string>(name: string, text: string, allowed: readonly T[]): T;
/**
 * GitHub's getBooleanInput takes the YAML 1.2 core spellings (true/True/TRUE, false/…);
 * this also takes yes/no/on/off/1/0, in any case, since the CLI reads the same words from ini files.
 */
export declare function parseBoolean(name: string, text: string): boolean;
/** YYYY-MM-DD, a real calendar date (the instance filters of alma-jobs-api.md §2). */
export declare function parseDate(name: string, text: string): string;
/**
 * A run's parameters (alma-jobs-api.md §3.3) from any of:
 * - the XML body of the "Run a job" wizard's "API information":
 *   `<job><parameters><parameter><name>set_id</name><value>…</value></parameter>…</parameters></job>`
 * - Alma's JSON body `{"parameter":[{"name":{"value":"set_id"},"value":"…"}]}`
 * - a JSON object `{"set_id": "123", …}`
 * - a flat YAML mapping, one `name: value` a line.
 * Values stay exact strings (ids exceed 2^53, §7.4). Empty text → no parameters.
 */
export declare function parseParameters(text: string, name?: string): JobParameter[];
