import type { Page } from './parse.js';
/** §2/§7.7: the largest `limit` Alma accepts; it defaults to 10 otherwise. */
export declare const PAGE_SIZE = 100;
/**
 * At most this many pages per list: 10,000 items at 100 a page. An institution has hundreds to
 * a few thousand jobs, and a job run every 15 minutes for 30 days has about 2,900 runs; a list
 * longer than this is a server that ignores `offset` or a count gone wrong, not Alma.
 */
export declare const MAX_PAGES = 100;
export type PageFetcher<T> = (offset: number, limit: number) => Promise<Page<T>>;
/**
 * Reads the first page, then, knowing the total, the rest concurrently (at most
 * `concurrency` in flight; the transport's pacer keeps to Alma's calls per second, §6). Stops
 * at an empty page or one that adds no new id (a server ignoring `offset`), de-duplicates by
 * id since the list can shift while paging (§7.7), and never reads more than MAX_PAGES pages:
 * a longer list fails with an AlmaError of kind 'too-large'. `what` names the items in it.
 */
export declare function fetchAllPages<T>(fetchPage: PageFetcher<T>, idOf: (item: T) => string, concurrency: number, what?: string): Promise<T[]>;
