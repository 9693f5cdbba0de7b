// Paging rules of alma-api.md §7.7, on a fake page source.
import { describe, expect, test } from 'vitest'
import { fetchAllPages, MAX_PAGES, PAGE_SIZE } from '../src/alma/pages.js'
import type { Page } from '../src/alma/parse.js'
import { failure } from './support/alma.js'

interface Source {
  fetch: (offset: number, limit: number) => Promise<Page<string>>
  offsets: number[]
  maxInFlight: () => number
}

/** A list of `items`; `serve` may override what a given offset returns. */
function source(
  items: string[],
  opts: { total?: number | null; cap?: number; serve?: (offset: number) => string[] | undefined } = {}
): Source {
  const offsets: number[] = []
  let inFlight = 0
  let maxInFlight = 0
  return {
    offsets,
    maxInFlight: () => maxInFlight,
    fetch: async (offset, limit) => {
      offsets.push(offset)
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      await new Promise((resolve) => setTimeout(resolve, 2))
      inFlight--
      const size = Math.min(limit, opts.cap ?? limit)
      const page = opts.serve?.(offset) ?? items.slice(offset, offset + size)
      return { total: opts.total === null ? undefined : (opts.total ?? items.length), items: page }
    }
  }
}

const ids = (n: number, prefix = 'M') => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`)

describe('fetchAllPages', () => {
  test.each([
    [0, [0]],
    [99, [0]],
    [100, [0]],
    [101, [0, 100]],
    [237, [0, 100, 200]],
    [1000, [0, 100, 200, 300, 400, 500, 600, 700, 800, 900]]
  ])('%i items → pages at %j', async (count, expected) => {
    const src = source(ids(count))
    const items = await fetchAllPages(src.fetch, (id) => id, 4)
    expect(items).toEqual(ids(count))
    expect([...src.offsets].sort((a, b) => a - b)).toEqual(expected)
    expect(PAGE_SIZE).toBe(100)
  })

  test('at most `concurrency` pages in flight after the first', async () => {
    const src = source(ids(1000))
    await fetchAllPages(src.fetch, (id) => id, 3)
    expect(src.maxInFlight()).toBe(3)
    expect(src.offsets[0]).toBe(0)
  })

  test('an empty page stops the walk even if the count says more', async () => {
    const src = source(ids(250), { total: 5000, serve: (offset) => (offset >= 300 ? [] : undefined) })
    const items = await fetchAllPages(src.fetch, (id) => id, 1)
    expect(items).toEqual(ids(250))
    expect(src.offsets).toEqual([0, 100, 200, 300])
  })

  test('duplicates from a shifting list are dropped, first occurrence kept', async () => {
    const src = source([], {
      total: 250,
      serve: (offset) => ({ 0: ids(100), 100: ids(100).slice(90).concat(ids(90, 'N')), 200: ['M5', 'X1'] })[offset]
    })
    const items = await fetchAllPages(src.fetch, (id) => id, 4)
    expect(items).toEqual([...ids(100), ...ids(90, 'N'), 'X1'])
  })

  test('a server that caps the page size below 100 is still read whole', async () => {
    const src = source(ids(45), { cap: 10 })
    expect(await fetchAllPages(src.fetch, (id) => id, 4)).toEqual(ids(45))
    expect([...src.offsets].sort((a, b) => a - b)).toEqual([0, 10, 20, 30, 40])
  })

  test('a list that grows while paging is followed to its new end', async () => {
    let total = 150
    const all = ids(260)
    const src: Source = source(all, {
      serve: (offset) => {
        if (offset > 0) total = 260
        return all.slice(offset, Math.min(offset + 100, total))
      }
    })
    const fetch: Source['fetch'] = async (offset, limit) => ({ ...(await src.fetch(offset, limit)), total })
    expect(await fetchAllPages(fetch, (id) => id, 4)).toEqual(all)
    expect(src.offsets).toEqual([0, 100, 200])
  })

  test('no count at all: pages until a short page', async () => {
    const src = source(ids(230), { total: null })
    expect(await fetchAllPages(src.fetch, (id) => id, 4)).toEqual(ids(230))
    expect(src.offsets).toEqual([0, 100, 200])
  })
})

describe('paging is bounded whatever the server says', () => {
  /** A list without end: `size` fresh ids at any offset, or the same page whatever the offset. */
  function endless(total: number | undefined, opts: { sameEveryTime?: boolean; size?: number } = {}) {
    const offsets: number[] = []
    const fetch = async (offset: number, limit: number): Promise<Page<string>> => {
      offsets.push(offset)
      const size = Math.min(limit, opts.size ?? limit)
      const from = opts.sameEveryTime ? 0 : offset
      return { total, items: Array.from({ length: size }, (_, i) => `M${from + i + 1}`) }
    }
    return { fetch, offsets }
  }

  test(`MAX_PAGES is ${MAX_PAGES}: a list of exactly ${MAX_PAGES * PAGE_SIZE} items is read whole`, async () => {
    const src = source(ids(MAX_PAGES * PAGE_SIZE))
    expect(await fetchAllPages(src.fetch, (id) => id, 10)).toHaveLength(10_000)
    expect(src.offsets).toHaveLength(100)
  })

  test('total_record_count 1,000,000 with fresh ids on every page: a clear error after 100 pages, no more queued', async () => {
    const src = endless(1_000_000)
    const error = await failure(fetchAllPages(src.fetch, (id) => id, 10, 'jobs'))
    expect(error.kind).toBe('too-large')
    expect(error.message).toBe('More than 10,000 jobs in the list: stopped after 100 pages; Alma said total_record_count 1000000')
    expect(src.offsets).toHaveLength(100)
  })

  test('total_record_count 10^12: the same clear error, no "Invalid array length"', async () => {
    const src = endless(1e12)
    const error = await failure(fetchAllPages(src.fetch, (id) => id, 10))
    expect(error.message).toContain('stopped after 100 pages; Alma said total_record_count 1000000000000')
    expect(src.offsets).toHaveLength(100)
  })

  test('a server that ignores offset: the first page with nothing new ends the list', async () => {
    const counted = endless(1_000_000, { sameEveryTime: true })
    expect(await fetchAllPages(counted.fetch, (id) => id, 10)).toEqual(ids(100))
    // The first page, then at most one round of the concurrent pages before the repeat is seen.
    expect(counted.offsets.length).toBeLessThanOrEqual(11)

    const uncounted = endless(undefined, { sameEveryTime: true })
    expect(await fetchAllPages(uncounted.fetch, (id) => id, 10)).toEqual(ids(100))
    expect(uncounted.offsets).toEqual([0, 100])
  })

  test('no count and full pages of fresh ids for ever: stopped by the cap, saying no count was sent', async () => {
    const src = endless(undefined)
    const error = await failure(fetchAllPages(src.fetch, (id) => id, 10, 'instances of job M1'))
    expect(error.message).toBe(
      'More than 10,000 instances of job M1 in the list: stopped after 100 pages; Alma sent no total_record_count'
    )
    expect(src.offsets).toHaveLength(100)
  })

  test('a server capping pages at 10 is capped at 100 pages too, and the message says 1,000', async () => {
    const src = endless(undefined, { size: 10 })
    expect((await failure(fetchAllPages(src.fetch, (id) => id, 4))).message).toMatch(/^More than 1,000 items/)
    expect(src.offsets).toHaveLength(100)
  })

  test.each([
    ['negative', -5],
    ['NaN', Number.NaN],
    ['fractional', 150.5],
    ['infinite', Number.POSITIVE_INFINITY]
  ])('a %s count is ignored: paged as if there were none', async (_name, total) => {
    const src = source(ids(230), { total })
    expect(await fetchAllPages(src.fetch, (id) => id, 4)).toEqual(ids(230))
    expect(src.offsets).toEqual([0, 100, 200])
  })

  test('items the parser skipped still count towards a full page', async () => {
    const fetch = async (offset: number): Promise<Page<string>> =>
      offset === 0
        ? { total: undefined, items: ids(98), skipped: ['bad id', 'bad id'] }
        : { total: undefined, items: offset === 100 ? ['N1'] : [] }
    expect(await fetchAllPages(fetch, (id) => id, 4)).toEqual([...ids(98), 'N1'])
  })
})
