/** Longest Retry-After we honour; a server asking for more is treated as asking for this. */
export declare const RETRY_AFTER_CAP_MS = 60000;
/** How a failed attempt may be repeated. */
export type Verdict = 
/** Alma refused it (429 / PER_SECOND_THRESHOLD) or it never left (connect/DNS failure): safe for any method. */
'not-processed'
/** 5xx, reset, timeout, unreadable answer: a GET may repeat; a POST's outcome is unknown. */
 | 'transient'
/** A 4xx answer, a refused key, the daily quota: repeating cannot help. */
 | 'final';
export declare function failedBeforeSending(code: string | undefined): boolean;
/** §5/§6: check the code as well as the status; the daily quota is not worth retrying today. */
export declare function verdictForAnswer(status: number, code: string | undefined): Verdict;
/** Full jitter: random(0, min(max, base·2ⁿ)) for the n-th retry (n from 0). */
export declare function backoffDelayMs(retryIndex: number, baseMs: number, maxMs: number, random?: () => number): number;
/** Retry-After as delta-seconds or an HTTP date; undefined when absent or unreadable (§6). */
export declare function retryAfterMs(header: string | undefined, nowMs: number): number | undefined;
export interface RetryTiming {
    retryBaseMs: number;
    retryMaxMs: number;
    now: () => number;
}
/** Retry-After wins when the server sent one; otherwise jittered backoff. */
export declare function retryDelayMs(retryIndex: number, retryAfterHeader: string | undefined, timing: RetryTiming): number;
