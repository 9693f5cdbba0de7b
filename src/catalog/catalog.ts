// The job list and the status code table, each fetched from Alma at most once per process
// and kept in a store between processes. Alma has no name filter, so resolving a name needs
// the whole list (alma-api.md §7.8); the cache spares every run those pages.
import type { Job, StatusTableRow } from '../alma/types.js'
import { errorMessage } from './files.js'
import { isFresh } from './freshness.js'
import { isTimestamp } from './keys.js'
import type { CatalogEntry, CatalogKind, CatalogLogger, CatalogStore } from './types.js'

/** What the catalog needs from the Alma client; AlmaClient fits, and so does a test fake. */
export interface CatalogClient {
  listJobs(): Promise<Job[]>
  getStatusTable(): Promise<StatusTableRow[]>
}

export interface CatalogOptions {
  client: CatalogClient
  log: CatalogLogger
  /** Undefined: no cache, the lists live in memory for this process only. */
  store?: CatalogStore
  /** A cached list older than this is never used. */
  ttlMs: number
  /** Ignore what the store holds: fetch from Alma and rewrite it. */
  forceRefresh?: boolean
  now?: () => number
}

export interface JobList {
  jobs: Job[]
  /** True when the list came from the store, not from Alma in this process. */
  fromCache: boolean
  /** When the list was fetched from Alma (ms since the epoch). */
  fetchedAt: number
}

interface Fetched<T> extends CatalogEntry<T> {
  fromCache: boolean
}

export class JobCatalog {
  readonly #client: CatalogClient
  readonly #log: CatalogLogger
  readonly #store: CatalogStore | undefined
  readonly #ttlMs: number
  readonly #forceRefresh: boolean
  readonly #now: () => number
  // Memoised promises: concurrent callers share one load or fetch.
  #jobs: Promise<JobList> | undefined
  #refreshedJobs: Promise<JobList> | undefined
  #statuses: Promise<StatusTableRow[]> | undefined

  constructor(options: CatalogOptions) {
    this.#client = options.client
    this.#log = options.log
    this.#store = options.store
    this.#ttlMs = options.ttlMs
    this.#forceRefresh = options.forceRefresh ?? false
    this.#now = options.now ?? Date.now
  }

  /**
   * The full job list: from the store when fresh, else from Alma (then saved). With
   * `refresh`, a list that came from the store is replaced by one from Alma; a list this
   * process already fetched from Alma is returned as it is, so Alma is asked once at most.
   */
  jobs(options: { refresh?: boolean } = {}): Promise<JobList> {
    if (options.refresh) return (this.#refreshedJobs ??= this.#refreshJobs())
    return (this.#jobs ??= this.#jobList(this.#forceRefresh))
  }

  /** The systemJobStatus code table (alma-api.md §3.5), cached like the job list. */
  statusTable(): Promise<StatusTableRow[]> {
    this.#statuses ??= this.#get('statuses', () => this.#client.getStatusTable(), isStatusTable, this.#forceRefresh).then(
      (fetched) => fetched.data
    )
    return this.#statuses
  }

  async #refreshJobs(): Promise<JobList> {
    const current = await this.#jobs?.catch(() => undefined)
    if (current && !current.fromCache) return current
    this.#jobs = this.#jobList(true)
    return this.#jobs
  }

  async #jobList(skipStore: boolean): Promise<JobList> {
    const fetched = await this.#get('jobs', () => this.#client.listJobs(), isJobList, skipStore)
    return { jobs: fetched.data, fromCache: fetched.fromCache, fetchedAt: fetched.fetchedAt }
  }

  async #get<T>(
    kind: CatalogKind,
    fetch: () => Promise<T>,
    isValid: (data: unknown) => data is T,
    skipStore: boolean
  ): Promise<Fetched<T>> {
    if (this.#store && !skipStore) {
      const cached = await this.#load(this.#store, kind, isValid)
      if (cached) return { ...cached, fromCache: true }
    }
    // Taken before the fetch: the list is at least this old.
    const fetchedAt = this.#now()
    const data = await fetch()
    if (this.#store) await this.#save(this.#store, kind, { fetchedAt, data })
    return { fetchedAt, data, fromCache: false }
  }

  async #load<T>(
    store: CatalogStore,
    kind: CatalogKind,
    isValid: (data: unknown) => data is T
  ): Promise<CatalogEntry<T> | undefined> {
    let entry: CatalogEntry<unknown> | undefined
    try {
      entry = await store.load<unknown>(kind)
    } catch (error) {
      // Stores promise not to throw; a cache must never fail the step anyway.
      this.#log.warning(`Could not read the ${kind} list from the ${store.label}: ${errorMessage(error)}`)
      return undefined
    }
    if (entry === undefined) return undefined
    if (!isValid(entry.data)) {
      this.#log.warning(`Ignoring the cached ${kind} list in the ${store.label}: it does not hold a ${kind} list.`)
      return undefined
    }
    const fetchedAt = isTimestamp(entry.fetchedAt) ? new Date(entry.fetchedAt).toISOString() : String(entry.fetchedAt)
    if (!isTimestamp(entry.fetchedAt) || !isFresh(entry.fetchedAt, this.#now(), this.#ttlMs)) {
      this.#log.debug(`The cached ${kind} list (fetched ${fetchedAt}) is outside the cache TTL; fetching it from Alma.`)
      return undefined
    }
    this.#log.debug(`Using the ${kind} list from the ${store.label}, fetched ${fetchedAt}.`)
    return { fetchedAt: entry.fetchedAt, data: entry.data }
  }

  async #save<T>(store: CatalogStore, kind: CatalogKind, entry: CatalogEntry<T>): Promise<void> {
    try {
      await store.save(kind, entry)
    } catch (error) {
      this.#log.warning(`Could not save the ${kind} list to the ${store.label}: ${errorMessage(error)}`)
    }
  }
}

function isJobList(data: unknown): data is Job[] {
  return Array.isArray(data) && data.every((job) => typeof job?.id === 'string' && typeof job.name === 'string')
}

function isStatusTable(data: unknown): data is StatusTableRow[] {
  return Array.isArray(data) && data.every((row) => typeof row?.code === 'string' && typeof row.description === 'string')
}
