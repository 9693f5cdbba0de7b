import type { CallOptions, ClientEvent, Format } from './http.js';
import type { InstanceListFilter, Job, JobInstance, JobListFilter, JobParameter, RunResult, StatusTableRow } from './types.js';
export interface AlmaClientOptions {
    apiKey: string;
    /** From resolveBaseUrl. */
    baseUrl: string;
    /** Accept/Content-Type; default 'json'. */
    format?: Format;
    /**
     * Tries per GET for 5xx, network failures, timeouts and unreadable answers, and per run POST
     * whose connection was refused; default 4 (1 try + 3 retries). Per-second refusals (429) are
     * retried on `rateLimitBudgetMs` instead.
     */
    maxAttempts?: number;
    /**
     * How long one call keeps retrying per-second refusals (429 PER_SECOND_THRESHOLD, full jitter),
     * counted from its start; default DEFAULT_RATE_LIMIT_BUDGET_MS (2 minutes). The signal ends it sooner.
     */
    rateLimitBudgetMs?: number;
    /** First backoff ceiling; default 500 ms. */
    retryBaseMs?: number;
    /** Largest backoff ceiling; default 8000 ms. */
    retryMaxMs?: number;
    /** Per request, headers and body; default 60000 ms. */
    requestTimeoutMs?: number;
    /** List pages in flight at once after the first; default DEFAULT_LIST_CONCURRENCY. */
    listConcurrency?: number;
    /**
     * Requests begun in any rolling second, retries included; default DEFAULT_REQUESTS_PER_SECOND
     * (§6). A per-second refusal halves it (floor 1/s); it climbs back by 1/s each second.
     */
    maxRequestsPerSecond?: number;
    /** Emit 'quota-low' once when X-Exl-Api-Remaining drops below this; default 1000. */
    quotaWarnBelow?: number;
    onEvent?: (event: ClientEvent) => void;
    /**
     * Cancels the client: once aborted, no new request starts (checked before and after the
     * pacer and before each retry), backoff sleeps end at once and GETs in flight are aborted;
     * the call fails with kind 'cancelled'. A run POST in flight is left to finish: its answer
     * names the instance. runJob's error says with `sent` whether the job may have started.
     */
    signal?: AbortSignal;
    /** Injectable for tests; `signal` is the call's, and the sleep is also raced against it. */
    sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
    now?: () => number;
}
/** Per call: a signal of the caller's own (e.g. a wait's deadline), on top of the client's. */
export type { CallOptions } from './http.js';
/** Alma job ids carry their kind as a prefix: manual, scheduled, other (§3.2). */
export declare function isJobId(s: string): boolean;
/**
 * Ten: a 1,000-job list, the first page then the other nine together, costs about two page
 * times instead of ten (npm run bench). How fast Alma answers decides the rate this gives, so
 * the per-second limit (§6) is kept by the transport's pacer, not by this number.
 */
export declare const DEFAULT_LIST_CONCURRENCY = 10;
/** Calls left today below which the client warns once (§6: the daily quota is 1,000 per named user). */
export declare const DEFAULT_QUOTA_WARN_BELOW = 1000;
export declare class AlmaClient {
    private readonly transport;
    private readonly listConcurrency;
    private readonly sleep;
    private readonly now;
    private readonly onEvent;
    constructor(opts: AlmaClientOptions);
    /** Last X-Exl-Api-Remaining seen (§6). */
    get remaining(): number | undefined;
    /** HTTP requests sent, retries included. */
    get requestCount(): number;
    /** Every job that can be submitted, all pages (§2, §7.7); a job with a malformed id is left out. */
    listJobs(filter?: JobListFilter, options?: CallOptions): Promise<Job[]>;
    getJob(jobId: string, options?: CallOptions): Promise<Job>;
    /**
     * Submits the job (§3.3). See run.ts for why the POST is never blindly repeated. After an
     * abort (the client's signal or `options.signal`) it fails with kind 'cancelled' and `sent`.
     */
    runJob(jobId: string, parameters: JobParameter[], options?: CallOptions): Promise<RunResult>;
    /**
     * Runs of a job, all pages; dates are YYYY-MM-DD, `to` inclusive (§2); a malformed run is left out.
     * With `options.limit`: the first page alone, of at most that many runs (1–100, §7.7), one request.
     */
    listInstances(jobId: string, filter?: InstanceListFilter, options?: CallOptions & {
        limit?: number;
    }): Promise<JobInstance[]>;
    /**
     * A 402218 here (unknown instance) surfaces as AlmaError code '402218'; waiting is the caller's
     * call (§7.12). `options.signal` (e.g. a wait's deadline) aborts it, in flight or in backoff.
     */
    getInstance(jobId: string, instanceId: string, options?: CallOptions): Promise<JobInstance>;
    getStatusTable(options?: CallOptions): Promise<StatusTableRow[]>;
    /** Frees keep-alive sockets. */
    close(): void;
    /**
     * GET (with retries), then map. A well-formed body of the wrong shape is a 'parse' error, not
     * retried; so is anything else the mapping throws: the body is untrusted input.
     */
    private getMapped;
    /** §7.16: a malformed list item is left out, and said so at debug level. */
    private noteSkipped;
}
