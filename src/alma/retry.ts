// When to try again, and how long to wait first (alma-api.md §6).

/** Longest Retry-After we honour; a server asking for more is treated as asking for this. */
export const RETRY_AFTER_CAP_MS = 60_000

/**
 * How long a call keeps retrying per-second refusals, by default. The limit is the
 * institution's (§6), shared with every other workflow of it: when sixty steps start at once
 * behind 25 calls/s, a refusal says "later", not "never". Two minutes lets the pacers of all
 * of them settle (each halves its rate on a refusal) without hiding an Alma that refuses all day.
 */
export const DEFAULT_RATE_LIMIT_BUDGET_MS = 120_000

/** How a failed attempt may be repeated. */
export type RetryVerdict =
  /** Alma refused it for the per-second limit (429 / PER_SECOND_THRESHOLD): not processed; retried on a time budget. */
  | 'throttled'
  /** It never left (connect/DNS failure): not processed, safe for any method. */
  | 'not-processed'
  /** 5xx, reset, timeout, unreadable answer: a GET may repeat; a POST's outcome is unknown. */
  | 'transient'
  /** An answer too big to read (MAX_BODY_BYTES): a GET would only fetch it again; a POST's outcome is unknown. */
  | 'lost'
  /** A 4xx answer, a refused key, the daily quota: repeating cannot help. */
  | 'final'

/** Errors raised before a single byte of the request could reach Alma (§6: "connect failure"). */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'])

export function failedBeforeSending(code: string | undefined): boolean {
  return code !== undefined && NOT_SENT_CODES.has(code)
}

/** §5/§6: check the code as well as the status; the daily quota is not worth retrying today. */
export function verdictForAnswer(status: number, code: string | undefined): RetryVerdict {
  if (code === 'DAILY_THRESHOLD') return 'final'
  if (code === 'PER_SECOND_THRESHOLD' || status === 429) return 'throttled'
  if (status >= 500) return 'transient'
  return 'final'
}

/** Full jitter: random(0, min(max, base·2ⁿ)) for the n-th retry (n from 0). */
export function backoffDelayMs(retryIndex: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** retryIndex)
  return Math.floor(random() * ceiling)
}

/** RFC 9110 delta-seconds (a fraction tolerated). */
const DELTA_SECONDS = /^\d+(\.\d+)?$/
/** An HTTP date starts with the day's name (IMF-fixdate, RFC 850, asctime); Date.parse alone reads "-5" or "1 2" as dates. */
const HTTP_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? /i

/**
 * Retry-After as delta-seconds or an HTTP date (§6), capped at RETRY_AFTER_CAP_MS; undefined
 * when absent, unreadable, negative, zero or in the past: then the normal backoff applies.
 */
export function retryAfterMs(header: string | undefined, nowMs: number): number | undefined {
  const value = header?.trim()
  if (!value) return undefined
  let ms: number
  if (DELTA_SECONDS.test(value)) ms = Number(value) * 1000
  else if (HTTP_DATE.test(value)) ms = Date.parse(value) - nowMs
  else return undefined
  if (!(ms > 0)) return undefined // NaN, now or past
  return Math.min(Math.ceil(ms), RETRY_AFTER_CAP_MS)
}

export interface RetryTiming {
  retryBaseMs: number
  retryMaxMs: number
  now: () => number
}

/** Retry-After wins when the server sent a usable one; otherwise jittered backoff. */
export function retryDelayMs(retryIndex: number, retryAfterHeader: string | undefined, timing: RetryTiming): number {
  return retryAfterMs(retryAfterHeader, timing.now()) ?? backoffDelayMs(retryIndex, timing.retryBaseMs, timing.retryMaxMs)
}
