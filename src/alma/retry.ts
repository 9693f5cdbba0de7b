// When to try again, and how long to wait first (alma-jobs-api.md §6).

/** Longest Retry-After we honour; a server asking for more is treated as asking for this. */
export const RETRY_AFTER_CAP_MS = 60_000

/** How a failed attempt may be repeated. */
export type Verdict =
  /** Alma refused it (429 / PER_SECOND_THRESHOLD) or it never left (connect/DNS failure): safe for any method. */
  | 'not-processed'
  /** 5xx, reset, timeout, unreadable answer: a GET may repeat; a POST's outcome is unknown. */
  | 'transient'
  /** A 4xx answer, a refused key, the daily quota: repeating cannot help. */
  | 'final'

/** Errors raised before a single byte of the request could reach Alma (§6: "connect failure"). */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'])

export function failedBeforeSending(code: string | undefined): boolean {
  return code !== undefined && NOT_SENT_CODES.has(code)
}

/** §5/§6: check the code as well as the status; the daily quota is not worth retrying today. */
export function verdictForAnswer(status: number, code: string | undefined): Verdict {
  if (code === 'DAILY_THRESHOLD') return 'final'
  if (code === 'PER_SECOND_THRESHOLD' || status === 429) return 'not-processed'
  if (status >= 500) return 'transient'
  return 'final'
}

/** Full jitter: random(0, min(max, base·2ⁿ)) for the n-th retry (n from 0). */
export function backoffDelayMs(retryIndex: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** retryIndex)
  return Math.floor(random() * ceiling)
}

/** Retry-After as delta-seconds or an HTTP date; undefined when absent or unreadable (§6). */
export function retryAfterMs(header: string | undefined, nowMs: number): number | undefined {
  const value = header?.trim()
  if (!value) return undefined
  const ms = /^\d+(\.\d+)?$/.test(value) ? Number(value) * 1000 : Date.parse(value) - nowMs
  if (Number.isNaN(ms)) return undefined
  return Math.min(Math.max(0, Math.ceil(ms)), RETRY_AFTER_CAP_MS)
}

export interface RetryTiming {
  retryBaseMs: number
  retryMaxMs: number
  now: () => number
}

/** Retry-After wins when the server sent one; otherwise jittered backoff. */
export function retryDelayMs(retryIndex: number, retryAfterHeader: string | undefined, timing: RetryTiming): number {
  return retryAfterMs(retryAfterHeader, timing.now()) ?? backoffDelayMs(retryIndex, timing.retryBaseMs, timing.retryMaxMs)
}
