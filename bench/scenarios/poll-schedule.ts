// The poll schedule on 10 min, 2 h and 6 h jobs, replayed without sleeping under the action's
// default inputs (issue 14): ours against a peer script's fixed 15 s and fixed 60 s gaps, on
// steady progress and on progress that stalls at 99 %. Lateness depends on where the end falls
// between two polls, so each row sweeps the run's length over a couple of minutes.
import { jobTimeline, type JobTimeline, type ProgressShape } from '../../sim/timelines.js'
import { classifyStatus } from '../../src/alma/index.js'
import { simulatePolls, type PollSimulation } from '../../src/alma/wait.js'
import { max, median, ratio, seconds, times } from '../stats.js'
import type { ScenarioResult } from '../types.js'
import { ACTION_DEFAULTS } from './wait.js'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const FIXED_GAPS_MS = [15_000, 60_000] as const

interface Case {
  id: string
  label: string
  /** Lengths from submit to end; the 6 h ones end by the default timeout. */
  lengthsMs: number[]
  shape: ProgressShape
  /** The figures for steady progress; otherwise: never later than max-poll-interval. */
  goal?: { lateMs: number; polls: number }
}

/** `count` lengths a second apart, the last at `lastMs`. */
const lengthsUpTo = (lastMs: number, count: number): number[] =>
  Array.from({ length: count }, (_, i) => lastMs - (count - 1 - i) * 1000)

const CASES: Case[] = [
  {
    id: '10m',
    label: '10 min',
    lengthsMs: lengthsUpTo(10 * MINUTE + 30_000, 61),
    shape: 'steady',
    goal: { lateMs: 3000, polls: 20 }
  },
  {
    id: '2h',
    label: '2 h',
    lengthsMs: lengthsUpTo(2 * HOUR + MINUTE, 121),
    shape: 'steady',
    goal: { lateMs: 10_000, polls: 60 }
  },
  { id: '6h', label: '6 h', lengthsMs: lengthsUpTo(6 * HOUR, 121), shape: 'steady' },
  { id: '10m-stall', label: '10 min', lengthsMs: lengthsUpTo(10 * MINUTE + 30_000, 61), shape: 'stall-99' },
  { id: '2h-stall', label: '2 h', lengthsMs: lengthsUpTo(2 * HOUR + MINUTE, 121), shape: 'stall-99' },
  { id: '6h-stall', label: '6 h', lengthsMs: lengthsUpTo(6 * HOUR, 121), shape: 'stall-99' }
]

interface Sweep {
  /** Polls of the run of the middle length, and the most over the sweep. */
  polls: number
  maxPolls: number
  /** Lateness over the sweep. */
  medianLateMs: number
  maxLateMs: number
}

function sweep(timelines: JobTimeline[], schedule: (timeline: JobTimeline) => PollSimulation): Sweep {
  const runs = timelines.map(schedule)
  const late = runs.map((run) => run.lateMs ?? Number.POSITIVE_INFINITY)
  return {
    polls: runs[runs.length >> 1]!.polls,
    maxPolls: max(runs.map((run) => run.polls)),
    medianLateMs: median(late),
    maxLateMs: max(late)
  }
}

export function pollScheduleScenarios(): ScenarioResult[] {
  return CASES.map((scenario) => {
    const timelines = scenario.lengthsMs.map((lengthMs) => jobTimeline(lengthMs, { shape: scenario.shape }))
    const ours = sweep(timelines, (timeline) => simulatePolls(timeline.at, timeline.endMs, ACTION_DEFAULTS))
    const fixed = FIXED_GAPS_MS.map((gapMs) =>
      sweep(timelines, (timeline) => fixedPolls(timeline, gapMs, ACTION_DEFAULTS.timeoutMs))
    )
    const [every15, every60] = fixed as [Sweep, Sweep]
    const maxGapMs = ACTION_DEFAULTS.maxPollIntervalMs
    const goal = scenario.goal
    const met = goal
      ? ours.maxLateMs >= 0 && ours.maxLateMs <= goal.lateMs && ours.maxPolls <= goal.polls
      : ours.maxLateMs <= maxGapMs
    const shapeText = scenario.shape === 'steady' ? 'steady progress' : 'progress stalls at 99 %'
    return {
      id: `poll-schedule-${scenario.id}`,
      row: {
        scenario: `poll schedule, ${scenario.label} job, ${shapeText} (computed)`,
        ours: `${ours.polls} polls (≤ ${ours.maxPolls}), ≤ ${seconds(ours.maxLateMs)} late (median ${seconds(ours.medianLateMs)})`,
        baseline:
          `every 15 s: ${every15.polls} polls, ≤ ${seconds(every15.maxLateMs)} late; ` +
          `every 60 s: ${every60.polls} polls, ≤ ${seconds(every60.maxLateMs)} late`,
        ratio: times(ratio(ours.polls, every15.polls)),
        calls: `${ours.polls} / ${every15.polls} / ${every60.polls}`,
        goal: goal ? `≤ ${goal.lateMs / 1000} s late, ≤ ${goal.polls} polls` : `≤ ${maxGapMs / 1000} s late (max-poll-interval)`,
        met,
        missedBecause: met
          ? undefined
          : `up to ${ours.maxPolls} polls and ${seconds(ours.maxLateMs)} late over the sweep; ` +
            `the end gap (END_GAP_PER_ROOT_MS) or the aim (AIM_SHARE) in src/alma/wait.ts set the trade.`
      },
      data: {
        schedule: ACTION_DEFAULTS,
        shape: scenario.shape,
        lengthsMs: [scenario.lengthsMs[0], scenario.lengthsMs.at(-1)],
        ours,
        fixed: { 15_000: every15, 60_000: every60 },
        goal: goal ?? { maxLateMs: maxGapMs }
      }
    }
  })
}

/** A peer script: sleep the gap, look, again; the first look after the first gap. */
export function fixedPolls(timeline: JobTimeline, gapMs: number, timeoutMs: number): PollSimulation {
  const gaps: number[] = []
  for (let elapsedMs = gapMs; elapsedMs <= timeoutMs; elapsedMs += gapMs) {
    gaps.push(gapMs)
    if (classifyStatus(timeline.at(elapsedMs).status).terminal)
      return { polls: gaps.length, lateMs: elapsedMs - timeline.endMs, gaps, lastPollMs: elapsedMs }
  }
  return { polls: gaps.length, lateMs: undefined, gaps, lastPollMs: gaps.length * gapMs }
}
