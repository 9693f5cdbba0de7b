// The client over real HTTP against the simulator: every call in both formats, the quirks of
// alma-api.md §7 and each fault of sim/types.ts Faults, outcomes and call counts.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { startSimulator, WELL_KNOWN_JOBS, WELL_KNOWN_NAMES } from '../sim/index.js'
import type { Simulator } from '../sim/index.js'
import { AlmaClient, STATUS_DESCRIPTIONS } from '../src/alma/index.js'
import type { AlmaClientOptions, ClientEvent, Format } from '../src/alma/index.js'
import { failure } from './support/alma.js'

const K = WELL_KNOWN_JOBS
const FORMATS: Format[] = ['json', 'xml']
/** Backoff and reconcile waits run 20× faster than real, but still pass real time. */
const FAST = 20

let sim: Simulator
const clients: AlmaClient[] = []

beforeEach(async () => {
  sim = await startSimulator({ jobCount: 237 })
})

afterEach(async () => {
  for (const client of clients.splice(0)) client.close()
  await sim.close()
})

function makeClient(format: Format, extra: Partial<AlmaClientOptions> = {}) {
  const events: ClientEvent[] = []
  const sleeps: number[] = []
  const client = new AlmaClient({
    apiKey: sim.apiKey,
    baseUrl: sim.url,
    format,
    onEvent: (event) => events.push(event),
    sleep: (ms) => {
      sleeps.push(ms)
      return new Promise((resolve) => setTimeout(resolve, ms / FAST))
    },
    requestTimeoutMs: 5000,
    ...extra
  })
  clients.push(client)
  return {
    client,
    events,
    sleeps,
    of: <T extends ClientEvent['type']>(type: T) => events.filter((e): e is Extract<ClientEvent, { type: T }> => e.type === type)
  }
}

/**
 * Ex Libris's published sample instance (job M50173) with its `"action": ["string"]`
 * placeholder (§7.16), in both formats, and empty lists as bare roots (§7.17). The simulator
 * sends neither, so a small loopback server of fixed answers stands in for Alma.
 */
const SAMPLE_ID = '9563643080000561'
const SAMPLE = {
  json: JSON.stringify({
    id: SAMPLE_ID,
    status: { value: 'COMPLETED_SUCCESS', desc: 'Completed Successfully' },
    progress: 100,
    alert: [{ value: 'alert_general_success', desc: 'The job completed successfully.' }],
    counter: [{ type: { value: 'import_research_assets_files.asset_failed', desc: 'Number of assets failed' }, value: '1' }],
    action: ['string']
  }),
  xml:
    `<job_instance><id>${SAMPLE_ID}</id><progress>100</progress><status desc="Completed Successfully">COMPLETED_SUCCESS</status>` +
    '<alerts><alert desc="The job completed successfully.">alert_general_success</alert></alerts>' +
    '<counters><counter><type desc="Number of assets failed">import_research_assets_files.asset_failed</type><value>1</value></counter></counters>' +
    '<actions><action>string</action></actions></job_instance>'
}

async function fixedAlma(answers: Record<string, { json: string; xml: string }>) {
  const server = createServer((req, res) => {
    const answer = answers[new URL(req.url ?? '/', 'http://x').pathname.replace('/almaws/v1', '')]
    const format = (req.headers.accept ?? '').includes('json') ? 'json' : 'xml'
    if (!answer) return void res.writeHead(500).end()
    res.writeHead(200, { 'Content-Type': `application/${format};charset=UTF-8` }).end(answer[format])
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/almaws/v1`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  }
}

describe.each(FORMATS)('%s', (format) => {
  describe('calls and §7 quirks', () => {
    test('listJobs: 237 jobs in exactly 3 list calls, in list order, none twice (§7.7)', async () => {
      const { client } = makeClient(format)
      const jobs = await client.listJobs()
      expect(sim.counts.listJobs).toBe(3)
      expect(sim.counts.total).toBe(3)
      expect(jobs.map((j) => j.id)).toEqual(sim.jobs.map((j) => j.id))
      expect(new Set(jobs.map((j) => j.id)).size).toBe(237)
      expect(sim.requests.map((r) => r.url).sort()).toEqual(
        [0, 100, 200].map((offset) => `/almaws/v1/conf/jobs?limit=100&offset=${offset}`)
      )
    })

    test('listJobs: 1000 jobs in exactly 10 list calls', async () => {
      const big = await startSimulator({ jobCount: 1000 })
      try {
        const client = new AlmaClient({ apiKey: big.apiKey, baseUrl: big.url, format })
        clients.push(client)
        expect(await client.listJobs()).toHaveLength(1000)
        expect(big.counts.listJobs).toBe(10)
      } finally {
        await big.close()
      }
    })

    test('listJobs filters go to Alma as type and category', async () => {
      const { client } = makeClient(format)
      const manual = await client.listJobs({ type: 'MANUAL', category: 'EXPORT' })
      expect(manual.length).toBeGreaterThan(0)
      expect(manual.every((j) => j.type?.value === 'MANUAL' && j.category?.value === 'EXPORT')).toBe(true)
      expect(manual).toHaveLength(sim.jobs.filter((j) => j.type === 'MANUAL' && j.category === 'EXPORT').length)
      expect(sim.requests[0]!.url).toBe('/almaws/v1/conf/jobs?limit=100&offset=0&type=MANUAL&category=EXPORT')
    })

    test('listJobs by integration profile goes to Alma as profile_id (§2)', async () => {
      const { client } = makeClient(format)
      const profiled = sim.jobs.find((j) => j.relatedProfile)!
      const jobs = await client.listJobs({ profileId: profiled.relatedProfile })
      expect(jobs.map((j) => j.id)).toEqual([profiled.id])
      expect(sim.requests[0]!.url).toBe(`/almaws/v1/conf/jobs?limit=100&offset=0&profile_id=${profiled.relatedProfile}`)
    })

    test('an invalid filter is Alma 40166410, not retried', async () => {
      const { client } = makeClient(format)
      const error = await failure(client.listJobs({ category: 'NO_SUCH_CATEGORY' }))
      expect(error).toMatchObject({ kind: 'alma', status: 400, code: '40166410' })
      expect(sim.counts.listJobs).toBe(1)
    })

    test('§7.1: a one-job list is an array of one; §7.2: an empty list is []', async () => {
      const { client } = makeClient(format)
      sim.jobs = sim.jobs.filter((j) => j.id === K.exportThingsAndStuff)
      const [only, ...rest] = await client.listJobs()
      expect(rest).toEqual([])
      expect(only!.id).toBe(K.exportThingsAndStuff)
      sim.jobs = []
      expect(await client.listJobs()).toEqual([])
      expect(sim.counts.listJobs).toBe(2)
    })

    test('§7.3/§7.8/§7.9/§7.13: names exact, coded values, GET without parameters, keyless links', async () => {
      const { client } = makeClient(format)
      const jobs = await client.listJobs()
      expect(jobs.filter((j) => j.name === WELL_KNOWN_NAMES.exportBibRecords).map((j) => j.id)).toEqual([
        K.exportBibRecords,
        K.exportBibRecordsScheduled
      ])
      const stuff = await client.getJob(K.exportThingsAndStuff)
      expect(stuff).toMatchObject({
        id: K.exportThingsAndStuff,
        name: 'Export Things & Stuff',
        description: 'demo',
        type: { value: 'MANUAL', desc: 'Manual' },
        parameters: []
      })
      expect((await client.getJob(K.publishingToPrimo)).name).toBe('Publishing to "Primo"')
      const accented = await client.getJob(K.miseAJourExemplaires)
      expect(accented.name).toBe('Mise à jour des exemplaires')
      expect(accented.parameters).toEqual([
        { name: 'set_id', value: '7777000000001234' },
        { name: 'task_ChangePhysicalItemsParams_boolean', value: 'true' }
      ])
      for (const job of [stuff, accented, ...jobs]) expect(job.link ?? '').not.toContain(sim.apiKey)
    })

    test('§7.5: a scheduled job’s next_run without milliseconds is kept as sent', async () => {
      const { client } = makeClient(format)
      const job = await client.getJob(K.publishingToPrimo)
      expect(job.nextRun).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
      expect(job.relatedProfile?.value).toBe('6100230670000561')
      expect(job.schedule?.value).toBe('DAILY_0200')
    })

    test('unknown job: 402216 naming the job; bad id: 402215; neither retried', async () => {
      const { client } = makeClient(format)
      const unknown = await failure(client.getJob('M123'))
      expect(unknown.message).toMatch(/^402216: Invalid job id \(no job with id M123 in this institution\); tracking id E01-/)
      expect(unknown.trackingId).toMatch(/^E01-/)
      const bad = await failure(client.getJob('Export Things & Stuff'))
      expect(bad.code).toBe('402215')
      expect(sim.counts.getJob).toBe(2)
    })

    test('runJob: one POST, the instance id exact as a string (§7.4, §7.6), then getInstance', async () => {
      const { client } = makeClient(format)
      const run = await client.runJob(K.exportThingsAndStuff, [])
      const [created] = sim.instances(K.exportThingsAndStuff)
      expect(sim.counts.runJob).toBe(1)
      expect(run).toMatchObject({
        instanceId: created!.id,
        reconciled: false,
        job: { id: K.exportThingsAndStuff, name: 'Export Things & Stuff' }
      })
      expect(run.instanceId).toMatch(/^\d{16}$/)
      expect(run.instanceLink).toBe(`${sim.url}/conf/jobs/${K.exportThingsAndStuff}/instances/${created!.id}`)
      expect(run.message).toMatch(new RegExp(`^Job no\\. ${created!.id} triggered on `))
      const instance = await client.getInstance(K.exportThingsAndStuff, run.instanceId)
      expect(instance).toMatchObject({
        id: created!.id,
        submittedBy: { value: 'exl_api' },
        jobInfo: { id: K.exportThingsAndStuff }
      })
      expect(['QUEUED', 'PENDING', 'INITIALIZING', 'RUNNING']).toContain(instance.status.value)
    })

    test('runJob sends the parameters; a missing mandatory one is 402228, one POST', async () => {
      const { client } = makeClient(format)
      const missing = await failure(client.runJob(K.exportPhysicalItems, []))
      expect(missing.code).toBe('402228')
      expect(missing.message).toMatch(/Run a job wizard/)
      const empty = await failure(client.runJob(K.exportPhysicalItems, [{ name: 'set_id', value: ' ' }]))
      expect(empty.code).toBe('402229')
      const parameters = [
        { name: 'set_id', value: '7777000000001234' },
        { name: 'job_name', value: 'Items & "things" <à jour>' }
      ]
      await client.runJob(K.exportPhysicalItems, parameters)
      expect(sim.counts.runJob).toBe(3)
      expect(sim.instances(K.exportPhysicalItems).map((i) => i.parameters)).toEqual([parameters])
    })

    test('a scheduled job of a category Alma will not submit is 402248', async () => {
      const { client } = makeClient(format)
      expect((await failure(client.runJob(K.courtesyNotices, []))).code).toBe('402248')
      expect(sim.counts.runJob).toBe(1)
    })

    test('job throttle: the 6th run in an hour is 402223, explained, never retried', async () => {
      const { client } = makeClient(format)
      sim.setTimeline(K.exportThingsAndStuff, { queuedMs: 0, initializingMs: 0, runningMs: 0, end: 'COMPLETED_SUCCESS' })
      for (let i = 0; i < 5; i++) await client.runJob(K.exportThingsAndStuff, [])
      const error = await failure(client.runJob(K.exportThingsAndStuff, []))
      expect(error.code).toBe('402223')
      expect(error.message).toMatch(/at most 5 times per hour/)
      expect(sim.counts.runJob).toBe(6)
      expect(sim.instances(K.exportThingsAndStuff)).toHaveLength(5)
    })

    test('job throttle: a 4th concurrent API run is 402222', async () => {
      const { client } = makeClient(format)
      for (const id of [K.exportThingsAndStuff, K.exportBibRecords, K.updateNotifyUsers]) await client.runJob(id, [])
      const error = await failure(client.runJob(K.recalculateWorkOrders, []))
      expect(error.code).toBe('402222')
      expect(error.message).toMatch(/3 API-started jobs/)
      expect(sim.counts.runJob).toBe(4)
    })

    test('listInstances: all runs in one call, newest first, filters sent by their Alma names', async () => {
      const { client } = makeClient(format)
      const all = await client.listInstances(K.publishingToPrimo)
      expect(all).toHaveLength(25)
      expect(new Set(all.map((i) => i.id)).size).toBe(25)
      expect(all.every((i) => /^\d{16}$/.test(i.id))).toBe(true)
      const from = all[2]!.submitTime!.slice(0, 10)
      const to = all[1]!.submitTime!.slice(0, 10)
      const some = await client.listInstances(K.publishingToPrimo, { from, to, status: 'COMPLETED_SUCCESS' })
      expect(some.map((i) => i.id)).toEqual(
        all
          .slice(1, 3)
          .filter((i) => i.status.value === 'COMPLETED_SUCCESS')
          .map((i) => i.id)
      )
      expect(sim.requests.at(-1)!.url).toBe(
        `/almaws/v1/conf/jobs/${K.publishingToPrimo}/instances?limit=100&offset=0&submit_date_from=${from}&submit_date_to=${to}&status=COMPLETED_SUCCESS`
      )
      expect(sim.counts.listInstances).toBe(2)
      expect(await client.listInstances(K.exportThingsAndStuff)).toEqual([])
    })

    test('§7.1: a finished instance with one counter and one alert has arrays of one', async () => {
      const { client } = makeClient(format)
      sim.setTimeline(K.exportThingsAndStuff, {
        queuedMs: 0,
        initializingMs: 0,
        runningMs: 0,
        end: 'COMPLETED_WARNING',
        counters: [{ type: 'label.updated.records', desc: 'Updated Records', value: '42' }],
        alerts: [{ code: 'alert_general_warning', desc: 'Completed with warnings' }]
      })
      const run = await client.runJob(K.exportThingsAndStuff, [])
      await new Promise((resolve) => setTimeout(resolve, 20))
      const instance = await client.getInstance(K.exportThingsAndStuff, run.instanceId)
      expect(instance.status).toEqual({ value: 'COMPLETED_WARNING', desc: STATUS_DESCRIPTIONS.COMPLETED_WARNING })
      expect(instance.counters).toEqual([{ type: { value: 'label.updated.records', desc: 'Updated Records' }, value: '42' }])
      expect(instance.alerts).toEqual([{ value: 'alert_general_warning', desc: 'Completed with warnings' }])
      expect(instance.statusDate).toMatch(/^\d{4}-\d\d-\d\dZ$/)
      expect(instance.endTime).toMatch(/Z$/)
    })

    test('getStatusTable: the 14 codes of §4 with their descriptions', async () => {
      const { client } = makeClient(format)
      const rows = await client.getStatusTable()
      expect(Object.fromEntries(rows.map((r) => [r.code, r.description]))).toEqual(STATUS_DESCRIPTIONS)
      expect(rows.every((r) => r.enabled === true && r.default === false)).toBe(true)
      expect(sim.counts.statusTable).toBe(1)
    })

    test('the key travels only in the header: never in a URL, event or error', async () => {
      const { client, events } = makeClient(format)
      await client.listJobs()
      await client.runJob(K.exportThingsAndStuff, [])
      await failure(client.getJob('M1'))
      expect(sim.requests.every((r) => r.keyVia === 'header' && !r.url.includes(sim.apiKey))).toBe(true)
      expect(JSON.stringify(events)).not.toContain(sim.apiKey)
      expect(events.filter((e) => e.type === 'request')).toHaveLength(client.requestCount)
    })
  })

  describe('faults', () => {
    test.each(['asked', 'xml'] as const)(
      'unknown key: UNAUTHORIZED (body format %s), one call, not retried',
      async (unauthorizedFormat) => {
        sim.faults.unauthorizedFormat = unauthorizedFormat
        const { client } = makeClient(format, { apiKey: 'l7xx00000000000000000000000000000000' })
        const error = await failure(client.listJobs())
        expect(error.message).toMatch(
          /^UNAUTHORIZED: API-key not defined or not configured to allow this API \(the key needs the Configuration area for this environment: read-only to read, read\/write to run a job\); tracking id E01-/
        )
        expect(error.status).toBe(400)
        expect(sim.counts.total).toBe(1)
      }
    )

    test('a read-only key cannot run: UNAUTHORIZED, one POST, no instance', async () => {
      const { client } = makeClient(format, { apiKey: sim.keys.readOnly })
      expect((await failure(client.runJob(K.exportThingsAndStuff, []))).code).toBe('UNAUTHORIZED')
      expect(sim.counts.runJob).toBe(1)
      expect(sim.instances()).toHaveLength(0)
    })

    test('429 burst: GETs retried, counts include the refusals', async () => {
      const { client, of } = makeClient(format)
      sim.faults.rateLimitNext = 2
      expect(await client.listJobs()).toHaveLength(237)
      expect(sim.counts.listJobs).toBe(5)
      expect(of('retry').map((e) => e.reason)).toEqual(['HTTP 429 PER_SECOND_THRESHOLD', 'HTTP 429 PER_SECOND_THRESHOLD'])
    })

    test('429 on the run POST: retried, and exactly one instance exists', async () => {
      const { client, of } = makeClient(format)
      sim.faults.rateLimitNext = 2
      const run = await client.runJob(K.exportThingsAndStuff, [])
      expect(sim.counts.runJob).toBe(3)
      expect(sim.instances().map((i) => i.id)).toEqual([run.instanceId])
      expect(of('retry').every((e) => e.method === 'POST')).toBe(true)
    })

    test('Retry-After on 429 is honoured', async () => {
      const { client, sleeps } = makeClient(format)
      sim.faults.rateLimitNext = 1
      sim.faults.retryAfterSeconds = 2
      await client.getJob(K.exportThingsAndStuff)
      expect(sleeps).toEqual([2000])
    })

    test('a steady 429 on every 2nd request still yields the whole list', async () => {
      const { client, of } = makeClient(format)
      sim.faults.rateLimitEvery = 2
      expect(await client.listJobs()).toHaveLength(237)
      expect(sim.counts.listJobs).toBe(3 + of('retry').length)
      expect(of('retry').length).toBeGreaterThanOrEqual(1)
    })

    test('daily quota used up: one call, not retried, explained', async () => {
      const { client } = makeClient(format)
      sim.faults.dailyQuotaExceeded = true
      const error = await failure(client.listJobs())
      expect(error).toMatchObject({ status: 429, code: 'DAILY_THRESHOLD' })
      expect(error.message).toMatch(/retrying today will not help/)
      expect(sim.counts.total).toBe(1)
    })

    test('daily quota on the run POST: one POST, no instance', async () => {
      const { client } = makeClient(format)
      sim.faults.dailyQuotaExceeded = true
      expect((await failure(client.runJob(K.exportThingsAndStuff, []))).code).toBe('DAILY_THRESHOLD')
      expect(sim.counts.runJob).toBe(1)
    })

    test('5xx with Alma XML: GET retried', async () => {
      const { client, of } = makeClient(format)
      sim.faults.serverErrorNext = 2
      expect((await client.getJob(K.exportThingsAndStuff)).id).toBe(K.exportThingsAndStuff)
      expect(sim.counts.getJob).toBe(3)
      expect(of('retry').map((e) => e.reason)).toEqual(['HTTP 503 ROUTING_ERROR', 'HTTP 503 ROUTING_ERROR'])
    })

    test('HTML 503 gateway page: GET retried, and when it persists a readable error', async () => {
      const { client } = makeClient(format, { maxAttempts: 3 })
      sim.faults.serverErrorHtml = true
      sim.faults.serverErrorNext = 1
      expect(await client.getStatusTable()).toHaveLength(14)
      expect(sim.counts.statusTable).toBe(2)
      sim.faults.serverErrorNext = 3
      const error = await failure(client.getStatusTable())
      expect(error.message).toBe(
        'HTTP 503 from Alma on GET /conf/code-tables/systemJobStatus (gateway page: "503 Service Unavailable") (gave up after 3 attempts)'
      )
      expect(sim.counts.statusTable).toBe(5)
    })

    test('5xx on the run POST: not resent; nothing was created, so run-unknown', async () => {
      const { client } = makeClient(format)
      sim.faults.serverErrorNext = 1
      const error = await failure(client.runJob(K.exportThingsAndStuff, []))
      expect(error).toMatchObject({ kind: 'run-unknown', status: 503 })
      expect(sim.counts.runJob).toBe(1)
      expect(sim.instances()).toHaveLength(0)
    })

    test('connection dropped after the run was created: one POST, exactly one instance, adopted', async () => {
      const { client, of } = makeClient(format)
      sim.faults.dropAfterRunNext = 1
      const run = await client.runJob(K.exportThingsAndStuff, [])
      const created = sim.instances()
      expect(created).toHaveLength(1)
      expect(run).toMatchObject({
        instanceId: created[0]!.id,
        reconciled: true,
        job: { id: K.exportThingsAndStuff, name: 'Export Things & Stuff' }
      })
      expect(sim.counts.runJob).toBe(1)
      expect(sim.counts.listInstances).toBe(1)
      const submitted = new Date(created[0]!.submittedAt).toISOString()
      expect(
        of('reconcile')
          .map((e) => e.message)
          .at(-1)
      ).toMatch(
        new RegExp(
          `^Adopted instance ${created[0]!.id} of job ${K.exportThingsAndStuff} \\(submitted ${submitted}, \\d+\\.\\d s after the run was sent\\)$`
        )
      )
    })

    test('dropped, and the instance only shows up late (§7.12): later looks adopt it', async () => {
      const { client } = makeClient(format)
      sim.faults.dropAfterRunNext = 1
      sim.faults.unknownInstanceMs = 150 // hidden from lists for 150 ms; looks come at 0, 100, 250 ms
      const run = await client.runJob(K.exportThingsAndStuff, [])
      expect(run.reconciled).toBe(true)
      expect(sim.instances().map((i) => i.id)).toEqual([run.instanceId])
      expect(sim.counts.listInstances).toBeGreaterThanOrEqual(2)
      expect(sim.counts.runJob).toBe(1)
    })

    test('reset before anything was created: not resent, run-unknown, and no instance', async () => {
      const { client, of } = makeClient(format)
      sim.faults.resetBeforeRunNext = 1
      const error = await failure(client.runJob(K.exportThingsAndStuff, []))
      expect(error.kind).toBe('run-unknown')
      expect(error.message).toMatch(/may or may not have started/)
      expect(error.message).toContain(`\`instances\` command for job ${K.exportThingsAndStuff} since `)
      expect(sim.counts.runJob).toBe(1)
      expect(sim.counts.listInstances).toBe(4)
      expect(sim.instances()).toHaveLength(0)
      expect(of('reconcile')).toHaveLength(2)
    })

    test('truncated answer: a GET is retried', async () => {
      const { client } = makeClient(format)
      sim.faults.truncateNext = 1
      expect((await client.getJob(K.publishingToPrimo)).name).toBe('Publishing to "Primo"')
      expect(sim.counts.getJob).toBe(2)
    })

    test('truncated list page: retried, the list still whole and single', async () => {
      const { client } = makeClient(format)
      sim.faults.truncateNext = 1
      const jobs = await client.listJobs()
      expect(jobs).toHaveLength(237)
      expect(sim.counts.listJobs).toBe(4)
    })

    test('truncated answer to the run POST: not resent, the one instance adopted', async () => {
      const { client } = makeClient(format)
      sim.faults.truncateNext = 1
      const run = await client.runJob(K.exportThingsAndStuff, [])
      expect(run.reconciled).toBe(true)
      expect(sim.instances().map((i) => i.id)).toEqual([run.instanceId])
      expect(sim.counts.runJob).toBe(1)
    })

    test('error bodies in XML though JSON was asked (§7.10): still parsed', async () => {
      const { client } = makeClient(format)
      sim.faults.xmlErrors = true
      const error = await failure(client.getInstance(K.exportThingsAndStuff, '1234567890123456'))
      expect(error).toMatchObject({ code: '402218', status: 400 })
      expect(error.almaMessage).toBe('Invalid job instance id.')
    })

    test('402218 right after a run surfaces as its code, not retried (the wait loop decides)', async () => {
      const { client } = makeClient(format)
      sim.faults.unknownInstanceMs = 60_000
      const run = await client.runJob(K.exportThingsAndStuff, [])
      const error = await failure(client.getInstance(K.exportThingsAndStuff, run.instanceId))
      expect(error.code).toBe('402218')
      expect(error.message).toContain(`no instance ${run.instanceId} of job ${K.exportThingsAndStuff}`)
      expect(sim.counts.getInstance).toBe(1)
    })

    test('X-Exl-Api-Remaining: tracked, quota-low once below the threshold', async () => {
      const { client, of } = makeClient(format, { quotaWarnBelow: 1000 })
      sim.faults.remainingStart = 1002
      await client.listJobs()
      expect(client.remaining).toBe(1000)
      expect(of('quota-low')).toEqual([])
      await client.getJob(K.exportThingsAndStuff)
      await client.getJob(K.exportThingsAndStuff)
      expect(client.remaining).toBe(998)
      expect(of('quota-low')).toEqual([{ type: 'quota-low', remaining: 999, threshold: 1000 }])
      expect(client.requestCount).toBe(5)
    })

    test('latency beyond the per-request timeout: GET retried, then a timeout error', async () => {
      const { client } = makeClient(format, { requestTimeoutMs: 100, maxAttempts: 2 })
      sim.faults.latencyMs = 300
      const error = await failure(client.getJob(K.exportThingsAndStuff))
      expect(error.kind).toBe('timeout')
      expect(sim.counts.getJob).toBe(2)
    })

    test('no answer in time to the run POST: not resent; the instance made meanwhile is adopted', async () => {
      const { client } = makeClient(format, {
        requestTimeoutMs: 100,
        // The slow spell ends once the client starts looking for the instance.
        onEvent: (event) => {
          if (event.type === 'reconcile') sim.faults.latencyMs = 0
        }
      })
      sim.faults.latencyMs = 200
      const run = await client.runJob(K.exportThingsAndStuff, [])
      expect(run.reconciled).toBe(true)
      expect(sim.instances().map((i) => i.id)).toEqual([run.instanceId])
      expect(sim.counts.runJob).toBe(1)
    })
  })
  describe('real shapes read tolerantly (§7.16, §7.17, §7.19)', () => {
    test('the open points in their other readings do not trip the client', async () => {
      const { client } = makeClient(format)
      Object.assign(sim.faults, { countersWhenNone: 'empty', startTimeWhileQueued: true, endTimeOnManualHandling: true })
      sim.setTimeline(K.exportThingsAndStuff, { queuedMs: 60_000, initializingMs: 0, runningMs: 0, end: 'COMPLETED_SUCCESS' })
      const queued = await client.runJob(K.exportThingsAndStuff, [])
      const waiting = await client.getInstance(K.exportThingsAndStuff, queued.instanceId)
      expect(waiting.status.value).toBe('QUEUED')
      expect(waiting.startTime).toBe(waiting.submitTime)
      sim.setTimeline(K.exportThingsAndStuff, { queuedMs: 0, initializingMs: 0, runningMs: 0, end: 'MANUAL_HANDLING_REQUIRED' })
      const paused = await client.runJob(K.exportThingsAndStuff, [])
      await new Promise((resolve) => setTimeout(resolve, 10))
      const instance = await client.getInstance(K.exportThingsAndStuff, paused.instanceId)
      expect(instance).toMatchObject({ status: { value: 'MANUAL_HANDLING_REQUIRED' }, counters: [] })
      expect(instance.endTime).toMatch(/Z$/)
    })

    test('a success with failed records (failedRecords) reads as a success with its failed counter', async () => {
      const { client } = makeClient(format)
      sim.setTimeline(K.exportThingsAndStuff, {
        queuedMs: 0,
        initializingMs: 0,
        runningMs: 0,
        end: 'COMPLETED_SUCCESS',
        failedRecords: 2
      })
      const run = await client.runJob(K.exportThingsAndStuff, [])
      await new Promise((resolve) => setTimeout(resolve, 10))
      const instance = await client.getInstance(K.exportThingsAndStuff, run.instanceId)
      expect(instance.status.value).toBe('COMPLETED_SUCCESS')
      expect(instance.counters).toContainEqual({ type: { value: 'label.failed.records', desc: 'Failed Records' }, value: '2' })
    })

    test('bare <jobs/> and <job_instances/> (JSON: only the count) are empty lists', async () => {
      const alma = await fixedAlma({
        '/conf/jobs': { json: '{"total_record_count":0}', xml: '<jobs/>' },
        '/conf/jobs/M1/instances': { json: '{"total_record_count":0}', xml: '<job_instances></job_instances>' }
      })
      try {
        const { client } = makeClient(format, { baseUrl: alma.url })
        expect(await client.listJobs()).toEqual([])
        expect(await client.listInstances('M1')).toEqual([])
      } finally {
        await alma.close()
      }
    })

    test('Ex Libris’s sample instance, "action": ["string"] and all, reads; its counters are kept', async () => {
      const list = {
        json: `{"total_record_count":1,"job_instance":[${SAMPLE.json}]}`,
        xml: `<job_instances total_record_count="1">${SAMPLE.xml}</job_instances>`
      }
      const alma = await fixedAlma({ [`/conf/jobs/M50173/instances/${SAMPLE_ID}`]: SAMPLE, '/conf/jobs/M50173/instances': list })
      try {
        const { client } = makeClient(format, { baseUrl: alma.url })
        const instance = await client.getInstance('M50173', SAMPLE_ID)
        expect(instance).toMatchObject({ id: SAMPLE_ID, status: { value: 'COMPLETED_SUCCESS' }, actions: [] })
        expect(instance.counters).toEqual([
          { type: { value: 'import_research_assets_files.asset_failed', desc: 'Number of assets failed' }, value: '1' }
        ])
        expect((await client.listInstances('M50173')).map((i) => i.actions)).toEqual([[]])
      } finally {
        await alma.close()
      }
    })

    // Needs client.ts to pass parse.ts's notes on (toInstance(data, notes), Page.notes) as it does Page.skipped.
    test('the left-out action is said at debug level (skipped-item), for one instance and in a list', async () => {
      const list = {
        json: `{"total_record_count":1,"job_instance":[${SAMPLE.json}]}`,
        xml: `<job_instances total_record_count="1">${SAMPLE.xml}</job_instances>`
      }
      const alma = await fixedAlma({ [`/conf/jobs/M50173/instances/${SAMPLE_ID}`]: SAMPLE, '/conf/jobs/M50173/instances': list })
      try {
        const { client, of } = makeClient(format, { baseUrl: alma.url })
        await client.getInstance('M50173', SAMPLE_ID)
        await client.listInstances('M50173')
        expect(of('skipped-item').map((e) => e.message)).toEqual([
          `Left out of /conf/jobs/M50173/instances/${SAMPLE_ID}: action 1 of 1 of instance ${SAMPLE_ID} (a string, not an action)`,
          `Left out of /conf/jobs/M50173/instances?limit=100&offset=0: action 1 of 1 of instance ${SAMPLE_ID} (a string, not an action)`
        ])
      } finally {
        await alma.close()
      }
    })
  })
})
