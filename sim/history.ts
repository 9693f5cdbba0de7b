// The run histories of HISTORY_JOBS (seed.ts), for `check` to judge: runs submitted before the
// simulator started, counted back from its start. How long each run took comes from the seed.
import { HISTORY_JOBS, prng } from './seed.js'
import type { AddRunOptions, Timeline } from './types.js'

/** A past run: one that went by a timeline (ended before the start), or one held in a state. */
export type PlannedRun =
  | { jobId: string; submittedAt: number; timeline: Timeline }
  | { jobId: string; submittedAt: number; held: Omit<AddRunOptions, 'submittedAt' | 'env' | 'name'> }

const MINUTE_MS = 60_000
const HOUR_MS = 60 * MINUTE_MS
const DAY_MS = 24 * HOUR_MS

/** Every run of every history job, oldest first; the same for the same `start` and `seed`. */
export function historyPlan(start: number, seed: number): PlannedRun[] {
  const random = prng(seed ^ 0x5eed)
  /** A whole number of ms in [low, high). */
  const between = (lowMs: number, highMs: number) => lowMs + Math.floor(random() * (highMs - lowMs))
  const timeline = (runningMs: [number, number], end: Timeline['end']): Timeline => ({
    queuedMs: between(2_000, 30_000),
    initializingMs: between(5_000, 20_000),
    runningMs: between(...runningMs),
    finalizingMs: between(5_000, 30_000),
    end
  })
  const runs: PlannedRun[] = []
  /** `count` runs of `jobId`, the newest `newestAgoMs` before the start, `everyMs` apart. */
  const series = (
    jobId: string,
    count: number,
    newestAgoMs: number,
    everyMs: number,
    runningMs: [number, number],
    end: (ago: number) => Timeline['end'] = () => 'COMPLETED_SUCCESS'
  ) => {
    for (let ago = count - 1; ago >= 0; ago--) {
      runs.push({ jobId, submittedAt: start - newestAgoMs - ago * everyMs, timeline: timeline(runningMs, end(ago)) })
    }
  }
  const H = HISTORY_JOBS
  // Each newest run ends well before the start: 4 h, 10 min, 8 h and so on ago, in minutes at most.
  series(H.dailyPublishing, 7, 4 * HOUR_MS, DAY_MS, [12 * MINUTE_MS, 25 * MINUTE_MS])
  series(H.hourlyImport, 48, 10 * MINUTE_MS, HOUR_MS, [1 * MINUTE_MS, 4 * MINUTE_MS])
  series(H.failedLastNight, 7, 8 * HOUR_MS, DAY_MS, [10 * MINUTE_MS, 20 * MINUTE_MS], (ago) =>
    ago === 0 ? 'COMPLETED_FAILED' : 'COMPLETED_SUCCESS'
  )
  series(H.stoppedRunning, 7, 4 * DAY_MS + 2 * HOUR_MS, DAY_MS, [5 * MINUTE_MS, 10 * MINUTE_MS])
  series(H.stuckForADay, 5, 26 * HOUR_MS + DAY_MS, DAY_MS, [20 * MINUTE_MS, 40 * MINUTE_MS])
  const stuckAt = start - 26 * HOUR_MS
  runs.push({
    jobId: H.stuckForADay,
    submittedAt: stuckAt,
    held: { status: 'RUNNING', startedAt: stuckAt + between(20_000, 60_000), progress: 37 }
  })
  // Every 6 h for 2 days; the run 13 h before the start failed, the 2 after it did not.
  series(H.failedThenFixed, 8, 1 * HOUR_MS, 6 * HOUR_MS, [2 * MINUTE_MS, 6 * MINUTE_MS], (ago) =>
    ago === 2 ? 'FAILED' : 'COMPLETED_SUCCESS'
  )
  return runs.sort((a, b) => a.submittedAt - b.submittedAt)
}
