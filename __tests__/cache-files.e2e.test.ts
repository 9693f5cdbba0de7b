// The file cache end to end: the bundled action where no cache service is offered
// (self-hosted runners) with a shared cache-dir, and the bundled CLI with --cache_dir.
// Each run is a new process, as on a real machine; only the cache directory is shared.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { startSimulator, WELL_KNOWN_JOBS, WELL_KNOWN_NAMES, type SimJob, type Simulator } from '../sim/index.js'
import { errorLines, runAction, type ActionRun } from './support/action.js'
import { bundleMissingReason, newSandbox, runCli, type CliRun, type Sandbox } from './support/cli.js'

const THINGS = WELL_KNOWN_JOBS.exportThingsAndStuff
const THINGS_NAME = WELL_KNOWN_NAMES.exportThingsAndStuff
const MINUTE_MS = 60_000
const REFETCH_LINE = (name: string) => `No job named "${name}" in the cached job list; fetching the list again.`

let sim: Simulator
let cacheDir: string
const addedJobs: SimJob[] = []

beforeAll(async () => {
  sim = await startSimulator()
  // Many runs of the same job; the run throttle (alma-api.md §3.3) has its own tests.
  sim.faults.throttle = false
})
afterAll(async () => {
  await sim?.close()
})
beforeEach(() => {
  sim.resetCounts()
  cacheDir = mkdtempSync(join(tmpdir(), 'almajob-file-cache-'))
})
afterEach(() => {
  rmSync(cacheDir, { recursive: true, force: true })
  const added = new Set(addedJobs.splice(0).map((job) => job.id))
  sim.jobs = sim.jobs.filter((job) => !added.has(job.id))
})

const pages = () => Math.ceil(sim.jobs.length / 100)

/** A job created in Alma after the cache was filled; removed again after the test. */
function addJob(name: string): SimJob {
  const job = sim.addJob({ name })
  addedJobs.push(job)
  return job
}

/** The one jobs file in the cache directory (`jobs-sandbox-<fingerprint>.json`). */
function jobsFile(): string {
  const files = readdirSync(cacheDir).filter((file) => /^jobs-sandbox-[0-9a-f]{12}\.json$/.test(file))
  expect(files).toHaveLength(1)
  return join(cacheDir, files[0])
}

function readEntry(): { fetchedAt: number; data: { id: string; name: string }[] } & Record<string, unknown> {
  return JSON.parse(readFileSync(jobsFile(), 'utf8'))
}

/** Ages the cached list as time would: the same file, fetched `ms` earlier. */
function ageEntry(ms: number): void {
  const entry = readEntry()
  writeFileSync(jobsFile(), JSON.stringify({ ...entry, fetchedAt: Date.now() - ms }))
}

describe('action with the file cache (no cache service offered)', () => {
  /** No ACTIONS_* env, so @actions/cache reports no service and the files in cache-dir are used. */
  function action(inputs: Record<string, string>): Promise<ActionRun> {
    return runAction({ inputs: { 'api-key': sim.apiKey, 'base-url': sim.url, 'cache-dir': cacheDir, ...inputs } })
  }

  test('cold, then warm in a fresh workspace (no list call), then force-refresh lists again and rewrites the file', async () => {
    const cold = await action({ cmd: 'run', job: THINGS_NAME })
    expect(cold.exitCode).toBe(0)
    expect(cold.outputs).toMatchObject({ 'job-id': THINGS, 'cache-hit': 'false' })
    expect(sim.counts).toMatchObject({ listJobs: pages(), runJob: 1, total: pages() + 1 })
    const coldFetchedAt = readEntry().fetchedAt

    sim.resetCounts()
    const warm = await action({ cmd: 'run', job: THINGS_NAME })
    expect(warm.exitCode).toBe(0)
    expect(warm.outputs).toMatchObject({ 'job-id': THINGS, 'cache-hit': 'true' })
    expect(sim.counts.total).toBe(1)

    sim.resetCounts()
    const forced = await action({ cmd: 'run', job: THINGS_NAME, 'force-refresh': 'true' })
    expect(forced.exitCode).toBe(0)
    expect(forced.outputs['cache-hit']).toBe('false')
    expect(sim.counts).toMatchObject({ listJobs: pages(), runJob: 1 })
    expect(readEntry().fetchedAt).toBeGreaterThan(coldFetchedAt)
  })

  test('the file is mode 0600 and holds the list with a fingerprint, never the API key', async () => {
    const run = await action({ cmd: 'list' })
    expect(run.exitCode).toBe(0)
    expect(statSync(jobsFile()).mode & 0o777).toBe(0o600)
    const text = readFileSync(jobsFile(), 'utf8')
    for (const key of Object.values(sim.keys)) expect(text).not.toContain(key)
    const entry = readEntry()
    expect(Object.keys(entry).sort()).toEqual(['data', 'env', 'fetchedAt', 'fingerprint', 'kind', 'schema'])
    expect(entry).toMatchObject({ schema: 1, kind: 'jobs', env: 'sandbox', fingerprint: expect.stringMatching(/^[0-9a-f]{12}$/) })
    expect(entry.data).toHaveLength(sim.jobs.length)
    expect(readdirSync(cacheDir)).toEqual([jobsFile().slice(cacheDir.length + 1)])
  })

  test('a job created after the list was cached: not refetched within 5 minutes, found with one refresh after', async () => {
    const first = await action({ cmd: 'list' })
    expect(first.exitCode).toBe(0)
    const job = addJob('Created after the cache was filled (file)')

    // Cached moments ago: a missing name is taken as a typo, not worth a full list fetch.
    sim.resetCounts()
    const recent = await action({ cmd: 'run', job: job.name })
    expect(recent.exitCode).toBe(1)
    expect(errorLines(recent)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^job: no job named "${job.name.replace(/[()]/g, '\\$&')}" among \\d+ jobs.*\\(cached job list from .*; force-refresh fetches it anew\\)$`
        )
      )
    ])
    expect(recent.stdout).not.toContain(REFETCH_LINE(job.name))
    expect(sim.counts.total).toBe(0)

    // Ten minutes later the same cached list no longer counts as recent.
    ageEntry(10 * MINUTE_MS)
    sim.resetCounts()
    const later = await action({ cmd: 'run', job: job.name })
    expect(later.exitCode).toBe(0)
    expect(later.stdout).toContain(REFETCH_LINE(job.name))
    // Found in the list just fetched, not in the cached one.
    expect(later.outputs).toMatchObject({ 'job-id': job.id, 'job-name': job.name, 'cache-hit': 'false' })
    expect(sim.counts).toMatchObject({ listJobs: pages(), runJob: 1, total: pages() + 1 })
    // The refreshed list replaced the file, so the next run finds the job without Alma.
    expect(readEntry().data.map((cached) => cached.id)).toContain(job.id)
    expect(Date.now() - readEntry().fetchedAt).toBeLessThan(MINUTE_MS)

    sim.resetCounts()
    const next = await action({ cmd: 'run', job: job.name })
    expect(next.exitCode).toBe(0)
    expect(next.outputs).toMatchObject({ 'job-id': job.id, 'cache-hit': 'true' })
    expect(sim.counts.total).toBe(1)
  })

  test('a list older than cache-ttl is fetched again', async () => {
    await action({ cmd: 'list' })
    ageEntry(2 * 60 * MINUTE_MS)
    sim.resetCounts()
    const run = await action({ cmd: 'list', 'cache-ttl': '1h' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['cache-hit']).toBe('false')
    expect(sim.counts.listJobs).toBe(pages())
  })

  test('a corrupt cache file is a warning, the list comes from Alma and the file is rewritten', async () => {
    await action({ cmd: 'list' })
    writeFileSync(jobsFile(), '{"schema":1,"kind":"jobs","data":[{"id":"M1"')

    sim.resetCounts()
    const run = await action({ cmd: 'run', job: THINGS_NAME })
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(
      /^::warning::Ignoring the cache file .*jobs-sandbox-[0-9a-f]{12}\.json \(not valid JSON\); it will be rewritten\.$/m
    )
    expect(run.outputs).toMatchObject({ 'job-id': THINGS, 'cache-hit': 'false' })
    expect(sim.counts.listJobs).toBe(pages())
    expect(readEntry().data).toHaveLength(sim.jobs.length)
    expect(statSync(jobsFile()).mode & 0o777).toBe(0o600)

    sim.resetCounts()
    const next = await action({ cmd: 'list' })
    expect(next.outputs['cache-hit']).toBe('true')
    expect(next.stdout).not.toContain('::warning::')
    expect(sim.counts.total).toBe(0)
  })

  test('cache: false neither reads nor writes the directory', async () => {
    await action({ cmd: 'list' })
    const before = readFileSync(jobsFile(), 'utf8')
    sim.resetCounts()
    const run = await action({ cmd: 'run', job: THINGS_NAME, cache: 'false' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['cache-hit']).toBe('false')
    expect(sim.counts.listJobs).toBe(pages())
    expect(readFileSync(jobsFile(), 'utf8')).toBe(before)
  })
})

describe('CLI with --cache_dir', () => {
  let sandbox: Sandbox

  beforeAll(() => {
    const missing = bundleMissingReason()
    if (missing) throw new Error(missing)
  })
  beforeEach(() => {
    sandbox = newSandbox()
  })
  afterEach(() => {
    rmSync(sandbox.root, { recursive: true, force: true })
  })

  function almajob(argv: string[]): Promise<CliRun> {
    return runCli(sandbox, ['--env', 'sandbox', '--cache_dir', cacheDir, ...argv], {
      env: { ALMA_API_KEY_SANDBOX: sim.apiKey, ALMA_BASE_URL: sim.url }
    })
  }

  function expectRanJob(run: CliRun, id: string): void {
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(new RegExp(`^\\s*Job ID: ${id}$`, 'm'))
    expect(run.stdout).toMatch(/^Job Instance ID: \d+$/m)
  }

  test('run by name: cold lists, warm makes one call, --force lists again', async () => {
    const cold = await almajob(['--cmd', 'run', '--job', THINGS_NAME])
    expectRanJob(cold, THINGS)
    expect(sim.counts).toMatchObject({ listJobs: pages(), runJob: 1 })
    expect(statSync(jobsFile()).mode & 0o777).toBe(0o600)
    for (const key of Object.values(sim.keys)) expect(readFileSync(jobsFile(), 'utf8')).not.toContain(key)

    sim.resetCounts()
    expectRanJob(await almajob(['--cmd', 'run', '--job', THINGS_NAME]), THINGS)
    expect(sim.counts.total).toBe(1)

    sim.resetCounts()
    expectRanJob(await almajob(['--cmd', 'run', '--job', THINGS_NAME, '--force']), THINGS)
    expect(sim.counts).toMatchObject({ listJobs: pages(), runJob: 1 })
  })

  test('a job created after the list was cached: "no job named" within 5 minutes, one refresh after', async () => {
    expect((await almajob(['--cmd', 'list'])).exitCode).toBe(0)
    const job = addJob('Created after the cache was filled (CLI)')

    sim.resetCounts()
    const recent = await almajob(['--cmd', 'run', '--job', job.name])
    expect(recent.exitCode).toBe(2)
    // The CLI names its own flags: --job, and --force to refetch.
    expect(recent.stderr).toContain(`almajob: --job: no job named "${job.name}"`)
    expect(recent.stderr).toContain('--force fetches it anew')
    expect(recent.stderr).not.toContain(REFETCH_LINE(job.name))
    expect(sim.counts.total).toBe(0)

    ageEntry(10 * MINUTE_MS)
    sim.resetCounts()
    const later = await almajob(['--cmd', 'run', '--job', job.name])
    expectRanJob(later, job.id)
    expect(later.stderr).toContain(REFETCH_LINE(job.name))
    expect(sim.counts).toMatchObject({ listJobs: pages(), runJob: 1, total: pages() + 1 })

    sim.resetCounts()
    expectRanJob(await almajob(['--cmd', 'run', '--job', job.name]), job.id)
    expect(sim.counts.total).toBe(1)
  })

  test('a corrupt cache file is a warning on stderr and is rewritten', async () => {
    expect((await almajob(['--cmd', 'list'])).exitCode).toBe(0)
    writeFileSync(jobsFile(), 'not json at all')
    sim.resetCounts()
    const run = await almajob(['--cmd', 'run', '--job', THINGS_NAME])
    expectRanJob(run, THINGS)
    expect(run.stderr).toMatch(/^warning: Ignoring the cache file .* \(not valid JSON\); it will be rewritten\.$/m)
    expect(sim.counts.listJobs).toBe(pages())
    expect(readEntry().data).toHaveLength(sim.jobs.length)
  })
})
