// The transport: one HTTP exchange with Alma on @actions/http-client, turned into a parsed
// body or a classified failure; plus the retry loop for GETs (alma-api.md §5, §6).
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, RequestOptions } from 'node:http'
import type { HttpClient, HttpClientResponse } from '@actions/http-client'
import type { RequestHandler } from '@actions/http-client/lib/interfaces'
import { ABORTED, eitherSignal, untilAborted } from './abort.js'
import { AlmaError, errorFromAnswer, KeyScrubber } from './errors.js'
import type { ErrorContext } from './errors.js'
import { RequestPacer } from './pace.js'
import { BodyParseError, parseBody, parseErrorBody } from './parse.js'
import type { ParsedBody } from './parse.js'
import { backoffDelayMs, failedBeforeSending, retryAfterMs, retryDelayMs, verdictForAnswer } from './retry.js'
import type { RetryTiming, RetryVerdict } from './retry.js'
import { loadXmlParser, looksLikeXml } from './xml.js'

/** How the client talks to whoever logs; it never imports @actions/core. Paths never hold the key. */
export type ClientEvent =
  | { type: 'retry'; method: string; path: string; attempt: number; delayMs: number; reason: string }
  | { type: 'quota-low'; remaining: number; threshold: number }
  | { type: 'request'; method: string; path: string; status: number | undefined; ms: number }
  | { type: 'reconcile'; jobId: string; message: string }
  /** A malformed item of a list was left out (§7.16); worth a debug line, not a warning. */
  | { type: 'skipped-item'; method: string; path: string; message: string }

export type Format = 'json' | 'xml'

export interface TransportOptions extends RetryTiming {
  apiKey: string
  baseUrl: string
  format: Format
  /** Tries per call for failures other than per-second refusals. */
  maxAttempts: number
  /** How long per-second refusals are retried, per call (§6). */
  rateLimitBudgetMs: number
  requestTimeoutMs: number
  /** Requests begun in any rolling second, retries included (§6); lowered for a while on a refusal. */
  requestsPerSecond: number
  quotaWarnBelow: number
  onEvent: (event: ClientEvent) => void
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  /** After it aborts no request starts, sleeps end, in-flight GETs are aborted. */
  signal?: AbortSignal
}

/** Per call: a signal of the caller's own (e.g. a wait's deadline), on top of the client's. */
export interface CallOptions {
  signal?: AbortSignal
}

/** One attempt's result. A failure says whether and how it may be repeated. */
export type Attempt =
  { ok: true; body: ParsedBody } | { ok: false; error: AlmaError; verdict: RetryVerdict; reason: string; retryAfter?: string }

/**
 * The most of one answer the client reads: 4 MiB. Alma's largest answers (a page of 100 jobs,
 * or of 100 instances with their counters) are some hundred KB; more is not Alma, and reading
 * it whole would only cost memory and time. Over it, reading stops and the socket is closed.
 */
export const MAX_BODY_BYTES = 4 * 1024 * 1024

const MEDIA_TYPES: Record<Format, string> = { json: 'application/json', xml: 'application/xml' }

/** Header carrying a per-request token to the deadline handler; removed before sending. */
const DEADLINE_TOKEN = 'x-almajob-deadline'

/**
 * Gives each request the AbortSignal of its own deadline. http-client has no per-request
 * options, but it lets handlers edit the request options just before sending.
 */
class DeadlineHandler implements RequestHandler {
  private readonly signals = new Map<string, AbortSignal>()
  private nextToken = 0

  register(signal: AbortSignal): string {
    const token = String(++this.nextToken)
    this.signals.set(token, signal)
    return token
  }

  release(token: string): void {
    this.signals.delete(token)
  }

  prepareRequest(options: RequestOptions): void {
    // http-client always builds the headers as an object (its _mergeHeaders).
    const headers = options.headers as OutgoingHttpHeaders | undefined
    const token = headers?.[DEADLINE_TOKEN]
    if (!headers || typeof token !== 'string') return
    delete headers[DEADLINE_TOKEN]
    options.signal = this.signals.get(token)
  }

  canHandleAuthentication(): boolean {
    return false
  }

  handleAuthentication(): Promise<HttpClientResponse> {
    throw new Error('not used')
  }
}

/** A request that got no complete (or no readable) HTTP answer. */
class SendFailure extends Error {
  constructor(
    message: string,
    readonly kind: 'network' | 'timeout' | 'too-large' | 'cancelled',
    readonly code: string | undefined,
    readonly original: unknown,
    readonly status?: number
  ) {
    super(message)
  }
}

/** readBody's refusal of an answer over MAX_BODY_BYTES. */
class BodyTooLarge extends Error {}

/**
 * One call's retry bookkeeping: per-second refusals are retried on a time budget (from the
 * call's start, or the sum of the sleeps when the clock is frozen in a test), everything else
 * on the attempt count.
 */
export class RetryState {
  /** Requests that got an answer or a failure, refusals included. */
  attempts = 0
  private counted = 0
  private throttledRetries = 0
  private slept = 0
  private readonly startedAt: number

  constructor(private readonly opts: TransportOptions) {
    this.startedAt = opts.now()
  }

  /** The delay before the next try, or undefined when the failure may not be tried again. */
  nextDelay(failure: Extract<Attempt, { ok: false }>): number | undefined {
    if (failure.verdict === 'throttled') {
      const spent = Math.max(this.opts.now() - this.startedAt, this.slept)
      const left = this.opts.rateLimitBudgetMs - spent
      if (left <= 0) return undefined
      // Full jitter, growing with each refusal, so many clients refused together spread out.
      const backoff = backoffDelayMs(this.throttledRetries++, this.opts.retryBaseMs, this.opts.retryMaxMs)
      const delay = retryAfterMs(failure.retryAfter, this.opts.now()) ?? Math.max(MIN_THROTTLED_DELAY_MS, backoff)
      return this.took(Math.min(delay, left))
    }
    if (++this.counted >= this.opts.maxAttempts) return undefined
    return this.took(retryDelayMs(this.counted - 1, failure.retryAfter, this.opts))
  }

  /** How the last failure is described when no more tries are left. */
  gaveUp(failure: Extract<Attempt, { ok: false }>): AlmaError {
    if (failure.verdict !== 'throttled') return gaveUp(failure.error, this.attempts)
    const budget = `${seconds(this.opts.rateLimitBudgetMs)} of per-second refusals`
    return gaveUp(failure.error, this.attempts, budget)
  }

  private took(ms: number): number {
    this.slept += ms
    return ms
  }
}

/** A floor under the jittered delay after a refusal, so a frozen clock still spends the budget. */
const MIN_THROTTLED_DELAY_MS = 50

let httpClientModule: Promise<typeof import('@actions/http-client')> | undefined
/**
 * @actions/http-client, loaded for the first request: it loads node:https and a proxy tunnel
 * as it is imported, which code that never calls Alma (a webhook check) need not pay for.
 */
function loadHttpClient(): Promise<typeof import('@actions/http-client')> {
  return (httpClientModule ??= import('@actions/http-client'))
}

export class AlmaTransport {
  private readonly deadlines = new DeadlineHandler()
  private readonly pacer: RequestPacer
  private readonly clientOptions: ConstructorParameters<typeof HttpClient>[2]
  /** GETs share pooled connections. Both clients are made for their first request. */
  private reads: HttpClient | undefined
  /**
   * The run POST always opens a fresh connection: a stale pooled socket can fail after the
   * request was written, which would make its outcome look unknown (§6: never replay it).
   */
  private writes: HttpClient | undefined
  private readonly secrets: readonly string[]
  private readonly scrubber: KeyScrubber
  private quotaWarned = false
  requestCount = 0
  remaining: number | undefined

  constructor(private readonly opts: TransportOptions) {
    this.clientOptions = {
      allowRetries: false, // retries are ours: http-client would also replay on its own terms
      allowRedirects: false, // §7.13: the key must never follow a link to another host
      socketTimeout: opts.requestTimeoutMs + 1000 // our deadline fires first
    }
    this.secrets = [opts.apiKey]
    this.scrubber = new KeyScrubber(this.secrets)
    this.pacer = new RequestPacer(opts.requestsPerSecond)
  }

  /** The client's signal and the call's, in one. */
  signalFor(call: CallOptions | undefined): AbortSignal | undefined {
    return eitherSignal(this.opts.signal, call?.signal)
  }

  /** A new bookkeeper for one call's retries. */
  retries(): RetryState {
    return new RetryState(this.opts)
  }

  get format(): Format {
    return this.opts.format
  }

  /** Anything shown to a person goes through here first. */
  redact(text: string): string {
    return this.scrubber.scrub(text)
  }

  /**
   * GET with retries on 429 (on the time budget), 5xx, network failures and unreadable answers
   * (§6). An abort of the client's or the call's signal ends it with kind 'cancelled'.
   */
  async get(path: string, ctx: Omit<ErrorContext, 'method' | 'path'> = {}, call?: CallOptions): Promise<ParsedBody> {
    const signal = this.signalFor(call)
    const retries = this.retries()
    for (;;) {
      const result = await this.exchange('GET', path, undefined, ctx, { signal, abortInFlight: true })
      retries.attempts++
      if (result.ok) return result.body
      if (result.verdict === 'final' || result.verdict === 'lost') throw result.error
      const delayMs = retries.nextDelay(result)
      if (delayMs === undefined) throw retries.gaveUp(result)
      await this.pauseBeforeRetry('GET', path, retries.attempts, delayMs, result, signal)
    }
  }

  /** Emits the retry event and waits `delayMs`; ends at once (kind 'cancelled') when `signal` aborts. */
  async pauseBeforeRetry(
    method: string,
    path: string,
    attempt: number,
    delayMs: number,
    failure: Extract<Attempt, { ok: false }>,
    signal: AbortSignal | undefined
  ): Promise<void> {
    if (signal?.aborted) throw cancelled(method, path)
    this.opts.onEvent({ type: 'retry', method, path, attempt, delayMs, reason: failure.reason })
    // Raced as well: an injected sleep may not know the signal.
    const slept = await untilAborted(this.opts.sleep(delayMs, signal), signal)
    if (slept === ABORTED || signal?.aborted) throw cancelled(method, path)
  }

  /**
   * One request, no retries. `path` is below the base URL and includes the query. When
   * `signal` has aborted before the request could start, throws AlmaError kind 'cancelled';
   * with `abortInFlight` an abort also stops the request under way (never for the run POST,
   * whose answer carries the instance id).
   */
  async exchange(
    method: 'GET' | 'POST',
    path: string,
    body: string | undefined,
    ctx: Omit<ErrorContext, 'method' | 'path'> = {},
    call: { signal?: AbortSignal; abortInFlight?: boolean } = {}
  ): Promise<Attempt> {
    const errorCtx: ErrorContext = { ...ctx, method, path }
    const { signal } = call
    if (signal?.aborted) throw cancelled(method, path)
    // Before the deadline starts: a request waiting for its turn has not been sent yet.
    await this.pacer.take(signal)
    const client = await this.client(method)
    if (signal?.aborted) throw cancelled(method, path)
    const started = performance.now()
    let status: number | undefined
    try {
      const answer = await this.send(client, method, path, body, call.abortInFlight ? signal : undefined)
      status = answer.status
      // The parsers read synchronously; the XML one is loaded on the first XML answer.
      if (looksLikeXml(answer.body)) await loadXmlParser()
      const attempt = this.judge(answer, errorCtx)
      if (!attempt.ok && attempt.verdict === 'throttled') this.pacer.refused()
      return attempt
    } catch (error) {
      if (!(error instanceof SendFailure)) throw error
      status = error.status
      if (error.kind === 'cancelled') throw cancelled(method, path)
      return this.sendFailure(error, errorCtx)
    } finally {
      this.opts.onEvent({ type: 'request', method, path, status, ms: Math.round(performance.now() - started) })
    }
  }

  close(): void {
    this.reads?.dispose()
    this.writes?.dispose()
  }

  private judge(answer: RawAnswer, ctx: ErrorContext): Attempt {
    const { status, contentType } = answer
    // Scrubbed before anything reads it: parsers quote bodies in their errors, and messages cut them.
    const text = this.redact(answer.body)
    if (status >= 200 && status < 300) {
      try {
        return { ok: true, body: parseBody(text, contentType, (value) => this.redact(value)) }
      } catch (error) {
        if (!(error instanceof BodyParseError)) throw error
        // A cut-off 200 is worth another GET; for the run POST it means "outcome unknown".
        // No `cause`: the parser's message may quote the body.
        const message = this.redact(`Unreadable answer from Alma on ${ctx.method} ${ctx.path} (HTTP ${status}): ${error.message}`)
        return {
          ok: false,
          verdict: 'transient',
          reason: `unreadable HTTP ${status} body`,
          error: new AlmaError(message, { kind: 'parse', status })
        }
      }
    }
    const errorBody = parseErrorBody(text, contentType)
    const error = errorFromAnswer(status, errorBody, ctx, this.secrets)
    return {
      ok: false,
      error,
      verdict: verdictForAnswer(status, errorBody.code),
      reason: `HTTP ${status}${errorBody.code ? ` ${errorBody.code}` : ''}`,
      retryAfter: answer.retryAfter
    }
  }

  private sendFailure(failure: SendFailure, ctx: ErrorContext): Attempt {
    if (failure.kind === 'too-large') {
      const message =
        `Alma's answer to ${ctx.method} ${ctx.path} (HTTP ${failure.status}) is larger than ` +
        `${MAX_BODY_BYTES / 1024 / 1024} MiB, the most the client reads; it stopped reading`
      return {
        ok: false,
        verdict: 'lost',
        reason: 'answer too large',
        error: new AlmaError(message, { kind: 'too-large', status: failure.status })
      }
    }
    const message = this.redact(
      failure.kind === 'timeout'
        ? `No complete answer from Alma within ${seconds(this.opts.requestTimeoutMs)} on ${ctx.method} ${ctx.path}`
        : `Network error on ${ctx.method} ${ctx.path}: ${failure.message}`
    )
    return {
      ok: false,
      verdict: failedBeforeSending(failure.code) ? 'not-processed' : 'transient',
      reason: failure.kind === 'timeout' ? 'timeout' : (failure.code ?? 'network error'),
      error: new AlmaError(message, { kind: failure.kind, code: failure.code, cause: failure.original })
    }
  }

  private async send(
    client: HttpClient,
    method: 'GET' | 'POST',
    path: string,
    body: string | undefined,
    cancel: AbortSignal | undefined
  ): Promise<RawAnswer> {
    const url = this.opts.baseUrl + path
    const media = MEDIA_TYPES[this.opts.format]
    const deadline = new AbortController()
    const token = this.deadlines.register(eitherSignal(deadline.signal, cancel)!)
    const headers: OutgoingHttpHeaders = {
      // §1: the key only ever travels in this header.
      authorization: `apikey ${this.opts.apiKey}`,
      accept: media,
      [DEADLINE_TOKEN]: token,
      ...(body !== undefined && { 'content-type': media })
    }
    const timer = setTimeout(() => deadline.abort(), this.opts.requestTimeoutMs)
    this.requestCount++
    let status: number | undefined
    try {
      const response = await client.request(method, url, body ?? null!, headers)
      status = response.message.statusCode ?? 0
      this.noteQuota(response.message.headers)
      const text = await readBody(response.message, MAX_BODY_BYTES)
      return {
        status,
        contentType: response.message.headers['content-type'],
        retryAfter: firstHeader(response.message.headers['retry-after']),
        body: text
      }
    } catch (error) {
      if (error instanceof BodyTooLarge) throw new SendFailure('too large', 'too-large', undefined, error, status)
      if (deadline.signal.aborted) throw new SendFailure('timeout', 'timeout', undefined, error, status)
      if (cancel?.aborted) throw new SendFailure('cancelled', 'cancelled', undefined, error, status)
      const code = (error as NodeJS.ErrnoException).code
      throw new SendFailure(describeNetworkError(error), 'network', code, error, status)
    } finally {
      clearTimeout(timer)
      this.deadlines.release(token)
    }
  }

  /** GETs share pooled connections; the run POST always opens a fresh one (see `writes`). */
  private async client(method: 'GET' | 'POST'): Promise<HttpClient> {
    const { HttpClient } = await loadHttpClient()
    if (method === 'GET')
      return (this.reads ??= new HttpClient('almajob', [this.deadlines], { ...this.clientOptions, keepAlive: true }))
    return (this.writes ??= new HttpClient('almajob', [this.deadlines], { ...this.clientOptions, keepAlive: false }))
  }

  /** §6: X-Exl-Api-Remaining on every response; an integer, but read it defensively. */
  private noteQuota(headers: IncomingHttpHeaders): void {
    const raw = firstHeader(headers['x-exl-api-remaining'])?.trim()
    if (!raw || !/^\d+$/.test(raw)) return
    this.remaining = Number(raw)
    if (this.remaining < this.opts.quotaWarnBelow && !this.quotaWarned) {
      this.quotaWarned = true
      this.opts.onEvent({ type: 'quota-low', remaining: this.remaining, threshold: this.opts.quotaWarnBelow })
    }
  }
}

interface RawAnswer {
  status: number
  contentType?: string
  retryAfter?: string
  body: string
}

/**
 * http-client's readBody waits for 'end' forever when the connection drops mid-body. Bytes are
 * counted as they arrive: past `maxBytes` the response (and its socket) is destroyed.
 */
function readBody(message: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let bytes = 0
    message.on('data', (chunk: Buffer) => {
      bytes += chunk.length
      if (bytes > maxBytes) {
        reject(new BodyTooLarge())
        message.destroy()
        return
      }
      chunks.push(chunk)
    })
    message.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    message.on('error', reject)
    message.on('close', () => {
      if (!message.complete)
        reject(Object.assign(new Error('connection closed before the whole answer arrived'), { code: 'ECONNRESET' }))
    })
  })
}

function describeNetworkError(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException
  if (code && message && !message.includes(code)) return `${code} (${message})`
  return message || code || String(error)
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

/** The error for a request the signal stopped before it could start or finish. */
export function cancelled(method: string, path: string): AlmaError {
  return new AlmaError(`Cancelled: ${method} ${path} was stopped before Alma answered`, { kind: 'cancelled', sent: false })
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`
}

export function gaveUp(error: AlmaError, attempts: number, over?: string): AlmaError {
  return new AlmaError(`${error.message} (gave up after ${attempts} attempts${over ? ` in ${over}` : ''})`, {
    kind: error.kind,
    status: error.status,
    code: error.code,
    almaMessage: error.almaMessage,
    trackingId: error.trackingId,
    cause: error.cause
  })
}
