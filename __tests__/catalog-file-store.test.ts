import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Job } from '../src/alma/types.js'
import { createFileStore, fingerprint, type CatalogLogger } from '../src/catalog/index.js'

const API_KEY = 'l7xx-file-store-secret-key'
const FINGERPRINT = fingerprint('https://api-eu.hosted.exlibrisgroup.com/almaws/v1', API_KEY)
const FETCHED_AT = Date.UTC(2026, 9, 15, 8)
const JOBS: Job[] = [{ id: 'M26714', name: 'Export "Physical" Items & more – é', parameters: [{ name: 'set_id', value: '123' }] }]

let root: string
let dir: string
let log: CatalogLogger & { warnings: string[] }

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'almajob-file-store-'))
  dir = join(root, 'cache', 'almajob')
  const warnings: string[] = []
  log = { warnings, warning: (message) => warnings.push(message), debug: () => undefined }
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

const store = () => createFileStore({ dir, env: 'sandbox', fingerprint: FINGERPRINT, log })
const jobsFile = () => join(dir, `jobs-sandbox-${FINGERPRINT}.json`)

describe('file store', () => {
  it('saves and loads a list, creating the directory', async () => {
    await store().save('jobs', { fetchedAt: FETCHED_AT, data: JOBS })

    expect(await store().load('jobs')).toEqual({ fetchedAt: FETCHED_AT, data: JOBS })
    expect(await readdir(dir)).toEqual([`jobs-sandbox-${FINGERPRINT}.json`])
    expect(log.warnings).toEqual([])
  })

  it('writes mode 0600 in a 0700 directory, and keeps only the fingerprint of the key', async () => {
    await store().save('jobs', { fetchedAt: FETCHED_AT, data: JOBS })

    expect((await stat(jobsFile())).mode & 0o777).toBe(0o600)
    expect((await stat(dir)).mode & 0o777).toBe(0o700)
    const text = await readFile(jobsFile(), 'utf8')
    expect(text).not.toContain(API_KEY)
    expect(JSON.parse(text)).toMatchObject({
      schema: 1,
      kind: 'jobs',
      env: 'sandbox',
      fingerprint: FINGERPRINT,
      fetchedAt: FETCHED_AT
    })
  })

  it('replaces a file by rename, so its mode becomes 0600 and no temp file stays', async () => {
    await mkdir(dir, { recursive: true })
    await writeFile(jobsFile(), 'old', { mode: 0o644 })

    await Promise.all(Array.from({ length: 10 }, (_, n) => store().save('jobs', { fetchedAt: FETCHED_AT + n, data: JOBS })))

    expect((await stat(jobsFile())).mode & 0o777).toBe(0o600)
    expect(await readdir(dir)).toEqual([`jobs-sandbox-${FINGERPRINT}.json`])
    expect((await store().load('jobs'))?.data).toEqual(JOBS)
  })

  it('keeps kinds, environments and institutions in separate files', async () => {
    const production = createFileStore({ dir, env: 'production', fingerprint: FINGERPRINT, log })
    const otherInstitution = createFileStore({
      dir,
      env: 'sandbox',
      fingerprint: fingerprint('https://api-na.hosted.exlibrisgroup.com/almaws/v1', API_KEY),
      log
    })
    await store().save('jobs', { fetchedAt: FETCHED_AT, data: JOBS })

    expect(await store().load('statuses')).toBeUndefined()
    expect(await production.load('jobs')).toBeUndefined()
    expect(await otherInstitution.load('jobs')).toBeUndefined()
    expect(log.warnings).toEqual([])
  })

  it('ignores a corrupt file with a warning, and the next save rewrites it', async () => {
    await mkdir(dir, { recursive: true })
    await writeFile(jobsFile(), '{"schema":1,"kind":"jo')

    expect(await store().load('jobs')).toBeUndefined()
    expect(log.warnings).toEqual([expect.stringMatching(/Ignoring the cache file .*not valid JSON.*rewritten/)])

    await store().save('jobs', { fetchedAt: FETCHED_AT, data: JOBS })
    expect(await store().load('jobs')).toEqual({ fetchedAt: FETCHED_AT, data: JOBS })
  })

  it.each([
    ['another institution', { fingerprint: '000000000000' }, /another list, environment or institution/],
    ['another environment', { env: 'production' }, /another list, environment or institution/],
    ['another schema version', { schema: 2 }, /schema 2, expected 1/],
    ['no fetchedAt', { fetchedAt: 'yesterday' }, /no valid fetchedAt/],
    ['no data', { data: undefined }, /no data/]
  ])('ignores a foreign file (%s) with a warning', async (_, change, problem) => {
    const entry = {
      schema: 1,
      kind: 'jobs',
      env: 'sandbox',
      fingerprint: FINGERPRINT,
      fetchedAt: FETCHED_AT,
      data: JOBS,
      ...change
    }
    await mkdir(dir, { recursive: true })
    await writeFile(jobsFile(), JSON.stringify(entry))

    expect(await store().load('jobs')).toBeUndefined()
    expect(log.warnings).toEqual([expect.stringMatching(problem)])
  })

  it('ignores a JSON value that is not an entry', async () => {
    await mkdir(dir, { recursive: true })
    await writeFile(jobsFile(), '[1,2,3]')

    expect(await store().load('jobs')).toBeUndefined()
    expect(log.warnings).toEqual([expect.stringContaining('not a cache entry')])
  })

  it('warns instead of throwing when the directory cannot be created or written', async () => {
    await writeFile(join(root, 'cache'), 'a file where the directory should be')

    await expect(store().save('jobs', { fetchedAt: FETCHED_AT, data: JOBS })).resolves.toBeUndefined()
    await expect(store().load('jobs')).resolves.toBeUndefined()

    expect(log.warnings).toEqual([
      expect.stringMatching(/Could not write the jobs list to .*going on without the cache/),
      expect.stringMatching(/Could not read the cached jobs list/)
    ])
  })

  it('warns when the cache path is unreadable (a directory)', async () => {
    await mkdir(jobsFile(), { recursive: true })

    expect(await store().load('jobs')).toBeUndefined()
    expect(log.warnings).toEqual([expect.stringMatching(/Could not read the cached jobs list/)])
  })

  it('says nothing but debug when there is no file yet', async () => {
    expect(await store().load('jobs')).toBeUndefined()
    expect(log.warnings).toEqual([])
  })

  it('refuses to be built with an API key instead of a fingerprint', () => {
    expect(() => createFileStore({ dir, env: 'sandbox', fingerprint: API_KEY, log })).toThrow(TypeError)
  })
})
