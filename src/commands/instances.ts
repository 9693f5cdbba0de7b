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
  const instances = await ctx.client.listInstances(job.id, withDefaultDates(request.filter))
  const name = job.name ?? instances.find((instance) => instance.jobInfo?.name)?.jobInfo?.name
  return { job: { id: job.id, name }, instances, cacheHit }
}

/** Without dates, the last 30 days: a job that runs every quarter hour has pages and pages of history. */
export const DEFAULT_INSTANCE_DAYS = 30

function withDefaultDates(filter: InstanceListFilter, now = Date.now()): InstanceListFilter {
  if (filter.from || filter.to) return filter
  const from = new Date(now - DEFAULT_INSTANCE_DAYS * 86_400_000).toISOString().slice(0, 10)
  return { ...filter, from }
}
