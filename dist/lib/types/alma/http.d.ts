import { AlmaError } from './errors.js';
import type { ErrorContext } from './errors.js';
import type { ParsedBody } from './parse.js';
import type { RetryTiming, RetryVerdict } from './retry.js';
/** How the client talks to whoever logs; it never imports @actions/core. Paths never hold the key. */
export type ClientEvent = {
    type: 'retry';
    method: string;
    path: string;
    attempt: number;
    delayMs: number;
    reason: string;
} | {
    type: 'quota-low';
    remaining: number;
    threshold: number;
} | {
    type: 'request';
    method: string;
    path: string;
    status: number | undefined;
    ms: number;
} | {
    type: 'reconcile';
    jobId: string;
    message: string;
}
/** A malformed item of a list was left out (§7.16); worth a debug line, not a warning. */
 | {
    type: 'skipped-item';
    method: string;
    path: string;
    message: string;
};
export type Format = 'json' | 'xml';
export interface TransportOptions extends RetryTiming {
    apiKey: string;
    baseUrl: string;
    format: Format;
    /** Tries per call for failures other than per-second refusals. */
    maxAttempts: number;
    /** How long per-second refusals are retried, per call (§6). */
    rateLimitBudgetMs: number;
    requestTimeoutMs: number;
    /** Requests begun in any rolling second, retries included (§6); lowered for a while on a refusal. */
    requestsPerSecond: number;
    quotaWarnBelow: number;
    onEvent: (event: ClientEvent) => void;
    sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
    /** After it aborts no request starts, sleeps end, in-flight GETs are aborted. */
    signal?: AbortSignal;
}
/** Per call: a signal of the caller's own (e.g. a wait's deadline), on top of the client's. */
export interface CallOptions {
    signal?: AbortSignal;
}
/** One attempt's result. A failure says whether and how it may be repeated. */
export type Attempt = {
    ok: true;
    body: ParsedBody;
} | {
    ok: false;
    error: AlmaError;
    verdict: RetryVerdict;
    reason: string;
    retryAfter?: string;
};
/**
 * The most of one answer the client reads: 4 MiB. Alma's largest answers (a page of 100 jobs,
 * or of 100 instances with their counters) are some hundred KB; more is not Alma, and reading
 * it whole would only cost memory and time. Over it, reading stops and the socket is closed.
 */
export declare const MAX_BODY_BYTES: number;
/**
 * One call's retry bookkeeping: per-second refusals are retried on a time budget (from the
 * call's start, or the sum of the sleeps when the clock is frozen in a test), everything else
 * on the attempt count.
 */
export declare class RetryState {
    private readonly opts;
    /** Requests that got an answer or a failure, refusals included. */
    attempts: number;
    private counted;
    private throttledRetries;
    private slept;
    private readonly startedAt;
    constructor(opts: TransportOptions);
    /** The delay before the next try, or undefined when the failure may not be tried again. */
    nextDelay(failure: Extract<Attempt, {
        ok: false;
    }>): number | undefined;
    /** How the last failure is described when no more tries are left. */
    gaveUp(failure: Extract<Attempt, {
        ok: false;
    }>): AlmaError;
    private took;
}
export declare class AlmaTransport {
    private readonly opts;
    private readonly deadlines;
    private readonly pacer;
    private readonly clientOptions;
    /** GETs share pooled connections. Both clients are made for their first request. */
    private reads;
    /**
     * The run POST always opens a fresh connection: a stale pooled socket can fail after the
     * request was written, which would make its outcome look unknown (§6: never replay it).
     */
    private writes;
    private readonly secrets;
    private readonly scrubber;
    private quotaWarned;
    requestCount: number;
    remaining: number | undefined;
    constructor(opts: TransportOptions);
    /** The client's signal and the call's, in one. */
    signalFor(call: CallOptions | undefined): AbortSignal | undefined;
    /** A new bookkeeper for one call's retries. */
    retries(): RetryState;
    get format(): Format;
    /** Anything shown to a person goes through here first. */
    redact(text: string): string;
    /**
     * GET with retries on 429 (on the time budget), 5xx, network failures and unreadable answers
     * (§6). An abort of the client's or the call's signal ends it with kind 'cancelled'.
     */
    get(path: string, ctx?: Omit<ErrorContext, 'method' | 'path'>, call?: CallOptions): Promise<ParsedBody>;
    /** Emits the retry event and waits `delayMs`; ends at once (kind 'cancelled') when `signal` aborts. */
    pauseBeforeRetry(method: string, path: string, attempt: number, delayMs: number, failure: Extract<Attempt, {
        ok: false;
    }>, signal: AbortSignal | undefined): Promise<void>;
    /**
     * One request, no retries. `path` is below the base URL and includes the query. When
     * `signal` has aborted before the request could start, throws AlmaError kind 'cancelled';
     * with `abortInFlight` an abort also stops the request under way (never for the run POST,
     * whose answer carries the instance id).
     */
    exchange(method: 'GET' | 'POST', path: string, body: string | undefined, ctx?: Omit<ErrorContext, 'method' | 'path'>, call?: {
        signal?: AbortSignal;
        abortInFlight?: boolean;
    }): Promise<Attempt>;
    close(): void;
    private judge;
    private sendFailure;
    private send;
    /** GETs share pooled connections; the run POST always opens a fresh one (see `writes`). */
    private client;
    /** §6: X-Exl-Api-Remaining on every response; an integer, but read it defensively. */
    private noteQuota;
}
/** The error for a request the signal stopped before it could start or finish. */
export declare function cancelled(method: string, path: string): AlmaError;
export declare function gaveUp(error: AlmaError, attempts: number, over?: string): AlmaError;
