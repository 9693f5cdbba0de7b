// Earlier runs' length as the wait's estimate: the median of one page of successful runs, asked
// once and only by waits that last, costing exactly one request and sparing more polls than that;
// against the simulator over HTTP too (how-it-works.md, Waiting).
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startSimulator, type Simulator } from '../sim/index.js'
import { jobTimeline, type JobTimeline } from '../sim/timelines.js'
import { AlmaClient } from '../src/alma/client.js'
import { AlmaError } from '../src/alma/errors.js'
import type { InstanceListFilter, JobInstance } from '../src/alma/types.js'
import { EXPECTED_DURATION_AFTER_MS, waitForInstance, type PollScheduleOptions } from '../src/alma/wait.js'
import { HISTORY_DAYS, HISTORY_RUNS, historyEstimate, typicalRunMs } from '../src/commands/history-estimate.js'
import { Inputs } from '../src/inputs.js'
import { Defaults, parseDuration } from '../src/settings.js'

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const T0 = Date.parse('2026-03-02T08:00:00.000Z')

const DEFAULTS: PollScheduleOptions = {
  pollIntervalMs: parseDuration(Inputs.pollInterval, Defaults.pollInterval),
  maxPollIntervalMs: parseDuration(Inputs.maxPollInterval, Defaults.maxPollInterval),
  timeoutMs: parseDuration(Inputs.timeout, Defaults.timeout)
}

function iso(ms: number): string {
  return new Date(ms).toISOString()
}

/** A run submitted at `submitMs` that took `lengthMs` to end as `status`. */
function run(id: string, lengthMs: number, status = 'COMPLETED_SUCCESS', submitMs = T0 - 86_400_000): JobInstance {
  return {
    id,
    status: { value: status },
    submitTime: iso(submitMs),
    startTime: iso(submitMs + 1000),
    endTime: iso(submitMs + lengthMs),
    progress: 100,
    alerts: [],
    counters: [],
    actions: []
  }
}

describe('typicalRunMs', () => {
  test('the median of submit→end, odd and even counts', () => {
    expect(typicalRunMs([run('1', 5 * MINUTE), run('2', 9 * MINUTE), run('3', 6 * MINUTE)], 'x')).toBe(6 * MINUTE)
    expect(typicalRunMs([run('1', 5 * MINUTE), run('2', 9 * MINUTE), run('3', 6 * MINUTE), run('4', 7 * MINUTE)], 'x')).toBe(
      6.5 * MINUTE
    )
  })

  test('one outlier does not move it as a mean would', () => {
    const runs = [run('1', 10 * MINUTE), run('2', 11 * MINUTE), run('3', 5 * HOUR)]
    expect(typicalRunMs(runs, 'x')).toBe(11 * MINUTE)
  })

  test('failed, aborted, warned and still-running runs are left out, and so is the current instance', () => {
    const runs = [
      run('1', 10 * MINUTE),
      run('2', 1 * SECOND, 'FAILED'),
      run('3', 2 * SECOND, 'USER_ABORTED'),
      run('4', 3 * SECOND, 'COMPLETED_NO_BULKS'),
      run('5', 4 * SECOND, 'RUNNING'),
      run('current', 1 * SECOND)
    ]
    expect(typicalRunMs(runs, 'current')).toBe(10 * MINUTE)
    expect(typicalRunMs([run('current', MINUTE)], 'current')).toBeUndefined()
    expect(typicalRunMs([], 'current')).toBeUndefined()
  })

  test('nonsense times are ignored: missing, unreadable, ending before the submit, longer than a week', () => {
    const good = run('good', 20 * MINUTE)
    const runs = [
      { ...run('a', MINUTE), endTime: undefined },
      { ...run('b', MINUTE), endTime: 'yesterday' },
      { ...run('c', MINUTE), submitTime: undefined, startTime: undefined },
      run('d', -5 * MINUTE),
      run('e', 0),
      run('f', 8 * 24 * HOUR),
      good
    ]
    expect(typicalRunMs(runs, 'x')).toBe(20 * MINUTE)
  })

  test('without a submit time, start→end', () => {
    const noSubmit = { ...run('1', 10 * MINUTE), submitTime: undefined }
    expect(typicalRunMs([noSubmit], 'x')).toBe(10 * MINUTE - SECOND)
  })

  test('bounded: a server that sends more than the page asked for is read to HISTORY_RUNS runs', () => {
    const runs = [
      ...Array.from({ length: HISTORY_RUNS }, (_, i) => run(`${i}`, MINUTE)),
      ...Array.from({ length: 50 }, (_, i) => run(`x${i}`, HOUR))
    ]
    expect(typicalRunMs(runs, 'none')).toBe(MINUTE)
  })
})

/** A JobsClient fake that answers the instance list and counts how it is called. */
function historyClient(answer: () => Promise<JobInstance[]>) {
  const calls: { jobId: string; filter: InstanceListFilter; options?: { limit?: number; signal?: AbortSignal } }[] = []
  return {
    calls,
    listInstances: async (jobId: string, filter: InstanceListFilter = {}, options?: { limit?: number; signal?: AbortSignal }) => {
      calls.push({ jobId, filter, options })
      return answer()
    }
  }
}

function quietLog() {
  const debug: string[] = []
  return { debug, log: { debug: (m: string) => debug.push(m), info: () => {}, warning: () => {} } }
}

describe('historyEstimate', () => {
  const signal = new AbortController().signal

  test('one page of at most HISTORY_RUNS successful runs of the last HISTORY_DAYS days; from a run just sent, the typical length', async () => {
    const client = historyClient(async () => [run('1', 30 * MINUTE), run('2', 40 * MINUTE), run('3', 50 * MINUTE)])
    const { log } = quietLog()
    const estimate = historyEstimate({ client: client as never, log }, 'M7', '99', T0, T0)
    expect(await estimate(undefined, { signal })).toBe(40 * MINUTE)
    expect(client.calls).toEqual([
      {
        jobId: 'M7',
        filter: { from: iso(T0 - HISTORY_DAYS * 86_400_000).slice(0, 10), status: 'COMPLETED_SUCCESS' },
        options: { limit: HISTORY_RUNS, signal }
      }
    ])
  })

  test('status: counted from the wait, the time the run had already been going is taken off', async () => {
    const client = historyClient(async () => [run('1', 40 * MINUTE)])
    const { log } = quietLog()
    const estimate = historyEstimate({ client: client as never, log }, 'M7', '99', T0)
    const current = { ...run('99', 0, 'RUNNING', T0 - 15 * MINUTE), endTime: undefined }
    expect(await estimate(current, { signal })).toBe(25 * MINUTE)
    // Already past the typical length, or no submit time to count from: no estimate.
    expect(await estimate({ ...current, submitTime: iso(T0 - HOUR) }, { signal })).toBeUndefined()
    expect(await estimate({ ...current, submitTime: undefined }, { signal })).toBeUndefined()
    expect(await estimate(undefined, { signal })).toBeUndefined()
  })

  test('a failed list request is no estimate, with one debug line', async () => {
    const client = historyClient(async () => {
      throw new AlmaError('Alma answered 500 on GET /conf/jobs/M7/instances', { kind: 'alma', status: 500 })
    })
    const { debug, log } = quietLog()
    const estimate = historyEstimate({ client: client as never, log }, 'M7', '99', T0, T0)
    expect(await estimate(undefined, { signal })).toBeUndefined()
    expect(debug).toHaveLength(1)
    expect(debug[0]).toMatch(/^No estimate from earlier runs: Alma answered 500/)
  })

  test('no successful run: no estimate', async () => {
    const client = historyClient(async () => [run('1', MINUTE, 'FAILED')])
    const estimate = historyEstimate({ client: client as never, log: quietLog().log }, 'M7', '99', T0, T0)
    expect(await estimate(undefined, { signal })).toBeUndefined()
  })
})

describe('the wait asks once, and only when it lasts', () => {
  /**
   * A fake Alma following `timeline` on a fake clock that sleeping moves on; its earlier runs
   * took `historyMs` each. Counts instance GETs and list requests apart.
   */
  async function waitOn(timeline: JobTimeline, historyMs: number | undefined, listFails = false, afterMs?: number) {
    let now = 0
    let gets = 0
    const client = historyClient(async () => {
      if (listFails) throw new AlmaError('network down', { kind: 'network' })
      return [1, 2, 3].map((i) => run(`h${i}`, historyMs!))
    })
    const api = {
      ...client,
      getInstance: async (): Promise<JobInstance> => {
        gets++
        const reading = timeline.at(now)
        return { id: '1', status: { value: reading.status }, progress: reading.progress, alerts: [], counters: [], actions: [] }
      }
    }
    const { debug, log } = quietLog()
    const result = await waitForInstance(api, 'M1', '1', {
      ...DEFAULTS,
      expectedDurationAfterMs: afterMs,
      expectedDuration: historyMs === undefined ? undefined : historyEstimate({ client: api as never, log }, 'M1', '1', T0, T0),
      now: () => now,
      sleep: async (ms: number) => {
        now += ms
      }
    })
    expect(result.end).toBe('finished')
    expect(result.polls).toBe(gets)
    return { polls: gets, lists: client.calls.length, requests: gets + client.calls.length, lateMs: now - timeline.endMs, debug }
  }

  test('a 6 s job ends before the estimate is asked for: no request more than without it', async () => {
    const timeline = jobTimeline(6 * SECOND)
    expect(EXPECTED_DURATION_AFTER_MS).toBeGreaterThan(timeline.endMs)
    const without = await waitOn(timeline, undefined)
    const withHistory = await waitOn(timeline, 6 * SECOND)
    expect(withHistory.lists).toBe(0)
    expect(withHistory.requests).toBe(without.requests)
  })

  test.each([
    ['1 h', HOUR],
    ['2 h', 2 * HOUR],
    ['6 h', 6 * HOUR]
  ])('a steady %s job: exactly one list request, which spares more polls than it costs', async (_label, totalMs) => {
    const timeline = jobTimeline(totalMs)
    const without = await waitOn(timeline, undefined)
    const withHistory = await waitOn(timeline, totalMs)
    expect(withHistory.lists).toBe(1)
    expect(withHistory.requests).toBeLessThan(without.requests)
    expect(withHistory.lateMs).toBeGreaterThanOrEqual(0)
    expect(withHistory.lateMs).toBeLessThanOrEqual(Math.max(without.lateMs, 20 * SECOND))
  })

  test('why it is asked early: asked at 2 minutes, the estimate would spare a steady 2 h job no request', async () => {
    const timeline = jobTimeline(2 * HOUR)
    const without = await waitOn(timeline, undefined)
    const late = await waitOn(timeline, 2 * HOUR, false, 2 * MINUTE)
    expect(late.lists).toBe(1)
    expect(late.requests).toBeGreaterThanOrEqual(without.requests)
  })

  test('a 2 h job that reports no progress: one list request, and the end seen far sooner', async () => {
    const timeline = jobTimeline(2 * HOUR, { shape: 'none' })
    const without = await waitOn(timeline, undefined)
    const withHistory = await waitOn(timeline, 2 * HOUR)
    expect(withHistory.lists).toBe(1)
    expect(withHistory.lateMs).toBeLessThan(without.lateMs)
    expect(withHistory.lateMs).toBeLessThanOrEqual(DEFAULTS.maxPollIntervalMs)
  })

  test('earlier runs half or twice as long: still one request, the end seen at most max-poll-interval late', async () => {
    for (const factor of [0.5, 2]) {
      const timeline = jobTimeline(2 * HOUR)
      const withHistory = await waitOn(timeline, 2 * HOUR * factor)
      expect(withHistory.lists).toBe(1)
      expect(withHistory.lateMs).toBeGreaterThanOrEqual(0)
      expect(withHistory.lateMs).toBeLessThanOrEqual(DEFAULTS.maxPollIntervalMs)
    }
  })

  test('a failing list request is asked once, never again, and the wait goes on as without it', async () => {
    const timeline = jobTimeline(2 * HOUR)
    const without = await waitOn(timeline, undefined)
    const failing = await waitOn(timeline, 2 * HOUR, true)
    expect(failing.lists).toBe(1)
    expect(failing.polls).toBe(without.polls)
    expect(failing.debug).toHaveLength(1)
  })

  test('a source that throws at once or never answers does not fail or hold up the wait', async () => {
    let now = 0
    const getInstance = async (): Promise<JobInstance> => {
      const reading = jobTimeline(MINUTE).at(now)
      return { id: '1', status: { value: reading.status }, progress: reading.progress, alerts: [], counters: [], actions: [] }
    }
    const clock = { now: () => now, sleep: async (ms: number) => void (now += ms) }
    const throwing = await waitForInstance({ getInstance }, 'M1', '1', {
      ...DEFAULTS,
      ...clock,
      expectedDuration: () => {
        throw new Error('boom')
      }
    })
    expect(throwing.end).toBe('finished')
    now = 0
    // Never answers: the deadline's abort ends the ask, and the wait reports its timeout.
    const hanging = await waitForInstance(
      { getInstance: async () => ({ ...(await getInstance()), status: { value: 'RUNNING' } }) },
      'M1',
      '1',
      {
        ...DEFAULTS,
        ...clock,
        timeoutMs: SECOND,
        expectedDurationAfterMs: 0,
        expectedDuration: (_latest, { signal }) => new Promise((resolve) => signal.addEventListener('abort', () => resolve(HOUR)))
      }
    )
    expect(hanging.end).toBe('timeout')
  })

  test('the ask takes its time out of the gap: after a slow answer the next poll comes at once', async () => {
    let now = 0
    const sleeps: number[] = []
    const result = await waitForInstance(
      {
        getInstance: async () => ({
          id: '1',
          status: { value: now > 20 * MINUTE ? 'COMPLETED_SUCCESS' : 'RUNNING' },
          alerts: [],
          counters: [],
          actions: []
        })
      },
      'M1',
      '1',
      {
        ...DEFAULTS,
        now: () => now,
        sleep: async (ms: number) => {
          sleeps.push(ms)
          now += ms
        },
        expectedDurationAfterMs: 0,
        expectedDuration: async () => {
          now += 10 * MINUTE
          return HOUR
        }
      }
    )
    expect(result.end).toBe('finished')
    expect(sleeps[0]).toBe(0)
    for (const ms of sleeps) expect(ms).toBeLessThanOrEqual(DEFAULTS.maxPollIntervalMs)
  })

  test('a cancel during the ask ends the wait as cancelled', async () => {
    const cancel = new AbortController()
    const result = await waitForInstance(
      {
        getInstance: async () => ({ id: '1', status: { value: 'RUNNING' }, progress: 5, alerts: [], counters: [], actions: [] })
      },
      'M1',
      '1',
      {
        ...DEFAULTS,
        signal: cancel.signal,
        expectedDurationAfterMs: 0,
        expectedDuration: () => {
          cancel.abort()
          return new Promise(() => {})
        }
      }
    )
    expect(result.end).toBe('cancelled')
  })
})

describe('against the simulator', () => {
  let sim: Simulator
  beforeAll(async () => {
    sim = await startSimulator({
      jobCount: 5,
      timeline: { queuedMs: 100, initializingMs: 100, runningMs: 1500, finalizingMs: 100, end: 'COMPLETED_SUCCESS' }
    })
  })
  afterAll(async () => {
    await sim?.close()
  })

  test('one GET of the instance list with limit 10 and status COMPLETED_SUCCESS, the rest instance polls', async () => {
    const job = sim.jobs.find((j) => j.id.startsWith('M') && j.parameters.length === 0) ?? sim.jobs[0]!
    const base = Date.now() - 86_400_000
    for (let i = 0; i < 12; i++)
      sim.addRun(job.id, {
        submittedAt: base + i * 60_000,
        startedAt: base + i * 60_000 + 100,
        endedAt: base + i * 60_000 + 1800,
        status: 'COMPLETED_SUCCESS'
      })
    sim.addRun(job.id, { submittedAt: base + 13 * 60_000, status: 'FAILED' })
    const client = new AlmaClient({ apiKey: sim.apiKey, baseUrl: sim.url })
    try {
      const sent = await client.runJob(
        job.id,
        job.parameters.map((p) => ({ name: p.name, value: p.value ?? '' }))
      )
      sim.resetCounts()
      const log = quietLog()
      const startedAt = Date.now()
      const result = await waitForInstance(client, job.id, sent.instanceId, {
        ...DEFAULTS,
        expectedDurationAfterMs: 300,
        expectedDuration: historyEstimate({ client, log: log.log }, job.id, sent.instanceId, startedAt, startedAt)
      })
      expect(result.end).toBe('finished')
      const lists = sim.requests.filter((r) => r.url.includes('/instances?'))
      expect(lists).toHaveLength(1)
      const query = new URL(lists[0]!.url, 'http://x').searchParams
      expect(query.get('limit')).toBe(String(HISTORY_RUNS))
      expect(query.get('offset')).toBe('0')
      expect(query.get('status')).toBe('COMPLETED_SUCCESS')
      expect(lists[0]!.status).toBe(200)
      expect(sim.requests).toHaveLength(result.polls + 1)
      expect(log.debug).toEqual([])
    } finally {
      client.close()
    }
  })
})
