import { describe, expect, it, vi } from 'vitest'
import { AlmaError } from '../src/alma/errors.js'
import type { Job, StatusTableRow } from '../src/alma/types.js'
import { JobCatalog, type CatalogEntry, type CatalogKind, type CatalogLogger, type CatalogStore } from '../src/catalog/index.js'

const NOW = Date.UTC(2026, 9, 15, 8)
const DEFAULT_TTL_MS = 24 * 3600_000
const HOUR_MS = 3_600_000
const ALMA_JOBS: Job[] = [
  { id: 'M26714', name: 'Export Physical Items', parameters: [] },
  { id: 'M99001', name: 'Created this morning', parameters: [] }
]
const CACHED_JOBS: Job[] = [ALMA_JOBS[0]]
const STATUSES: StatusTableRow[] = [{ code: 'COMPLETED_SUCCESS', description: 'Completed successfully' }]

function fakeClient() {
  return {
    listJobs: vi.fn(async () => structuredClone(ALMA_JOBS)),
    getStatusTable: vi.fn(async () => structuredClone(STATUSES))
  }
}

function memoryStore(initial: Partial<Record<CatalogKind, CatalogEntry<unknown>>> = {}) {
  const entries = new Map(Object.entries(initial))
  const store = {
    label: 'memory store',
    load: vi.fn(async (kind: CatalogKind) => entries.get(kind)),
    save: vi.fn(async (kind: CatalogKind, entry: CatalogEntry<unknown>) => void entries.set(kind, entry)),
    entries
  }
  return store as typeof store & CatalogStore
}

function recordingLog(): CatalogLogger & { warnings: string[] } {
  const warnings: string[] = []
  return { warnings, warning: (message) => warnings.push(message), debug: () => undefined }
}

function catalog(options: { store?: CatalogStore; ttlMs?: number; forceRefresh?: boolean; now?: number } = {}) {
  const client = fakeClient()
  const log = recordingLog()
  const jobCatalog = new JobCatalog({
    client,
    log,
    store: options.store,
    ttlMs: options.ttlMs ?? DEFAULT_TTL_MS,
    forceRefresh: options.forceRefresh,
    now: () => options.now ?? NOW
  })
  return { jobCatalog, client, log }
}

describe('JobCatalog.jobs', () => {
  it('fetches from Alma once for concurrent callers, and saves what it fetched', async () => {
    const store = memoryStore()
    const { jobCatalog, client } = catalog({ store })

    const lists = await Promise.all([jobCatalog.jobs(), jobCatalog.jobs(), jobCatalog.jobs()])

    expect(client.listJobs).toHaveBeenCalledTimes(1)
    expect(store.load).toHaveBeenCalledTimes(1)
    expect(lists.map((list) => list.fromCache)).toEqual([false, false, false])
    expect(lists[0]).toEqual({ jobs: ALMA_JOBS, fromCache: false, fetchedAt: NOW })
    expect(store.save).toHaveBeenCalledWith('jobs', { fetchedAt: NOW, data: ALMA_JOBS })
  })

  it('uses a cached list while it is younger than the TTL', async () => {
    const store = memoryStore({ jobs: { fetchedAt: NOW - DEFAULT_TTL_MS + 1, data: CACHED_JOBS } })
    const { jobCatalog, client } = catalog({ store })

    expect(await jobCatalog.jobs()).toEqual({ jobs: CACHED_JOBS, fromCache: true, fetchedAt: NOW - DEFAULT_TTL_MS + 1 })
    expect(client.listJobs).not.toHaveBeenCalled()
    expect(store.save).not.toHaveBeenCalled()
  })

  it('never uses a list that is TTL old, and rewrites it', async () => {
    const store = memoryStore({ jobs: { fetchedAt: NOW - HOUR_MS, data: CACHED_JOBS } })
    const { jobCatalog, client } = catalog({ store, ttlMs: HOUR_MS })

    expect(await jobCatalog.jobs()).toEqual({ jobs: ALMA_JOBS, fromCache: false, fetchedAt: NOW })
    expect(client.listJobs).toHaveBeenCalledTimes(1)
    expect(store.entries.get('jobs')).toEqual({ fetchedAt: NOW, data: ALMA_JOBS })
  })

  it('with forceRefresh, neither reads the store nor trusts it, but rewrites it', async () => {
    const store = memoryStore({ jobs: { fetchedAt: NOW, data: CACHED_JOBS } })
    const { jobCatalog, client } = catalog({ store, forceRefresh: true })

    expect((await jobCatalog.jobs()).fromCache).toBe(false)
    expect(store.load).not.toHaveBeenCalled()
    expect(client.listJobs).toHaveBeenCalledTimes(1)
    expect(store.entries.get('jobs')).toEqual({ fetchedAt: NOW, data: ALMA_JOBS })
  })

  it('without a store, keeps the list for this process only', async () => {
    const { jobCatalog, client } = catalog()

    await jobCatalog.jobs()
    await jobCatalog.jobs()

    expect(client.listJobs).toHaveBeenCalledTimes(1)
  })

  it('takes fetchedAt from before the fetch, so the age is never understated', async () => {
    let clock = NOW
    const store = memoryStore()
    const client = { listJobs: vi.fn(async () => ((clock += 5000), ALMA_JOBS)), getStatusTable: vi.fn(async () => STATUSES) }
    const jobCatalog = new JobCatalog({ client, log: recordingLog(), store, ttlMs: DEFAULT_TTL_MS, now: () => clock })

    expect((await jobCatalog.jobs()).fetchedAt).toBe(NOW)
  })

  it('ignores a cached value that is not a job list, with a warning', async () => {
    const store = memoryStore({ jobs: { fetchedAt: NOW, data: [{ id: 42 }] } })
    const { jobCatalog, client, log } = catalog({ store })

    expect((await jobCatalog.jobs()).jobs).toEqual(ALMA_JOBS)
    expect(client.listJobs).toHaveBeenCalledTimes(1)
    expect(log.warnings).toEqual([expect.stringContaining('does not hold a jobs list')])
  })

  it('goes on with Alma when a store breaks its promise and throws', async () => {
    const store = memoryStore()
    store.load.mockRejectedValueOnce(new Error('disk on fire'))
    store.save.mockRejectedValueOnce(new Error('still on fire'))
    const { jobCatalog, log } = catalog({ store })

    expect((await jobCatalog.jobs()).jobs).toEqual(ALMA_JOBS)
    expect(log.warnings).toEqual([expect.stringContaining('disk on fire'), expect.stringContaining('still on fire')])
  })

  it('passes an Alma failure on and saves nothing', async () => {
    const store = memoryStore()
    const { jobCatalog, client } = catalog({ store })
    client.listJobs.mockRejectedValueOnce(new AlmaError('Alma said no', { kind: 'alma', status: 400 }))

    await expect(jobCatalog.jobs()).rejects.toThrow('Alma said no')
    expect(store.save).not.toHaveBeenCalled()
  })
})

describe('JobCatalog.jobs({ refresh: true })', () => {
  it('replaces a cached list by one from Alma, once, and saves it', async () => {
    const store = memoryStore({ jobs: { fetchedAt: NOW - 2 * HOUR_MS, data: CACHED_JOBS } })
    const { jobCatalog, client } = catalog({ store })

    expect((await jobCatalog.jobs()).jobs).toEqual(CACHED_JOBS)
    const refreshed = await Promise.all([jobCatalog.jobs({ refresh: true }), jobCatalog.jobs({ refresh: true })])

    expect(refreshed[0]).toEqual({ jobs: ALMA_JOBS, fromCache: false, fetchedAt: NOW })
    expect(refreshed[1]).toBe(refreshed[0])
    expect(client.listJobs).toHaveBeenCalledTimes(1)
    expect(await jobCatalog.jobs()).toBe(refreshed[0])
    expect(store.entries.get('jobs')).toEqual({ fetchedAt: NOW, data: ALMA_JOBS })
  })

  it('does not ask Alma again for a list this process already fetched', async () => {
    const { jobCatalog, client } = catalog({ store: memoryStore() })

    const first = await jobCatalog.jobs()
    expect(await jobCatalog.jobs({ refresh: true })).toBe(first)
    expect(client.listJobs).toHaveBeenCalledTimes(1)
  })

  it('works as the first call too', async () => {
    const store = memoryStore({ jobs: { fetchedAt: NOW, data: CACHED_JOBS } })
    const { jobCatalog, client } = catalog({ store })

    expect((await jobCatalog.jobs({ refresh: true })).fromCache).toBe(false)
    expect(store.load).not.toHaveBeenCalled()
    expect(client.listJobs).toHaveBeenCalledTimes(1)
  })
})

describe('JobCatalog.statusTable', () => {
  it('is cached like the job list, under its own kind', async () => {
    const store = memoryStore()
    const first = catalog({ store })
    const rows = await Promise.all([first.jobCatalog.statusTable(), first.jobCatalog.statusTable()])

    expect(rows[0]).toEqual(STATUSES)
    expect(first.client.getStatusTable).toHaveBeenCalledTimes(1)
    expect(store.save).toHaveBeenCalledWith('statuses', { fetchedAt: NOW, data: STATUSES })

    const second = catalog({ store, now: NOW + HOUR_MS })
    expect(await second.jobCatalog.statusTable()).toEqual(STATUSES)
    expect(second.client.getStatusTable).not.toHaveBeenCalled()
  })

  it('ignores a cached value that is not a status table', async () => {
    const store = memoryStore({ statuses: { fetchedAt: NOW, data: 'COMPLETED_SUCCESS' } })
    const { jobCatalog, client, log } = catalog({ store })

    expect(await jobCatalog.statusTable()).toEqual(STATUSES)
    expect(client.getStatusTable).toHaveBeenCalledTimes(1)
    expect(log.warnings).toHaveLength(1)
  })
})
