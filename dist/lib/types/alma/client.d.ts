import type { ClientEvent, Format } from './http.js';
import type { InstanceListFilter, Job, JobInstance, JobListFilter, JobParameter, RunResult, StatusTableRow } from './types.js';
export interface AlmaClientOptions {
    apiKey: string;
    /** From resolveBaseUrl. */
    baseUrl: string;
    /** Accept/Content-Type; default 'json'. */
    format?: Format;
    /** Tries per GET, and per run POST refused with 429; default 4 (1 try + 3 retries). */
    maxAttempts?: number;
    /** First backoff ceiling; default 500 ms. */
    retryBaseMs?: number;
    /** Largest backoff ceiling; default 8000 ms. */
    retryMaxMs?: number;
    /** Per request, headers and body; default 60000 ms. */
    requestTimeoutMs?: number;
    /** List pages in flight at once after the first; default DEFAULT_LIST_CONCURRENCY. */
    listConcurrency?: number;
    /** Requests begun in any rolling second, retries included; default DEFAULT_REQUESTS_PER_SECOND (§6). */
    maxRequestsPerSecond?: number;
    /** Emit 'quota-low' once when X-Exl-Api-Remaining drops below this; default 1000. */
    quotaWarnBelow?: number;
    onEvent?: (event: ClientEvent) => void;
    /** Injectable for tests. */
    sleep?: (ms: number) => Promise<void>;
    now?: () => number;
}
/** Alma job ids carry their kind as a prefix: manual, scheduled, other (§3.2). */
export declare function isJobId(s: string): boolean;
/**
 * Ten: a 1,000-job list, the first page then the other nine together, costs about two page
 * times instead of ten (npm run bench). How fast Alma answers decides the rate this gives, so
 * the per-second limit (§6) is kept by the transport's pacer, not by this number.
 */
export declare const DEFAULT_LIST_CONCURRENCY = 10;
export declare class AlmaClient {
    private readonly transport;
    private readonly listConcurrency;
    private readonly maxAttempts;
    private readonly sleep;
    private readonly now;
    private readonly onEvent;
    constructor(opts: AlmaClientOptions);
    /** Last X-Exl-Api-Remaining seen (§6). */
    get remaining(): number | undefined;
    /** HTTP requests sent, retries included. */
    get requestCount(): number;
    /** Every job that can be submitted, all pages (§2, §7.7). */
    listJobs(filter?: JobListFilter): Promise<Job[]>;
    getJob(jobId: string): Promise<Job>;
    /** Submits the job (§3.3). See run.ts for why the POST is never blindly repeated. */
    runJob(jobId: string, parameters: JobParameter[]): Promise<RunResult>;
    /** Runs of a job, all pages; dates are YYYY-MM-DD, `to` inclusive (§2). */
    listInstances(jobId: string, filter?: InstanceListFilter): Promise<JobInstance[]>;
    /** A 402218 here (unknown instance) surfaces as AlmaError code '402218'; waiting is the caller's call (§7.12). */
    getInstance(jobId: string, instanceId: string): Promise<JobInstance>;
    getStatusTable(): Promise<StatusTableRow[]>;
    /** Frees keep-alive sockets. */
    close(): void;
    /** GET (with retries), then map; a well-formed body of the wrong shape is a 'parse' error. */
    private getMapped;
}
