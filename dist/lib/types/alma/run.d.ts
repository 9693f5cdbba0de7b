import type { AlmaTransport } from './http.js';
import type { InstanceListFilter, JobInstance, JobParameter, RunResult } from './types.js';
/**
 * How much earlier than the POST (by our clock) an instance may have been submitted (by
 * Alma's) and still be ours: 5 s. NTP keeps both within well under a second; 5 s also covers
 * a runner whose clock drifted a little, while a colleague's run of the same job started a
 * minute or two before ours (which the old 2-minute window would have adopted) stays out.
 */
export declare const CLOCK_SKEW_MS = 5000;
/** Waits before each look at the instance list (~10 s in all): the instance may appear late. */
export declare const RECONCILE_DELAYS_MS: number[];
export interface RunDeps {
    transport: AlmaTransport;
    listInstances: (jobId: string, filter: InstanceListFilter) => Promise<JobInstance[]>;
    sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
    now: () => number;
    /** The client's and the call's signal: no POST is sent, and no look made, after it aborts. */
    signal?: AbortSignal;
    onReconcile: (message: string) => void;
}
export declare function submitRun(deps: RunDeps, jobId: string, parameters: JobParameter[]): Promise<RunResult>;
