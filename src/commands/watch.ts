// Shared by run and status: wait on an instance and describe how it ended.
import { ABORTED, untilAborted } from '../alma/abort.js'
import { classifyStatus, waitForInstance, type JobInstance, type PollScheduleOptions } from '../alma/index.js'
import { withTableDescription } from '../alma/statuses.js'
import { historyEstimate } from './history-estimate.js'
import type { CommandContext, InstanceReport } from './types.js'

/**
 * Waits and fills in the report's instance, end and outcome. `deadlineAt` (ms since the epoch)
 * ends the wait sooner than `wait.timeoutMs` when time was spent before it (status by name).
 * `submittedAt`: the run was sent then (run); the estimate from earlier runs counts from it.
 */
export async function watchInstance(
  ctx: CommandContext,
  report: InstanceReport,
  wait: PollScheduleOptions,
  options: { unknownInstanceGraceMs?: number; deadlineAt?: number; submittedAt?: number } = {}
): Promise<InstanceReport> {
  const deadlineAt = options.deadlineAt ?? Date.now() + wait.timeoutMs
  const warned = new Set<string>()
  let missedPolls = 0
  const startedAt = Date.now()
  const result = await waitForInstance(ctx.client, report.job.id, report.instanceId, {
    ...wait,
    timeoutMs: Math.max(0, deadlineAt - startedAt),
    // One list request, only once the run has lasted long enough for it to pay (how-it-works.md, Waiting).
    expectedDuration: historyEstimate(ctx, report.job.id, report.instanceId, startedAt, options.submittedAt),
    signal: ctx.signal,
    unknownInstanceGraceMs: options.unknownInstanceGraceMs,
    onChange: (instance, elapsedMs) => ctx.onProgress?.(instance, elapsedMs),
    onUnknownStatus: (code) => {
      if (warned.has(code)) return
      warned.add(code)
      ctx.log.warning(`Alma reported status "${code}", which almajob does not know; treating it as still running.`)
    },
    // One warning, not one per poll: an outage can last many polls.
    onMissedPoll: (error) => {
      const message = `A status poll failed (${error.message}); still waiting until the timeout.`
      if (missedPolls++ === 0) ctx.log.warning(message)
      else ctx.log.debug(message)
    }
  })
  const instance = result.instance ? await withDescription(ctx, result.instance, deadlineAt) : report.instance
  // With end 'error' the run was still accepted: the report keeps its instance id for the outputs.
  return { ...report, instance, end: result.end, outcome: result.outcome, elapsedMs: result.elapsedMs, error: result.error }
}

export function outcomeOf(instance: JobInstance) {
  return classifyStatus(instance.status.value).outcome
}

/**
 * Alma normally sends the description; the code table is the fallback (§3.5). After a wait it
 * gets only what is left of the wait's time: a slow table must not stretch `timeout`.
 */
export async function withDescription(ctx: CommandContext, instance: JobInstance, deadlineAt?: number): Promise<JobInstance> {
  const described = withTableDescription(instance)
  if (described.status.desc || ctx.signal?.aborted) return described
  const code = instance.status.value
  let desc: string | undefined
  try {
    const rows = await withinDeadline(ctx, ctx.catalog.statusTable(), deadlineAt)
    desc = rows?.find((row) => row.code === code)?.description
  } catch (error) {
    ctx.log.debug(`Could not read the systemJobStatus code table: ${error instanceof Error ? error.message : String(error)}`)
  }
  return desc ? { ...instance, status: { ...instance.status, desc } } : instance
}

/** The work's result, or undefined once the deadline passes or the command is cancelled. */
export async function withinDeadline<T>(
  ctx: CommandContext,
  work: Promise<T>,
  deadlineAt: number | undefined
): Promise<T | undefined> {
  if (deadlineAt === undefined) return work
  const signals = [AbortSignal.timeout(Math.max(0, deadlineAt - Date.now())), ...(ctx.signal ? [ctx.signal] : [])]
  const result = await untilAborted(work, AbortSignal.any(signals))
  return result === ABORTED ? undefined : result
}
