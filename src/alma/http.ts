// The transport: one HTTP exchange with Alma on @actions/http-client, turned into a parsed
// body or a classified failure; plus the retry loop for GETs (alma-jobs-api.md §5, §6).
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, RequestOptions } from 'node:http'
import { HttpClient } from '@actions/http-client'
import type { HttpClientResponse } from '@actions/http-client'
import type { RequestHandler } from '@actions/http-client/lib/interfaces'
import { AlmaError, errorFromAnswer, redact } from './errors.js'
import type { ErrorContext } from './errors.js'
import { RequestPacer } from './pace.js'
import { BodyParseError, parseBody, parseErrorBody } from './parse.js'
import type { ParsedBody } from './parse.js'
import { failedBeforeSending, retryDelayMs, verdictForAnswer } from './retry.js'
import type { RetryTiming, Verdict } from './retry.js'

/** How the client talks to whoever logs; it never imports @actions/core. Paths never hold the key. */
export type ClientEvent =
  | { type: 'retry'; method: string; path: string; attempt: number; delayMs: number; reason: string }
  | { type: 'quota-low'; remaining: number; threshold: number }
  | { type: 'request'; method: string; path: string; status: number | undefined; ms: number }
  | { type: 'reconcile'; jobId: string; message: string }

export type Format = 'json' | 'xml'

export interface TransportOptions extends RetryTiming {
  apiKey: string
  baseUrl: string
  format: Format
  maxAttempts: number
  requestTimeoutMs: number
  /** Requests begun in any rolling second, retries included (§6). */
  requestsPerSecond: number
  quotaWarnBelow: number
  onEvent: (event: ClientEvent) => void
  sleep: (ms: number) => Promise<void>
}

/** One attempt's result. A failure says whether and how it may be repeated. */
export type Attempt =
  { ok: true; body: ParsedBody } | { ok: false; error: AlmaError; verdict: Verdict; reason: string; retryAfter?: string }

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

/** A request that got no complete HTTP answer. */
class SendFailure extends Error {
  constructor(
    message: string,
    readonly kind: 'network' | 'timeout',
    readonly code: string | undefined,
    readonly original: unknown
  ) {
    super(message)
  }
}

export class AlmaTransport {
  private readonly deadlines = new DeadlineHandler()
  private readonly pacer: RequestPacer
  /** GETs share pooled connections. */
  private readonly reads: HttpClient
  /**
   * The run POST always opens a fresh connection: a stale pooled socket can fail after the
   * request was written, which would make its outcome look unknown (§6: never replay it).
   */
  private readonly writes: HttpClient
  private readonly secrets: readonly string[]
  private quotaWarned = false
  requestCount = 0
  remaining: number | undefined

  constructor(private readonly opts: TransportOptions) {
    const common = {
      allowRetries: false, // retries are ours: http-client would also replay on its own terms
      allowRedirects: false, // §7.13: the key must never follow a link to another host
      socketTimeout: opts.requestTimeoutMs + 1000 // our deadline fires first
    }
    this.reads = new HttpClient('almajob', [this.deadlines], { ...common, keepAlive: true })
    this.writes = new HttpClient('almajob', [this.deadlines], { ...common, keepAlive: false })
    this.secrets = [opts.apiKey]
    this.pacer = new RequestPacer(opts.requestsPerSecond)
  }

  get format(): Format {
    return this.opts.format
  }

  /** Anything shown to a person goes through here first. */
  redact(text: string): string {
    return redact(text, this.secrets)
  }

  /** GET with retries on 429, 5xx, network failures and unreadable answers (§6). */
  async get(path: string, ctx: Omit<ErrorContext, 'method' | 'path'> = {}): Promise<ParsedBody> {
    for (let attempt = 1; ; attempt++) {
      const result = await this.exchange('GET', path, undefined, ctx)
      if (result.ok) return result.body
      if (result.verdict === 'final') throw result.error
      if (attempt >= this.opts.maxAttempts) throw gaveUp(result.error, attempt)
      await this.pauseBeforeRetry('GET', path, attempt, result)
    }
  }

  /** Emits the retry event and waits the backoff (or Retry-After) for the attempt that failed. */
  async pauseBeforeRetry(method: string, path: string, attempt: number, failure: Extract<Attempt, { ok: false }>): Promise<void> {
    const delayMs = retryDelayMs(attempt - 1, failure.retryAfter, this.opts)
    this.opts.onEvent({ type: 'retry', method, path, attempt, delayMs, reason: failure.reason })
    await this.opts.sleep(delayMs)
  }

  /** One request, no retries. `path` is below the base URL and includes the query. */
  async exchange(
    method: 'GET' | 'POST',
    path: string,
    body: string | undefined,
    ctx: Omit<ErrorContext, 'method' | 'path'> = {}
  ): Promise<Attempt> {
    const errorCtx: ErrorContext = { ...ctx, method, path }
    const started = performance.now()
    let status: number | undefined
    try {
      const answer = await this.send(method, path, body)
      status = answer.status
      return this.judge(answer, errorCtx)
    } catch (error) {
      if (!(error instanceof SendFailure)) throw error
      return this.sendFailure(error, errorCtx)
    } finally {
      this.opts.onEvent({ type: 'request', method, path, status, ms: Math.round(performance.now() - started) })
    }
  }

  close(): void {
    this.reads.dispose()
    this.writes.dispose()
  }

  private judge(answer: RawAnswer, ctx: ErrorContext): Attempt {
    const { status, contentType } = answer
    if (status >= 200 && status < 300) {
      try {
        return { ok: true, body: parseBody(answer.body, contentType) }
      } catch (error) {
        if (!(error instanceof BodyParseError)) throw error
        // A cut-off 200 is worth another GET; for the run POST it means "outcome unknown".
        // No `cause`: the parser's message quotes the body, and only `message` is redacted.
        const message = this.redact(`Unreadable answer from Alma on ${ctx.method} ${ctx.path} (HTTP ${status}): ${error.message}`)
        return {
          ok: false,
          verdict: 'transient',
          reason: `unreadable HTTP ${status} body`,
          error: new AlmaError(message, { kind: 'parse', status })
        }
      }
    }
    const errorBody = parseErrorBody(answer.body, contentType)
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

  private async send(method: 'GET' | 'POST', path: string, body: string | undefined): Promise<RawAnswer> {
    // Before the deadline starts: a request waiting for its turn has not been sent yet.
    await this.pacer.take()
    const url = this.opts.baseUrl + path
    const media = MEDIA_TYPES[this.opts.format]
    const deadline = new AbortController()
    const token = this.deadlines.register(deadline.signal)
    const headers: OutgoingHttpHeaders = {
      // §1: the key only ever travels in this header.
      authorization: `apikey ${this.opts.apiKey}`,
      accept: media,
      [DEADLINE_TOKEN]: token,
      ...(body !== undefined && { 'content-type': media })
    }
    const timer = setTimeout(() => deadline.abort(), this.opts.requestTimeoutMs)
    this.requestCount++
    try {
      const client = method === 'GET' ? this.reads : this.writes
      const response = await client.request(method, url, body ?? null!, headers)
      this.noteQuota(response.message.headers)
      const text = await readBody(response.message)
      return {
        status: response.message.statusCode ?? 0,
        contentType: response.message.headers['content-type'],
        retryAfter: firstHeader(response.message.headers['retry-after']),
        body: text
      }
    } catch (error) {
      if (deadline.signal.aborted) throw new SendFailure('timeout', 'timeout', undefined, error)
      const code = (error as NodeJS.ErrnoException).code
      throw new SendFailure(describeNetworkError(error), 'network', code, error)
    } finally {
      clearTimeout(timer)
      this.deadlines.release(token)
    }
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

/** http-client's readBody waits for 'end' forever when the connection drops mid-body. */
function readBody(message: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    message.on('data', (chunk: Buffer) => chunks.push(chunk))
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

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`
}

export function gaveUp(error: AlmaError, attempts: number): AlmaError {
  return new AlmaError(`${error.message} (gave up after ${attempts} attempts)`, {
    kind: error.kind,
    status: error.status,
    code: error.code,
    almaMessage: error.almaMessage,
    trackingId: error.trackingId,
    cause: error.cause
  })
}
