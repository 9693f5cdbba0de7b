import { AlmaError } from './errors.js';
import type { ErrorContext } from './errors.js';
import type { ParsedBody } from './parse.js';
import type { RetryTiming, Verdict } from './retry.js';
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
};
export type Format = 'json' | 'xml';
export interface TransportOptions extends RetryTiming {
    apiKey: string;
    baseUrl: string;
    format: Format;
    maxAttempts: number;
    requestTimeoutMs: number;
    /** Requests begun in any rolling second, retries included (§6). */
    requestsPerSecond: number;
    quotaWarnBelow: number;
    onEvent: (event: ClientEvent) => void;
    sleep: (ms: number) => Promise<void>;
}
/** One attempt's result. A failure says whether and how it may be repeated. */
export type Attempt = {
    ok: true;
    body: ParsedBody;
} | {
    ok: false;
    error: AlmaError;
    verdict: Verdict;
    reason: string;
    retryAfter?: string;
};
export declare class AlmaTransport {
    private readonly opts;
    private readonly deadlines;
    private readonly pacer;
    /** GETs share pooled connections. */
    private readonly reads;
    /**
     * The run POST always opens a fresh connection: a stale pooled socket can fail after the
     * request was written, which would make its outcome look unknown (§6: never replay it).
     */
    private readonly writes;
    private readonly secrets;
    private quotaWarned;
    requestCount: number;
    remaining: number | undefined;
    constructor(opts: TransportOptions);
    get format(): Format;
    /** Anything shown to a person goes through here first. */
    redact(text: string): string;
    /** GET with retries on 429, 5xx, network failures and unreadable answers (§6). */
    get(path: string, ctx?: Omit<ErrorContext, 'method' | 'path'>): Promise<ParsedBody>;
    /** Emits the retry event and waits the backoff (or Retry-After) for the attempt that failed. */
    pauseBeforeRetry(method: string, path: string, attempt: number, failure: Extract<Attempt, {
        ok: false;
    }>): Promise<void>;
    /** One request, no retries. `path` is below the base URL and includes the query. */
    exchange(method: 'GET' | 'POST', path: string, body: string | undefined, ctx?: Omit<ErrorContext, 'method' | 'path'>): Promise<Attempt>;
    close(): void;
    private judge;
    private sendFailure;
    private send;
    /** §6: X-Exl-Api-Remaining on every response; an integer, but read it defensively. */
    private noteQuota;
}
export declare function gaveUp(error: AlmaError, attempts: number): AlmaError;
