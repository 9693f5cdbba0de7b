// Every page of a paged Alma list (alma-jobs-api.md §7.7).
import type { Page } from './parse.js'

/** §2/§7.7: the largest `limit` Alma accepts; it defaults to 10 otherwise. */
export const PAGE_SIZE = 100

export type PageFetcher<T> = (offset: number, limit: number) => Promise<Page<T>>

/**
 * Reads the first page, then, knowing the total, the rest concurrently (at most
 * `concurrency` in flight; the transport's pacer keeps to Alma's calls per second, §6). Stops
 * at an empty page and de-duplicates by id, since the list can shift while paging (§7.7).
 */
export async function fetchAllPages<T>(fetchPage: PageFetcher<T>, idOf: (item: T) => string, concurrency: number): Promise<T[]> {
  const first = await fetchPage(0, PAGE_SIZE)
  const pages = new Map<number, T[]>([[0, first.items]])
  if (first.items.length === 0) return []
  // A server that caps `limit` below what we asked still pages correctly.
  const step = first.items.length
  let total = first.total
  let emptyAt = Number.POSITIVE_INFINITY

  if (total !== undefined) {
    const offsets: number[] = []
    for (let offset = step; offset < total; offset += step) offsets.push(offset)
    const worker = async (): Promise<void> => {
      for (let offset = offsets.shift(); offset !== undefined; offset = offsets.shift()) {
        if (offset > emptyAt) continue
        const page = await fetchPage(offset, PAGE_SIZE)
        pages.set(offset, page.items)
        if (page.items.length === 0) emptyAt = Math.min(emptyAt, offset)
        if (page.total !== undefined) total = Math.max(total ?? 0, page.total)
      }
    }
    await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, offsets.length)) }, worker))
  }

  // The list grew while paging, or Alma sent no count: go on one page at a time.
  let next = Math.max(...pages.keys()) + step
  while (emptyAt === Number.POSITIVE_INFINITY && (total === undefined ? pages.get(next - step)!.length >= step : next < total)) {
    const page = await fetchPage(next, PAGE_SIZE)
    pages.set(next, page.items)
    if (page.items.length === 0) break
    if (page.total !== undefined) total = Math.max(total ?? 0, page.total)
    next += step
  }

  const seen = new Set<string>()
  const items: T[] = []
  for (const offset of [...pages.keys()].sort((a, b) => a - b)) {
    for (const item of pages.get(offset)!) {
      const id = idOf(item)
      if (!seen.has(id)) {
        seen.add(id)
        items.push(item)
      }
    }
  }
  return items
}
