// The typed Alma Jobs API client (alma-api.md §2). It knows nothing of GitHub:
// whoever logs listens to `onEvent`.
import { abortableSleep } from './abort.js'
import { AlmaError, ConfigError } from './errors.js'
import { AlmaTransport } from './http.js'
import type { CallOptions, ClientEvent, Format } from './http.js'
import { DEFAULT_REQUESTS_PER_SECOND } from './pace.js'
import { fetchAllPages, PAGE_SIZE } from './pages.js'
import { BodyParseError, toInstance, toInstancePage, toJob, toJobPage, toStatusTable } from './parse.js'
import type { Page, ParsedBody } from './parse.js'
import { DEFAULT_RATE_LIMIT_BUDGET_MS } from './retry.js'
import { submitRun } from './run.js'
import { clip } from './text.js'
import type { InstanceListFilter, Job, JobInstance, JobListFilter, JobParameter, RunResult, StatusTableRow } from './types.js'

export interface AlmaClientOptions {
  apiKey: string
  /** From resolveBaseUrl. */
  baseUrl: string
  /** Accept/Content-Type; default 'json'. */
  format?: Format
  /**
   * Tries per GET for 5xx, network failures, timeouts and unreadable answers, and per run POST
   * whose connection was refused; default 4 (1 try + 3 retries). Per-second refusals (429) are
   * retried on `rateLimitBudgetMs` instead.
   */
  maxAttempts?: number
  /**
   * How long one call keeps retrying per-second refusals (429 PER_SECOND_THRESHOLD, full jitter),
   * counted from its start; default DEFAULT_RATE_LIMIT_BUDGET_MS (2 minutes). The signal ends it sooner.
   */
  rateLimitBudgetMs?: number
  /** First backoff ceiling; default 500 ms. */
  retryBaseMs?: number
  /** Largest backoff ceiling; default 8000 ms. */
  retryMaxMs?: number
  /** Per request, headers and body; default 60000 ms. */
  requestTimeoutMs?: number
  /** List pages in flight at once after the first; default DEFAULT_LIST_CONCURRENCY. */
  listConcurrency?: number
  /**
   * Requests begun in any rolling second, retries included; default DEFAULT_REQUESTS_PER_SECOND
   * (§6). A per-second refusal halves it (floor 1/s); it climbs back by 1/s each second.
   */
  maxRequestsPerSecond?: number
  /** Emit 'quota-low' once when X-Exl-Api-Remaining drops below this; default 1000. */
  quotaWarnBelow?: number
  onEvent?: (event: ClientEvent) => void
  /**
   * Cancels the client: once aborted, no new request starts (checked before and after the
   * pacer and before each retry), backoff sleeps end at once and GETs in flight are aborted;
   * the call fails with kind 'cancelled'. A run POST in flight is left to finish: its answer
   * names the instance. runJob's error says with `sent` whether the job may have started.
   */
  signal?: AbortSignal
  /** Injectable for tests; `signal` is the call's, and the sleep is also raced against it. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  now?: () => number
}

/** Per call: a signal of the caller's own (e.g. a wait's deadline), on top of the client's. */
export type { CallOptions } from './http.js'

/**
 * §1: Node refuses a header with a control or non-ASCII character (ERR_INVALID_CHAR), and a
 * space cannot be part of a key; either is a copy-paste accident, refused before any request.
 */
function checkedKey(apiKey: string): string {
  if (apiKey === '') throw new ConfigError('The Alma API key is empty')
  if (!/^[\x21-\x7e]+$/.test(apiKey)) {
    throw new ConfigError(
      'The Alma API key has a space, a line break or a character outside printable ASCII; copy it again ' +
        '(Alma keys are letters and digits, e.g. l7xx followed by 32 hex digits)'
    )
  }
  return apiKey
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

/** Calls left today below which the client warns once (§6: the daily quota is 1,000 per named user). */
export const DEFAULT_QUOTA_WARN_BELOW = 1000

export class AlmaClient {
  private readonly transport: AlmaTransport
  private readonly listConcurrency: number
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  private readonly now: () => number
  private readonly onEvent: (event: ClientEvent) => void

  constructor(opts: AlmaClientOptions) {
    this.onEvent = opts.onEvent ?? (() => {})
    this.sleep = opts.sleep ?? abortableSleep
    this.now = opts.now ?? Date.now
    this.listConcurrency = Math.max(1, opts.listConcurrency ?? DEFAULT_LIST_CONCURRENCY)
    this.transport = new AlmaTransport({
      apiKey: checkedKey(opts.apiKey),
      baseUrl: opts.baseUrl.replace(/\/+$/, ''),
      format: opts.format ?? 'json',
      maxAttempts: Math.max(1, opts.maxAttempts ?? 4),
      rateLimitBudgetMs: Math.max(0, opts.rateLimitBudgetMs ?? DEFAULT_RATE_LIMIT_BUDGET_MS),
      retryBaseMs: opts.retryBaseMs ?? 500,
      retryMaxMs: opts.retryMaxMs ?? 8000,
      requestTimeoutMs: opts.requestTimeoutMs ?? 60_000,
      requestsPerSecond: Math.max(1, opts.maxRequestsPerSecond ?? DEFAULT_REQUESTS_PER_SECOND),
      quotaWarnBelow: opts.quotaWarnBelow ?? DEFAULT_QUOTA_WARN_BELOW,
      onEvent: this.onEvent,
      sleep: this.sleep,
      now: this.now,
      signal: opts.signal
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

  /** Every job that can be submitted, all pages (§2, §7.7); a job with a malformed id is left out. */
  async listJobs(filter: JobListFilter = {}, options?: CallOptions): Promise<Job[]> {
    return fetchAllPages(
      (offset, limit) => {
        const path = withQuery('/conf/jobs', {
          limit,
          offset,
          type: filter.type,
          category: filter.category,
          profile_id: filter.profileId
        })
        return this.getMapped(path, {}, (body) => this.noteSkipped(path, toJobPage(body)), options)
      },
      (job) => job.id,
      this.listConcurrency,
      'jobs'
    )
  }

  async getJob(jobId: string, options?: CallOptions): Promise<Job> {
    return this.getMapped(`/conf/jobs/${encodeURIComponent(jobId)}`, { jobId }, (body) => toJob(body.data), options)
  }

  /**
   * Submits the job (§3.3). See run.ts for why the POST is never blindly repeated. After an
   * abort (the client's signal or `options.signal`) it fails with kind 'cancelled' and `sent`.
   */
  async runJob(jobId: string, parameters: JobParameter[], options?: CallOptions): Promise<RunResult> {
    const signal = this.transport.signalFor(options)
    return submitRun(
      {
        transport: this.transport,
        listInstances: (id, filter) => this.listInstances(id, filter, { signal }),
        sleep: this.sleep,
        now: this.now,
        signal,
        onReconcile: (message) => this.onEvent({ type: 'reconcile', jobId, message: this.transport.redact(message) })
      },
      jobId,
      parameters
    )
  }

  /**
   * Runs of a job, all pages; dates are YYYY-MM-DD, `to` inclusive (§2); a malformed run is left out.
   * With `options.limit`: the first page alone, of at most that many runs (1–100, §7.7), one request.
   */
  async listInstances(
    jobId: string,
    filter: InstanceListFilter = {},
    options?: CallOptions & { limit?: number }
  ): Promise<JobInstance[]> {
    const base = `/conf/jobs/${encodeURIComponent(jobId)}/instances`
    if (options?.limit !== undefined) {
      const limit = Math.min(PAGE_SIZE, Math.max(1, Math.floor(options.limit)))
      const query = { limit, offset: 0, submit_date_from: filter.from, submit_date_to: filter.to, status: filter.status }
      const path = withQuery(base, query)
      const page = await this.getMapped(path, { jobId }, (body) => this.noteSkipped(path, toInstancePage(body)), {
        signal: options.signal
      })
      // A server that ignores `limit` still gives no more than asked.
      return page.items.slice(0, limit)
    }
    return fetchAllPages(
      (offset, limit) => {
        const query = { limit, offset, submit_date_from: filter.from, submit_date_to: filter.to, status: filter.status }
        const path = withQuery(base, query)
        return this.getMapped(path, { jobId }, (body) => this.noteSkipped(path, toInstancePage(body)), options)
      },
      (instance) => instance.id,
      this.listConcurrency,
      `instances of job ${jobId}`
    )
  }

  /**
   * A 402218 here (unknown instance) surfaces as AlmaError code '402218'; waiting is the caller's
   * call (§7.12). `options.signal` (e.g. a wait's deadline) aborts it, in flight or in backoff.
   */
  async getInstance(jobId: string, instanceId: string, options?: CallOptions): Promise<JobInstance> {
    const path = `/conf/jobs/${encodeURIComponent(jobId)}/instances/${encodeURIComponent(instanceId)}`
    return this.getMapped(
      path,
      { jobId, instanceId },
      (body) => {
        // A malformed action, counter or alert is left out, not the whole instance (§7.16).
        const notes: string[] = []
        const instance = toInstance(body.data, notes)
        this.noteSkipped(path, { total: undefined, items: [], notes })
        return instance
      },
      options
    )
  }

  async getStatusTable(options?: CallOptions): Promise<StatusTableRow[]> {
    return this.getMapped('/conf/code-tables/systemJobStatus', {}, toStatusTable, options)
  }

  /** Frees keep-alive sockets. */
  close(): void {
    this.transport.close()
  }

  /**
   * GET (with retries), then map. A well-formed body of the wrong shape is a 'parse' error, not
   * retried; so is anything else the mapping throws: the body is untrusted input.
   */
  private async getMapped<T>(
    path: string,
    ctx: { jobId?: string; instanceId?: string },
    map: (body: ParsedBody) => T,
    options: CallOptions | undefined
  ): Promise<T> {
    const body = await this.transport.get(path, ctx, options)
    try {
      return map(body)
    } catch (error) {
      if (error instanceof AlmaError) throw error
      const detail = error instanceof BodyParseError ? error.message : clip(String((error as Error)?.message ?? error), 160)
      throw new AlmaError(this.transport.redact(`Unexpected answer from Alma on GET ${path}: ${detail}`), {
        kind: 'parse',
        status: 200
      })
    }
  }

  /** §7.16: a malformed list item is left out, and said so at debug level. */
  private noteSkipped<T>(path: string, page: Page<T>): Page<T> {
    for (const reason of [...(page.skipped ?? []), ...(page.notes ?? [])]) {
      this.onEvent({
        type: 'skipped-item',
        method: 'GET',
        path,
        message: this.transport.redact(`Left out of ${path}: ${reason}`)
      })
    }
    return page
  }
}

function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(name, String(value))
  const search = params.toString()
  return search ? `${path}?${search}` : path
}
