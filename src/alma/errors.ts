// One typed error for every failed Alma call (alma-jobs-api.md §5), and one for bad
// user input. Messages never contain the API key.

export type AlmaErrorKind = 'alma' | 'network' | 'timeout' | 'parse' | 'run-unknown'

export interface AlmaErrorDetails {
  kind: AlmaErrorKind
  status?: number
  code?: string
  almaMessage?: string
  trackingId?: string
  cause?: unknown
}

export class AlmaError extends Error {
  readonly kind: AlmaErrorKind
  readonly status?: number
  readonly code?: string
  readonly almaMessage?: string
  readonly trackingId?: string

  constructor(message: string, details: AlmaErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause })
    this.name = 'AlmaError'
    this.kind = details.kind
    this.status = details.status
    this.code = details.code
    this.almaMessage = details.almaMessage
    this.trackingId = details.trackingId
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

/**
 * Removes the key (raw and URL-encoded) and any `apikey=` query value from text that came
 * from the wire or from Node, so no message, event or log line can carry it (§1).
 */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text
  for (const secret of secrets) {
    if (secret.length < 4) continue // too short to search for without mangling the text
    for (const form of new Set([secret, encodeURIComponent(secret)])) out = out.split(form).join(REDACTED)
  }
  return out.replace(/(apikey[=:]\s*)[^\s&"'<>]+/gi, `$1${REDACTED}`)
}

/** What to do about a code, in the user's terms (§5 job error codes, §6 limits). */
const HINTS: Record<string, (ctx: ErrorContext) => string> = {
  UNAUTHORIZED: () => 'the key needs Configuration read/write for this environment',
  FORBIDDEN: () => 'the key needs Configuration read/write for this environment',
  PER_SECOND_THRESHOLD: () => 'more than 25 calls per second for the institution; slow down',
  DAILY_THRESHOLD: () =>
    "the institution's daily API quota (all keys, sandbox included) is used up; it resets at midnight, retrying today will not help",
  '40166410': () => 'type must be MANUAL, SCHEDULED or OTHER, and the category a code Alma knows',
  '402215': (ctx) => `job ids look like M123, S123 or O123${ctx.jobId ? `, got "${ctx.jobId}"` : ''}`,
  '402216': (ctx) => `no job with id ${ctx.jobId ?? '(unknown)'} in this institution`,
  '402218': (ctx) =>
    `no instance ${ctx.instanceId ?? '(unknown)'} of job ${ctx.jobId ?? '(unknown)'}; right after a run it may not be visible yet`,
  '402222': () =>
    'Alma runs a job from the API only while at most 3 API-started jobs are running; wait for one to finish and try again',
  '402223': () => 'Alma runs a job from the API at most 5 times per hour; wait and try again',
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
    const text = (almaMessage || DEFAULT_TEXTS[body.code] || `HTTP ${status}`).replace(/[.\s]+$/, '')
    const hint = HINTS[body.code]?.(ctx)
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
