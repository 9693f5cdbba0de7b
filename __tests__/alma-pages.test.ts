// Paging rules of alma-jobs-api.md §7.7, on a fake page source.
import { describe, expect, test } from 'vitest'
import { fetchAllPages, PAGE_SIZE } from '../src/alma/pages.js'
import type { Page } from '../src/alma/parse.js'

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
