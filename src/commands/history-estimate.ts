// How long a job's runs usually take, from one page of its recent successful runs: the wait's
// aim until the run's own progress shows a rate (how-it-works.md, Waiting).
import type { JobInstance } from '../alma/index.js'
import { parseTime } from '../report/format.js'
import type { CommandContext } from './types.js'

/** One page of this many runs is the whole cost: one request. */
export const HISTORY_RUNS = 10
/** Runs submitted in these last days only: an old run says little about today's data. */
export const HISTORY_DAYS = 30
/** A run that took longer than this is a clock gone wrong, not a length to aim at. */
const MAX_RUN_MS = 7 * 86_400_000
/** §4: the plain success; a failed or aborted run stops early, one with no bulks did nothing. */
const SUCCESS = 'COMPLETED_SUCCESS'

/**
 * The median of submit→end (start→end when the submit time is missing) over the runs that
 * ended successfully, leaving out `currentId` and lengths that are not a positive time under
 * MAX_RUN_MS. Times as §3.4 and §7.5 describe them; undefined when no run qualifies.
 */
export function typicalRunMs(runs: readonly JobInstance[], currentId: string): number | undefined {
  const lengths: number[] = []
  for (const run of runs.slice(0, HISTORY_RUNS)) {
    if (run.id === currentId || run.status.value !== SUCCESS) continue
    const endMs = parseTime(run.endTime)
    const fromMs = parseTime(run.submitTime) ?? parseTime(run.startTime)
    if (endMs === undefined || fromMs === undefined) continue
    const lengthMs = endMs - fromMs
    if (lengthMs > 0 && lengthMs <= MAX_RUN_MS) lengths.push(lengthMs)
  }
  if (lengths.length === 0) return undefined
  lengths.sort((a, b) => a - b)
  const middle = Math.floor(lengths.length / 2)
  return lengths.length % 2 === 1 ? lengths[middle]! : (lengths[middle - 1]! + lengths[middle]!) / 2
}

/**
 * The wait's `expectedDuration`: when the run is expected to end, counted from the wait's start
 * (`waitStartedAt`, ms since the epoch). `submittedAt` is when the run was sent (run: the wait
 * starts then); without it (status) the newest instance's submit_time says how far along it was.
 * A failed list request is noted at debug level and taken as no estimate.
 */
export function historyEstimate(
  ctx: Pick<CommandContext, 'client' | 'log'>,
  jobId: string,
  instanceId: string,
  waitStartedAt: number,
  submittedAt?: number
): (latest: JobInstance | undefined, options: { signal: AbortSignal }) => Promise<number | undefined> {
  return async (latest, { signal }) => {
    let runs: JobInstance[]
    try {
      const from = new Date(waitStartedAt - HISTORY_DAYS * 86_400_000).toISOString().slice(0, 10)
      runs = await ctx.client.listInstances(jobId, { from, status: SUCCESS }, { limit: HISTORY_RUNS, signal })
    } catch (error) {
      ctx.log.debug(`No estimate from earlier runs: ${error instanceof Error ? error.message : String(error)}`)
      return undefined
    }
    const typicalMs = typicalRunMs(runs, instanceId)
    const sentAt = submittedAt ?? parseTime(latest?.submitTime)
    if (typicalMs === undefined || sentAt === undefined) return undefined
    const leftMs = typicalMs - Math.max(0, waitStartedAt - sentAt)
    return leftMs > 0 ? leftMs : undefined
  }
}
