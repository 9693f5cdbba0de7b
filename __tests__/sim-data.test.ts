// The simulator's data and errors look like Alma's, over plain HTTP: real counter codes, a
// success that hides failed records, 16-digit external ids, Alma's wording, and the HTTP status
// of each error (alma-api.md §3.4, §4, §5, §8).
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { EXL_SAMPLE_COUNTERS, startSimulator, WELL_KNOWN_JOBS as K, type Simulator, type Timeline } from '../sim/index.js'

let sim: Simulator
const INSTANT: Timeline = { queuedMs: 0, initializingMs: 0, runningMs: 0, end: 'COMPLETED_SUCCESS' }

beforeAll(async () => {
  sim = await startSimulator({ jobCount: 30, timeline: INSTANT })
})
afterAll(async () => {
  await sim?.close()
})
beforeEach(() => {
  sim.faults.throttle = false
  sim.faults.dailyQuotaExceeded = false
  sim.faults.rateLimitNext = 0
})

type Format = 'json' | 'xml'
async function call(path: string, opts: { method?: string; key?: string | null; format?: Format; body?: string } = {}) {
  const headers: Record<string, string> = { Accept: `application/${opts.format ?? 'json'}` }
  const key = opts.key === undefined ? sim.apiKey : opts.key
  if (key !== null) headers.Authorization = `apikey ${key}`
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json'
  const res = await fetch(sim.url + path, { method: opts.method ?? 'GET', headers, body: opts.body })
  const text = await res.text()
  const json = (res.headers.get('content-type') ?? '').includes('json')
    ? (JSON.parse(text) as Record<string, unknown>)
    : undefined
  return { status: res.status, text, json }
}

interface Counter {
  type: { value: string; desc: string }
  value: string
}

/** Runs the job (a new one of this category unless given) to its end; the finished instance in JSON. */
async function finished(timeline: Timeline, job = sim.addJob({ name: `Data ${Math.random()}` })) {
  sim.setTimeline(job.id, timeline)
  const ran = await call(`/conf/jobs/${job.id}?op=run`, { method: 'POST', body: '{}' })
  expect(ran.status).toBe(200)
  const link = (ran.json!.additional_info as { link: string }).link
  await new Promise((resolve) => setTimeout(resolve, 5))
  const path = link.slice(sim.url.length)
  const instance = (await call(path)).json as Record<string, unknown> & { counter?: Counter[]; id: string }
  return { instance, path }
}

const codeOf = (r: { json?: Record<string, unknown> }) =>
  (r.json!.errorList as { error: { errorCode: string }[] }).error[0]!.errorCode
const codes = (counters: Counter[] | undefined) => Object.fromEntries((counters ?? []).map((c) => [c.type.value, c.value]))

describe('counters (§3.4, §4)', () => {
  test('a record job reports label.new/updated/deleted.records, each with a description, values as strings', async () => {
    const { instance } = await finished(INSTANT)
    const counters = instance.counter!
    expect(counters.map((c) => c.type.value)).toEqual([
      'label.new.records',
      'label.updated.records',
      'label.deleted.records',
      'label.failed.records'
    ])
    expect(counters.map((c) => c.type.desc)).toEqual(['New Records', 'Updated Records', 'Deleted Records', 'Failed Records'])
    for (const counter of counters) expect(counter.value).toMatch(/^\d+$/)
    expect(codes(counters)['label.failed.records']).toBe('0')
    expect(instance.status).toEqual({ value: 'COMPLETED_SUCCESS', desc: 'Completed Successfully' })
  })

  test('a research-assets job reports import_research_assets_files.*, a bursar job the bursar counts', async () => {
    const assets = await finished(INSTANT, sim.addJob({ name: 'Import Research Assets Files', category: 'RESEARCH_ASSETS' }))
    expect(Object.keys(codes(assets.instance.counter))).toEqual(EXL_SAMPLE_COUNTERS.map((c) => c.type))
    expect(assets.instance.counter!.map((c) => c.type.desc)).toEqual(EXL_SAMPLE_COUNTERS.map((c) => c.desc))
    const bursar = await finished(INSTANT, sim.addJob({ name: 'Export to bursar', type: 'SCHEDULED', category: 'BURSAR' }))
    expect(bursar.instance.counter!.map((c) => [c.type.value, c.type.desc])).toEqual([
      ['com.exlibris.external.bursar.report.user_count', 'Total number of users'],
      ['com.exlibris.external.bursar.report.fines_fees_count', 'Total number of fines and fees']
    ])
  })

  test('the same counters in XML', async () => {
    const { path } = await finished(INSTANT)
    expect((await call(path, { format: 'xml' })).text).toMatch(
      /<counters><counter><type desc="New Records">label\.new\.records<\/type><value>\d+<\/value><\/counter><counter><type desc="Updated Records">label\.updated\.records<\/type>/
    )
  })

  test('COMPLETED_WARNING and COMPLETED_FAILED count failed records', async () => {
    expect(
      Number(codes((await finished({ ...INSTANT, end: 'COMPLETED_WARNING' })).instance.counter)['label.failed.records'])
    ).toBe(3)
    const failed = codes((await finished({ ...INSTANT, end: 'COMPLETED_FAILED' })).instance.counter)
    expect(Number(failed['label.failed.records'])).toBeGreaterThan(0)
  })
})

describe('a success that hides failed records (§4)', () => {
  test('failedRecords: COMPLETED_SUCCESS at 100 with alert_general_success, and failed counters above 0', async () => {
    const { instance, path } = await finished({ ...INSTANT, failedRecords: 2 })
    expect(instance).toMatchObject({
      status: { value: 'COMPLETED_SUCCESS' },
      progress: 100,
      alert: [{ value: 'alert_general_success' }]
    })
    expect(codes(instance.counter)['label.failed.records']).toBe('2')
    expect((await call(path, { format: 'xml' })).text).toContain(
      '<counter><type desc="Failed Records">label.failed.records</type><value>2</value></counter>'
    )
  })

  test('failedRecords on a research-assets job: assets failed and files failed to upload', async () => {
    const job = sim.addJob({ name: 'Import Research Assets Files (failing)', category: 'RESEARCH_ASSETS' })
    const counters = codes((await finished({ ...INSTANT, failedRecords: 1 }, job)).instance.counter)
    expect(counters).toMatchObject({
      'import_research_assets_files.asset_failed': '1',
      'import_research_assets_files.file_failed_to_upload': '1'
    })
  })

  test('failedRecords on a bursar job adds a failed-records counter', async () => {
    const job = sim.addJob({ name: 'Export to bursar (failing)', type: 'SCHEDULED', category: 'BURSAR' })
    expect(codes((await finished({ ...INSTANT, failedRecords: 4 }, job)).instance.counter)['label.failed.records']).toBe('4')
  })

  test('EXL_SAMPLE_COUNTERS as the timeline counters: Ex Libris’s own sample, as published', async () => {
    const { instance } = await finished({ ...INSTANT, counters: [...EXL_SAMPLE_COUNTERS] })
    expect(instance.status).toMatchObject({ value: 'COMPLETED_SUCCESS' })
    expect(codes(instance.counter)).toEqual({
      'import_research_assets_files.asset_succeeded': '0',
      'import_research_assets_files.asset_partial_succeeded': '0',
      'import_research_assets_files.asset_failed': '1',
      'import_research_assets_files.file_uploaded': '0',
      'import_research_assets_files.file_failed_to_upload': '1',
      'import_research_assets_files.file_skipped_upload': '0'
    })
  })
})

describe('ids (§3.4, §7.4)', () => {
  test('external_id has 16 digits like the id, and is never an instance id', async () => {
    const seen = new Set<string>()
    const externals: string[] = []
    for (let n = 0; n < 3; n++) {
      const { instance } = await finished(INSTANT)
      seen.add(instance.id)
      externals.push(instance.external_id as string)
      expect(instance.external_id).toMatch(/^\d{16}$/)
      expect(instance.external_id).not.toBe(instance.id)
    }
    const history = (await call(`/conf/jobs/${K.publishingToPrimo}/instances?limit=100`)).json!.job_instance as {
      id: string
      external_id: string
    }[]
    for (const run of history) {
      seen.add(run.id)
      expect(run.external_id).toMatch(/^\d{16}$/)
    }
    for (const id of [...externals, ...history.map((r) => r.external_id)]) expect(seen.has(id)).toBe(false)
    expect(new Set(externals).size).toBe(3)
  })
})

describe('errors: Alma’s wording, status 400, 429 for the thresholds (§5)', () => {
  test.each(['json', 'xml'] as const)('%s: messages worded as Alma’s public samples', async (format) => {
    const message = (r: { text: string; json?: Record<string, unknown> }) =>
      format === 'json'
        ? (r.json!.errorList as { error: { errorMessage: string }[] }).error[0]!.errorMessage
        : /<errorMessage>([^<]*)<\/errorMessage>/.exec(r.text)![1]
    expect(message(await call('/conf/jobs/M99999999', { format }))).toBe('Invalid job id.')
    expect(message(await call(`/conf/jobs/${K.publishingToPrimo}/instances/9876543299999999`, { format }))).toBe(
      'Invalid job instance id.'
    )
    expect(message(await call('/conf/jobs', { format, key: 'l7xx-not-a-key' }))).toBe(
      'API-key not defined or not configured to allow this API.'
    )
  })

  test.each([
    ['40166410', 'GET', '/conf/jobs?type=manual'],
    ['402215', 'GET', '/conf/jobs/X1'],
    ['402216', 'GET', '/conf/jobs/M99999999'],
    ['402216', 'POST', '/conf/jobs/M99999999?op=run'],
    ['402218', 'GET', `/conf/jobs/${K.publishingToPrimo}/instances/1`],
    ['402220', 'POST', `/conf/jobs/${K.exportThingsAndStuff}`],
    ['402221', 'POST', `/conf/jobs/${K.exportThingsAndStuff}?op=cancel`],
    ['402228', 'POST', `/conf/jobs/${K.exportPhysicalItems}?op=run`],
    ['402248', 'POST', `/conf/jobs/${K.courtesyNotices}?op=run`],
    ['60332', 'GET', `/conf/jobs/${K.publishingToPrimo}/instances/{newest}/events`],
    ['UNAUTHORIZED', 'GET', '/conf/jobs']
  ])('%s (%s %s) is 400', async (code, method, path) => {
    let target = path
    if (target.includes('{newest}')) {
      const newest = (await call(`/conf/jobs/${K.publishingToPrimo}/instances?limit=1`)).json!.job_instance as { id: string }[]
      target = target.replace('{newest}', newest[0]!.id)
    }
    const r = await call(target, {
      method,
      body: method === 'POST' ? '{}' : undefined,
      key: code === 'UNAUTHORIZED' ? 'nope' : undefined
    })
    expect(r.status).toBe(400)
    expect(codeOf(r)).toBe(code)
  })

  test('402222 and 402223 (execution threshold) are 400; PER_SECOND_THRESHOLD and DAILY_THRESHOLD are 429', async () => {
    sim.faults.throttle = true
    const slow = { ...INSTANT, runningMs: 60_000 }
    const jobs = [1, 2, 3, 4].map((n) => sim.addJob({ name: `Threshold ${n}` }))
    for (const job of jobs) sim.setTimeline(job.id, slow)
    for (const job of jobs.slice(0, 3))
      expect((await call(`/conf/jobs/${job.id}?op=run`, { method: 'POST', body: '{}' })).status).toBe(200)
    const concurrent = await call(`/conf/jobs/${jobs[3]!.id}?op=run`, { method: 'POST', body: '{}' })
    expect([concurrent.status, codeOf(concurrent)]).toEqual([400, '402222'])
    for (const run of sim.instances()) run.timeline = INSTANT
    const busy = sim.addJob({ name: 'Threshold busy' })
    for (let n = 0; n < 5; n++) await call(`/conf/jobs/${busy.id}?op=run`, { method: 'POST', body: '{}' })
    const hourly = await call(`/conf/jobs/${busy.id}?op=run`, { method: 'POST', body: '{}' })
    expect([hourly.status, codeOf(hourly)]).toEqual([400, '402223'])

    sim.faults.rateLimitNext = 1
    const perSecond = await call('/conf/jobs')
    expect([perSecond.status, codeOf(perSecond)]).toEqual([429, 'PER_SECOND_THRESHOLD'])
    sim.faults.dailyQuotaExceeded = true
    const daily = await call('/conf/jobs')
    expect([daily.status, codeOf(daily)]).toEqual([429, 'DAILY_THRESHOLD'])
  })
})
