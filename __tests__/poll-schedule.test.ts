// The poll schedule against the figures issue 14 sets, replayed without sleeping under the
// action's default inputs: steady 2 h and 10 min jobs, every progress shape, failures at any
// moment, the rate estimate, earlier runs' length right and wrong, purity and the bound on `seen`.
import { describe, expect, test } from 'vitest'
import { instanceSnapshot, type SimInstance } from '../sim/index.js'
import { jobTimeline, PROGRESS_SHAPES, type JobTimeline, type ProgressShape } from '../sim/timelines.js'
import type { JobInstance } from '../src/alma/types.js'
import {
  foreseeEnd,
  MAX_SEEN,
  nextPollDelay,
  rememberObservation,
  simulatePolls,
  waitForInstance,
  type PollObservation,
  type PollScheduleOptions,
  type PollSimulation
} from '../src/alma/wait.js'
import { Inputs } from '../src/inputs.js'
import { Defaults, parseDuration } from '../src/settings.js'

const DEFAULTS: PollScheduleOptions = {
  pollIntervalMs: parseDuration(Inputs.pollInterval, Defaults.pollInterval),
  maxPollIntervalMs: parseDuration(Inputs.maxPollInterval, Defaults.maxPollInterval),
  timeoutMs: parseDuration(Inputs.timeout, Defaults.timeout)
}
const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE

/** The targets for steady progress. */
const TWO_HOURS = { totalMs: 2 * HOUR, lateMs: 10 * SECOND, polls: 60 }
const TEN_MINUTES = { totalMs: 10 * MINUTE, lateMs: 3 * SECOND, polls: 20 }

function replay(timeline: JobTimeline, expectedDurationMs?: number, opts = DEFAULTS): PollSimulation {
  return simulatePolls(timeline.at, timeline.endMs, opts, expectedDurationMs)
}

/** Run lengths around `totalMs`, a second apart: lateness depends on where the end falls. */
function around(totalMs: number, spreadMs: number, stepMs = SECOND): number[] {
  const lengths: number[] = []
  for (let offsetMs = -spreadMs; offsetMs <= spreadMs; offsetMs += stepMs) lengths.push(totalMs + offsetMs)
  return lengths
}

function expectWithinTarget(run: PollSimulation, target: { lateMs: number; polls: number }, label: string): void {
  expect(run.lateMs, label).toBeDefined()
  expect(run.lateMs!, label).toBeGreaterThanOrEqual(0)
  expect(run.lateMs!, label).toBeLessThanOrEqual(target.lateMs)
  expect(run.polls, label).toBeLessThanOrEqual(target.polls)
}

function expectSafeGaps(run: PollSimulation, label: string, opts = DEFAULTS): void {
  expect(run.lateMs, label).toBeDefined()
  expect(run.lateMs!, label).toBeLessThanOrEqual(opts.maxPollIntervalMs)
  for (const gap of run.gaps) {
    expect(gap, label).toBeGreaterThanOrEqual(opts.pollIntervalMs)
    expect(gap, label).toBeLessThanOrEqual(opts.maxPollIntervalMs)
  }
}

describe('the default inputs', () => {
  test('max-poll-interval stays at most 5 minutes, and above the poll interval', () => {
    expect(DEFAULTS.maxPollIntervalMs).toBeLessThanOrEqual(5 * MINUTE)
    expect(DEFAULTS.maxPollIntervalMs).toBeGreaterThan(DEFAULTS.pollIntervalMs)
  })
})

describe('steady progress: the figures of the issue', () => {
  test('a 2 h job is seen ending at most 10 s late in at most 60 polls, wherever in 1:59–2:01 it ends', () => {
    for (const totalMs of around(TWO_HOURS.totalMs, MINUTE)) {
      expectWithinTarget(replay(jobTimeline(totalMs)), TWO_HOURS, `${totalMs} ms`)
    }
  })

  test('a 10-minute job is seen ending at most 3 s late in at most 20 polls, wherever in 9:30–10:30 it ends', () => {
    for (const totalMs of around(TEN_MINUTES.totalMs, 30 * SECOND)) {
      expectWithinTarget(replay(jobTimeline(totalMs)), TEN_MINUTES, `${totalMs} ms`)
    }
  })

  test('a job of minutes to hours never goes past the max gap, nor below the poll interval', () => {
    for (const totalMs of [6 * SECOND, MINUTE, 10 * MINUTE, HOUR, 2 * HOUR, 5.5 * HOUR]) {
      expectSafeGaps(replay(jobTimeline(totalMs)), `${totalMs} ms`)
    }
  })
})

describe('any progress shape, any end moment, a failure at any moment', () => {
  const lengths = [6 * SECOND, 45 * SECOND, 10 * MINUTE, 37 * MINUTE, 2 * HOUR, 5.5 * HOUR]

  test.each(PROGRESS_SHAPES.map((shape) => [shape]))('%s: the end is never seen later than max-poll-interval', (shape) => {
    for (const totalMs of lengths) {
      for (const endOffsetMs of [-7 * SECOND, 0, 13 * SECOND]) {
        const length = totalMs + endOffsetMs
        expectSafeGaps(replay(jobTimeline(length, { shape })), `${shape} ${length} ms`)
      }
    }
  })

  test.each(PROGRESS_SHAPES.map((shape) => [shape]))(
    '%s: a failure at any moment is seen at most max-poll-interval late',
    (shape) => {
      for (const totalMs of [10 * MINUTE, 2 * HOUR]) {
        // 97 moments from the first second to the last, not in step with any gap.
        for (let failAtMs = SECOND; failAtMs < totalMs; failAtMs += Math.round(totalMs / 97) + 17) {
          const run = replay(jobTimeline(totalMs, { shape, failAtMs }))
          expectSafeGaps(run, `${shape} ${totalMs} ms failing at ${failAtMs} ms`)
        }
      }
    }
  )

  test('a failure in the first minute of a long job is seen within seconds, not a max gap later', () => {
    for (const failAtMs of [2 * SECOND, 10 * SECOND, 30 * SECOND]) {
      const run = replay(jobTimeline(2 * HOUR, { failAtMs }))
      // Knowing nothing yet, no gap is much longer than the time already waited.
      expect(run.lateMs!).toBeLessThanOrEqual(failAtMs + 2 * DEFAULTS.pollIntervalMs)
    }
  })
})

describe('the progress rate', () => {
  /** The old rule: the newest reading alone, as if the run began with the wait. */
  const lastReadingEndMs = (observation: PollObservation): number => (observation.elapsedMs * 100) / observation.progress!

  test("over many answers it foresees a 2 h job's end better than the last reading does", () => {
    const timeline = jobTimeline(2 * HOUR)
    // The moment progress reaches 100 % (FINALIZING begins), which both estimates aim at.
    const runningEndMs = timeline.totalMs - timeline.totalMs / 240
    const seen: PollObservation[] = []
    const rateErrors: number[] = []
    const lastErrors: number[] = []
    let elapsedMs = 0
    for (;;) {
      const reading = timeline.at(elapsedMs)
      if (reading.status !== 'RUNNING' && seen.length > 0 && seen.at(-1)!.status === 'RUNNING') break
      const observation = { elapsedMs, ...reading }
      rememberObservation(seen, observation)
      if (reading.status === 'RUNNING' && reading.progress >= 10) {
        rateErrors.push(Math.abs(foreseeEnd(seen)!.endMs! - runningEndMs))
        lastErrors.push(Math.abs(lastReadingEndMs(observation) - runningEndMs))
      }
      elapsedMs += nextPollDelay({ ...observation, seen }, DEFAULTS)
    }
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length
    expect(rateErrors.length).toBeGreaterThan(20)
    expect(mean(rateErrors)).toBeLessThan(mean(lastErrors) / 2)
    // From 90 % on, the rate puts the end within one percent (72 s); one reading cannot do better than that.
    const late = rateErrors.slice(-5)
    for (const error of late) expect(error).toBeLessThan(72 * SECOND)
  })

  test('a wait begun mid-run (status on a running job): `seen` meets the 2 h target, the newest answer alone costs more', () => {
    const timeline = jobTimeline(2 * HOUR)
    for (const startMs of [HOUR, 100 * MINUTE]) {
      const at = (elapsedMs: number) => timeline.at(startMs + elapsedMs)
      const endMs = timeline.endMs - startMs
      let elapsedMs = 0
      let newestOnlyPolls = 1
      for (; at(elapsedMs).status !== 'COMPLETED_SUCCESS'; newestOnlyPolls++) {
        elapsedMs += nextPollDelay({ elapsedMs, ...at(elapsedMs) }, DEFAULTS)
      }
      const withSeen = simulatePolls(at, endMs, DEFAULTS)
      expectWithinTarget(withSeen, TWO_HOURS, `from ${startMs} ms`)
      expect(withSeen.polls).toBeLessThan(newestOnlyPolls)
      if (startMs === 100 * MINUTE) expect(newestOnlyPolls).toBeGreaterThan(TWO_HOURS.polls)
    }
  })
})

describe("earlier runs' length (expectedDurationMs)", () => {
  const cases: [string, number][] = [
    ['right', 1],
    ['half the real length', 0.5],
    ['twice the real length', 2]
  ]

  test.each(cases)('%s: steady jobs still meet their targets, the rate taking over', (_label, factor) => {
    for (const target of [TWO_HOURS, TEN_MINUTES]) {
      for (const totalMs of around(target.totalMs, 20 * SECOND, 5 * SECOND)) {
        expectWithinTarget(replay(jobTimeline(totalMs), totalMs * factor), target, `${totalMs} ms`)
      }
    }
  })

  test.each(cases)('%s: with no progress to go by, the end is still seen at most max-poll-interval late', (_label, factor) => {
    for (const totalMs of [10 * MINUTE, 2 * HOUR, 5.5 * HOUR]) {
      for (const shape of ['none', 'stall-99', 'jumps'] satisfies ProgressShape[]) {
        expectSafeGaps(replay(jobTimeline(totalMs, { shape }), totalMs * factor), `${shape} ${totalMs} ms`)
      }
    }
  })

  test('a right estimate spares polls on a 2 h job', () => {
    const timeline = jobTimeline(2 * HOUR)
    expect(replay(timeline, 2 * HOUR).polls).toBeLessThan(replay(timeline).polls)
  })

  test('nonsense estimates are ignored', () => {
    const state = { elapsedMs: 20 * SECOND, status: 'QUEUED' }
    const plain = nextPollDelay(state, DEFAULTS)
    for (const expectedDurationMs of [Number.NaN, -5, 0, Number.POSITIVE_INFINITY]) {
      expect(nextPollDelay({ ...state, expectedDurationMs }, DEFAULTS)).toBe(plain)
    }
  })
})

describe('nextPollDelay is pure', () => {
  test('the same state gives the same gap, whatever was asked before, and is left as it was', () => {
    const timeline = jobTimeline(2 * HOUR)
    const seen: PollObservation[] = []
    for (let elapsedMs = 0; elapsedMs < HOUR; elapsedMs += 97 * SECOND)
      rememberObservation(seen, { elapsedMs, ...timeline.at(elapsedMs) })
    const state = { ...seen.at(-1)!, seen, expectedDurationMs: 2 * HOUR }
    const before = structuredClone(state)
    const first = nextPollDelay(state, DEFAULTS)
    nextPollDelay({ elapsedMs: 5 * SECOND, status: 'FINALIZING', progress: 100 }, DEFAULTS)
    nextPollDelay({ ...state, expectedDurationMs: undefined }, { ...DEFAULTS, maxPollIntervalMs: 10 * SECOND })
    expect(nextPollDelay(state, DEFAULTS)).toBe(first)
    expect(nextPollDelay(structuredClone(before), DEFAULTS)).toBe(first)
    expect(state).toEqual(before)
  })

  test('a `seen` without the newest answer is read as if it ended with it', () => {
    const seen = [
      { elapsedMs: 600 * SECOND, status: 'RUNNING', progress: 8 },
      { elapsedMs: 1200 * SECOND, status: 'RUNNING', progress: 16 }
    ]
    const newest = { elapsedMs: 1800 * SECOND, status: 'RUNNING', progress: 24 }
    expect(nextPollDelay({ ...newest, seen }, DEFAULTS)).toBe(nextPollDelay({ ...newest, seen: [...seen, newest] }, DEFAULTS))
  })
})

describe('the bound on `seen`', () => {
  test('ten thousand answers keep at most MAX_SEEN, oldest first, the newest last', () => {
    const seen: PollObservation[] = []
    for (let i = 0; i < 10_000; i++) rememberObservation(seen, { elapsedMs: i * SECOND, status: 'RUNNING', progress: i % 100 })
    expect(seen.length).toBeLessThanOrEqual(MAX_SEEN)
    expect(seen.at(-1)!.elapsedMs).toBe(9999 * SECOND)
    expect(seen[0]!.elapsedMs).toBe(0)
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.elapsedMs).toBeGreaterThan(seen[i - 1]!.elapsedMs)
    // The recent stretch stays whole: the rate is read from it.
    expect(seen.slice(-MAX_SEEN / 2).map((o) => o.elapsedMs / SECOND)).toEqual(
      Array.from({ length: MAX_SEEN / 2 }, (_, i) => 10_000 - MAX_SEEN / 2 + i)
    )
  })

  test('a 6 h wait on a job that reports no progress replays in bounded steps', () => {
    const run = replay(jobTimeline(5.9 * HOUR, { shape: 'none' }))
    expectSafeGaps(run, 'none 5.9 h')
    expect(run.polls).toBeGreaterThan(MAX_SEEN)
  })
})

describe('waitForInstance feeds the schedule', () => {
  function instance(status: string, progress: number): JobInstance {
    return { id: '1', status: { value: status }, progress, alerts: [], counters: [], actions: [] }
  }

  /** A fake Alma following `timeline` on a fake clock that sleeping moves on. */
  async function waitOn(timeline: JobTimeline, expectedDurationMs?: number) {
    let now = 0
    const api = {
      getInstance: async () => {
        const reading = timeline.at(now)
        return instance(reading.status, reading.progress)
      }
    }
    const result = await waitForInstance(api, 'M1', '1', {
      ...DEFAULTS,
      expectedDurationMs,
      now: () => now,
      sleep: async (ms: number) => {
        now += ms
      }
    })
    return { ...result, lateMs: now - timeline.endMs }
  }

  test('a steady 2 h job: the targets hold in the loop as in the replay', async () => {
    const result = await waitOn(jobTimeline(2 * HOUR + 17 * SECOND))
    expect(result.end).toBe('finished')
    expect(result.polls).toBeLessThanOrEqual(TWO_HOURS.polls)
    expect(result.lateMs).toBeGreaterThanOrEqual(0)
    expect(result.lateMs).toBeLessThanOrEqual(TWO_HOURS.lateMs)
  })

  test('expectedDurationMs is passed on: fewer polls for the same job', async () => {
    const timeline = jobTimeline(2 * HOUR)
    const without = await waitOn(timeline)
    const withEstimate = await waitOn(timeline, 2 * HOUR)
    expect(withEstimate.end).toBe('finished')
    expect(withEstimate.polls).toBeLessThan(without.polls)
    expect(withEstimate.lateMs).toBeLessThanOrEqual(TWO_HOURS.lateMs)
  })
})

describe("the simulator's runs follow a named shape", () => {
  test.each(PROGRESS_SHAPES.map((shape) => [shape]))('%s: a run shows what the replayed timeline shows', (shape) => {
    const totalMs = 2 * HOUR
    const timeline = jobTimeline(totalMs, { shape })
    const run = {
      submittedAt: 0,
      seq: 1,
      timeline: {
        queuedMs: totalMs / 120,
        initializingMs: totalMs / 240,
        runningMs: totalMs - totalMs / 120 - totalMs / 120,
        finalizingMs: totalMs / 240,
        end: 'COMPLETED_SUCCESS',
        shape
      }
    } as SimInstance
    for (let elapsedMs = 0; elapsedMs <= totalMs; elapsedMs += 61_000) {
      const snapshot = instanceSnapshot(run, elapsedMs)
      expect({ status: snapshot.status, progress: snapshot.progress }, `${elapsedMs} ms`).toEqual(timeline.at(elapsedMs))
    }
  })
})
