// The typed Alma Jobs API client (alma-jobs-api.md §2). It knows nothing of GitHub:
// whoever logs listens to `onEvent`.
import { AlmaError } from './errors.js'
import { AlmaTransport } from './http.js'
import type { ClientEvent, Format } from './http.js'
import { DEFAULT_REQUESTS_PER_SECOND } from './pace.js'
import { fetchAllPages } from './pages.js'
import { BodyParseError, toInstance, toInstancePage, toJob, toJobPage, toStatusTable } from './parse.js'
import type { ParsedBody } from './parse.js'
import { submitRun } from './run.js'
import type { InstanceListFilter, Job, JobInstance, JobListFilter, JobParameter, RunResult, StatusTableRow } from './types.js'

export interface AlmaClientOptions {
  apiKey: string
  /** From resolveBaseUrl. */
  baseUrl: string
  /** Accept/Content-Type; default 'json'. */
  format?: Format
  /** Tries per GET, and per run POST refused with 429; default 4 (1 try + 3 retries). */
  maxAttempts?: number
  /** First backoff ceiling; default 500 ms. */
  retryBaseMs?: number
  /** Largest backoff ceiling; default 8000 ms. */
  retryMaxMs?: number
  /** Per request, headers and body; default 60000 ms. */
  requestTimeoutMs?: number
  /** List pages in flight at once after the first; default DEFAULT_LIST_CONCURRENCY. */
  listConcurrency?: number
  /** Requests begun in any rolling second, retries included; default DEFAULT_REQUESTS_PER_SECOND (§6). */
  maxRequestsPerSecond?: number
  /** Emit 'quota-low' once when X-Exl-Api-Remaining drops below this; default 1000. */
  quotaWarnBelow?: number
  onEvent?: (event: ClientEvent) => void
  /** Injectable for tests. */
  sleep?: (ms: number) => Promise<void>
  now?: () => number
}

/** Alma job ids carry their kind as a prefix: manual, scheduled, other (§3.2). */
export function isJobId(s: string): boolean {
  return /^[MSO]\d+$/.test(s)
}

/**
 * Ten: a 1,000-job list, the first page then the other nine together, costs about two page
 * times instead of ten (npm run bench). How fast Alma answers decides the rate this gives, so
 * the per-second limit (§6) is kept by the transport's pacer, not by this number.
 */
export const DEFAULT_LIST_CONCURRENCY = 10

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export class AlmaClient {
  private readonly transport: AlmaTransport
  private readonly listConcurrency: number
  private readonly maxAttempts: number
  private readonly sleep: (ms: number) => Promise<void>
  private readonly now: () => number
  private readonly onEvent: (event: ClientEvent) => void

  constructor(opts: AlmaClientOptions) {
    this.onEvent = opts.onEvent ?? (() => {})
    this.sleep = opts.sleep ?? defaultSleep
    this.now = opts.now ?? Date.now
    this.maxAttempts = Math.max(1, opts.maxAttempts ?? 4)
    this.listConcurrency = Math.max(1, opts.listConcurrency ?? DEFAULT_LIST_CONCURRENCY)
    this.transport = new AlmaTransport({
      apiKey: opts.apiKey,
      baseUrl: opts.baseUrl.replace(/\/+$/, ''),
      format: opts.format ?? 'json',
      maxAttempts: this.maxAttempts,
      retryBaseMs: opts.retryBaseMs ?? 500,
      retryMaxMs: opts.retryMaxMs ?? 8000,
      requestTimeoutMs: opts.requestTimeoutMs ?? 60_000,
      requestsPerSecond: Math.max(1, opts.maxRequestsPerSecond ?? DEFAULT_REQUESTS_PER_SECOND),
      quotaWarnBelow: opts.quotaWarnBelow ?? 1000,
      onEvent: this.onEvent,
      sleep: this.sleep,
      now: this.now
    })
  }

  /** Last X-Exl-Api-Remaining seen (§6). */
  get remaining(): number | undefined {
    return this.transport.remaining
  }

  /** HTTP requests sent, retries included. */
  get requestCount(): number {
    return this.transport.requestCount
  }

  /** Every job that can be submitted, all pages (§2, §7.7). */
  async listJobs(filter: JobListFilter = {}): Promise<Job[]> {
    return fetchAllPages(
      (offset, limit) =>
        this.getMapped(withQuery('/conf/jobs', { limit, offset, type: filter.type, category: filter.category }), {}, toJobPage),
      (job) => job.id,
      this.listConcurrency
    )
  }

  async getJob(jobId: string): Promise<Job> {
    return this.getMapped(`/conf/jobs/${encodeURIComponent(jobId)}`, { jobId }, (body) => toJob(body.data))
  }

  /** Submits the job (§3.3). See run.ts for why the POST is never blindly repeated. */
  async runJob(jobId: string, parameters: JobParameter[]): Promise<RunResult> {
    return submitRun(
      {
        transport: this.transport,
        listInstances: (id, filter) => this.listInstances(id, filter),
        maxAttempts: this.maxAttempts,
        sleep: this.sleep,
        now: this.now,
        onReconcile: (message) => this.onEvent({ type: 'reconcile', jobId, message: this.transport.redact(message) })
      },
      jobId,
      parameters
    )
  }

  /** Runs of a job, all pages; dates are YYYY-MM-DD, `to` inclusive (§2). */
  async listInstances(jobId: string, filter: InstanceListFilter = {}): Promise<JobInstance[]> {
    const path = `/conf/jobs/${encodeURIComponent(jobId)}/instances`
    return fetchAllPages(
      (offset, limit) =>
        this.getMapped(
          withQuery(path, {
            limit,
            offset,
            submit_date_from: filter.from,
            submit_date_to: filter.to,
            status: filter.status
          }),
          { jobId },
          toInstancePage
        ),
      (instance) => instance.id,
      this.listConcurrency
    )
  }

  /** A 402218 here (unknown instance) surfaces as AlmaError code '402218'; waiting is the caller's call (§7.12). */
  async getInstance(jobId: string, instanceId: string): Promise<JobInstance> {
    const path = `/conf/jobs/${encodeURIComponent(jobId)}/instances/${encodeURIComponent(instanceId)}`
    return this.getMapped(path, { jobId, instanceId }, (body) => toInstance(body.data))
  }

  async getStatusTable(): Promise<StatusTableRow[]> {
    return this.getMapped('/conf/code-tables/systemJobStatus', {}, toStatusTable)
  }

  /** Frees keep-alive sockets. */
  close(): void {
    this.transport.close()
  }

  /** GET (with retries), then map; a well-formed body of the wrong shape is a 'parse' error. */
  private async getMapped<T>(
    path: string,
    ctx: { jobId?: string; instanceId?: string },
    map: (body: ParsedBody) => T
  ): Promise<T> {
    const body = await this.transport.get(path, ctx)
    try {
      return map(body)
    } catch (error) {
      if (!(error instanceof BodyParseError)) throw error
      throw new AlmaError(this.transport.redact(`Unexpected answer from Alma on GET ${path}: ${error.message}`), {
        kind: 'parse',
        status: 200,
        cause: error
      })
    }
  }
}

function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(name, String(value))
  const search = params.toString()
  return search ? `${path}?${search}` : path
}
