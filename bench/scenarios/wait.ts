// Waiting for the end of a run, with the action's defaults (poll-interval, max-poll-interval,
// timeout): a 6 s job for real against the simulator, our waits and the baseline's side by side
// at the same time. Long jobs are replayed without sleeping in poll-schedule.ts.
import { DEFAULT_TIMELINE, startSimulator, WELL_KNOWN_JOBS, type Timeline } from '../../sim/index.js'
import { AlmaClient, classifyStatus } from '../../src/alma/index.js'
import { Inputs } from '../../src/inputs.js'
import { Defaults, parseDuration } from '../../src/settings.js'
import { waitForInstance, type PollScheduleOptions } from '../../src/alma/wait.js'
import { instanceStatus, PlainAlma } from '../plain-http.js'
import { median, ratio, seconds, times } from '../stats.js'
import type { BenchOptions, ScenarioResult } from '../types.js'

/** What the action does when the workflow sets nothing but `wait: true`. */
export const ACTION_DEFAULTS: PollScheduleOptions = {
  pollIntervalMs: parseDuration(Inputs.pollInterval, Defaults.pollInterval),
  maxPollIntervalMs: parseDuration(Inputs.maxPollInterval, Defaults.maxPollInterval),
  timeoutMs: parseDuration(Inputs.timeout, Defaults.timeout)
}

const SHORT_GOAL = { lateMs: 1000, polls: 6 }
const SHORT_BASELINE_GAP_MS = 10_000

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

function timelineLength(timeline: Timeline): number {
  return timeline.queuedMs + timeline.initializingMs + timeline.runningMs + (timeline.finalizingMs ?? 0)
}
