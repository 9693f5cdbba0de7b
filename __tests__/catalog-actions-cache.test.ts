// The real @actions/cache, loaded by the actions store, against the fake cache service v2
// (runner.md §5), the way a runner sets it up: env, workspace, RUNNER_TEMP.
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Job } from '../src/alma/types.js'
import { createActionsCacheStore } from '../src/catalog/actions-store.js'
import { createActionStore } from '../src/catalog/create-store.js'
import { fingerprint, JobCatalog, type CatalogLogger, type CatalogStore } from '../src/catalog/index.js'
import { startCacheService, type FakeCacheService } from './support/cache-service.js'

const API_KEY = 'l7xx-secret-api-key-0123456789'
const FINGERPRINT = fingerprint('https://api-eu.hosted.exlibrisgroup.com/almaws/v1', API_KEY)
const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000
const OCT_15_0800 = Date.UTC(2026, 9, 15, 8, 0, 0)
const CACHE_ENV = [
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_CACHE_URL',
  'ACTIONS_CACHE_MODE',
  'GITHUB_WORKSPACE',
  'RUNNER_TEMP',
  'GITHUB_SERVER_URL'
]

const JOBS: Job[] = [
  { id: 'M26714', name: 'Export Physical Items', parameters: [] },
  { id: 'S8792', name: 'Synchronize Bib records with external catalog', parameters: [] }
]

let service: FakeCacheService
let root: string
let savedEnv: Record<string, string | undefined>
let savedCwd: string
let stdout: string[]

beforeEach(async () => {
  savedEnv = Object.fromEntries(CACHE_ENV.map((name) => [name, process.env[name]]))
  savedCwd = process.cwd()
  service = await startCacheService()
  root = await mkdtemp(join(tmpdir(), 'almajob-actions-cache-'))
  for (const name of CACHE_ENV) delete process.env[name]
  process.env.ACTIONS_CACHE_SERVICE_V2 = 'true'
  process.env.ACTIONS_RESULTS_URL = service.url
  process.env.ACTIONS_RUNTIME_TOKEN = 'fake-runtime-token'
  process.env.RUNNER_TEMP = join(root, '_temp')
  await mkdir(process.env.RUNNER_TEMP)
  await useWorkspace('workspace-1')
  // @actions/core writes its own ::warning:: lines (and tar commands) to stdout: keep them
  // to look at instead of printing them.
  stdout = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk))
    return true
  })
})

afterEach(async () => {
  vi.restoreAllMocks()
  process.chdir(savedCwd)
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  await service.close()
  await rm(root, { recursive: true, force: true })
})

/** A fresh runner workspace, as the next job (or the next run) would have. */
async function useWorkspace(name: string): Promise<string> {
  const workspace = join(root, name)
  await mkdir(workspace, { recursive: true })
  process.env.GITHUB_WORKSPACE = workspace
  process.chdir(workspace)
  return workspace
}

function recordingLog(): CatalogLogger & { warnings: string[]; debugs: string[] } {
  const warnings: string[] = []
  const debugs: string[] = []
  return { warnings, debugs, warning: (message) => warnings.push(message), debug: (message) => debugs.push(message) }
}

function store(now: number, log = recordingLog(), ttlMs = DAY_MS) {
  return createActionsCacheStore({ env: 'sandbox', fingerprint: FINGERPRINT, log, ttlMs, now: () => now })
}

describe('actions cache store with @actions/cache and the fake service v2', () => {
  it('saves a list and restores it in a fresh workspace, leaving no folder behind', async () => {
    const first = await useWorkspace('workspace-1')
    const log = recordingLog()
    await store(OCT_15_0800, log).save('jobs', { fetchedAt: OCT_15_0800, data: JOBS })

    expect(service.counts).toMatchObject({ CreateCacheEntry: 1, upload: 1, FinalizeCacheEntryUpload: 1 })
    expect(service.entries.map((entry) => [entry.key, entry.finalized])).toEqual([
      [`almajob-v1-jobs-sandbox-${FINGERPRINT}-20261015-${OCT_15_0800}`, true]
    ])
    expect(existsSync(join(first, '.almajob-cache'))).toBe(false)
    expect(log.warnings).toEqual([])

    const second = await useWorkspace('workspace-2')
    const restored = await store(OCT_15_0800 + 2 * HOUR_MS).load<Job[]>('jobs')

    expect(restored).toEqual({ fetchedAt: OCT_15_0800, data: JOBS })
    expect(service.counts).toMatchObject({ GetCacheEntryDownloadURL: 1, download: 1 })
    expect(existsSync(join(second, '.almajob-cache'))).toBe(false)
    expect(service.entries.some((entry) => entry.key.includes(API_KEY))).toBe(false)
  })

  it('restores the newest save of the day, so a refreshed list wins over the morning one', async () => {
    const refreshedJobs = [...JOBS, { id: 'M99001', name: 'Created this morning', parameters: [] }]
    await store(OCT_15_0800).save('jobs', { fetchedAt: OCT_15_0800, data: JOBS })
    await store(OCT_15_0800 + HOUR_MS).save('jobs', { fetchedAt: OCT_15_0800 + HOUR_MS, data: refreshedJobs })
    expect(service.entries).toHaveLength(2)

    await useWorkspace('workspace-2')
    const restored = await store(OCT_15_0800 + 2 * HOUR_MS).load<Job[]>('jobs')

    expect(restored).toEqual({ fetchedAt: OCT_15_0800 + HOUR_MS, data: refreshedJobs })
  })

  it("uses yesterday's bucket while its entry is younger than the TTL", async () => {
    const lateEvening = Date.UTC(2026, 9, 14, 23, 30)
    await store(lateEvening).save('jobs', { fetchedAt: lateEvening, data: JOBS })

    await useWorkspace('workspace-2')
    expect(await store(lateEvening + HOUR_MS).load('jobs')).toEqual({ fetchedAt: lateEvening, data: JOBS })
  })

  it('misses once the bucket is older than the TTL can reach', async () => {
    await store(OCT_15_0800).save('jobs', { fetchedAt: OCT_15_0800, data: JOBS })

    await useWorkspace('workspace-2')
    expect(await store(OCT_15_0800 + 2 * DAY_MS).load('jobs')).toBeUndefined()
    expect(service.counts).toMatchObject({ GetCacheEntryDownloadURL: 1, download: 0 })
  })

  it('keeps kinds and institutions apart', async () => {
    await store(OCT_15_0800).save('statuses', {
      fetchedAt: OCT_15_0800,
      data: [{ code: 'COMPLETED_SUCCESS', description: 'Completed successfully' }]
    })
    const otherInstitution = createActionsCacheStore({
      env: 'sandbox',
      fingerprint: fingerprint('https://api-na.hosted.exlibrisgroup.com/almaws/v1', API_KEY),
      log: recordingLog(),
      ttlMs: DAY_MS,
      now: () => OCT_15_0800
    })

    await useWorkspace('workspace-2')
    expect(await store(OCT_15_0800).load('jobs')).toBeUndefined()
    expect(await otherInstitution.load('statuses')).toBeUndefined()
    expect(await store(OCT_15_0800).load('statuses')).toMatchObject({ fetchedAt: OCT_15_0800 })
  })

  it('treats losing the race for a key as harmless: no throw, no warning of ours', async () => {
    const log = recordingLog()
    await store(OCT_15_0800, log).save('jobs', { fetchedAt: OCT_15_0800, data: JOBS })
    await store(OCT_15_0800, log).save('jobs', { fetchedAt: OCT_15_0800, data: JOBS })

    expect(service.counts.CreateCacheEntry).toBe(2)
    expect(service.entries).toHaveLength(1)
    expect(log.warnings).toEqual([])
    expect(stdout.join('')).toContain('::warning::Cache reservation failed')
  })

  it('goes on without the cache when the service answers 429', async () => {
    service.faults.rpcStatus = 429
    service.faults.retryAfterSeconds = 30
    const log = recordingLog()

    await expect(store(OCT_15_0800, log).save('jobs', { fetchedAt: OCT_15_0800, data: JOBS })).resolves.toBeUndefined()
    await expect(store(OCT_15_0800, log).load('jobs')).resolves.toBeUndefined()

    expect(service.counts).toMatchObject({ CreateCacheEntry: 1, upload: 0, GetCacheEntryDownloadURL: 1 })
    const printed = stdout.join('')
    expect(printed).toContain("::warning::You've hit a rate limit")
    expect(printed).toContain('::warning::Failed to restore')
    expect(existsSync(join(process.cwd(), '.almajob-cache'))).toBe(false)
  })

  it('goes on without the cache when the blob upload is refused', async () => {
    service.faults.uploadStatus = 403
    await store(OCT_15_0800).save('jobs', { fetchedAt: OCT_15_0800, data: JOBS })

    expect(service.counts).toMatchObject({ CreateCacheEntry: 1, FinalizeCacheEntryUpload: 0 })
    expect(service.entries.filter((entry) => entry.finalized)).toEqual([])
    expect(stdout.join('')).toContain('::warning::')
  })

  it('warns instead of throwing when the runtime token is missing (saveCache throws then)', async () => {
    delete process.env.ACTIONS_RUNTIME_TOKEN
    const log = recordingLog()

    await expect(store(OCT_15_0800, log).save('jobs', { fetchedAt: OCT_15_0800, data: JOBS })).resolves.toBeUndefined()
    await expect(store(OCT_15_0800, log).load('jobs')).resolves.toBeUndefined()

    expect(log.warnings).toEqual([
      expect.stringMatching(/Could not save the jobs list to the GitHub Actions cache: .*ACTIONS_RUNTIME_TOKEN/)
    ])
    expect(service.counts.CreateCacheEntry).toBe(0)
    expect(existsSync(join(process.cwd(), '.almajob-cache'))).toBe(false)
  })

  it('skips the cache with one warning when the working directory is not the workspace', async () => {
    const workspace = await useWorkspace('workspace-1')
    process.chdir(root)
    const log = recordingLog()
    const elsewhere = store(OCT_15_0800, log)

    await elsewhere.save('jobs', { fetchedAt: OCT_15_0800, data: JOBS })
    expect(await elsewhere.load('jobs')).toBeUndefined()

    expect(log.warnings).toEqual([expect.stringContaining('not GITHUB_WORKSPACE')])
    expect(service.counts.CreateCacheEntry + service.counts.GetCacheEntryDownloadURL).toBe(0)
    expect(existsSync(join(workspace, '.almajob-cache'))).toBe(false)
  })

  it('serves a second process from the cache: one Alma fetch across two runs', async () => {
    const client = { listJobs: vi.fn(async () => JOBS), getStatusTable: vi.fn(async () => []) }
    const catalog = (now: number) =>
      new JobCatalog({ client, log: recordingLog(), store: store(now), ttlMs: DAY_MS, now: () => now })

    const firstRun = await catalog(OCT_15_0800).jobs()
    await useWorkspace('workspace-2')
    const secondRun = catalog(OCT_15_0800 + HOUR_MS)
    const list = await secondRun.jobs()

    expect(firstRun.fromCache).toBe(false)
    expect(list).toEqual({ jobs: JOBS, fromCache: true, fetchedAt: OCT_15_0800 })
    expect(client.listJobs).toHaveBeenCalledTimes(1)
  })
})

describe('createActionStore', () => {
  const settings = () => ({
    env: 'sandbox' as const,
    baseUrl: 'https://api-na.hosted.exlibrisgroup.com/almaws/v1',
    apiKey: 'l7xx-test',
    cache: { dir: join(root, 'file-cache'), ttlMs: DAY_MS }
  })

  // The choice needs @actions/cache, so it is made on first use, not at creation.
  const labelAfterUse = async (store: CatalogStore) => {
    await store.load('jobs')
    return store.label
  }

  it('picks the Actions cache in a runner that offers it', async () => {
    expect(await labelAfterUse(createActionStore(settings(), recordingLog()))).toBe('GitHub Actions cache')
  })

  it('falls back to files without the cache service', async () => {
    delete process.env.ACTIONS_RESULTS_URL
    expect(await labelAfterUse(createActionStore(settings(), recordingLog()))).toBe(`file cache in ${join(root, 'file-cache')}`)
  })
})

describe('loading @actions/cache', () => {
  it('happens only through the dynamic import in the actions store (ncc makes it a chunk)', async () => {
    const sources = (await readdir(join(import.meta.dirname, '..', 'src'), { recursive: true })).filter((file) =>
      file.endsWith('.ts')
    )
    const staticImport = /^\s*(import|export)\b[^;]*?from\s*['"]@actions\/cache['"]|^\s*import\s*['"]@actions\/cache['"]/m
    const importers: string[] = []
    for (const file of sources) {
      const text = await readFile(join(import.meta.dirname, '..', 'src', file), 'utf8')
      expect(text, file).not.toMatch(staticImport)
      if (/\bimport\(\s*['"]@actions\/cache['"]\s*\)/.test(text)) importers.push(file)
    }
    expect(importers).toEqual([join('catalog', 'actions-store.ts')])
  })
})
