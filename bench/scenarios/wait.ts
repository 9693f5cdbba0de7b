// Waiting for the end of a run, with the action's defaults (poll-interval, max-poll-interval,
// timeout). A 6 s job for real against the simulator, our waits and the baseline's side by side
// at the same time; a 2 h job by replaying both poll schedules against its timeline (simulatePolls).
import {
  DEFAULT_TIMELINE,
  instanceSnapshot,
  startSimulator,
  WELL_KNOWN_JOBS,
  type SimInstance,
  type Timeline
} from '../../sim/index.js'
import { AlmaClient, classifyStatus } from '../../src/alma/index.js'
import { Inputs } from '../../src/inputs.js'
import { Defaults, parseDuration } from '../../src/settings.js'
import {
  simulatePolls,
  waitForInstance,
  type PollScheduleOptions,
  type PollSimulation,
  type TimelinePoint
} from '../../src/alma/wait.js'
import { instanceStatus, PlainAlma } from '../plain-http.js'
import { max, median, ratio, seconds, times } from '../stats.js'
import type { BenchOptions, ScenarioResult } from '../types.js'

/** What the action does when the workflow sets nothing but `wait: true`. */
export const ACTION_DEFAULTS: PollScheduleOptions = {
  pollIntervalMs: parseDuration(Inputs.pollInterval, Defaults.pollInterval),
  maxPollIntervalMs: parseDuration(Inputs.maxPollInterval, Defaults.maxPollInterval),
  timeoutMs: parseDuration(Inputs.timeout, Defaults.timeout)
}

const SHORT_GOAL = { lateMs: 1000, polls: 6 }
const SHORT_BASELINE_GAP_MS = 10_000
const LONG_GOAL = { polls: 140 }
const LONG_BASELINE_GAP_MS = 15_000
const TWO_HOURS_MS = 2 * 3_600_000

interface SeenEnd {
  /** When the waiter had the end state in hand, minus when the run ended in the simulator. */
  lateMs: number
  polls: number
}

/** N waits of ours and N of the baseline, all at once, each on its own run of the default ~6 s timeline. */
export async function shortWaitScenario(options: BenchOptions): Promise<ScenarioResult> {
  const sim = await startSimulator({ latencyMs: options.latencyMs, timeline: DEFAULT_TIMELINE })
  sim.faults.throttle = false // 2N runs of one job at once; the throttle (§3.3) is not measured here
  const client = new AlmaClient({ apiKey: sim.apiKey, baseUrl: sim.url })
  const plain = new PlainAlma(sim.url, sim.apiKey)
  const jobId = WELL_KNOWN_JOBS.exportThingsAndStuff
  const endOf = (instanceId: string): number => {
    const run = sim.instances(jobId).find((candidate) => candidate.id === instanceId)!
    return run.submittedAt + timelineLength(run.timeline)
  }
  try {
    const ourWait = async (): Promise<SeenEnd> => {
      const { instanceId } = await client.runJob(jobId, [])
      const result = await waitForInstance(client, jobId, instanceId, ACTION_DEFAULTS)
      const seenAt = Date.now()
      if (result.end !== 'finished') throw new Error(`our wait ended with ${result.end}`)
      return { lateMs: seenAt - endOf(instanceId), polls: result.polls }
    }
    // A peer script: sleep the fixed gap, then look; again until the status is an end state.
    const baselineWait = async (): Promise<SeenEnd> => {
      const { instanceId } = await client.runJob(jobId, [])
      for (let polls = 1; ; polls++) {
        await new Promise((resolve) => setTimeout(resolve, SHORT_BASELINE_GAP_MS))
        const status = await instanceStatus(plain, jobId, instanceId)
        if (classifyStatus(status).terminal) return { lateMs: Date.now() - endOf(instanceId), polls }
      }
    }
    const runs = Array.from({ length: options.runs })
    const [ours, baseline] = await Promise.all([Promise.all(runs.map(ourWait)), Promise.all(runs.map(baselineWait))])

    const oursLate = median(ours.map((seen) => seen.lateMs))
    const oursPolls = median(ours.map((seen) => seen.polls))
    const baselineLate = median(baseline.map((seen) => seen.lateMs))
    const baselinePolls = median(baseline.map((seen) => seen.polls))
    const met = oursLate <= SHORT_GOAL.lateMs && oursPolls <= SHORT_GOAL.polls
    return {
      id: 'wait-6s',
      row: {
        scenario: `wait on a ${seconds(timelineLength(DEFAULT_TIMELINE))} job`,
        ours: `end seen ${seconds(oursLate)} late, ${oursPolls} polls`,
        baseline: `every ${SHORT_BASELINE_GAP_MS / 1000} s: ${seconds(baselineLate)} late, ${baselinePolls} poll${baselinePolls === 1 ? '' : 's'}`,
        ratio: times(ratio(oursLate, baselineLate)),
        calls: `${oursPolls} / ${baselinePolls}`,
        goal: `≤ ${SHORT_GOAL.lateMs / 1000} s late, ≤ ${SHORT_GOAL.polls} polls`,
        met,
        missedBecause: met
          ? undefined
          : `late by ${ours.map((seen) => seen.lateMs).join(', ')} ms with ${ours.map((seen) => seen.polls).join(', ')} polls; ` +
            `shorter gaps near the end (nextPollDelay's ETA from progress) would close it.`
      },
      data: {
        timeline: DEFAULT_TIMELINE,
        schedule: ACTION_DEFAULTS,
        ours,
        baseline,
        baselineGapMs: SHORT_BASELINE_GAP_MS,
        goal: SHORT_GOAL
      }
    }
  } finally {
    client.close()
    plain.close()
    await sim.close()
  }
}

/**
 * A 2 h job (a minute queued, half a minute each initializing and finalizing, progress in
 * between), replayed without waiting. "Never more than max-poll-interval late" is checked over
 * end times from 1:59 to 2:01, one a second, since lateness depends on where the end falls.
 */
export function longWaitScenario(): ScenarioResult {
  const offsetsS = Array.from({ length: 121 }, (_, i) => i - 60)
  const ours: PollSimulation[] = []
  const baseline: PollSimulation[] = []
  for (const offsetS of offsetsS) {
    const timeline = twoHourTimeline(offsetS * 1000)
    const { at, endMs } = replayable(timeline)
    ours.push(simulatePolls(at, endMs, ACTION_DEFAULTS))
    baseline.push(fixedPolls(at, endMs, LONG_BASELINE_GAP_MS, ACTION_DEFAULTS.timeoutMs))
  }
  const exact = offsetsS.indexOf(0)
  const oursPolls = ours[exact].polls
  const oursMaxPolls = max(ours.map((run) => run.polls))
  const oursMaxLate = max(ours.map((run) => run.lateMs ?? Number.POSITIVE_INFINITY))
  const baselinePolls = baseline[exact].polls
  const baselineMaxLate = max(baseline.map((run) => run.lateMs ?? Number.POSITIVE_INFINITY))
  const met = oursMaxPolls <= LONG_GOAL.polls && oursMaxLate <= ACTION_DEFAULTS.maxPollIntervalMs
  return {
    id: 'wait-2h',
    row: {
      scenario: 'wait on a 2 h job (schedule computed)',
      ours: `${oursPolls} polls (≤ ${oursMaxPolls} for 1:59–2:01), ≤ ${seconds(oursMaxLate)} late`,
      baseline: `every ${LONG_BASELINE_GAP_MS / 1000} s: ${baselinePolls} polls, ≤ ${seconds(baselineMaxLate)} late`,
      ratio: times(ratio(oursPolls, baselinePolls)),
      calls: `${oursPolls} / ${baselinePolls}`,
      goal: `≤ ${LONG_GOAL.polls} polls, ≤ ${ACTION_DEFAULTS.maxPollIntervalMs / 1000} s late`,
      met,
      missedBecause: met
        ? undefined
        : `up to ${oursMaxPolls} polls and ${seconds(oursMaxLate)} late; a faster ramp to max-poll-interval (GROWTH_PER_ELAPSED in src/wait.ts) would cut polls.`
    },
    data: {
      schedule: ACTION_DEFAULTS,
      endOffsetsS: offsetsS,
      ours: {
        polls: oursPolls,
        maxPolls: oursMaxPolls,
        maxLateMs: oursMaxLate,
        lateMsAt2h: ours[exact].lateMs,
        firstGapsMs: ours[exact].gaps.slice(0, 20)
      },
      baseline: { gapMs: LONG_BASELINE_GAP_MS, polls: baselinePolls, maxLateMs: baselineMaxLate },
      goal: { ...LONG_GOAL, maxLateMs: ACTION_DEFAULTS.maxPollIntervalMs }
    }
  }
}

function twoHourTimeline(extraMs: number): Timeline {
  return {
    queuedMs: 60_000,
    initializingMs: 30_000,
    runningMs: TWO_HOURS_MS - 120_000 + extraMs,
    finalizingMs: 30_000,
    end: 'COMPLETED_SUCCESS'
  }
}

function timelineLength(timeline: Timeline): number {
  return timeline.queuedMs + timeline.initializingMs + timeline.runningMs + (timeline.finalizingMs ?? 0)
}

/** The simulator's own status-and-progress function, for a run submitted at 0. */
function replayable(timeline: Timeline): { at: (elapsedMs: number) => TimelinePoint; endMs: number } {
  const run = { submittedAt: 0, timeline, seq: 1 } as SimInstance
  return {
    at: (elapsedMs) => {
      const snapshot = instanceSnapshot(run, elapsedMs)
      return { status: snapshot.status, progress: snapshot.progress }
    },
    endMs: timelineLength(timeline)
  }
}

/** The baseline's schedule: sleep `gapMs`, look, again; the first look after the first gap. */
function fixedPolls(at: (elapsedMs: number) => TimelinePoint, endMs: number, gapMs: number, timeoutMs: number): PollSimulation {
  const gaps: number[] = []
  for (let elapsedMs = gapMs; elapsedMs <= timeoutMs; elapsedMs += gapMs) {
    gaps.push(gapMs)
    if (classifyStatus(at(elapsedMs).status).terminal)
      return { polls: gaps.length, lateMs: elapsedMs - endMs, gaps, lastPollMs: elapsedMs }
  }
  return { polls: gaps.length, lateMs: undefined, gaps, lastPollMs: gaps.length * gapMs }
}
