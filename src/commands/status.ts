// `status`: one instance's state, optionally waiting for it to end.
import type { JobInstance, PollScheduleOptions } from '../alma/index.js'
import { resolveJob } from './resolve.js'
import type { CommandContext, InstanceReport } from './types.js'
import { instanceUrl, outcomeOf, watchInstance, withDescription } from './watch.js'

export async function checkInstance(
  ctx: CommandContext,
  jobText: string,
  instanceId: string,
  wait: PollScheduleOptions | undefined
): Promise<InstanceReport> {
  const { job, cacheHit } = await resolveJob(ctx, jobText)
  const named = (instance: JobInstance | undefined) => ({ id: job.id, name: job.name ?? instance?.jobInfo?.name })
  const base = { instanceId, instanceUrl: instanceUrl(ctx, job.id, instanceId), cacheHit }
  if (wait) {
    // The first GET is the wait's first poll, so the wait's deadline holds from the start. The
    // user named the instance, so it exists: an unknown one is an error at once, not after a grace.
    const report = await watchInstance(ctx, { ...base, job, end: 'running' }, wait, { unknownInstanceGraceMs: 0 })
    return { ...report, job: named(report.instance) }
  }
  const instance = await withDescription(ctx, await ctx.client.getInstance(job.id, instanceId))
  const outcome = outcomeOf(instance)
  return { ...base, job: named(instance), instance, end: outcome === 'running' ? 'running' : 'finished', outcome }
}
