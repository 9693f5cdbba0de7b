// The job-list cache inside GitHub Actions, end to end: the bundled action (dist/index.js)
// with the real @actions/cache in its lazy chunk, run as the runner runs it, against the
// simulator and the fake cache service v2 on loopback (runner.md §4, §5).
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { gunzipSync, zstdDecompressSync } from 'node:zlib'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { STATUS_TABLE, startSimulator, WELL_KNOWN_JOBS, WELL_KNOWN_NAMES, type Simulator, type Timeline } from '../sim/index.js'
import { ACTION_BUNDLE, errorLines, newWorkspace, runAction, type ActionOptions, type ActionRun } from './support/action.js'
import { startCacheService, type FakeCacheEntry, type FakeCacheService } from './support/cache-service.js'

const THINGS = WELL_KNOWN_JOBS.exportThingsAndStuff
const THINGS_NAME = WELL_KNOWN_NAMES.exportThingsAndStuff
/** `almajob-v1-<kind>-<env>-<fingerprint>-<YYYYMMDD>-<fetchedAt>` (src/catalog/keys.ts). */
const ENTRY_KEY = /^almajob-v1-(jobs|statuses)-sandbox-[0-9a-f]{12}-\d{8}-\d{13}$/

let sim: Simulator
let service: FakeCacheService
const roots: string[] = []

beforeAll(async () => {
  sim = await startSimulator()
  // Many runs of the same job; the run throttle (alma-api.md §3.3) has its own tests.
  sim.faults.throttle = false
})
afterAll(async () => {
  await sim?.close()
})
beforeEach(async () => {
  sim.resetCounts()
  service = await startCacheService()
})
afterEach(async () => {
  await service.close()
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
})

/** What a runner with the cache service sets (runner.md §5). */
function cacheEnv(): Record<string, string> {
  return { ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: service.url, ACTIONS_RUNTIME_TOKEN: 'x' }
}

/** Each call is a new job on a new runner: fresh workspace, RUNNER_TEMP and HOME (so no file cache survives). */
function action(inputs: Record<string, string>, options: Partial<ActionOptions> = {}): Promise<ActionRun> {
  return runAction({ inputs: { 'api-key': sim.apiKey, 'base-url': sim.url, ...inputs }, env: cacheEnv(), ...options })
}

const pages = () => Math.ceil(sim.jobs.length / 100)
const finalized = () => service.entries.filter((entry) => entry.finalized)
const warnings = (run: ActionRun) => run.stdout.split('\n').filter((line) => line.startsWith('::warning::'))

/** Unpacks an uploaded archive (tar, zstd or gzip as @actions/cache chose) into its files. */
function archiveFiles(entry: FakeCacheEntry): Map<string, string> {
  const blob = entry.blob!
  const tar = blob.readUInt32LE(0) === 0xfd2fb528 ? zstdDecompressSync(blob) : gunzipSync(blob)
  const files = new Map<string, string>()
  let longName: string | undefined
  for (let offset = 0; offset + 512 <= tar.length && tar[offset] !== 0;) {
    const header = tar.subarray(offset, offset + 512)
    const field = (start: number, length: number) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '')
    const size = parseInt(field(124, 12).trim() || '0', 8)
    const body = tar.subarray(offset + 512, offset + 512 + size).toString('utf8')
    const type = field(156, 1)
    // --posix archives may put the name in a pax header ("<len> path=<name>\n") before the file.
    if (type === 'x') longName = /\d+ path=(.*)\n/.exec(body)?.[1]
    if (type === '0' || type === '') {
      files.set(longName ?? field(0, 100), body)
      longName = undefined
    }
    offset += 512 + Math.ceil(size / 512) * 512
  }
  return files
}

describe('GitHub Actions cache (real @actions/cache, fake cache service v2)', () => {
  test('a cold run by name lists every page and saves; a warm one in a fresh workspace makes exactly one Alma call', async () => {
    const coldRoot = newWorkspace()
    roots.push(coldRoot)
    const cold = await action({ cmd: 'run', job: THINGS_NAME }, { workspace: coldRoot })
    expect(cold.exitCode).toBe(0)
    expect(cold.outputs).toMatchObject({ 'job-id': THINGS, 'cache-hit': 'false' })
    expect(sim.counts).toMatchObject({ listJobs: pages(), runJob: 1, total: pages() + 1 })
    expect(finalized().map((entry) => entry.key)).toEqual([expect.stringMatching(ENTRY_KEY)])
    expect(finalized()[0].key).toContain('-jobs-')
    expect(warnings(cold)).toEqual([])
    // The archive's folder is removed, so a later step cannot commit it.
    expect(existsSync(join(coldRoot, 'workspace', '.almajob-cache'))).toBe(false)

    sim.resetCounts()
    const warm = await action({ cmd: 'run', job: THINGS_NAME })
    expect(warm.exitCode).toBe(0)
    expect(warm.outputs).toMatchObject({ 'job-id': THINGS, 'job-name': THINGS_NAME, 'cache-hit': 'true' })
    expect(warm.outputs['instance-id']).toMatch(/^\d+$/)
    // Not waiting: the run itself is the only call.
    expect(sim.counts.total).toBe(1)
    expect(sim.counts.runJob).toBe(1)
    expect(service.counts).toMatchObject({ GetCacheEntryDownloadURL: 2, download: 1, CreateCacheEntry: 1 })
    expect(warm.stdout).toContain(`Cache hit for restore-key: ${finalized()[0].key}`)
    expect(warnings(warm)).toEqual([])

    sim.resetCounts()
    const list = await action({ cmd: 'list' })
    expect(list.outputs['cache-hit']).toBe('true')
    expect(JSON.parse(list.outputs.jobs)).toHaveLength(sim.jobs.length)
    expect(sim.counts.total).toBe(0)
  })

  test('the API key is in no cache key, no archived file and no header sent to the cache service', async () => {
    const run = await action({ cmd: 'list' })
    expect(run.exitCode).toBe(0)
    const [entry] = finalized()
    expect(entry.key).not.toContain(sim.apiKey)
    expect(entry.version).not.toContain(sim.apiKey)
    const files = archiveFiles(entry)
    expect([...files.keys()]).toEqual(['.almajob-cache/jobs.json'])
    const text = files.get('.almajob-cache/jobs.json')!
    expect(text).not.toContain(sim.apiKey)
    for (const key of Object.values(sim.keys)) expect(entry.blob!.includes(key)).toBe(false)
    const stored = JSON.parse(text)
    expect(Object.keys(stored).sort()).toEqual(['data', 'env', 'fetchedAt', 'fingerprint', 'kind', 'schema'])
    expect(stored).toMatchObject({ schema: 1, kind: 'jobs', env: 'sandbox', fingerprint: entry.key.split('-')[4] })
    expect(stored.data).toHaveLength(sim.jobs.length)
    expect(service.authorizations.every((header) => header === 'Bearer x')).toBe(true)
  })

  test('an entry older than cache-ttl is restored but not used: the list is fetched again and saved anew', async () => {
    const first = await action({ cmd: 'list' })
    expect(first.outputs['cache-hit']).toBe('false')
    const savedDay = finalized()[0].key.split('-')[5]
    await new Promise((done) => setTimeout(done, 1200))

    sim.resetCounts()
    const expired = await action({ cmd: 'list', 'cache-ttl': '1s' })
    expect(expired.exitCode).toBe(0)
    expect(expired.outputs['cache-hit']).toBe('false')
    expect(sim.counts.listJobs).toBe(pages())
    // With a 1 s TTL only today's bucket is looked in; across midnight (UTC) there is nothing to restore.
    if (new Date().toISOString().slice(0, 10).replaceAll('-', '') === savedDay) expect(service.counts.download).toBe(1)
    expect(finalized()).toHaveLength(2)

    sim.resetCounts()
    const next = await action({ cmd: 'list' })
    expect(next.outputs['cache-hit']).toBe('true')
    expect(sim.counts.total).toBe(0)
    expect(next.stdout).toContain(`Cache hit for restore-key: ${finalized()[1].key}`)
  })

  test('force-refresh lists again without restoring and saves a new entry; the next plain run gets that one', async () => {
    const first = await action({ cmd: 'list' })
    expect(first.outputs['cache-hit']).toBe('false')
    const added = sim.addJob({ name: 'Created after the cache was filled (Actions)' })
    try {
      sim.resetCounts()
      const forced = await action({ cmd: 'list', 'force-refresh': 'true' })
      expect(forced.exitCode).toBe(0)
      expect(forced.outputs['cache-hit']).toBe('false')
      expect(sim.counts.listJobs).toBe(pages())
      expect(service.counts.GetCacheEntryDownloadURL).toBe(1)
      expect(finalized()).toHaveLength(2)
      expect(finalized()[1].key > finalized()[0].key).toBe(true)

      sim.resetCounts()
      const next = await action({ cmd: 'run', job: added.name })
      expect(next.exitCode).toBe(0)
      expect(next.outputs).toMatchObject({ 'job-id': added.id, 'cache-hit': 'true' })
      expect(sim.counts.total).toBe(1)
      expect(next.stdout).toContain(`Cache hit for restore-key: ${finalized()[1].key}`)
    } finally {
      sim.jobs = sim.jobs.filter((job) => job.id !== added.id)
    }
  })

  test('cache: false sends the cache service nothing at all', async () => {
    for (let round = 0; round < 2; round++) {
      sim.resetCounts()
      const run = await action({ cmd: 'run', job: THINGS_NAME, cache: 'false' })
      expect(run.exitCode).toBe(0)
      expect(run.outputs['cache-hit']).toBe('false')
      expect(sim.counts.listJobs).toBe(pages())
    }
    expect(service.counts).toEqual({
      CreateCacheEntry: 0,
      FinalizeCacheEntryUpload: 0,
      GetCacheEntryDownloadURL: 0,
      upload: 0,
      download: 0
    })
    expect(service.entries).toEqual([])
  })

  describe('cache service trouble is a warning; the step succeeds with the list from Alma', () => {
    test('429 on every RPC (the library does not retry it)', async () => {
      service.faults.rpcStatus = 429
      service.faults.retryAfterSeconds = 60
      const started = Date.now()
      const run = await action({ cmd: 'run', job: THINGS_NAME })
      expect(run.exitCode).toBe(0)
      expect(errorLines(run)).toEqual([])
      expect(run.outputs).toMatchObject({ 'job-id': THINGS, 'cache-hit': 'false' })
      expect(sim.counts).toMatchObject({ listJobs: pages(), runJob: 1 })
      expect(warnings(run).join('\n')).toMatch(/Failed to restore/)
      expect(warnings(run).join('\n')).toMatch(/rate limit/)
      expect(service.counts).toMatchObject({ GetCacheEntryDownloadURL: 1, CreateCacheEntry: 1, upload: 0 })
      // No back-off on a 429, so the step is not held up.
      expect(Date.now() - started).toBeLessThan(10_000)
    })

    test('a refused upload: nothing is saved, the next run is cold again', async () => {
      service.faults.uploadStatus = 403
      const refused = await action({ cmd: 'run', job: THINGS_NAME })
      expect(refused.exitCode).toBe(0)
      expect(refused.outputs['cache-hit']).toBe('false')
      expect(warnings(refused).length).toBeGreaterThan(0)
      expect(finalized()).toEqual([])

      service.faults.uploadStatus = 0
      sim.resetCounts()
      const next = await action({ cmd: 'run', job: THINGS_NAME })
      expect(next.exitCode).toBe(0)
      expect(next.outputs['cache-hit']).toBe('false')
      expect(sim.counts.listJobs).toBe(pages())
    })
  })

  describe('the systemJobStatus code table (alma-api.md §3.5)', () => {
    // Alma sends a description with every status it has; the table is only read for a code
    // almajob does not know that comes without one. The simulator knows only the 14 codes, so
    // one more is added to its table (not to the instances it renders) for this test.
    const NEW_CODE = { code: 'ARCHIVED_BY_ALMA', description: 'Archived by Alma' }
    const table = STATUS_TABLE as { code: string; description: string }[]
    beforeAll(() => {
      table.push(NEW_CODE)
    })
    afterAll(() => {
      table.splice(table.indexOf(NEW_CODE), 1)
    })

    test('a status with no description reads the table once; a warm cache serves it with no extra call', async () => {
      const job = sim.addJob({ name: 'Job with a status almajob does not know' })
      // An unknown end code has no default report in the simulator, so counters and alerts are given.
      sim.setTimeline(job.id, {
        queuedMs: 0,
        initializingMs: 0,
        runningMs: 0,
        end: NEW_CODE.code as Timeline['end'],
        counters: [],
        alerts: []
      })
      try {
        const started = await action({ cmd: 'run', job: job.id })
        expect(started.exitCode).toBe(0)
        const status = { cmd: 'status', job: job.id, id: started.outputs['instance-id'] }

        sim.resetCounts()
        const cold = await action(status)
        expect(cold.exitCode).toBe(0)
        expect(cold.outputs).toMatchObject({ status: NEW_CODE.code, 'status-description': NEW_CODE.description })
        expect(sim.counts).toMatchObject({ getInstance: 1, statusTable: 1, total: 2 })
        expect(finalized().map((entry) => entry.key)).toEqual([expect.stringMatching(/-statuses-/)])

        sim.resetCounts()
        const warm = await action(status)
        expect(warm.exitCode).toBe(0)
        expect(warm.outputs).toMatchObject({ status: NEW_CODE.code, 'status-description': NEW_CODE.description })
        expect(sim.counts).toMatchObject({ getInstance: 1, statusTable: 0, total: 1 })
        expect(warm.stdout).toContain(`Cache hit for restore-key: ${finalized()[0].key}`)
      } finally {
        sim.jobs = sim.jobs.filter((candidate) => candidate.id !== job.id)
      }
    })
  })
})

describe('a run by id and a status call never load @actions/cache', () => {
  // A copy of the bundle without its lazy chunks (the `<n>.index.js` ncc split @actions/cache
  // and the XML parser into): whatever tries to load the library there fails to, and says so in a warning.
  let bundleDir: string
  let bundle: string

  beforeAll(() => {
    const dist = dirname(ACTION_BUNDLE)
    const chunks = readdirSync(dist).filter((file) => /^\d+\.index\.js$/.test(file))
    // One of them holds @actions/cache, and the bundle itself does not: otherwise this proves nothing.
    expect(chunks.filter((chunk) => readFileSync(join(dist, chunk), 'utf8').includes('Cache Size:'))).toHaveLength(1)
    expect(readFileSync(ACTION_BUNDLE, 'utf8')).not.toContain('Cache Size:')
    bundleDir = mkdtempSync(join(tmpdir(), 'almajob-dist-'))
    cpSync(dist, bundleDir, { recursive: true, filter: (source) => !chunks.some((chunk) => source.endsWith(`/${chunk}`)) })
    bundle = join(bundleDir, 'index.js')
    expect(chunks.filter((chunk) => existsSync(join(bundleDir, chunk)))).toEqual([])
  })
  afterAll(() => {
    if (bundleDir) rmSync(bundleDir, { recursive: true, force: true })
  })

  test('run by id, then status by id: each succeeds with one Alma call, no warning, nothing sent to the cache service', async () => {
    const run = await action({ cmd: 'run', job: THINGS }, { bundle })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['instance-id']).toMatch(/^\d+$/)
    expect(sim.counts).toMatchObject({ runJob: 1, total: 1 })
    expect(warnings(run)).toEqual([])

    sim.resetCounts()
    const status = await action({ cmd: 'status', job: THINGS, id: run.outputs['instance-id'] }, { bundle })
    expect(status.exitCode).toBe(0)
    expect(status.outputs.status).toMatch(/^[A-Z_]+$/)
    expect(sim.counts).toMatchObject({ getInstance: 1, total: 1 })
    expect(warnings(status)).toEqual([])

    expect(Object.values(service.counts).every((count) => count === 0)).toBe(true)
  })

  test('a run by name from the same copy warns that the library did not load, and still runs the job', async () => {
    const run = await action({ cmd: 'run', job: THINGS_NAME }, { bundle })
    expect(run.exitCode).toBe(0)
    expect(errorLines(run)).toEqual([])
    expect(warnings(run)).toEqual([
      expect.stringMatching(/^::warning::Could not load @actions\/cache \(.+\); the GitHub Actions cache is not used\.$/)
    ])
    expect(run.outputs).toMatchObject({ 'job-id': THINGS, 'cache-hit': 'false' })
    expect(sim.counts).toMatchObject({ listJobs: pages(), runJob: 1 })
    expect(Object.values(service.counts).every((count) => count === 0)).toBe(true)
  })
})
