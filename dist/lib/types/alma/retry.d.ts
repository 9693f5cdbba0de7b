/** Longest Retry-After we honour; a server asking for more is treated as asking for this. */
export declare const RETRY_AFTER_CAP_MS = 60000;
/**
 * How long a call keeps retrying per-second refusals, by default. The limit is the
 * institution's (§6), shared with every other workflow of it: when sixty steps start at once
 * behind 25 calls/s, a refusal says "later", not "never". Two minutes lets the pacers of all
 * of them settle (each halves its rate on a refusal) without hiding an Alma that refuses all day.
 */
export declare const DEFAULT_RATE_LIMIT_BUDGET_MS = 120000;
/** How a failed attempt may be repeated. */
export type RetryVerdict = 
/** Alma refused it for the per-second limit (429 / PER_SECOND_THRESHOLD): not processed; retried on a time budget. */
'throttled'
/** It never left (connect/DNS failure): not processed, safe for any method. */
 | 'not-processed'
/** 5xx, reset, timeout, unreadable answer: a GET may repeat; a POST's outcome is unknown. */
 | 'transient'
/** An answer too big to read (MAX_BODY_BYTES): a GET would only fetch it again; a POST's outcome is unknown. */
 | 'lost'
/** A 4xx answer, a refused key, the daily quota: repeating cannot help. */
 | 'final';
export declare function failedBeforeSending(code: string | undefined): boolean;
/** §5/§6: check the code as well as the status; the daily quota is not worth retrying today. */
export declare function verdictForAnswer(status: number, code: string | undefined): RetryVerdict;
/** Full jitter: random(0, min(max, base·2ⁿ)) for the n-th retry (n from 0). */
export declare function backoffDelayMs(retryIndex: number, baseMs: number, maxMs: number, random?: () => number): number;
/**
 * Retry-After as delta-seconds or an HTTP date (§6), capped at RETRY_AFTER_CAP_MS; undefined
 * when absent, unreadable, negative, zero or in the past: then the normal backoff applies.
 */
export declare function retryAfterMs(header: string | undefined, nowMs: number): number | undefined;
export interface RetryTiming {
    retryBaseMs: number;
    retryMaxMs: number;
    now: () => number;
}
/** Retry-After wins when the server sent a usable one; otherwise jittered backoff. */
export declare function retryDelayMs(retryIndex: number, retryAfterHeader: string | undefined, timing: RetryTiming): number;
