// The simulator's run histories over plain HTTP, for `check`: the seeded history jobs look as
// their names say, addRun records a run in a given state, and the instance list filters by
// submit day, status and page, newest first (alma-api.md §2, §3.4, §4).
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  HISTORY_CATEGORIES,
  HISTORY_JOBS as H,
  HISTORY_NAMES,
  startSimulator,
  type SimJob,
  type Simulator
} from '../sim/index.js'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

let sim: Simulator
/** Date.now() just before and just after the simulator started: its history counts back from in between. */
let startedFrom = 0
let startedBy = 0

beforeAll(async () => {
  startedFrom = Date.now()
  sim = await startSimulator({ jobCount: 60 })
  startedBy = Date.now()
})
afterAll(async () => {
  await sim?.close()
})

interface Instance {
  id: string
  submit_time: string
  start_time?: string
  end_time?: string
  progress: number
  status: { value: string; desc: string }
  submitted_by: { value: string }
  counter?: { type: { value: string; desc: string }; value: string }[]
  alert?: { value: string; desc: string }[]
  job_info: { id: string }
}
interface InstanceList {
  total_record_count: number
  job_instance?: Instance[]
}

async function get<T = Record<string, unknown>>(path: string, key = sim.apiKey): Promise<{ status: number; json: T }> {
  const res = await fetch(sim.url + path, { headers: { Authorization: `apikey ${key}`, Accept: 'application/json' } })
  return { status: res.status, json: (await res.json()) as T }
}

/** Every run of a job, newest first, from one page of up to 100. */
async function runsOf(jobId: string, query = '', key = sim.apiKey): Promise<Instance[]> {
  const { status, json } = await get<InstanceList>(`/conf/jobs/${jobId}/instances?limit=100${query}`, key)
  expect(status).toBe(200)
  return json.job_instance ?? []
}

const at = (iso: string | undefined) => (iso === undefined ? Number.NaN : Date.parse(iso))
/** How long before the simulator's start a time was, within the few ms the start took. */
const agoAtStart = (iso: string | undefined) => startedBy - at(iso)
const statuses = (runs: Instance[]) => runs.map((run) => run.status.value)
const errorCode = (json: unknown) => (json as { errorList: { error: { errorCode: string }[] } }).errorList.error[0]!.errorCode

function expectApart(runs: Instance[], everyMs: number): void {
  for (let i = 1; i < runs.length; i++) {
    expect(at(runs[i - 1]!.submit_time) - at(runs[i]!.submit_time)).toBe(everyMs)
  }
}

describe('seeded history jobs', () => {
  test('are scheduled jobs with the well-known ids, names, categories and profiles; two or more are PUBLISHING', async () => {
    for (const role of Object.keys(H) as (keyof typeof H)[]) {
      const { status, json } = await get<{ name: string; type: { value: string }; category: { value: string } }>(
        `/conf/jobs/${H[role]}`
      )
      expect(status).toBe(200)
      expect(json).toMatchObject({
        name: HISTORY_NAMES[role],
        type: { value: 'SCHEDULED' },
        category: { value: HISTORY_CATEGORIES[role].category }
      })
      const profile = sim.jobs.find((job) => job.id === H[role])!.relatedProfile!
      const byProfile = await get<{ job: { id: string }[] }>(`/conf/jobs?profile_id=${profile}`)
      expect(byProfile.json.job.map((job) => job.id)).toEqual([H[role]])
    }
    const publishing = await get<{ job: { id: string }[] }>('/conf/jobs?category=PUBLISHING&limit=100')
    const ids = publishing.json.job.map((job) => job.id)
    expect(ids).toEqual(expect.arrayContaining([H.dailyPublishing, H.failedLastNight]))
    expect(Object.values(H).filter((id) => ids.includes(id)).length).toBeGreaterThanOrEqual(2)
  })

  test('dailyPublishing: a run a day for 7 days, the newest 4 h before the start, all COMPLETED_SUCCESS with counters', async () => {
    const runs = await runsOf(H.dailyPublishing)
    expect(runs).toHaveLength(7)
    expect(new Set(statuses(runs))).toEqual(new Set(['COMPLETED_SUCCESS']))
    expectApart(runs, DAY)
    expect(agoAtStart(runs[0]!.submit_time)).toBeGreaterThanOrEqual(4 * HOUR)
    expect(agoAtStart(runs[0]!.submit_time)).toBeLessThan(4 * HOUR + (startedBy - startedFrom) + 1)
    for (const run of runs) {
      expect(run.submitted_by.value).toBe('System')
      expect(run.progress).toBe(100)
      expect(at(run.start_time)).toBeGreaterThan(at(run.submit_time))
      expect(at(run.end_time)).toBeGreaterThan(at(run.start_time))
      expect(at(run.end_time)).toBeLessThan(startedFrom)
      expect(run.counter?.map((c) => c.type.value)).toContain('label.new.records')
    }
  })

  test('hourlyImport: a run an hour for 2 days, the newest 10 min before the start, all COMPLETED_SUCCESS', async () => {
    const runs = await runsOf(H.hourlyImport)
    expect(runs).toHaveLength(48)
    expect(new Set(statuses(runs))).toEqual(new Set(['COMPLETED_SUCCESS']))
    expectApart(runs, HOUR)
    expect(Math.round(agoAtStart(runs[0]!.submit_time) / MINUTE)).toBe(10)
    expect(agoAtStart(runs.at(-1)!.submit_time)).toBeLessThan(2 * DAY)
    expect(at(runs[0]!.end_time)).toBeLessThan(startedFrom)
  })

  test('failedLastNight: the newest run COMPLETED_FAILED 8 h before the start, the 6 before it fine', async () => {
    const runs = await runsOf(H.failedLastNight)
    expect(statuses(runs)).toEqual(['COMPLETED_FAILED', ...Array(6).fill('COMPLETED_SUCCESS')])
    const ago = agoAtStart(runs[0]!.submit_time)
    expect(ago).toBeGreaterThanOrEqual(6 * HOUR)
    expect(ago).toBeLessThanOrEqual(10 * HOUR)
    expect(runs[0]!.end_time).toBeDefined()
    expect(runs[0]!.alert?.map((a) => a.value)).toEqual(['alert_general_error'])
    expect(runs[0]!.progress).toBeLessThan(100)
    expectApart(runs, DAY)
  })

  test('stoppedRunning: daily COMPLETED_SUCCESS runs until 4 days before the start, none since', async () => {
    const runs = await runsOf(H.stoppedRunning)
    expect(runs).toHaveLength(7)
    expect(new Set(statuses(runs))).toEqual(new Set(['COMPLETED_SUCCESS']))
    expect(agoAtStart(runs[0]!.submit_time)).toBeGreaterThanOrEqual(4 * DAY)
    expect(agoAtStart(runs[0]!.submit_time)).toBeLessThan(5 * DAY)
    expectApart(runs, DAY)
    const lately = new Date(startedFrom - 3 * DAY).toISOString().slice(0, 10)
    expect(await runsOf(H.stoppedRunning, `&submit_date_from=${lately}`)).toEqual([])
  })

  test('stuckForADay: the newest run RUNNING since about 26 h before the start, no end_time, and it stays so', async () => {
    const runs = await runsOf(H.stuckForADay)
    expect(statuses(runs)).toEqual(['RUNNING', ...Array(5).fill('COMPLETED_SUCCESS')])
    const stuck = runs[0]!
    expect(stuck).not.toHaveProperty('end_time')
    expect(stuck.progress).toBe(37)
    expect(stuck.counter).toBeUndefined()
    const startedAgo = agoAtStart(stuck.start_time)
    expect(startedAgo).toBeGreaterThan(25 * HOUR)
    expect(startedAgo).toBeLessThan(27 * HOUR)
    expect(agoAtStart(runs[1]!.submit_time)).toBeGreaterThanOrEqual(50 * HOUR)
    const again = await get<Instance>(`/conf/jobs/${H.stuckForADay}/instances/${stuck.id}`)
    expect(again.json).toMatchObject({ status: { value: 'RUNNING' }, progress: 37, start_time: stuck.start_time })
    expect(again.json.end_time).toBeUndefined()
  })

  test('failedThenFixed: every 6 h for 2 days; the newest fine, one FAILED in the last 24 h', async () => {
    const runs = await runsOf(H.failedThenFixed)
    expect(runs).toHaveLength(8)
    expectApart(runs, 6 * HOUR)
    expect(runs[0]!.status.value).toBe('COMPLETED_SUCCESS')
    expect(Math.round(agoAtStart(runs[0]!.submit_time) / HOUR)).toBe(1)
    const lastDay = runs.filter((run) => agoAtStart(run.submit_time) < DAY)
    expect(statuses(lastDay)).toEqual(['COMPLETED_SUCCESS', 'COMPLETED_SUCCESS', 'FAILED', 'COMPLETED_SUCCESS'])
    expect(statuses(runs).filter((status) => status !== 'COMPLETED_SUCCESS')).toEqual(['FAILED'])
    expect(lastDay[2]!.progress).toBe(0)
  })

  test('the production key sees a history of its own, the same shape; the same seed gives the same durations', async () => {
    for (const id of Object.values(H)) {
      const sandbox = await runsOf(id)
      const production = await runsOf(id, '', sim.keys.production)
      expect(statuses(production)).toEqual(statuses(sandbox))
      expect(production.map((run) => run.id)).not.toEqual(sandbox.map((run) => run.id))
    }
    const durations = async (other: Simulator) => {
      const runs = await fetch(`${other.url}/conf/jobs/${H.dailyPublishing}/instances?limit=100`, {
        headers: { Authorization: `apikey ${other.apiKey}`, Accept: 'application/json' }
      }).then((res) => res.json() as Promise<InstanceList>)
      return runs.job_instance!.map((run) => at(run.end_time) - at(run.submit_time))
    }
    const [same, different] = await Promise.all([startSimulator({ jobCount: 20 }), startSimulator({ jobCount: 20, seed: 2 })])
    try {
      const mine = await durations(sim)
      expect(await durations(same)).toEqual(mine)
      expect(await durations(different)).not.toEqual(mine)
    } finally {
      await Promise.all([same.close(), different.close()])
    }
  })
})

describe('addRun', () => {
  let job: SimJob
  beforeAll(() => {
    job = sim.addJob({ name: 'History: addRun', type: 'SCHEDULED', category: 'PUBLISHING' })
  })

  test('a finished run with given times, status and counters: in the list and on GET, as given', async () => {
    const submittedAt = Date.parse('2026-11-30T02:00:00.000Z')
    const counters = [{ type: 'label.failed.records', desc: 'Failed Records', value: '12' }]
    const run = sim.addRun(job.id, {
      submittedAt,
      startedAt: submittedAt + 1000,
      endedAt: submittedAt + 90_000,
      status: 'COMPLETED_WARNING',
      progress: 100,
      counters
    })
    expect(run.id).toMatch(/^\d{16}$/)
    const got = await get<Instance>(`/conf/jobs/${job.id}/instances/${run.id}`)
    expect(got.status).toBe(200)
    expect(got.json).toMatchObject({
      id: run.id,
      submit_time: '2026-11-30T02:00:00.000Z',
      start_time: '2026-11-30T02:00:01.000Z',
      end_time: '2026-11-30T02:01:30.000Z',
      progress: 100,
      status: { value: 'COMPLETED_WARNING', desc: 'Completed with Warnings' },
      submitted_by: { value: 'System' },
      counter: [{ type: { value: 'label.failed.records', desc: 'Failed Records' }, value: '12' }],
      job_info: { id: job.id }
    })
    expect((await runsOf(job.id)).map((instance) => instance.id)).toContain(run.id)
    expect(sim.instances(job.id)).toEqual([]) // not a run started through the API
  })

  test('a run still going has no end_time and stays in its state; defaults fill the rest', async () => {
    const submittedAt = Date.now() - 3 * HOUR
    const running = sim.addRun(job.id, { submittedAt, status: 'RUNNING' })
    const queued = sim.addRun(job.id, { submittedAt: submittedAt + 1, status: 'QUEUED' })
    const failed = sim.addRun(job.id, { submittedAt: submittedAt + 2, status: 'FAILED' })
    const going = (await get<Instance>(`/conf/jobs/${job.id}/instances/${running.id}`)).json
    expect(going).toMatchObject({
      status: { value: 'RUNNING' },
      progress: 50,
      start_time: new Date(submittedAt + 30_000).toISOString()
    })
    expect(going).not.toHaveProperty('end_time')
    expect(going).not.toHaveProperty('counter')
    const waiting = (await get<Instance>(`/conf/jobs/${job.id}/instances/${queued.id}`)).json
    expect(waiting).toMatchObject({ status: { value: 'QUEUED' }, progress: 0 })
    expect(waiting).not.toHaveProperty('start_time')
    expect(waiting).not.toHaveProperty('end_time')
    const ended = (await get<Instance>(`/conf/jobs/${job.id}/instances/${failed.id}`)).json
    expect(ended).toMatchObject({
      status: { value: 'FAILED' },
      progress: 0,
      end_time: new Date(submittedAt + 2 + 30_000 + 5 * MINUTE).toISOString(),
      alert: [{ value: 'alert_general_failure' }]
    })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect((await get<Instance>(`/conf/jobs/${job.id}/instances/${running.id}`)).json).toMatchObject({
      status: { value: 'RUNNING' },
      progress: 50
    })
  })

  test('refuses what cannot be: an unknown job, an end on a run still going, times out of order', () => {
    const submittedAt = Date.now() - HOUR
    expect(() => sim.addRun('S0000000000000000', { submittedAt, status: 'COMPLETED_SUCCESS' })).toThrow(
      /no job S0000000000000000/
    )
    expect(() => sim.addRun(job.id, { submittedAt, endedAt: submittedAt + 1, status: 'RUNNING' })).toThrow(/has not ended/)
    expect(() => sim.addRun(job.id, { submittedAt, startedAt: submittedAt - 1, status: 'RUNNING' })).toThrow(/before submittedAt/)
    expect(() =>
      sim.addRun(job.id, { submittedAt, startedAt: submittedAt + 10, endedAt: submittedAt + 5, status: 'FAILED' })
    ).toThrow(/before the start/)
    expect(() => sim.addRun(job.id, { submittedAt: Number.NaN, status: 'FAILED' })).toThrow(/epoch milliseconds/)
    expect(() => sim.addRun(job.id, { submittedAt, status: 'COMPLETED_SUCCESS', progress: 101 })).toThrow(/whole percent/)
  })
})

describe('instance list: dates, status, paging, order (§2, §3.4)', () => {
  let job: SimJob
  const times = {
    dayBeforeLate: '2026-11-28T23:59:59.999Z',
    fromDayEarly: '2026-11-29T00:00:00.000Z',
    middle: '2026-11-29T12:00:00.000Z',
    toDayLate: '2026-11-30T23:59:59.000Z',
    dayAfterEarly: '2026-12-01T00:00:00.000Z'
  }
  const ids: Record<string, string> = {}
  beforeAll(() => {
    job = sim.addJob({ name: 'History: date edges', type: 'SCHEDULED', category: 'ERP' })
    // Added out of order on purpose: the list sorts by submit time, not by when a run was added.
    for (const name of ['middle', 'dayAfterEarly', 'dayBeforeLate', 'toDayLate', 'fromDayEarly'] as const) {
      const status = name === 'middle' ? 'COMPLETED_FAILED' : 'COMPLETED_SUCCESS'
      ids[name] = sim.addRun(job.id, { submittedAt: Date.parse(times[name]), status }).id
    }
  })
  const list = (query: string) => get<InstanceList>(`/conf/jobs/${job.id}/instances?${query}`)
  const submitTimes = (json: InstanceList) => (json.job_instance ?? []).map((run) => run.submit_time)

  test('newest submit first, whatever order the runs were added in', async () => {
    const { json } = await list('limit=100')
    expect(json.total_record_count).toBe(5)
    expect(submitTimes(json)).toEqual([
      times.dayAfterEarly,
      times.toDayLate,
      times.middle,
      times.fromDayEarly,
      times.dayBeforeLate
    ])
  })

  test('submit_date_to is inclusive: 23:59:59Z on that day is in, 00:00:00Z the next day is out', async () => {
    const { json } = await list('submit_date_to=2026-11-30&limit=100')
    expect(submitTimes(json)).toContain(times.toDayLate)
    expect(submitTimes(json)).not.toContain(times.dayAfterEarly)
    expect(json.total_record_count).toBe(4)
  })

  test('submit_date_from: 00:00:00Z on that day is in, 23:59:59.999Z the day before is out; both together', async () => {
    const from = await list('submit_date_from=2026-11-29&limit=100')
    expect(submitTimes(from.json)).toEqual([times.dayAfterEarly, times.toDayLate, times.middle, times.fromDayEarly])
    const both = await list('submit_date_from=2026-11-29&submit_date_to=2026-11-30&limit=100')
    expect(submitTimes(both.json)).toEqual([times.toDayLate, times.middle, times.fromDayEarly])
    const oneDay = await list('submit_date_from=2026-12-01&submit_date_to=2026-12-01')
    expect(oneDay.json.job_instance!.map((run) => run.id)).toEqual([ids.dayAfterEarly])
    const none = await list('submit_date_from=2026-12-01&submit_date_to=2026-11-30')
    expect(none.json).toEqual({ total_record_count: 0 })
  })

  test('status filters on the run status; with dates too', async () => {
    const failed = await list('status=COMPLETED_FAILED')
    expect(failed.json.total_record_count).toBe(1)
    expect(failed.json.job_instance!.map((run) => run.id)).toEqual([ids.middle])
    const fine = await list('status=COMPLETED_SUCCESS&submit_date_from=2026-11-29&submit_date_to=2026-11-30')
    expect(submitTimes(fine.json)).toEqual([times.toDayLate, times.fromDayEarly])
  })

  test('limit (default 10, at most 100) and offset page the filtered list; total_record_count counts it all', async () => {
    const first = await list('limit=2')
    const second = await list('limit=2&offset=2')
    const last = await list('limit=2&offset=4')
    expect([first, second, last].map((page) => page.json.total_record_count)).toEqual([5, 5, 5])
    expect([...submitTimes(first.json), ...submitTimes(second.json), ...submitTimes(last.json)]).toEqual(
      submitTimes((await list('limit=100')).json)
    )
    expect(await list('offset=5')).toMatchObject({ status: 200, json: { total_record_count: 5 } })
    expect((await list('limit=0')).json).toEqual({ total_record_count: 5 })
    const filtered = await list('submit_date_from=2026-11-29&limit=1&offset=1')
    expect(filtered.json.total_record_count).toBe(4)
    expect(submitTimes(filtered.json)).toEqual([times.toDayLate])
    const tooMany = await list('limit=101')
    expect([tooMany.status, errorCode(tooMany.json)]).toEqual([400, '40166410'])
    expect((await list('limit=100')).status).toBe(200)
  })

  test('a date that is not YYYY-MM-DD, or no such day, is 40166410', async () => {
    for (const bad of ['2026-11-30T00:00:00Z', '30/11/2026', '2026-02-30', '2026-13-01']) {
      const answer = await list(`submit_date_from=${encodeURIComponent(bad)}`)
      expect([answer.status, errorCode(answer.json)], bad).toEqual([400, '40166410'])
    }
  })
})
