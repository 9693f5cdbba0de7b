// `instances`: the recent runs of one job.
import type { InstanceListFilter, JobInstance } from '../alma/types.js'
import { resolveJob } from './resolve.js'
import type { CommandContext, JobRef } from './types.js'

export interface InstancesResult {
  job: JobRef
  instances: JobInstance[]
  cacheHit: boolean
}

export async function jobInstances(
  ctx: CommandContext,
  request: { job: string; filter: InstanceListFilter }
): Promise<InstancesResult> {
  const { job, cacheHit } = await resolveJob(ctx, request.job)
  const instances = await ctx.client.listInstances(job.id, request.filter)
  const name = job.name ?? instances.find((instance) => instance.jobInfo?.name)?.jobInfo?.name
  return { job: { id: job.id, name }, instances, cacheHit }
}
