// Shapes shared by the job catalog and its two stores (files, @actions/cache).
import type { Environment } from '../settings.js'

/** What is cached: the full job list, and the systemJobStatus code table (alma-api.md §3.5). */
export type CatalogKind = 'jobs' | 'statuses'

/** The catalog only needs these two; the commands' Logger fits. */
export interface CatalogLogger {
  debug(message: string): void
  warning(message: string): void
}

/** One cached list and when it was fetched from Alma (ms since the epoch). */
export interface CatalogEntry<T> {
  fetchedAt: number
  data: T
}

/** Which cache entry: kind, Alma environment, and the institution fingerprint (never the key). */
export interface CacheScope {
  kind: CatalogKind
  env: Environment
  fingerprint: string
}

/**
 * Where entries live between processes. Cache trouble never throws out of here: the store
 * warns through its logger and answers undefined (load) or nothing (save).
 */
export interface CatalogStore {
  /** For log lines, e.g. "GitHub Actions cache" or "file cache in /home/me/.cache/almajob". */
  readonly label: string
  load<T>(kind: CatalogKind): Promise<CatalogEntry<T> | undefined>
  save<T>(kind: CatalogKind, entry: CatalogEntry<T>): Promise<void>
}
