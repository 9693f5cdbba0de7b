// Shared by run and status: wait on an instance and describe how it ended.
import {
  classifyStatus,
  STATUS_DESCRIPTIONS,
  waitForInstance,
  type JobInstance,
  type PollScheduleOptions
} from '../alma/index.js'
import type { CommandContext, InstanceReport } from './types.js'

export function instanceUrl(ctx: CommandContext, jobId: string, instanceId: string): string {
  return `${ctx.baseUrl}/conf/jobs/${encodeURIComponent(jobId)}/instances/${encodeURIComponent(instanceId)}`
}

/** Waits and fills in the report's instance, end and outcome. */
export async function watchInstance(
  ctx: CommandContext,
  report: InstanceReport,
  wait: PollScheduleOptions,
  options: { unknownInstanceGraceMs?: number } = {}
): Promise<InstanceReport> {
  const warned = new Set<string>()
  let missedPolls = 0
  const result = await waitForInstance(ctx.client, report.job.id, report.instanceId, {
    ...wait,
    signal: ctx.signal,
    ...options,
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
  const instance = result.instance ? await withDescription(ctx, result.instance) : report.instance
  // With end 'error' the run was still accepted: the report keeps its instance id for the outputs.
  return { ...report, instance, end: result.end, outcome: result.outcome, elapsedMs: result.elapsedMs, error: result.error }
}

export function outcomeOf(instance: JobInstance) {
  return classifyStatus(instance.status.value).outcome
}

/** Alma normally sends the description; the code table is the fallback (§3.5). */
export async function withDescription(ctx: CommandContext, instance: JobInstance): Promise<JobInstance> {
  if (instance.status.desc) return instance
  const code = instance.status.value
  let desc: string | undefined = STATUS_DESCRIPTIONS[code]
  if (!desc && !ctx.signal?.aborted) {
    try {
      desc = (await ctx.catalog.statusTable()).find((row) => row.code === code)?.description
    } catch (error) {
      ctx.log.debug(`Could not read the systemJobStatus code table: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  return desc ? { ...instance, status: { ...instance.status, desc } } : instance
}
