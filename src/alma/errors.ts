// One typed error for every failed Alma call (alma-api.md §5), and one for bad
// user input. Messages never contain the API key.

/**
 * alma: Alma answered with an error. network / timeout: no complete answer. parse: an answer the
 * client cannot read. too-large: more than the client reads (a body over MAX_BODY_BYTES, a list
 * over MAX_PAGES). run-unknown: a run POST whose outcome is unknown. cancelled: the caller's
 * signal stopped the call before it could finish.
 */
export type AlmaErrorKind = 'alma' | 'network' | 'timeout' | 'parse' | 'too-large' | 'run-unknown' | 'cancelled'

export interface AlmaErrorDetails {
  kind: AlmaErrorKind
  status?: number
  code?: string
  almaMessage?: string
  trackingId?: string
  /** Kind 'cancelled' only: whether a run POST may have reached Alma and been processed. */
  sent?: boolean
  cause?: unknown
}

export class AlmaError extends Error {
  readonly kind: AlmaErrorKind
  readonly status?: number
  readonly code?: string
  readonly almaMessage?: string
  readonly trackingId?: string
  /**
   * Set on kind 'cancelled': true when a run POST may have reached Alma and been processed (the
   * job may have started); false when none was sent, or Alma refused every one (429, connection
   * refused), so the job was not started. False for calls other than runJob.
   */
  readonly sent?: boolean

  constructor(message: string, details: AlmaErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause })
    this.name = 'AlmaError'
    this.kind = details.kind
    this.status = details.status
    this.code = details.code
    this.almaMessage = details.almaMessage
    this.trackingId = details.trackingId
    if (details.sent !== undefined) this.sent = details.sent
  }
}

/** Bad user input: the message is one line naming what is wrong and what is allowed. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

/** What an error body said, whatever its format (§5). */
export interface AlmaErrorBody {
  code?: string
  message?: string
  trackingId?: string
  /** Where the text came from: an Alma error list, a plain-text body, a gateway HTML page. */
  source: 'alma' | 'text' | 'html' | 'empty'
}

/** The request an error belongs to, for messages that say which job or instance. */
export interface ErrorContext {
  method: string
  /** Path and query below the base URL; never holds the key. */
  path: string
  jobId?: string
  instanceId?: string
}

const REDACTED = '[redacted]'

/** This many characters of the key in a row are treated as the key: a truncated key is still a key. */
export const KEY_RUN_CHARS = 8
/** Shorter secrets are replaced only whole, and under 4 characters not at all (it would mangle any text). */
const MIN_SECRET_CHARS = 4
/** `apikey=…` / `apikey: …` in a URL or an echoed header, whoever's key it is (§1). */
const APIKEY_VALUE = /(apikey[=:]\s*)[^\s&"'<>]+/gi

const HASH_BASE = 0x10001
/** HASH_BASE^(KEY_RUN_CHARS − 1), mod 2^32: what the character leaving the window weighed. */
const HASH_TOP = ((): number => {
  let top = 1
  for (let i = 1; i < KEY_RUN_CHARS; i++) top = Math.imul(top, HASH_BASE)
  return top
})()

function hashOf(text: string, from: number): number {
  let hash = 0
  for (let i = from; i < from + KEY_RUN_CHARS; i++) hash = (Math.imul(hash, HASH_BASE) + text.charCodeAt(i)) | 0
  return hash
}

/**
 * Scrubs one set of secrets out of any text: every run of KEY_RUN_CHARS or more characters of
 * a secret (raw or URL-encoded) becomes `[redacted]`, overlapping runs merged into one, and so
 * does any `apikey=` value. Linear in the text: a rolling hash of each window of
 * KEY_RUN_CHARS is looked up among the secrets' windows, so a multi-MB body costs milliseconds.
 */
export class KeyScrubber {
  private readonly windows = new Set<string>()
  private readonly hashes = new Set<number>()
  private readonly whole: string[] = []

  constructor(secrets: readonly string[]) {
    for (const secret of secrets) {
      for (const form of new Set([secret, encodeURIComponent(secret)])) {
        if (form.length < KEY_RUN_CHARS) {
          if (form.length >= MIN_SECRET_CHARS) this.whole.push(form)
          continue
        }
        for (let i = 0; i + KEY_RUN_CHARS <= form.length; i++) {
          this.windows.add(form.slice(i, i + KEY_RUN_CHARS))
          this.hashes.add(hashOf(form, i))
        }
      }
    }
  }

  scrub(text: string): string {
    let out = this.windows.size > 0 && text.length >= KEY_RUN_CHARS ? this.scrubRuns(text) : text
    for (const form of this.whole) if (out.includes(form)) out = out.split(form).join(REDACTED)
    return out.replace(APIKEY_VALUE, `$1${REDACTED}`)
  }

  private scrubRuns(text: string): string {
    const parts: string[] = []
    let copied = 0
    let runStart = -1
    let runEnd = -1
    let hash = hashOf(text, 0)
    for (let i = 0; ; i++) {
      if (this.hashes.has(hash) && this.windows.has(text.slice(i, i + KEY_RUN_CHARS))) {
        if (runStart >= 0 && i <= runEnd) runEnd = i + KEY_RUN_CHARS
        else {
          if (runStart >= 0) {
            parts.push(text.slice(copied, runStart), REDACTED)
            copied = runEnd
          }
          runStart = i
          runEnd = i + KEY_RUN_CHARS
        }
      }
      if (i + KEY_RUN_CHARS >= text.length) break
      hash = (Math.imul((hash - Math.imul(text.charCodeAt(i), HASH_TOP)) | 0, HASH_BASE) + text.charCodeAt(i + KEY_RUN_CHARS)) | 0
    }
    if (runStart < 0) return text
    parts.push(text.slice(copied, runStart), REDACTED, text.slice(runEnd))
    return parts.join('')
  }
}

let lastScrubber: { id: string; scrubber: KeyScrubber } | undefined

/**
 * Removes the key from text that came from the wire or from Node, so no message, event or log
 * line can carry it (§1): any run of KEY_RUN_CHARS or more of its characters, raw or
 * URL-encoded, and any `apikey=` query value. Scrub before cutting: a cut key is still a key.
 */
export function redact(text: string, secrets: readonly string[]): string {
  const id = secrets.join('\u0000')
  if (lastScrubber?.id !== id) lastScrubber = { id, scrubber: new KeyScrubber(secrets) }
  return lastScrubber.scrubber.scrub(text)
}

/** Alma's job throttle (§3.3, §5): a run it refused was not started, so it may be sent again. */
const THROTTLE_CODES = new Set(['402222', '402223'])

/** Whether Alma's job throttle refused a run (402222/402223); no other error is. */
export function isThrottleRefusal(error: unknown): error is AlmaError & { code: string } {
  return error instanceof AlmaError && error.code !== undefined && THROTTLE_CODES.has(error.code)
}

/** 402222 and 402223 ("Execution threshold reached"): both rules, since the code does not say which (§5). */
const EXECUTION_THRESHOLD =
  'Alma runs a job from the API only while at most 3 API-started jobs are running and at most 5 times per hour per job; ' +
  'this refusal does not say which; the run was not started, try again when a run has finished or later in the hour'

/** §1: reading needs the Configuration area read-only; running a job (a POST) needs read/write. */
const KEY_PERMISSION = 'the key needs the Configuration area for this environment: read-only to read, read/write to run a job'

/** What to do about a code, in the user's terms (§5 job error codes, §6 limits). */
const HINTS: Record<string, (ctx: ErrorContext) => string> = {
  UNAUTHORIZED: () => KEY_PERMISSION,
  FORBIDDEN: () => KEY_PERMISSION,
  PER_SECOND_THRESHOLD: () => 'more than 25 calls per second for the institution; slow down',
  DAILY_THRESHOLD: () =>
    "the institution's daily API quota (all keys, sandbox included) is used up; it resets at midnight, retrying today will not help",
  '40166410': () => 'type must be MANUAL, SCHEDULED or OTHER, and the category a code Alma knows',
  '402215': (ctx) => `job ids look like M123, S123 or O123${ctx.jobId ? `, got "${ctx.jobId}"` : ''}`,
  '402216': (ctx) => `no job with id ${ctx.jobId ?? '(unknown)'} in this institution`,
  '402218': (ctx) =>
    `no instance ${ctx.instanceId ?? '(unknown)'} of job ${ctx.jobId ?? '(unknown)'}; right after a run it may not be visible yet`,
  // §3.3, §5: one row of the documentation for both codes; it never says which is which rule.
  '402222': () => EXECUTION_THRESHOLD,
  '402223': () => EXECUTION_THRESHOLD,
  '402228': () => 'a mandatory parameter is missing; copy the parameters from the "API information" step of the Run a job wizard',
  '402229': () => 'a mandatory parameter is empty; copy the parameters from the "API information" step of the Run a job wizard',
  '402248': () =>
    'only ERP, Metadata Import, Remote Storage, Bursar, General Publishing and SIS scheduled jobs can be run from the API',
  '402249': () =>
    'only ERP, Metadata Import, Remote Storage, Bursar, General Publishing and SIS scheduled jobs can be run from the API'
}

/** Used when Alma sent a code without a message. */
const DEFAULT_TEXTS: Record<string, string> = {
  UNAUTHORIZED: 'API-key not defined or not configured to allow this API',
  PER_SECOND_THRESHOLD: 'HTTP requests are more than allowed per second',
  DAILY_THRESHOLD: 'Daily API threshold reached',
  '402215': 'Invalid job id format',
  '402216': 'Invalid job id',
  '402218': 'Invalid job instance id',
  '402222': 'Execution threshold reached',
  '402223': 'Execution threshold reached',
  '402228': 'Mandatory parameter missing',
  '402229': 'Mandatory parameter empty'
}

/**
 * Builds the error for a non-2xx answer. With a code:
 * `402216: Invalid job id (no job with id M123 in this institution); tracking id E01-…`.
 */
export function errorFromAnswer(status: number, body: AlmaErrorBody, ctx: ErrorContext, secrets: readonly string[]): AlmaError {
  const almaMessage = body.message === undefined ? undefined : redact(body.message, secrets)
  const trackingId = body.trackingId === undefined ? undefined : redact(body.trackingId, secrets)
  let message: string
  if (body.code) {
    // The code is Alma's text: `constructor` or `toString` must not find Object's own members.
    const text = (
      almaMessage ||
      (Object.hasOwn(DEFAULT_TEXTS, body.code) ? DEFAULT_TEXTS[body.code] : undefined) ||
      `HTTP ${status}`
    ).replace(/[.\s]+$/, '')
    const hint = Object.hasOwn(HINTS, body.code) ? HINTS[body.code]!(ctx) : undefined
    message = `${body.code}: ${text}${hint ? ` (${hint})` : ''}`
  } else {
    const what = body.source === 'html' ? 'gateway page' : body.source === 'empty' ? 'empty body' : 'body'
    message = `HTTP ${status} from Alma on ${ctx.method} ${ctx.path}${almaMessage ? ` (${what}: "${almaMessage}")` : ` (${what})`}`
  }
  if (trackingId) message += `; tracking id ${trackingId}`
  return new AlmaError(redact(message, secrets), {
    kind: 'alma',
    status,
    code: body.code,
    almaMessage,
    trackingId
  })
}
