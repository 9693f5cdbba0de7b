// The Alma simulator over real HTTP: shapes, formats, auth, error codes, timelines, faults.
import { request as httpRequest, Agent } from 'node:http'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import {
  DEFAULT_READINGS,
  instanceSnapshot,
  startSimulator,
  WELL_KNOWN_JOBS as K,
  type SimInstance,
  type Simulator,
  type Timeline
} from '../sim/index.js'
import { seedJobs } from '../sim/seed.js'

let sim: Simulator
/** Ends at once: runs never hold the 3-at-a-time throttle. */
const INSTANT: Timeline = { queuedMs: 0, initializingMs: 0, runningMs: 0, end: 'COMPLETED_SUCCESS' }

beforeAll(async () => {
  sim = await startSimulator({ jobCount: 237, timeline: INSTANT })
})
afterAll(async () => {
  await sim?.close()
})
beforeEach(() => {
  Object.assign(sim.faults, {
    latencyMs: 0,
    perSecondLimit: 0,
    rateLimitEvery: 0,
    rateLimitNext: 0,
    retryAfterSeconds: undefined,
    dailyQuotaExceeded: false,
    serverErrorNext: 0,
    serverErrorStatus: 503,
    serverErrorHtml: false,
    dropAfterRunNext: 0,
    resetBeforeRunNext: 0,
    truncateNext: 0,
    xmlErrors: false,
    unknownInstanceMs: 0,
    throttle: true,
    ...DEFAULT_READINGS
  })
  sim.resetCounts()
})

interface CallOptions {
  method?: string
  key?: string | null
  accept?: string | null
  body?: string
  contentType?: string
}

async function call(path: string, opts: CallOptions = {}) {
  const headers: Record<string, string> = {}
  const key = opts.key === undefined ? sim.apiKey : opts.key
  if (key !== null) headers.Authorization = `apikey ${key}`
  const accept = opts.accept === undefined ? 'application/json' : opts.accept
  if (accept !== null) headers.Accept = accept
  if (opts.contentType) headers['Content-Type'] = opts.contentType
  const res = await fetch(sim.url + path, { method: opts.method ?? 'GET', headers, body: opts.body })
  const text = await res.text()
  const type = res.headers.get('content-type') ?? ''
  return { status: res.status, headers: res.headers, text, type, json: type.includes('json') ? JSON.parse(text) : undefined }
}

const errorCode = (r: { json?: { errorList: { error: { errorCode: string }[] } } }) => r.json?.errorList.error[0]?.errorCode
const xmlParser = new XMLParser({ ignoreAttributes: false, parseTagValue: false })
const runBody = (params: Record<string, string>) =>
  JSON.stringify({ parameter: Object.entries(params).map(([name, value]) => ({ name: { value: name }, value })) })
const run = (jobId: string, opts: CallOptions = {}) =>
  call(`/conf/jobs/${jobId}?op=run`, { method: 'POST', body: '{}', contentType: 'application/json', ...opts })
const instanceIdOf = (r: { json?: { additional_info: { link: string } } }) => r.json!.additional_info.link.split('/').pop()!

describe('seed', () => {
  test('is deterministic, sized as asked, with unique well-formed ids and the awkward names', () => {
    const jobs = seedJobs(1000, 7)
    expect(jobs).toHaveLength(1000)
    expect(seedJobs(1000, 7)).toEqual(jobs)
    expect(new Set(jobs.map((j) => j.id)).size).toBe(1000)
    for (const job of jobs)
      expect(job.id).toMatch(job.type === 'SCHEDULED' ? /^S\d{16}$/ : job.type === 'MANUAL' ? /^M\d+$/ : /^O\d+$/)
    expect(jobs.filter((j) => j.name === 'Export Bibliographic Records').map((j) => j.id)).toEqual([
      K.exportBibRecords,
      K.exportBibRecordsScheduled
    ])
    expect(jobs[0]!.id).toBe(K.exportBibRecords)
    expect(jobs.at(-1)!.id).toBe(K.exportBibRecordsScheduled)
    for (const id of Object.values(K)) expect(jobs.some((j) => j.id === id)).toBe(true)
    expect(jobs.find((j) => j.id === K.exportPhysicalItems)!.requiredParameters).toEqual(['set_id'])
    expect(jobs.some((j) => j.category === 'USERS' || j.category === 'SIS')).toBe(true)
    // §7.9: only a few jobs show parameters on GET.
    expect(jobs.filter((j) => j.parameters.length > 0).length).toBeLessThan(100)
    expect(seedJobs(237, 1)).toHaveLength(237)
  })
})

describe('job list', () => {
  test('pages of at most 100 add up to every job exactly once', async () => {
    const ids: string[] = []
    for (let offset = 0; ; offset += 100) {
      const page = await call(`/conf/jobs?limit=100&offset=${offset}`)
      expect(page.json.total_record_count).toBe(sim.jobs.length)
      if (!page.json.job) break
      ids.push(...page.json.job.map((j: { id: string }) => j.id))
    }
    expect(ids).toEqual(sim.jobs.map((j) => j.id))
    expect(sim.counts.listJobs).toBe(Math.ceil(sim.jobs.length / 100) + 1) // + the empty page that ends the loop
  })

  test('limit defaults to 10; out-of-range limit, bad type and bad category are 40166410', async () => {
    expect((await call('/conf/jobs')).json.job).toHaveLength(10)
    for (const query of ['limit=101', 'limit=-1', 'offset=x', 'type=manual', 'category=NOPE']) {
      const r = await call(`/conf/jobs?${query}`)
      expect(r.status, query).toBe(400)
      expect(errorCode(r), query).toBe('40166410')
    }
  })

  test('type, category and profile_id filter', async () => {
    const scheduled = await call('/conf/jobs?type=SCHEDULED&limit=100')
    expect(scheduled.json.total_record_count).toBe(sim.jobs.filter((j) => j.type === 'SCHEDULED').length)
    expect(scheduled.json.job.every((j: { type: { value: string } }) => j.type.value === 'SCHEDULED')).toBe(true)
    const sis = await call('/conf/jobs?category=SIS&limit=100')
    expect(sis.json.job.map((j: { id: string }) => j.id)).toContain(K.sisSynchronize)
  })

  test('a one-job list is still an array in JSON and one child in XML', async () => {
    const json = await call('/conf/jobs?profile_id=6100230670000561')
    expect(json.json).toMatchObject({ total_record_count: 1, job: [{ id: K.publishingToPrimo, name: 'Publishing to "Primo"' }] })
    const xml = await call('/conf/jobs?profile_id=6100230670000561', { accept: 'application/xml' })
    expect(xml.type).toContain('application/xml')
    expect(xml.text).toMatch(
      /<jobs total_record_count="1"><job link="[^"]+"><id>S8100230670000561<\/id><name>Publishing to &quot;Primo&quot;<\/name>/
    )
    expect(xml.text).toContain(
      '<parameters><parameter><name desc="Publishing mode">publishing_mode</name><value>INCREMENTAL</value></parameter></parameters>'
    )
  })

  test('a zero-count list has only total_record_count', async () => {
    expect((await call('/conf/jobs?profile_id=123')).json).toEqual({ total_record_count: 0 })
    expect((await call('/conf/jobs?offset=5000')).json).toEqual({ total_record_count: sim.jobs.length })
    expect((await call('/conf/jobs?limit=0')).json).toEqual({ total_record_count: sim.jobs.length })
  })
})

describe('request bodies', () => {
  test('a body over 1 MiB is refused with 413 and starts no run; one just under is read', async () => {
    // A job no other test runs: each run counts towards its hourly limit (§3.3).
    const known = new Set<string>(Object.values(K))
    const job = sim.jobs.find((j) => j.type === 'MANUAL' && !known.has(j.id) && j.requiredParameters.length === 0)!.id
    const before = sim.instances().length
    const tooLarge = await run(job, { body: '{"x":"' + 'a'.repeat(1024 * 1024) + '"}' })
    expect(tooLarge.status).toBe(413)
    expect(sim.instances().length).toBe(before)
    const fits = await run(job, { body: JSON.stringify({ parameter: [], pad: 'a'.repeat(1000 * 1000) }) })
    expect(fits.status).toBe(200)
  })
})

describe('formats', () => {
  test('no Accept (and */*) means XML; Accept or format= chooses, format= wins', async () => {
    for (const accept of [null, '*/*']) {
      const r = await call('/conf/jobs/M11111', { accept })
      expect(r.type).toContain('application/xml')
      expect(r.text).toContain('<name>Export Things &amp; Stuff</name>')
    }
    expect((await call('/conf/jobs/M11111?format=json', { accept: 'application/xml' })).json.name).toBe('Export Things & Stuff')
    expect((await call('/conf/jobs/M11111?format=xml')).type).toContain('application/xml')
  })

  test('XML with awkward names is valid and reads back to the same text', async () => {
    for (let offset = 0; offset < sim.jobs.length; offset += 100) {
      const r = await call(`/conf/jobs?limit=100&offset=${offset}`, { accept: 'application/xml' })
      expect(XMLValidator.validate(r.text)).toBe(true)
      const json = await call(`/conf/jobs?limit=100&offset=${offset}`)
      const names = [xmlParser.parse(r.text).jobs.job].flat().map((j: { name: string }) => j.name)
      expect(names).toEqual(json.json.job.map((j: { name: string }) => j.name))
    }
    const miseAJour = await call(`/conf/jobs/${K.miseAJourExemplaires}`)
    expect(miseAJour.json.name).toBe('Mise à jour des exemplaires')
  })

  test('status code table has the 14 codes in both shapes (§3.5)', async () => {
    const json = await call('/conf/code-tables/systemJobStatus')
    expect(json.json.row).toHaveLength(14)
    expect(json.json.row[0]).toEqual({ code: 'QUEUED', description: 'Queued', default: false, enabled: true })
    expect(json.json.patron_facing).toBe(false)
    const xml = xmlParser.parse((await call('/conf/code-tables/systemJobStatus', { accept: 'application/xml' })).text)
    expect(xml.code_table.rows.row).toHaveLength(14)
    expect(xml.code_table.rows.row[13]).toEqual({ code: 'SKIPPED', description: 'Skipped', default: 'false', enabled: 'true' })
  })
})

describe('auth', () => {
  test('missing or wrong key: 400 UNAUTHORIZED in the asked format (the default reading, §5)', async () => {
    for (const key of [null, 'l7xx00000000000000000000000000000000']) {
      const r = await call('/conf/jobs', { key })
      expect(r.status).toBe(400)
      expect(r.type).toContain('application/json')
      expect(r.json).toMatchObject({
        errorsExist: true,
        errorList: {
          error: [{ errorCode: 'UNAUTHORIZED', errorMessage: 'API-key not defined or not configured to allow this API.' }]
        }
      })
      const xml = await call('/conf/jobs', { key, accept: 'application/xml' })
      expect(xml.status).toBe(400)
      expect(xml.type).toContain('application/xml')
      expect(xml.text).toContain('<web_service_result xmlns="http://com/exlibris/urm/general/xmlbeans">')
      expect(xml.text).toContain(
        '<errorCode>UNAUTHORIZED</errorCode><errorMessage>API-key not defined or not configured to allow this API.</errorMessage>'
      )
    }
    expect(sim.requests.map((q) => q.authorized)).toEqual([false, false, false, false])
  })

  test('unauthorizedFormat xml: UNAUTHORIZED in XML even when JSON was asked; other errors unchanged', async () => {
    sim.faults.unauthorizedFormat = 'xml'
    const r = await call('/conf/jobs', { key: null })
    expect(r.status).toBe(400)
    expect(r.type).toContain('application/xml')
    expect(r.text).toContain('<errorCode>UNAUTHORIZED</errorCode>')
    expect(errorCode(await call('/conf/jobs/M99999999'))).toBe('402216') // still JSON
  })

  test('keys look like Alma keys; the header key never lands in the recorded URL', async () => {
    for (const key of Object.values(sim.keys)) expect(key).toMatch(/^l7xx[0-9a-f]{32}$/)
    await call('/conf/jobs')
    expect(sim.requests[0]).toMatchObject({ keyVia: 'header', authorized: true, status: 200, endpoint: 'listJobs' })
    expect(sim.requests[0]!.url).not.toContain(sim.apiKey)
  })

  test('?apikey= works like real Alma and is recorded; its links stay keyless (§7.13, §7.15)', async () => {
    const r = await call(`/conf/jobs/M11111?apikey=${sim.apiKey}`, { key: null })
    expect(r.status).toBe(200)
    expect(r.json.link).toBe(`${sim.url}/conf/jobs/M11111`)
    expect(sim.requests[0]).toMatchObject({ keyVia: 'query', authorized: true })
    expect(sim.requests[0]!.url).toContain(sim.apiKey)
  })

  test('the read-only key can GET but not POST', async () => {
    expect((await call('/conf/jobs/M11111', { key: sim.keys.readOnly })).status).toBe(200)
    expect((await call('/conf/test', { key: sim.keys.readOnly })).json).toEqual({
      test: 'GET - OK - institutionCode: 01SIM_INST'
    })
    const before = sim.instances().length
    for (const path of [`/conf/jobs/${K.exportThingsAndStuff}?op=run`, '/conf/test']) {
      const r = await call(path, { method: 'POST', key: sim.keys.readOnly, body: '{}' })
      expect(r.status).toBe(400)
      expect(errorCode(r)).toBe('UNAUTHORIZED')
    }
    expect(sim.instances()).toHaveLength(before)
    expect((await call('/conf/test', { method: 'POST' })).json.test).toMatch(/^POST - OK/)
  })

  test('sandbox and production share jobs but not instances', async () => {
    const job = sim.addJob({ name: 'Env check' })
    const created = await run(job.id)
    const id = instanceIdOf(created)
    expect((await call(`/conf/jobs/${job.id}/instances/${id}`)).status).toBe(200)
    const other = await call(`/conf/jobs/${job.id}/instances/${id}`, { key: sim.keys.production })
    expect(errorCode(other)).toBe('402218')
    expect((await call(`/conf/jobs/${job.id}/instances`, { key: sim.keys.production })).json).toEqual({ total_record_count: 0 })
    expect(sim.instances(job.id).map((i) => i.env)).toEqual(['sandbox'])
    expect(sim.addJob({ name: 'Added scheduled', type: 'SCHEDULED' }).id).toMatch(/^S\d{16}$/)
  })

  test('fixed keys (npm run sim -- --key, as ci.yml starts it) replace the random ones and grant the same', async () => {
    const fixed = await startSimulator({ jobCount: 5, keys: { sandbox: 'l7xx-ci-sandbox', production: '' } })
    try {
      expect(fixed.keys.sandbox).toBe('l7xx-ci-sandbox')
      expect(fixed.keys.production).toMatch(/^l7xx[0-9a-f]{32}$/) // empty means "make one"
      const answer = await fetch(`${fixed.url}/conf/test`, {
        method: 'POST',
        headers: { Authorization: 'apikey l7xx-ci-sandbox', Accept: 'application/json' }
      })
      expect(await answer.json()).toEqual({ test: expect.stringMatching(/^POST - OK/) })
    } finally {
      await fixed.close()
    }
    await expect(startSimulator({ keys: { sandbox: 'same', production: 'same' } })).rejects.toThrow('differ')
  })
})

describe('run', () => {
  test('creates an instance and answers the job with additional_info (§3.2)', async () => {
    const r = await run(K.exportPhysicalItems, { body: runBody({ set_id: '7777000000001234', job_name: 'Nightly & "weekly"' }) })
    expect(r.status).toBe(200)
    const info = r.json.additional_info
    const m = /^Job no\. (\d{16}) triggered on (\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT)$/.exec(info.value)
    expect(m).not.toBeNull()
    expect(info.link).toBe(`${sim.url}/conf/jobs/${K.exportPhysicalItems}/instances/${m![1]}`)
    expect(BigInt(m![1]!)).toBeGreaterThan(BigInt(Number.MAX_SAFE_INTEGER))
    expect(r.json).toMatchObject({ id: K.exportPhysicalItems, name: 'Export Physical Items' })
    const [created] = sim.instances(K.exportPhysicalItems).slice(-1)
    expect(created).toMatchObject({ id: m![1], env: 'sandbox', viaApi: true })
    expect(created!.name).toMatch(/^Nightly & "weekly" - \d{4}-\d{2}-\d{2} \d{1,2}:\d{2} [AP]M$/)
    const again = await run(K.exportThingsAndStuff)
    expect(BigInt(instanceIdOf(again))).toBeGreaterThan(BigInt(m![1]!))
  })

  test('accepts the run bodies peers send: {}, null, empty, <job/>, XML parameters', async () => {
    for (const [body, contentType] of [
      ['{}', 'application/json'],
      ['null', 'application/json'],
      ['', 'application/json'],
      ['<job/>', 'application/xml']
    ]) {
      expect((await run(K.exportThingsAndStuff, { body, contentType })).status, body).toBe(200)
    }
    const xml = '<job><parameters><parameter><name>set_id</name><value>7777000000001234</value></parameter></parameters></job>'
    const r = await run(K.exportPhysicalItems, { body: xml, contentType: 'application/xml', accept: 'application/xml' })
    expect(r.status).toBe(200)
    expect(r.text).toMatch(/<additional_info link="[^"]+\/instances\/\d{16}">Job no\. \d{16} triggered on /)
    expect(sim.instances(K.exportPhysicalItems).at(-1)!.parameters).toEqual([{ name: 'set_id', value: '7777000000001234' }])
  })

  test.each([
    ['op missing', `/conf/jobs/${K.exportThingsAndStuff}`, '{}', '402220'],
    ['op not run', `/conf/jobs/${K.exportThingsAndStuff}?op=cancel`, '{}', '402221'],
    ['bad id format', '/conf/jobs/X123?op=run', '{}', '402215'],
    ['unknown id', '/conf/jobs/M99999999?op=run', '{}', '402216'],
    ['set_id missing', `/conf/jobs/${K.exportPhysicalItems}?op=run`, '{}', '402228'],
    ['set_id empty', `/conf/jobs/${K.exportPhysicalItems}?op=run`, runBody({ set_id: ' ' }), '402229'],
    ['scheduled job of a non-API category', `/conf/jobs/${K.courtesyNotices}?op=run`, '{}', '402248'],
    ['unparsable body', `/conf/jobs/${K.exportThingsAndStuff}?op=run`, '{"parameter":', 'GENERAL_ERROR']
  ])('%s → %s', async (_, path, body, code) => {
    const before = sim.instances().length
    const r = await call(path, { method: 'POST', body, contentType: 'application/json' })
    expect(r.status).toBe(400)
    expect(errorCode(r)).toBe(code)
    expect(r.json.errorsExist).toBe(true)
    expect(r.json.result).toBeNull()
    expect(r.json.errorList.error[0].trackingId).toMatch(/^E01-/)
    expect(sim.instances()).toHaveLength(before)
  })

  test('GET job: 402215 / 402216 as for runs; errors follow the asked format', async () => {
    expect(errorCode(await call('/conf/jobs/abc'))).toBe('402215')
    const xml = await call('/conf/jobs/M99999999', { accept: 'application/xml' })
    expect(xml.text).toContain('<errorCode>402216</errorCode>')
  })

  test('throttle: a 4th concurrent API run is 402222, a 6th run of a job within an hour 402223', async () => {
    const slow: Timeline = { ...INSTANT, runningMs: 60_000 }
    const jobs = [1, 2, 3, 4].map((n) => sim.addJob({ name: `Slow ${n}` }))
    for (const job of jobs) sim.setTimeline(job.id, slow)
    for (const job of jobs.slice(0, 3)) expect((await run(job.id)).status).toBe(200)
    expect(errorCode(await run(jobs[3]!.id))).toBe('402222')
    expect((await run(jobs[3]!.id, { key: sim.keys.production })).status).toBe(200) // per environment
    sim.faults.throttle = false
    expect((await run(jobs[3]!.id)).status).toBe(200)
    sim.faults.throttle = true
    for (const job of jobs) sim.setTimeline(job.id, INSTANT)
    sim.instances().forEach((i) => {
      i.timeline = INSTANT
    }) // end the slow runs

    const busy = sim.addJob({ name: 'Busy job' })
    for (let n = 0; n < 5; n++) expect((await run(busy.id)).status).toBe(200)
    const sixth = await run(busy.id)
    expect(errorCode(sixth)).toBe('402223')
    expect(sixth.json.errorList.error[0].errorMessage).toMatch(/Execution threshold/)
  })
})

describe('instances', () => {
  test('timeline over HTTP: QUEUED without start_time → … → COMPLETED_SUCCESS with end_time and counters', async () => {
    const job = sim.addJob({ name: 'Timed job' })
    sim.setTimeline(job.id, { queuedMs: 300, initializingMs: 100, runningMs: 300, finalizingMs: 100, end: 'COMPLETED_SUCCESS' })
    const id = instanceIdOf(await run(job.id))
    const seen: { status: string; progress: number }[] = []
    let last: Record<string, unknown> & { status: { value: string } } = { status: { value: '' } }
    const order = ['QUEUED', 'INITIALIZING', 'RUNNING', 'FINALIZING', 'COMPLETED_SUCCESS']
    while (last.status.value !== 'COMPLETED_SUCCESS') {
      last = (await call(`/conf/jobs/${job.id}/instances/${id}`)).json
      if (seen.length === 0) {
        expect(last.status).toEqual({ value: 'QUEUED', desc: 'Queued' })
        expect(last).not.toHaveProperty('start_time')
        expect(last).not.toHaveProperty('counter')
      }
      seen.push({ status: last.status.value, progress: last.progress as number })
      await new Promise((resolve) => setTimeout(resolve, 15))
    }
    const statuses = seen.map((s) => order.indexOf(s.status))
    expect(statuses).toEqual([...statuses].sort((a, b) => a - b))
    expect(new Set(seen.map((s) => s.status))).toContain('RUNNING')
    const progress = seen.map((s) => s.progress)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
    expect(last).toMatchObject({ id, progress: 100, submitted_by: { value: 'exl_api' }, job_info: { id: job.id } })
    expect(last.submit_time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
    expect(last.end_time).toMatch(/\.\d{3}Z$/)
    expect(last.status_date).toMatch(/^\d{4}-\d{2}-\d{2}Z$/)
    expect(last.alert).toEqual([{ value: 'alert_general_success', desc: expect.any(String) }])
    expect((last.counter as { value: unknown }[]).every((c) => typeof c.value === 'string')).toBe(true)
  })

  test('snapshots: integer progress, failures stop short of 100, manual handling has no end (§7.14)', () => {
    const at = 1_000_000
    const make = (end: Timeline['end']): SimInstance => ({
      id: '9876543299000561',
      externalId: '1',
      jobId: 'M1',
      env: 'sandbox',
      submittedAt: at,
      viaApi: true,
      name: 'x',
      parameters: [],
      seq: 3,
      timeline: { queuedMs: 50, initializingMs: 50, runningMs: 1000, finalizingMs: 50, end }
    })
    const ok = make('COMPLETED_SUCCESS')
    expect(instanceSnapshot(ok, at + 10)).toMatchObject({ status: 'QUEUED', progress: 0, statusSince: at })
    expect(instanceSnapshot(ok, at + 10).startTime).toBeUndefined()
    expect(instanceSnapshot(ok, at + 60)).toMatchObject({ status: 'INITIALIZING', startTime: at + 50 })
    expect(instanceSnapshot(ok, at + 100 + 333)).toMatchObject({ status: 'RUNNING', progress: 33 })
    expect(instanceSnapshot(ok, at + 1120)).toMatchObject({ status: 'FINALIZING', progress: 100 })
    expect(instanceSnapshot(ok, at + 1150)).toMatchObject({ status: 'COMPLETED_SUCCESS', progress: 100, endTime: at + 1150 })
    expect(instanceSnapshot(make('FAILED'), at + 2000)).toMatchObject({ status: 'FAILED', progress: 0 })
    const aborted = instanceSnapshot(make('SYSTEM_ABORTED'), at + 2000)
    expect(aborted.progress).toBeGreaterThan(0)
    expect(aborted.progress).toBeLessThan(100)
    const paused = instanceSnapshot(make('MANUAL_HANDLING_REQUIRED'), at + 2000)
    expect(paused.status).toBe('MANUAL_HANDLING_REQUIRED')
    expect(paused.endTime).toBeUndefined()
    expect(paused.progress).toBeLessThan(100)
    const custom = {
      ...make('COMPLETED_WARNING'),
      timeline: { ...INSTANT, end: 'COMPLETED_WARNING' as const, counters: [{ type: 't', desc: 'd', value: '7' }] }
    }
    expect(instanceSnapshot(custom, at).counters).toEqual([{ type: 't', desc: 'd', value: '7' }])
  })

  test('list: newest first, paging, status and inclusive date filters (§2)', async () => {
    const base = `/conf/jobs/${K.publishingToPrimo}/instances`
    const all = await call(`${base}?limit=100`)
    expect(all.json.total_record_count).toBe(25)
    const times = all.json.job_instance.map((i: { submit_time: string }) => i.submit_time)
    expect(times).toEqual([...times].sort().reverse())
    expect((await call(base)).json.job_instance).toHaveLength(10)
    expect((await call(`${base}?limit=10&offset=20`)).json.job_instance).toHaveLength(5)
    const failed = await call(`${base}?status=FAILED`)
    expect(failed.json.total_record_count).toBe(1)
    expect(failed.json.job_instance[0].progress).toBe(0)
    const day = (times[3] as string).slice(0, 10)
    const oneDay = await call(`${base}?submit_date_from=${day}&submit_date_to=${day}`)
    expect(oneDay.json.job_instance.map((i: { submit_time: string }) => i.submit_time)).toEqual([times[3]])
    expect(errorCode(await call(`${base}?submit_date_from=01/02/2025`))).toBe('40166410')
    expect(errorCode(await call(`${base}?status=DONE`))).toBe('40166410')
    const xml = await call(`${base}?limit=1`, { accept: 'application/xml' })
    expect(xml.text).toMatch(/^<\?xml[^>]+>\n<job_instances total_record_count="25"><job_instance link="[^"]+"><id>\d{16}<\/id>/)
    expect(xml.text).toContain('<counters><counter><type desc="New Records">label.new.records</type><value>')
  })

  test('unknown instance is 402218; events only for USERS/SIS jobs (60332)', async () => {
    expect(errorCode(await call(`/conf/jobs/${K.publishingToPrimo}/instances/9876543299999999`))).toBe('402218')
    const [newest] = (await call(`/conf/jobs/${K.sisSynchronize}/instances?limit=1`)).json.job_instance
    const events = await call(`/conf/jobs/${K.sisSynchronize}/instances/${newest.id}/events`)
    expect(events.json.total_record_count).toBeGreaterThan(0)
    expect(events.json.event[0]).toMatchObject({ type: { value: expect.stringMatching(/^USER_/) } })
    const [primo] = (await call(`/conf/jobs/${K.publishingToPrimo}/instances?limit=1`)).json.job_instance
    expect(errorCode(await call(`/conf/jobs/${K.publishingToPrimo}/instances/${primo.id}/events`))).toBe('60332')
    expect(sim.counts.events).toBe(2)
  })
})

describe('faults', () => {
  test('every response carries X-Exl-Api-Remaining, falling by one; 0 left means DAILY_THRESHOLD', async () => {
    sim.faults.remainingStart = 3
    const seen: (string | null)[] = []
    for (let n = 0; n < 4; n++) seen.push((await call('/conf/jobs/M11111')).headers.get('x-exl-api-remaining'))
    expect(seen).toEqual(['3', '2', '1', '0'])
    expect(errorCode(await call('/conf/jobs/M11111'))).toBe('DAILY_THRESHOLD')
    sim.faults.remainingStart = 250_000
    expect((await call('/conf/jobs/M11111')).headers.get('x-exl-api-remaining')).toBe('250000')
  })

  test('latency delays answers', async () => {
    sim.faults.latencyMs = 120
    const started = Date.now()
    await call('/conf/jobs/M11111')
    expect(Date.now() - started).toBeGreaterThanOrEqual(110)
  })

  test('rateLimitNext and rateLimitEvery answer 429 PER_SECOND_THRESHOLD; Retry-After when set', async () => {
    sim.faults.rateLimitNext = 2
    sim.faults.retryAfterSeconds = 2
    const first = await call('/conf/jobs/M11111')
    expect(first.status).toBe(429)
    expect(first.json.errorList.error[0]).toMatchObject({
      errorCode: 'PER_SECOND_THRESHOLD',
      errorMessage: 'HTTP requests are more than allowed per second '
    })
    expect(first.headers.get('retry-after')).toBe('2')
    expect((await call('/conf/jobs/M11111')).status).toBe(429)
    expect((await call('/conf/jobs/M11111')).status).toBe(200)
    sim.faults.retryAfterSeconds = undefined
    sim.faults.rateLimitEvery = 3
    const statuses: number[] = []
    for (let n = 0; n < 6; n++) statuses.push((await call('/conf/jobs/M11111')).status)
    expect(statuses.filter((s) => s === 429)).toHaveLength(2)
    expect(sim.counts.getJob).toBe(9)
  })

  test('perSecondLimit: past N requests in a rolling second, 429 PER_SECOND_THRESHOLD in the asked format, counted', async () => {
    sim.faults.perSecondLimit = 5
    const burst = await Promise.all(
      Array.from({ length: 8 }, (_, n) => call('/conf/jobs/M11111', { accept: n % 2 ? 'application/xml' : 'application/json' }))
    )
    const refused = burst.filter((r) => r.status === 429)
    expect(burst.filter((r) => r.status === 200)).toHaveLength(5)
    expect(refused).toHaveLength(3)
    for (const r of refused) {
      if (r.type.includes('json')) expect(errorCode(r)).toBe('PER_SECOND_THRESHOLD')
      else expect(r.text).toContain('<errorCode>PER_SECOND_THRESHOLD</errorCode>')
    }
    expect(sim.counts.getJob).toBe(8)
    expect(sim.requests.filter((r) => r.status === 429)).toHaveLength(3)
    // Refusals do not use up the second; once it has passed, requests get through again.
    await new Promise((resolve) => setTimeout(resolve, 1050))
    expect((await call('/conf/jobs/M11111')).status).toBe(200)
    sim.faults.perSecondLimit = 0
    expect((await Promise.all(Array.from({ length: 8 }, () => call('/conf/jobs/M11111')))).every((r) => r.status === 200)).toBe(
      true
    )
  })

  test('dailyQuotaExceeded answers 429 DAILY_THRESHOLD on everything', async () => {
    sim.faults.dailyQuotaExceeded = true
    for (const path of ['/conf/jobs', `/conf/jobs/${K.exportThingsAndStuff}?op=run`]) {
      const r = await call(path, { method: path.includes('op=') ? 'POST' : 'GET', body: path.includes('op=') ? '{}' : undefined })
      expect(r.status).toBe(429)
      expect(errorCode(r)).toBe('DAILY_THRESHOLD')
    }
  })

  test('serverErrorNext: Alma XML body by default, gateway HTML when asked', async () => {
    sim.faults.serverErrorNext = 2
    const xml = await call('/conf/jobs')
    expect(xml.status).toBe(503)
    expect(xml.text).toContain('<errorCode>ROUTING_ERROR</errorCode>')
    sim.faults.serverErrorHtml = true
    sim.faults.serverErrorStatus = 502
    const html = await call('/conf/jobs')
    expect(html.status).toBe(502) // the status is read per request
    expect(html.type).toContain('text/html')
    expect(html.text).toContain('<html>')
    expect((await call('/conf/jobs')).status).toBe(200)
  })

  test('xmlErrors: business errors in XML although JSON was asked', async () => {
    sim.faults.xmlErrors = true
    const r = await call('/conf/jobs/M99999999')
    expect(r.type).toContain('application/xml')
    expect(r.text).toContain('<errorCode>402216</errorCode>')
  })

  test('resetBeforeRunNext: no answer and nothing created', async () => {
    const job = sim.addJob({ name: 'Reset victim' })
    sim.faults.resetBeforeRunNext = 1
    await expect(run(job.id)).rejects.toThrow()
    expect(sim.instances(job.id)).toHaveLength(0)
    expect(sim.requests.at(-1)).toMatchObject({ endpoint: 'runJob', status: 0 })
    expect((await run(job.id)).status).toBe(200)
  })

  test('dropAfterRunNext: the run exists but its answer is lost', async () => {
    const job = sim.addJob({ name: 'Drop victim' })
    sim.faults.dropAfterRunNext = 1
    await expect(run(job.id)).rejects.toThrow()
    expect(sim.instances(job.id)).toHaveLength(1)
    expect(sim.requests.at(-1)).toMatchObject({ endpoint: 'runJob', status: 0, authorized: true })
    const list = await call(`/conf/jobs/${job.id}/instances`)
    expect(list.json.job_instance[0].id).toBe(sim.instances(job.id)[0]!.id)
    expect(sim.faults.dropAfterRunNext).toBe(0)
  })

  test('truncateNext: Content-Length promises more than arrives', async () => {
    sim.faults.truncateNext = 1
    const res = await fetch(`${sim.url}/conf/jobs`, { headers: { Authorization: `apikey ${sim.apiKey}` } })
    expect(res.status).toBe(200)
    await expect(res.text()).rejects.toThrow()
    expect((await call('/conf/jobs')).json.total_record_count).toBe(sim.jobs.length)
  })

  test('unknownInstanceMs: a fresh run is 402218 (and unlisted) for a while, then found (§7.12)', async () => {
    const job = sim.addJob({ name: 'Slow to appear' })
    sim.faults.unknownInstanceMs = 300
    const id = instanceIdOf(await run(job.id))
    expect(errorCode(await call(`/conf/jobs/${job.id}/instances/${id}`))).toBe('402218')
    expect((await call(`/conf/jobs/${job.id}/instances`)).json).toEqual({ total_record_count: 0 })
    await new Promise((resolve) => setTimeout(resolve, 320))
    expect((await call(`/conf/jobs/${job.id}/instances/${id}`)).status).toBe(200)
  })
})

describe('counts and lifecycle', () => {
  test('counts every request per endpoint, faulted ones too; resetCounts zeroes them', async () => {
    sim.faults.rateLimitNext = 1
    await call('/conf/jobs')
    await call('/conf/jobs')
    await call('/conf/jobs/M11111')
    await call('/conf/code-tables/systemJobStatus')
    await call('/conf/test')
    const unknown = await call('/conf/jobs/M11111/instances/1/matches')
    expect(unknown.status).toBe(500)
    await call('/conf/jobs', { key: null })
    expect(sim.counts).toMatchObject({ listJobs: 3, getJob: 1, statusTable: 1, test: 1, other: 1, runJob: 0, total: 7 })
    expect(sim.requests.map((r) => r.status)).toEqual([429, 200, 200, 200, 200, 500, 400])
    sim.resetCounts()
    expect(sim.counts.total).toBe(0)
    expect(sim.requests).toHaveLength(0)
  })

  test('close() ends keep-alive sockets promptly', async () => {
    const other = await startSimulator({ jobCount: 20 })
    const agent = new Agent({ keepAlive: true })
    await new Promise<void>((resolve, reject) => {
      const req = httpRequest(
        `${other.url}/conf/jobs`,
        { agent, headers: { Authorization: `apikey ${other.apiKey}` } },
        (res) => {
          res.resume()
          res.on('end', resolve)
        }
      )
      req.on('error', reject)
      req.end()
    })
    const started = Date.now()
    await other.close()
    expect(Date.now() - started).toBeLessThan(1000)
    agent.destroy()
  })
})
