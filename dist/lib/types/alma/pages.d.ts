import type { Page } from './parse.js';
/** §2/§7.7: the largest `limit` Alma accepts; it defaults to 10 otherwise. */
export declare const PAGE_SIZE = 100;
export type PageFetcher<T> = (offset: number, limit: number) => Promise<Page<T>>;
/**
 * Reads the first page, then, knowing the total, the rest concurrently (at most
 * `concurrency` in flight; the transport's pacer keeps to Alma's calls per second, §6). Stops
 * at an empty page and de-duplicates by id, since the list can shift while paging (§7.7).
 */
export declare function fetchAllPages<T>(fetchPage: PageFetcher<T>, idOf: (item: T) => string, concurrency: number): Promise<T[]>;
