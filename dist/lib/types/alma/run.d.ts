import type { AlmaTransport } from './http.js';
import type { InstanceListFilter, JobInstance, JobParameter, RunResult } from './types.js';
/**
 * Our clock and Alma's may disagree (both normally NTP-synced); an instance this much "older"
 * than the POST still counts. Kept short: a wider window risks adopting someone else's run.
 */
export declare const CLOCK_SKEW_MS: number;
/** Waits before each look at the instance list (~10 s in all): the instance may appear late. */
export declare const RECONCILE_DELAYS_MS: number[];
export interface RunDeps {
    transport: AlmaTransport;
    listInstances: (jobId: string, filter: InstanceListFilter) => Promise<JobInstance[]>;
    maxAttempts: number;
    sleep: (ms: number) => Promise<void>;
    now: () => number;
    onReconcile: (message: string) => void;
}
/** §3.3: JSON has no `job` wrapper; with no parameters send `{}` / `<job/>`, never nothing. */
export declare function runRequestBody(parameters: JobParameter[], format: 'json' | 'xml'): string;
export declare function submitRun(deps: RunDeps, jobId: string, parameters: JobParameter[]): Promise<RunResult>;
