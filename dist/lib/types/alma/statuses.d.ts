import type { Counter, JobInstance, StatusOutcome } from './types.js';
export interface StatusClass {
    outcome: StatusOutcome;
    terminal: boolean;
    /** false for a code not in the §4 table. */
    known: boolean;
}
/** The 14 codes of systemJobStatus with their table descriptions (§4). */
export declare const STATUS_DESCRIPTIONS: Record<string, string>;
/** Alma's own description, else the §4 table's; unchanged for a code the table lacks. */
export declare function withTableDescription(instance: JobInstance): JobInstance;
/** Match on `status.value`, never on `desc` (§4). */
export declare function classifyStatus(code: string): StatusClass;
/**
 * The counters above 0 that report failed, erroneous or rejected records. Alma decides the
 * status alone; these are what a person should look at when it says success.
 */
export declare function failureCounters(counters: readonly Counter[]): Counter[];
/** A counter's value as a number; 0 for text that is not one (values are strings, §3.4). */
export declare function counterValue(counter: Counter): number;
