import type { JobParameter } from './types.js';
/**
 * A run's parameters (alma-api.md §3.3) from any of:
 * - the XML body of the "Run a job" wizard's "API information":
 *   `<job><parameters><parameter><name>set_id</name><value>…</value></parameter>…</parameters></job>`
 * - Alma's JSON body `{"parameter":[{"name":{"value":"set_id"},"value":"…"}]}`
 * - a JSON object `{"set_id": "123", …}`
 * - a flat YAML mapping, one `name: value` a line.
 * Values stay exact strings (ids exceed 2^53, §7.4). Empty text → no parameters.
 */
export declare function parseParameters(text: string, name?: string): JobParameter[];
/** §3.3: JSON has no `job` wrapper; with no parameters send `{}` / `<job/>`, never nothing. */
export declare function runRequestBody(parameters: JobParameter[], format: 'json' | 'xml'): string;
