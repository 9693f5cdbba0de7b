import { describe, expect, it } from 'vitest'
import { isFresh, isRecent, REFRESH_GRACE_MS } from '../src/catalog/index.js'
import { cacheFileName, checkScope, dayBucket, entryKey, fingerprint, lookupKeys } from '../src/catalog/keys.js'
import type { CacheScope, CatalogKind } from '../src/catalog/types.js'
import { ENVIRONMENTS } from '../src/settings.js'

const EU = 'https://api-eu.hosted.exlibrisgroup.com/almaws/v1'
const NA = 'https://api-na.hosted.exlibrisgroup.com/almaws/v1'
const API_KEY = 'l7xx0123456789abcdef0123456789abcdef'
const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000
const MIDNIGHT_OCT_16 = Date.UTC(2026, 9, 16)
const scope: CacheScope = { kind: 'jobs', env: 'sandbox', fingerprint: fingerprint(EU, API_KEY) }

describe('fingerprint', () => {
  it('is 12 hex digits that differ with the base URL or the key', () => {
    const prints = [
      fingerprint(EU, API_KEY),
      fingerprint(NA, API_KEY),
      fingerprint(EU, `${API_KEY}x`),
      fingerprint(NA, 'other-key')
    ]
    for (const print of prints) expect(print).toMatch(/^[0-9a-f]{12}$/)
    expect(new Set(prints).size).toBe(prints.length)
  })

  it('ignores a trailing slash on the base URL', () => {
    expect(fingerprint(`${EU}/`, API_KEY)).toBe(fingerprint(EU, API_KEY))
  })
})

describe('entryKey', () => {
  it('is version, kind, environment, fingerprint, UTC day and 13-digit fetchedAt', () => {
    const fetchedAt = Date.UTC(2026, 9, 15, 8, 30)
    expect(entryKey(scope, fetchedAt)).toBe(`almajob-v1-jobs-sandbox-${scope.fingerprint}-20261015-${fetchedAt}`)
    expect(entryKey(scope, 42)).toBe(`almajob-v1-jobs-sandbox-${scope.fingerprint}-19700101-0000000000042`)
  })

  it('never holds the API key and stays within the 512 characters and no commas of §4', () => {
    const key = entryKey(scope, Date.now())
    expect(key).not.toContain(API_KEY)
    expect(key.length).toBeLessThan(512)
    expect(key).not.toContain(',')
  })

  it('has one width per scope, and no saved key is a prefix of another', () => {
    const kinds: CatalogKind[] = ['jobs', 'statuses']
    const prints = [fingerprint(EU, API_KEY), fingerprint(NA, API_KEY)]
    const times = [0, 42, Date.UTC(2026, 9, 15, 23, 59, 59, 999), MIDNIGHT_OCT_16, MIDNIGHT_OCT_16 + 1, Date.UTC(2286, 0, 1)]
    const keys = kinds.flatMap((kind) =>
      ENVIRONMENTS.flatMap((env) =>
        prints.flatMap((print) => times.map((time) => entryKey({ kind, env, fingerprint: print }, time)))
      )
    )
    expect(new Set(keys).size).toBe(keys.length)
    for (const key of keys) {
      for (const other of keys) if (other !== key) expect(other.startsWith(key)).toBe(false)
    }
    const widths = new Set(times.map((time) => entryKey(scope, time).length))
    expect(widths.size).toBe(1)
  })

  it('rejects times that do not fit 13 digits', () => {
    expect(() => entryKey(scope, -1)).toThrow(RangeError)
    expect(() => entryKey(scope, 1.5)).toThrow(RangeError)
    expect(() => entryKey(scope, 10 ** 13)).toThrow(RangeError)
  })
})

describe('dayBucket', () => {
  it('changes exactly at UTC midnight', () => {
    expect(dayBucket(MIDNIGHT_OCT_16 - 1)).toBe('20261015')
    expect(dayBucket(MIDNIGHT_OCT_16)).toBe('20261016')
  })
})

describe('lookupKeys', () => {
  const prefix = `almajob-v1-jobs-sandbox-${scope.fingerprint}`

  it("looks in today's bucket first, then in each earlier day the TTL still reaches", () => {
    const noon = MIDNIGHT_OCT_16 + 12 * HOUR_MS
    expect(lookupKeys(scope, noon, DAY_MS)).toEqual([`${prefix}-20261016-`, `${prefix}-20261015-`])
    expect(lookupKeys(scope, noon, HOUR_MS)).toEqual([`${prefix}-20261016-`])
    expect(lookupKeys(scope, noon, 3 * DAY_MS)).toHaveLength(4)
  })

  it('reaches back to yesterday only while an entry from it could still be fresh', () => {
    // Fresh means younger than the TTL: with a 1 h TTL, yesterday's last possible entry
    // (23:59:59.999) is fresh until 00:59:59.998 and stale from 00:59:59.999.
    expect(lookupKeys(scope, MIDNIGHT_OCT_16 + HOUR_MS - 2, HOUR_MS)).toEqual([`${prefix}-20261016-`, `${prefix}-20261015-`])
    expect(lookupKeys(scope, MIDNIGHT_OCT_16 + HOUR_MS - 1, HOUR_MS)).toEqual([`${prefix}-20261016-`])
    expect(isFresh(MIDNIGHT_OCT_16 - 1, MIDNIGHT_OCT_16 + HOUR_MS - 2, HOUR_MS)).toBe(true)
    expect(isFresh(MIDNIGHT_OCT_16 - 1, MIDNIGHT_OCT_16 + HOUR_MS - 1, HOUR_MS)).toBe(false)
  })

  it('stops at the ten keys a restore accepts', () => {
    expect(lookupKeys(scope, MIDNIGHT_OCT_16, 365 * DAY_MS)).toHaveLength(10)
  })

  it('matches the keys saved in its buckets and no other scope', () => {
    const now = MIDNIGHT_OCT_16 + 2 * HOUR_MS
    const [today, yesterday] = lookupKeys(scope, now, DAY_MS)
    expect(entryKey(scope, now - HOUR_MS).startsWith(today)).toBe(true)
    expect(entryKey(scope, now - 3 * HOUR_MS).startsWith(yesterday)).toBe(true)
    const others: CacheScope[] = [
      { ...scope, kind: 'statuses' },
      { ...scope, env: 'production' },
      { ...scope, fingerprint: fingerprint(NA, API_KEY) }
    ]
    for (const other of others) expect(entryKey(other, now - HOUR_MS).startsWith(today)).toBe(false)
  })
})

describe('cacheFileName and checkScope', () => {
  it('names one file per kind, environment and institution', () => {
    expect(cacheFileName(scope)).toBe(`jobs-sandbox-${scope.fingerprint}.json`)
    expect(cacheFileName({ ...scope, kind: 'statuses', env: 'production' })).toBe(`statuses-production-${scope.fingerprint}.json`)
  })

  it('refuses a raw API key where a fingerprint belongs', () => {
    expect(() => checkScope({ env: 'sandbox', fingerprint: API_KEY })).toThrow(/fingerprint/)
    expect(() => checkScope({ env: 'staging' as never, fingerprint: scope.fingerprint })).toThrow(/environment/)
  })
})

describe('isFresh and isRecent', () => {
  const fetchedAt = Date.UTC(2026, 9, 15, 8)

  it('keeps a list until it is exactly TTL old', () => {
    expect(isFresh(fetchedAt, fetchedAt + DAY_MS - 1, DAY_MS)).toBe(true)
    expect(isFresh(fetchedAt, fetchedAt + DAY_MS, DAY_MS)).toBe(false)
  })

  it('allows a little clock skew but not a list from the future', () => {
    expect(isFresh(fetchedAt, fetchedAt - 30_000, DAY_MS)).toBe(true)
    expect(isFresh(fetchedAt, fetchedAt - 10 * 60_000, DAY_MS)).toBe(false)
  })

  it('calls a list recent within the refresh grace period', () => {
    expect(isRecent(fetchedAt, fetchedAt + REFRESH_GRACE_MS - 1)).toBe(true)
    expect(isRecent(fetchedAt, fetchedAt + REFRESH_GRACE_MS)).toBe(false)
    expect(isRecent(Date.now())).toBe(true)
  })
})
