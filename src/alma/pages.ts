// Every page of a paged Alma list (alma-api.md §7.7), bounded whatever the server says.
import { AlmaError } from './errors.js'
import type { Page } from './parse.js'

/** §2/§7.7: the largest `limit` Alma accepts; it defaults to 10 otherwise. */
export const PAGE_SIZE = 100

/**
 * At most this many pages per list: 10,000 items at 100 a page. An institution has hundreds to
 * a few thousand jobs, and a job run every 15 minutes for 30 days has about 2,900 runs; a list
 * longer than this is a server that ignores `offset` or a count gone wrong, not Alma.
 */
export const MAX_PAGES = 100

export type PageFetcher<T> = (offset: number, limit: number) => Promise<Page<T>>

/** A count worth planning from: a whole number ≥ 0 (NaN, negative or fractional counts are ignored). */
function usableTotal(total: number | undefined): number | undefined {
  return total !== undefined && Number.isSafeInteger(total) && total >= 0 ? total : undefined
}

/**
 * Reads the first page, then, knowing the total, the rest concurrently (at most
 * `concurrency` in flight; the transport's pacer keeps to Alma's calls per second, §6). Stops
 * at an empty page or one that adds no new id (a server ignoring `offset`), de-duplicates by
 * id since the list can shift while paging (§7.7), and never reads more than MAX_PAGES pages:
 * a longer list fails with an AlmaError of kind 'too-large'. `what` names the items in it.
 */
export async function fetchAllPages<T>(
  fetchPage: PageFetcher<T>,
  idOf: (item: T) => string,
  concurrency: number,
  what = 'items'
): Promise<T[]> {
  const pages = new Map<number, T[]>()
  const sizes = new Map<number, number>()
  const seen = new Set<string>()
  let total: number | undefined
  let claimed: number | undefined
  let endAt = Number.POSITIVE_INFINITY

  const take = (offset: number, page: Page<T>): void => {
    pages.set(offset, page.items)
    // Malformed items skipped by the parser still took their place on the page.
    sizes.set(offset, page.items.length + (page.skipped?.length ?? 0))
    if (page.total !== undefined) claimed = page.total
    const count = usableTotal(page.total)
    if (count !== undefined) total = Math.max(total ?? 0, count)
    let added = false
    for (const item of page.items) {
      const id = idOf(item)
      if (!seen.has(id)) {
        seen.add(id)
        added = true
      }
    }
    // §7.7: an empty page ends the list; so does one with nothing new (offset ignored).
    if (!added) endAt = Math.min(endAt, offset)
  }

  take(0, await fetchPage(0, PAGE_SIZE))
  // A server that caps `limit` below what we asked still pages correctly.
  const step = sizes.get(0)!
  if (step === 0) return []

  if (total !== undefined) {
    // Never more offsets than MAX_PAGES allows, whatever the count says (10^12 included).
    const offsets: number[] = []
    for (let offset = step; offset < total && offsets.length < MAX_PAGES - 1; offset += step) offsets.push(offset)
    const worker = async (): Promise<void> => {
      for (let offset = offsets.shift(); offset !== undefined; offset = offsets.shift()) {
        if (offset > endAt) continue
        take(offset, await fetchPage(offset, PAGE_SIZE))
      }
    }
    await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, offsets.length)) }, worker))
  }

  // The list grew while paging, or Alma sent no count: go on one page at a time.
  let next = Math.max(...pages.keys()) + step
  const more = (): boolean => (total === undefined ? sizes.get(next - step)! >= step : next < total)
  while (endAt === Number.POSITIVE_INFINITY && more()) {
    if (pages.size >= MAX_PAGES) throw tooManyPages(what, step, claimed)
    take(next, await fetchPage(next, PAGE_SIZE))
    next += step
  }

  const items: T[] = []
  const kept = new Set<string>()
  for (const offset of [...pages.keys()].sort((a, b) => a - b)) {
    for (const item of pages.get(offset)!) {
      const id = idOf(item)
      if (!kept.has(id)) {
        kept.add(id)
        items.push(item)
      }
    }
  }
  return items
}

function tooManyPages(what: string, step: number, claimed: number | undefined): AlmaError {
  const said = claimed === undefined ? 'Alma sent no total_record_count' : `Alma said total_record_count ${claimed}`
  return new AlmaError(
    `More than ${(MAX_PAGES * step).toLocaleString('en')} ${what} in the list: stopped after ${MAX_PAGES} pages; ${said}`,
    { kind: 'too-large' }
  )
}
