// How old a cached list may be.

/**
 * A name missing from a list fetched this recently does not trigger a refresh: a job created
 * in Alma since then is unlikely, and a typo must not cost a full list fetch on every run.
 */
export const REFRESH_GRACE_MS = 5 * 60 * 1000

/** Runners' clocks differ a little; an entry "from the future" by more than this is suspect. */
const MAX_CLOCK_SKEW_MS = 60 * 1000

/** Fresh while younger than the TTL (an entry exactly ttlMs old is stale). */
export function isFresh(fetchedAt: number, now: number, ttlMs: number): boolean {
  const age = now - fetchedAt
  return age >= -MAX_CLOCK_SKEW_MS && age < ttlMs
}

/** Fetched within REFRESH_GRACE_MS: refreshing again would not help. */
export function isRecent(fetchedAt: number, now: number = Date.now()): boolean {
  return isFresh(fetchedAt, now, REFRESH_GRACE_MS)
}
