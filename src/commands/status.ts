// `status`: one instance's state, optionally waiting for it to end.
import { resolveJob } from './resolve.js'
import type { CommandContext, InstanceReport, WaitSettings } from './types.js'
import { instanceUrl, outcomeOf, watchInstance, withDescription } from './watch.js'

export interface StatusRequest {
  job: string
  instanceId: string
  wait?: WaitSettings
}

export async function jobStatus(ctx: CommandContext, request: StatusRequest): Promise<InstanceReport> {
  const { job, cacheHit } = await resolveJob(ctx, request.job)
  const instance = await withDescription(ctx, await ctx.client.getInstance(job.id, request.instanceId))
  const outcome = outcomeOf(instance)
  const report: InstanceReport = {
    job: { id: job.id, name: job.name ?? instance.jobInfo?.name },
    instanceId: instance.id || request.instanceId,
    instanceUrl: instanceUrl(ctx, job.id, request.instanceId),
    instance,
    end: outcome === 'running' ? 'running' : 'finished',
    outcome,
    cacheHit
  }
  if (!request.wait || report.end === 'finished') return report
  return watchInstance(ctx, report, request.wait, instance)
}
