// `instances`: the recent runs of one job.
import type { InstanceListFilter, JobInstance } from '../alma/index.js'
import type { JobTarget } from '../settings.js'
import { resolveJob } from './resolve.js'
import type { CommandContext, JobRef } from './types.js'

/** Without dates, the last 30 days: a job that runs every quarter hour has pages and pages of history. */
const DEFAULT_INSTANCE_DAYS = 30

export async function recentInstances(
  ctx: CommandContext,
  target: JobTarget,
  filter: InstanceListFilter
): Promise<{ job: JobRef; instances: JobInstance[]; cacheHit: boolean }> {
  const { job, cacheHit } = await resolveJob(ctx, target)
  const instances = await ctx.client.listInstances(job.id, withDefaultDates(filter))
  const name = job.name ?? instances.find((instance) => instance.jobInfo?.name)?.jobInfo?.name
  return { job: { id: job.id, name }, instances, cacheHit }
}

function withDefaultDates(filter: InstanceListFilter, now = Date.now()): InstanceListFilter {
  if (filter.from || filter.to) return filter
  const from = new Date(now - DEFAULT_INSTANCE_DAYS * 86_400_000).toISOString().slice(0, 10)
  return { ...filter, from }
}
