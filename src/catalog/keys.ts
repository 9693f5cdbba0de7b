// Names of cache entries: @actions/cache keys and cache file names.
import { createHash } from 'node:crypto'
import { ENVIRONMENTS, type Environment } from '../settings.js'
import type { CacheScope } from './types.js'

/** Bump when the stored JSON changes shape: keys change, and old files read as foreign. */
export const CACHE_SCHEMA_VERSION = 1
const KEY_PREFIX = `almajob-v${CACHE_SCHEMA_VERSION}`
const DAY_MS = 86_400_000
/** A restore takes a primary key plus at most 9 restore keys (runner.md §4). */
const MAX_LOOKUP_KEYS = 10
/** 13 digits hold every ms timestamp until the year 2286, so saved keys keep one width. */
const FETCHED_AT_DIGITS = 13
const FINGERPRINT_PATTERN = /^[0-9a-f]{12}$/

/**
 * The institution's environment as 12 hex digits of SHA-256 over base URL and API key: two
 * institutions never share an entry, and the key cannot be read back from a cache key or
 * file name (runner.md §4: never put the API key in a key).
 */
export function fingerprint(baseUrl: string, apiKey: string): string {
  return createHash('sha256')
    .update(`almajob\n${baseUrl.replace(/\/+$/, '')}\n${apiKey}`)
    .digest('hex')
    .slice(0, 12)
}

/** A whole, non-negative millisecond time that fits the key's 13 digits. */
export function isTimestamp(ms: unknown): ms is number {
  return typeof ms === 'number' && Number.isSafeInteger(ms) && ms >= 0 && ms < 10 ** FETCHED_AT_DIGITS
}

/** The UTC day of `ms` as YYYYMMDD: the fixed-width time bucket of a key. */
export function dayBucket(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10).replaceAll('-', '')
}

/** A store is built for one scope; a bad one is a programming error, so this throws. */
export function checkScope(scope: Omit<CacheScope, 'kind'>): void {
  if (!(ENVIRONMENTS as readonly string[]).includes(scope.env)) throw new TypeError(`cache: unknown environment "${scope.env}"`)
  if (!FINGERPRINT_PATTERN.test(scope.fingerprint))
    throw new TypeError('cache: fingerprint must be 12 hex digits (see fingerprint())')
}

/** `almajob-v1-jobs-sandbox-3f9a1c0d2b7e`: every component ends at a '-' and holds none. */
function scopePrefix(scope: CacheScope): string {
  return `${KEY_PREFIX}-${scope.kind}-${scope.env}-${scope.fingerprint}`
}

/**
 * The key an entry is saved under: `<scope>-<YYYYMMDD>-<fetchedAt, 13 digits>`. Keys are
 * immutable (runner.md §4), so a refreshed list gets a new key instead of
 * failing to overwrite; the fixed width keeps any saved key from being a prefix of another.
 */
export function entryKey(scope: CacheScope, fetchedAt: number): string {
  if (!isTimestamp(fetchedAt)) {
    throw new RangeError(`cache: fetchedAt ${fetchedAt} is not a millisecond timestamp`)
  }
  return `${scopePrefix(scope)}-${dayBucket(fetchedAt)}-${String(fetchedAt).padStart(FETCHED_AT_DIGITS, '0')}`
}

/**
 * Keys to restore with, newest bucket first: `<scope>-<YYYYMMDD>-` for today and for each
 * earlier day that may still hold an entry younger than the TTL. The service prefix-matches
 * each and takes the newest entry (runner.md §4), so the latest refresh wins;
 * the bucket keeps an old entry of this branch from shadowing today's on the default branch.
 */
export function lookupKeys(scope: CacheScope, now: number, ttlMs: number): string[] {
  // An entry is fresh while now - fetchedAt < ttlMs, so the oldest useful one is now - ttlMs + 1.
  const oldest = Math.max(now - Math.max(ttlMs, 1) + 1, 0)
  const keys: string[] = []
  for (let day = now; keys.length < MAX_LOOKUP_KEYS; day -= DAY_MS) {
    keys.push(`${scopePrefix(scope)}-${dayBucket(day)}-`)
    if (dayBucket(day) <= dayBucket(oldest)) break
  }
  return keys
}

/** One file per kind, environment and institution: `jobs-sandbox-3f9a1c0d2b7e.json`. */
export function cacheFileName(scope: CacheScope): string {
  return `${scope.kind}-${scope.env}-${scope.fingerprint}.json`
}

/** Which cache entries a run may use: its environment and institution, never the key itself. */
export function storeScope(settings: {
  env: Environment
  baseUrl: string
  apiKey: string
  cache: { dir: string; ttlMs: number }
}) {
  return {
    dir: settings.cache.dir,
    env: settings.env,
    fingerprint: fingerprint(settings.baseUrl, settings.apiKey),
    ttlMs: settings.cache.ttlMs
  }
}
