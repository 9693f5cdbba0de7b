// `list`: the institution's jobs, from the catalog (so from the cache when it is warm).
// Filters apply locally: the catalog already holds every job (alma-jobs-api.md §2).
import type { Job, JobListFilter } from '../alma/types.js'
import type { CommandContext } from './types.js'

export interface ListResult {
  jobs: Job[]
  cacheHit: boolean
}

export async function listJobs(ctx: CommandContext, filter: JobListFilter): Promise<ListResult> {
  const list = await ctx.catalog.jobs()
  const jobs = list.jobs.filter(
    (job) => (!filter.type || job.type?.value === filter.type) && (!filter.category || job.category?.value === filter.category)
  )
  return { jobs, cacheHit: list.fromCache }
}
