import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, test } from 'vitest'
import { AlmaClient } from '../src/alma/client.js'
import { AlmaError } from '../src/alma/errors.js'
import type { JobInstance } from '../src/alma/types.js'
import { abortableSleep, nextPollDelay, simulatePolls, waitForInstance, type TimelinePoint } from '../src/alma/wait.js'

const SCHEDULE = { pollIntervalMs: 1000, maxPollIntervalMs: 60_000, timeoutMs: 6 * 3_600_000 }

/** QUEUED 0.5 s, INITIALIZING 0.5 s, RUNNING 4.5 s (progress 0→100), FINALIZING 0.5 s, then COMPLETED. */
function sixSecondJob(elapsedMs: number): TimelinePoint {
  if (elapsedMs < 500) return { status: 'QUEUED' }
  if (elapsedMs < 1000) return { status: 'INITIALIZING' }
  if (elapsedMs < 5500) return { status: 'RUNNING', progress: ((elapsedMs - 1000) / 4500) * 100 }
  if (elapsedMs < 6000) return { status: 'FINALIZING', progress: 100 }
  return { status: 'COMPLETED_SUCCESS', progress: 100 }
}

function linearJob(durationMs: number, end = 'COMPLETED_SUCCESS') {
  return (elapsedMs: number): TimelinePoint =>
    elapsedMs < durationMs ? { status: 'RUNNING', progress: (elapsedMs / durationMs) * 100 } : { status: end, progress: 100 }
}

describe('poll schedule targets', () => {
  test('a 6 s job is seen ending at most 1 s late, in at most 6 polls', () => {
    const run = simulatePolls(sixSecondJob, 6000, SCHEDULE)
    expect(run.lateMs).toBeGreaterThanOrEqual(0)
    expect(run.lateMs).toBeLessThanOrEqual(1000)
    expect(run.polls).toBeLessThanOrEqual(6)
    expect(Math.min(...run.gaps)).toBeGreaterThanOrEqual(SCHEDULE.pollIntervalMs)
  })

  test('a 2 h job takes at most 140 polls and never a gap over the max', () => {
    const run = simulatePolls(linearJob(2 * 3_600_000), 2 * 3_600_000, SCHEDULE)
    expect(run.polls).toBeLessThanOrEqual(140)
    expect(Math.max(...run.gaps)).toBeLessThanOrEqual(SCHEDULE.maxPollIntervalMs)
    expect(run.lateMs).toBeLessThanOrEqual(SCHEDULE.maxPollIntervalMs)
  })

  test('a 2 h job queued for 20 minutes first still never waits more than the max between polls', () => {
    const queuedMs = 20 * 60_000
    const timeline = (elapsedMs: number): TimelinePoint =>
      elapsedMs < queuedMs ? { status: 'QUEUED' } : linearJob(2 * 3_600_000)(elapsedMs - queuedMs)
    const run = simulatePolls(timeline, queuedMs + 2 * 3_600_000, SCHEDULE)
    expect(Math.max(...run.gaps)).toBeLessThanOrEqual(SCHEDULE.maxPollIntervalMs)
    expect(run.lateMs).toBeLessThanOrEqual(SCHEDULE.maxPollIntervalMs)
  })

  test('failure with progress stuck at 0 is still seen promptly (progress is not completion, §7.14)', () => {
    const timeline = (elapsedMs: number): TimelinePoint =>
      elapsedMs < 90_000 ? { status: 'RUNNING', progress: 0 } : { status: 'FAILED', progress: 0 }
    const run = simulatePolls(timeline, 90_000, SCHEDULE)
    // After 90 s the gap is 1 s + 0.3 × 90 s ≈ 28 s at most.
    expect(run.lateMs).toBeLessThanOrEqual(30_000)
  })

  test('gaps grow with time waited, and a job of hours settles at the max', () => {
    const run = simulatePolls(linearJob(3 * 3_600_000), 3 * 3_600_000, SCHEDULE)
    expect(run.gaps[0]).toBe(1000)
    expect(run.gaps[5]!).toBeGreaterThan(run.gaps[1]!)
    expect(run.gaps.filter((gap) => gap === 60_000).length).toBeGreaterThan(150)
  })

  test('the deadline ends the replay with the last gap landing exactly on it', () => {
    const run = simulatePolls(() => ({ status: 'RUNNING', progress: 10 }), Infinity, { ...SCHEDULE, timeoutMs: 95_000 })
    expect(run.lateMs).toBeUndefined()
    expect(run.lastPollMs).toBe(95_000)
    expect(run.gaps.reduce((sum, gap) => sum + gap, 0)).toBe(95_000)
  })
})

describe('nextPollDelay', () => {
  test('starts at the poll interval and grows to the max', () => {
    expect(nextPollDelay({ elapsedMs: 0, status: 'RUNNING' }, SCHEDULE)).toBe(1000)
    const later = nextPollDelay({ elapsedMs: 30_000, status: 'RUNNING' }, SCHEDULE)
    expect(later).toBeGreaterThan(5000)
    expect(later).toBeLessThan(60_000)
    expect(nextPollDelay({ elapsedMs: 3_600_000, status: 'RUNNING' }, SCHEDULE)).toBe(60_000)
  })

  test('QUEUED and PENDING are polled less often than RUNNING, still within the max', () => {
    const running = nextPollDelay({ elapsedMs: 20_000, status: 'RUNNING' }, SCHEDULE)
    expect(nextPollDelay({ elapsedMs: 20_000, status: 'QUEUED' }, SCHEDULE)).toBeGreaterThan(running)
    expect(nextPollDelay({ elapsedMs: 20_000, status: 'PENDING' }, SCHEDULE)).toBeGreaterThan(running)
    expect(nextPollDelay({ elapsedMs: 3_600_000, status: 'QUEUED' }, SCHEDULE)).toBe(60_000)
  })

  /** Answers a minute apart from a run that does 1 % a minute, at the half-minute of each percent. */
  const steadyAnswers = (fromPercent: number, toPercent: number) =>
    Array.from({ length: toPercent - fromPercent + 1 }, (_, i) => ({
      elapsedMs: (fromPercent + i) * 60_000 + 30_000,
      status: 'RUNNING',
      progress: fromPercent + i
    }))

  test('a RUNNING instance nearly done is polled sooner, never below the poll interval', () => {
    const halfway = steadyAnswers(10, 50)
    const nearlyDone = steadyAnswers(10, 98)
    expect(nextPollDelay({ ...halfway.at(-1)!, seen: halfway }, SCHEDULE)).toBe(60_000)
    const soon = nextPollDelay({ ...nearlyDone.at(-1)!, seen: nearlyDone }, SCHEDULE)
    expect(soon).toBeLessThan(60_000)
    expect(soon).toBeGreaterThanOrEqual(SCHEDULE.pollIntervalMs)
    const finalizing = { elapsedMs: 6_000_000, status: 'FINALIZING', progress: 100 }
    const atTheEnd = nextPollDelay({ ...finalizing, seen: [...nearlyDone, finalizing] }, SCHEDULE)
    expect(atTheEnd).toBeLessThan(soon)
    expect(atTheEnd).toBeGreaterThanOrEqual(SCHEDULE.pollIntervalMs)
    expect(nextPollDelay({ elapsedMs: 2000, status: 'RUNNING', progress: 99 }, SCHEDULE)).toBe(1000)
  })

  test('a foreseen end inside the gap is closed in on, not slept past', () => {
    // 1 % a minute, at 97 % just after the tick: about 3.5 minutes to go; then 1 minute to go.
    const seen = steadyAnswers(40, 97)
    const toGoMs = 100 * 60_000 - seen.at(-1)!.elapsedMs
    const first = nextPollDelay({ ...seen.at(-1)!, seen }, { ...SCHEDULE, maxPollIntervalMs: 10 * 60_000 })
    expect(first).toBeLessThan(toGoMs)
    expect(first).toBeGreaterThan(toGoMs / 4)
    const later = [...seen, { elapsedMs: 99 * 60_000, status: 'RUNNING', progress: 99 }]
    expect(nextPollDelay({ ...later.at(-1)!, seen: later }, SCHEDULE)).toBeLessThan(60_000)
  })

  test('a run that stalls past its foreseen end is polled less and less often, up to the max', () => {
    const seen = [...steadyAnswers(40, 99)]
    const gaps: number[] = []
    for (let elapsedMs = 100 * 60_000; elapsedMs < 160 * 60_000; elapsedMs += gaps.at(-1)!) {
      seen.push({ elapsedMs, status: 'RUNNING', progress: 99 })
      gaps.push(nextPollDelay({ ...seen.at(-1)!, seen }, SCHEDULE))
    }
    expect(gaps.at(-1)).toBe(60_000)
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]!).toBeGreaterThanOrEqual(gaps[i - 1]!)
  })

  test('never sleeps past the deadline', () => {
    const opts = { ...SCHEDULE, timeoutMs: 100_000 }
    expect(nextPollDelay({ elapsedMs: 99_250, status: 'RUNNING' }, opts)).toBe(750)
    expect(nextPollDelay({ elapsedMs: 100_000, status: 'RUNNING' }, opts)).toBe(0)
    expect(nextPollDelay({ elapsedMs: 120_000, status: 'QUEUED' }, opts)).toBe(0)
  })
})

// ---- the loop ----------------------------------------------------------------

function instance(status: string, progress?: number): JobInstance {
  return { id: '9563643080000561', status: { value: status }, progress, alerts: [], counters: [], actions: [] }
}

/** A fake clock: sleeping moves time on at once. */
function fakeClock() {
  let now = 0
  const sleeps: number[] = []
  return {
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms)
      now += ms
    },
    advance: (ms: number) => (now += ms),
    sleeps
  }
}

/** Answers from a list by call number; the last answer repeats. */
function scriptedApi(answers: (JobInstance | Error)[]) {
  const calls: { jobId: string; instanceId: string }[] = []
  return {
    calls,
    getInstance: async (jobId: string, instanceId: string) => {
      calls.push({ jobId, instanceId })
      const answer = answers[Math.min(calls.length - 1, answers.length - 1)]!
      if (answer instanceof Error) throw answer
      return answer
    }
  }
}

const unknownInstance = () => new AlmaError('Invalid job instance id.', { kind: 'alma', status: 400, code: '402218' })

describe('waitForInstance', () => {
  test('polls until a terminal status and reports it, with one onChange per change', async () => {
    const clock = fakeClock()
    const api = scriptedApi([
      instance('QUEUED'),
      instance('RUNNING', 10),
      instance('RUNNING', 10),
      instance('RUNNING', 60),
      instance('COMPLETED_WARNING', 100)
    ])
    const changes: string[] = []
    const result = await waitForInstance(api, 'M1', '9563643080000561', {
      ...SCHEDULE,
      now: clock.now,
      sleep: clock.sleep,
      onChange: (seen, elapsedMs) => changes.push(`${elapsedMs}:${seen.status.value}:${seen.progress ?? ''}`)
    })
    expect(result.end).toBe('finished')
    expect(result.outcome).toBe('warning')
    expect(result.instance?.status.value).toBe('COMPLETED_WARNING')
    expect(result.polls).toBe(5)
    expect(api.calls[0]).toEqual({ jobId: 'M1', instanceId: '9563643080000561' })
    // The repeated RUNNING 10 % is not a change.
    expect(changes.map((line) => line.split(':').slice(1).join(':'))).toEqual([
      'QUEUED:',
      'RUNNING:10',
      'RUNNING:60',
      'COMPLETED_WARNING:100'
    ])
    expect(result.elapsedMs).toBe(clock.sleeps.reduce((sum, ms) => sum + ms, 0))
  })

  test('decides on status alone: progress 100 while RUNNING is not the end, progress 0 on FAILED is', async () => {
    const clock = fakeClock()
    const api = scriptedApi([instance('RUNNING', 100), instance('RUNNING', 100), instance('FAILED', 0)])
    const result = await waitForInstance(api, 'M1', '1', { ...SCHEDULE, now: clock.now, sleep: clock.sleep })
    expect(result).toMatchObject({ end: 'finished', outcome: 'failure', polls: 3 })
  })

  test('MANUAL_HANDLING_REQUIRED ends the wait as needs-person', async () => {
    const clock = fakeClock()
    const api = scriptedApi([instance('RUNNING', 50), instance('MANUAL_HANDLING_REQUIRED', 50)])
    const result = await waitForInstance(api, 'M1', '1', { ...SCHEDULE, now: clock.now, sleep: clock.sleep })
    expect(result).toMatchObject({ end: 'finished', outcome: 'needs-person' })
  })

  test('an unknown code keeps the wait going and is reported once per code', async () => {
    const clock = fakeClock()
    const api = scriptedApi([
      instance('WARMING_UP'),
      instance('WARMING_UP'),
      instance('WARMING_UP'),
      instance('RUNNING', 5),
      instance('COMPLETED_SUCCESS', 100)
    ])
    const unknown: string[] = []
    const result = await waitForInstance(api, 'M1', '1', {
      ...SCHEDULE,
      now: clock.now,
      sleep: clock.sleep,
      onUnknownStatus: (code) => unknown.push(code)
    })
    expect(unknown).toEqual(['WARMING_UP'])
    expect(result).toMatchObject({ end: 'finished', outcome: 'success', polls: 5 })
  })

  test('an unknown COMPLETED_* code ends the wait (§4)', async () => {
    const clock = fakeClock()
    const unknown: string[] = []
    const api = scriptedApi([instance('COMPLETED_PARTIALLY')])
    const result = await waitForInstance(api, 'M1', '1', {
      ...SCHEDULE,
      now: clock.now,
      sleep: clock.sleep,
      onUnknownStatus: (code) => unknown.push(code)
    })
    expect(result.end).toBe('finished')
    expect(unknown).toEqual(['COMPLETED_PARTIALLY'])
  })

  test('402218 right after the run is retried (§7.12)', async () => {
    const clock = fakeClock()
    const api = scriptedApi([unknownInstance(), unknownInstance(), instance('RUNNING', 50), instance('COMPLETED_SUCCESS', 100)])
    const result = await waitForInstance(api, 'M1', '1', { ...SCHEDULE, now: clock.now, sleep: clock.sleep })
    expect(result).toMatchObject({ end: 'finished', outcome: 'success', polls: 4 })
  })

  test('402218 after the first 30 s ends the wait with that error', async () => {
    const clock = fakeClock()
    const api = scriptedApi([unknownInstance()])
    const result = await waitForInstance(api, 'M1', '1', { ...SCHEDULE, now: clock.now, sleep: clock.sleep })
    expect(result).toMatchObject({ end: 'error', error: { code: '402218' } })
    // It kept trying for the grace period, then gave up soon after.
    expect(clock.now()).toBeGreaterThanOrEqual(30_000)
    expect(clock.now()).toBeLessThan(60_000)
    expect(api.calls.length).toBeGreaterThan(3)
  })

  test('402218 ends the wait at once when the caller gives no grace (an old instance id)', async () => {
    const clock = fakeClock()
    const api = scriptedApi([unknownInstance()])
    const result = await waitForInstance(api, 'M1', '1', {
      ...SCHEDULE,
      now: clock.now,
      sleep: clock.sleep,
      unknownInstanceGraceMs: 0
    })
    expect(result.end).toBe('error')
    expect(result.error).toBeInstanceOf(AlmaError)
    expect(api.calls).toHaveLength(1)
  })

  test('an outage is a missed poll: the wait goes on and sees the end', async () => {
    const clock = fakeClock()
    const outage = (status: number) => new AlmaError(`gateway ${status}`, { kind: 'alma', status, code: 'ROUTING_ERROR' })
    const api = scriptedApi([
      instance('RUNNING', 10),
      outage(503),
      new AlmaError('reset', { kind: 'network' }),
      new AlmaError('too fast', { kind: 'alma', status: 429, code: 'PER_SECOND_THRESHOLD' }),
      instance('COMPLETED_SUCCESS', 100)
    ])
    const missed: string[] = []
    const result = await waitForInstance(api, 'M1', '1', {
      ...SCHEDULE,
      now: clock.now,
      sleep: clock.sleep,
      onMissedPoll: (error) => missed.push(error.message)
    })
    expect(result).toMatchObject({ end: 'finished', outcome: 'success', polls: 5 })
    expect(missed).toEqual(['gateway 503', 'reset', 'too fast'])
  })

  test('an outage that outlasts the wait ends in timeout with the last status seen', async () => {
    const clock = fakeClock()
    const api = {
      calls: 0,
      async getInstance() {
        if (this.calls++ === 0) return instance('RUNNING', 40)
        throw new AlmaError('down', { kind: 'network' })
      }
    }
    const result = await waitForInstance(api, 'M1', '1', { ...SCHEDULE, timeoutMs: 20_000, now: clock.now, sleep: clock.sleep })
    expect(result).toMatchObject({ end: 'timeout', outcome: 'running', elapsedMs: 20_000 })
    expect(result.instance?.progress).toBe(40)
  })

  test('an error no later poll can mend ends the wait at once, keeping the last instance', async () => {
    const clock = fakeClock()
    const api = scriptedApi([
      instance('RUNNING', 30),
      new AlmaError('quota', { kind: 'alma', status: 429, code: 'DAILY_THRESHOLD' })
    ])
    const result = await waitForInstance(api, 'M1', '1', { ...SCHEDULE, now: clock.now, sleep: clock.sleep })
    expect(result).toMatchObject({ end: 'error', error: { code: 'DAILY_THRESHOLD' }, outcome: 'running', polls: 2 })
    expect(result.instance?.progress).toBe(30)
    expect(api.calls).toHaveLength(2)
  })

  test('timeout: one last poll exactly at the deadline, then the last instance', async () => {
    const clock = fakeClock()
    const api = scriptedApi([instance('RUNNING', 1), instance('RUNNING', 2), instance('RUNNING', 3)])
    const result = await waitForInstance(api, 'M1', '1', { ...SCHEDULE, timeoutMs: 10_000, now: clock.now, sleep: clock.sleep })
    expect(result.end).toBe('timeout')
    expect(result.instance?.progress).toBe(3)
    expect(result.outcome).toBe('running')
    expect(result.elapsedMs).toBe(10_000)
    expect(clock.sleeps.reduce((sum, ms) => sum + ms, 0)).toBe(10_000)
    expect(result.polls).toBe(clock.sleeps.length + 1)
  })

  test('the end seen on the deadline poll is finished, not timeout', async () => {
    const clock = fakeClock()
    const api = {
      getInstance: async () => (clock.now() >= 10_000 ? instance('COMPLETED_SUCCESS', 100) : instance('RUNNING', 50))
    }
    const result = await waitForInstance(api, 'M1', '1', { ...SCHEDULE, timeoutMs: 10_000, now: clock.now, sleep: clock.sleep })
    expect(result).toMatchObject({ end: 'finished', outcome: 'success', elapsedMs: 10_000 })
  })

  test('`first` counts as the first answer: no immediate GET, and a terminal one ends at once', async () => {
    const clock = fakeClock()
    const done = scriptedApi([instance('COMPLETED_SUCCESS')])
    const changes: string[] = []
    const finished = await waitForInstance(done, 'M1', '1', {
      ...SCHEDULE,
      now: clock.now,
      sleep: clock.sleep,
      first: instance('FAILED', 0),
      onChange: (seen) => changes.push(seen.status.value)
    })
    expect(finished).toMatchObject({ end: 'finished', outcome: 'failure', polls: 0 })
    expect(changes).toEqual(['FAILED'])
    expect(done.calls).toHaveLength(0)

    const running = scriptedApi([instance('COMPLETED_SUCCESS')])
    const result = await waitForInstance(running, 'M1', '1', {
      ...SCHEDULE,
      now: clock.now,
      sleep: clock.sleep,
      first: instance('RUNNING', 20)
    })
    expect(result).toMatchObject({ end: 'finished', polls: 1 })
    expect(clock.sleeps.length).toBe(1)
  })

  test('cancel during a sleep returns within milliseconds with the last instance (real timers)', async () => {
    const controller = new AbortController()
    const api = scriptedApi([instance('RUNNING', 42)])
    const started = performance.now()
    setTimeout(() => controller.abort(), 50)
    const result = await waitForInstance(api, 'M1', '1', {
      pollIntervalMs: 60_000,
      maxPollIntervalMs: 60_000,
      timeoutMs: 3_600_000,
      signal: controller.signal
    })
    const tookMs = performance.now() - started
    expect(result.end).toBe('cancelled')
    expect(result.instance?.progress).toBe(42)
    expect(result.outcome).toBe('running')
    expect(tookMs).toBeLessThan(500)
  })

  test('cancel during a hanging request returns too, even if the sleep ignores the signal', async () => {
    const controller = new AbortController()
    let calls = 0
    const api = {
      getInstance: (): Promise<JobInstance> => {
        calls++
        // First answer at once, then a request that never answers.
        return calls === 1 ? Promise.resolve(instance('QUEUED')) : new Promise<JobInstance>(() => {})
      }
    }
    setTimeout(() => controller.abort(), 30)
    const result = await waitForInstance(api, 'M1', '1', {
      ...SCHEDULE,
      pollIntervalMs: 5,
      signal: controller.signal,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
    })
    expect(result.end).toBe('cancelled')
    expect(result.instance?.status.value).toBe('QUEUED')
    expect(calls).toBe(2)
  })

  test('an already aborted signal makes no request', async () => {
    const controller = new AbortController()
    controller.abort()
    const api = scriptedApi([instance('RUNNING')])
    const result = await waitForInstance(api, 'M1', '1', { ...SCHEDULE, signal: controller.signal })
    expect(result).toMatchObject({ end: 'cancelled', polls: 0 })
    expect(result.instance).toBeUndefined()
    expect(api.calls).toHaveLength(0)
  })
})

describe('abortableSleep', () => {
  test('sleeps the time asked, wakes at once on abort, and leaves no listener behind', async () => {
    const started = performance.now()
    await abortableSleep(30)
    expect(performance.now() - started).toBeGreaterThanOrEqual(25)

    const controller = new AbortController()
    const sleeping = abortableSleep(60_000, controller.signal)
    setTimeout(() => controller.abort(), 10)
    const before = performance.now()
    await sleeping
    expect(performance.now() - before).toBeLessThan(1000)

    // Many sleeps on one long-lived signal must not pile up abort listeners.
    const longLived = new AbortController()
    let added = 0
    let removed = 0
    const signal = longLived.signal
    const add = signal.addEventListener.bind(signal)
    const remove = signal.removeEventListener.bind(signal)
    signal.addEventListener = ((...args: Parameters<AbortSignal['addEventListener']>) => {
      added++
      add(...args)
    }) as AbortSignal['addEventListener']
    signal.removeEventListener = ((...args: Parameters<AbortSignal['removeEventListener']>) => {
      removed++
      remove(...args)
    }) as AbortSignal['removeEventListener']
    for (let i = 0; i < 5; i++) await abortableSleep(1, signal)
    expect(added).toBe(5)
    expect(removed).toBe(5)
  })
})

describe('the timeout holds whatever the server does', () => {
  const servers: Server[] = []
  const clients: AlmaClient[] = []
  afterEach(async () => {
    for (const client of clients.splice(0)) client.close()
    await Promise.all(
      servers.splice(0).map(
        (server) =>
          new Promise<void>((resolve) => {
            server.close(() => resolve())
            server.closeAllConnections()
          })
      )
    )
  })

  /** A loopback Alma: the first instance GET answers RUNNING, later ones `later` (bounded: 20 s at most). */
  async function alma(later: (res: ServerResponse, closed: () => boolean) => void) {
    let calls = 0
    const closedAt: (number | undefined)[] = []
    const server = createServer((req, res) => {
      req.resume()
      const n = calls++
      closedAt[n] = undefined
      req.socket.once('close', () => (closedAt[n] = performance.now()))
      if (n === 0) {
        res.writeHead(200, { 'content-type': 'application/json' })
        return void res.end(JSON.stringify({ id: '5', status: { value: 'RUNNING' }, progress: 10 }))
      }
      later(res, () => closedAt[n] !== undefined)
    })
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const client = new AlmaClient({
      apiKey: 'l7xx00000000000000000000000000000000',
      baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/almaws/v1`
    })
    clients.push(client)
    return { client, calls: () => calls, closedAt }
  }

  /** Headers, then one byte every 100 ms of a body that never ends. */
  const trickle = (res: ServerResponse, closed: () => boolean): void => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100000' })
    res.write('{"id":"5","name":"')
    const timer = setInterval(() => {
      if (closed() || res.destroyed) return clearInterval(timer)
      res.write('x')
    }, 100)
    setTimeout(() => clearInterval(timer), 20_000).unref()
  }

  test('a trickling body: timeout 1.5 s ends the wait on time with the last instance, the poll aborted', async () => {
    const { client, closedAt } = await alma(trickle)
    const started = performance.now()
    const result = await waitForInstance(client, 'M1', '5', { pollIntervalMs: 200, maxPollIntervalMs: 200, timeoutMs: 1500 })
    const tookMs = performance.now() - started
    expect(result.end).toBe('timeout')
    expect(result.instance).toMatchObject({ id: '5', progress: 10 })
    expect(tookMs).toBeGreaterThanOrEqual(1400)
    expect(tookMs).toBeLessThan(3000)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(closedAt[1]).toBeDefined()
  })

  test('a chain of 429s asking Retry-After: 60: the wait still ends on time', async () => {
    const { client, calls } = await alma((res) => {
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '60' })
      res.end(JSON.stringify({ errorsExist: true, errorList: { error: [{ errorCode: 'PER_SECOND_THRESHOLD' }] } }))
    })
    const started = performance.now()
    const result = await waitForInstance(client, 'M1', '5', { pollIntervalMs: 200, maxPollIntervalMs: 200, timeoutMs: 1500 })
    expect(result.end).toBe('timeout')
    expect(performance.now() - started).toBeLessThan(3000)
    expect(calls()).toBe(2)
  })

  test('a socket that hangs before any answer: the same', async () => {
    const { client } = await alma(() => {})
    const started = performance.now()
    const result = await waitForInstance(client, 'M1', '5', { pollIntervalMs: 200, maxPollIntervalMs: 200, timeoutMs: 1500 })
    expect(result).toMatchObject({ end: 'timeout', instance: { id: '5' } })
    expect(performance.now() - started).toBeLessThan(3000)
  })

  test('each poll is given a signal that aborts when the wait ends', async () => {
    const signals: (AbortSignal | undefined)[] = []
    const api = {
      getInstance: (_job: string, _id: string, options?: { signal?: AbortSignal }): Promise<JobInstance> => {
        signals.push(options?.signal)
        return new Promise<JobInstance>(() => {})
      }
    }
    const result = await waitForInstance(api, 'M1', '1', { pollIntervalMs: 10, maxPollIntervalMs: 10, timeoutMs: 100 })
    expect(result).toMatchObject({ end: 'timeout', polls: 0 })
    expect(signals).toHaveLength(1)
    expect(signals[0]?.aborted).toBe(true)
  })
})
