// `status`: one instance's state, optionally waiting for it to end.
import { AlmaError, type JobInstance, type PollScheduleOptions } from '../alma/index.js'
import { instanceUrl } from '../alma/regions.js'
import { formatDuration } from '../report/format.js'
import { resolveJob } from './resolve.js'
import type { CommandContext, InstanceReport } from './types.js'
import { outcomeOf, watchInstance, withDescription, withinDeadline } from './watch.js'

export async function checkInstance(
  ctx: CommandContext,
  jobText: string,
  instanceId: string,
  wait: PollScheduleOptions | undefined
): Promise<InstanceReport> {
  // With wait, `timeout` bounds the whole command: the name lookup too.
  const deadlineAt = wait ? Date.now() + wait.timeoutMs : undefined
  const resolved = await withinDeadline(ctx, resolveJob(ctx, { job: jobText }), deadlineAt)
  if (!resolved) throw lookupTimedOut(ctx, wait)
  const { job, cacheHit } = resolved
  const named = (instance: JobInstance | undefined) => ({ id: job.id, name: job.name ?? instance?.jobInfo?.name })
  const base = { instanceId, instanceUrl: instanceUrl(ctx.baseUrl, job.id, instanceId), cacheHit }
  if (wait) {
    // The first GET is the wait's first poll, so the wait's deadline holds from the start. The
    // user named the instance, so it exists: an unknown one is an error at once, not after a grace.
    const report = await watchInstance(ctx, { ...base, job, end: 'running' }, wait, {
      unknownInstanceGraceMs: 0,
      deadlineAt
    })
    return { ...report, job: named(report.instance) }
  }
  const instance = await withDescription(ctx, await ctx.client.getInstance(job.id, instanceId))
  const outcome = outcomeOf(instance)
  return { ...base, job: named(instance), instance, end: outcome === 'running' ? 'running' : 'finished', outcome }
}

function lookupTimedOut(ctx: CommandContext, wait: PollScheduleOptions | undefined): AlmaError {
  if (ctx.signal?.aborted)
    return new AlmaError('Cancelled while looking up the job; nothing was sent to Alma.', { kind: 'cancelled' })
  return new AlmaError(
    `Alma sent no job list within the ${formatDuration(wait?.timeoutMs ?? 0)} timeout; no instance was looked at.`,
    {
      kind: 'timeout'
    }
  )
}
