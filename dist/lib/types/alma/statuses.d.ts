import type { StatusOutcome } from './types.js';
export interface StatusClass {
    outcome: StatusOutcome;
    terminal: boolean;
    /** false for a code not in the §4 table. */
    known: boolean;
}
/** The 14 codes of systemJobStatus with their table descriptions (§4). */
export declare const STATUS_DESCRIPTIONS: Record<string, string>;
/** Match on `status.value`, never on `desc` (§4). */
export declare function classifyStatus(code: string): StatusClass;
