// `list`: the institution's jobs, from the catalog (so from the cache when it is warm).
// Filters apply locally: the catalog already holds every job (alma-api.md §2).
import type { Job, JobListFilter } from '../alma/index.js'
import type { CommandContext } from './types.js'

export async function selectJobs(ctx: CommandContext, filter: JobListFilter): Promise<{ jobs: Job[]; cacheHit: boolean }> {
  // A profile's jobs come from Alma itself (profile_id): the cached list may not say which profile a job serves.
  const list = filter.profileId
    ? { jobs: await ctx.client.listJobs({ profileId: filter.profileId }), fromCache: false }
    : await ctx.catalog.jobs()
  // Category codes are upper case in Alma; `export` means EXPORT.
  const category = filter.category?.toUpperCase()
  const jobs = list.jobs.filter(
    (job) => (!filter.type || job.type?.value === filter.type) && (!category || job.category?.value.toUpperCase() === category)
  )
  if (jobs.length === 0 && list.jobs.length > 0 && category) {
    // Alma would have refused an unknown category (40166410); an empty list would hide the typo.
    const known = [...new Set(list.jobs.map((job) => job.category?.value).filter(Boolean))].sort()
    ctx.log.warning(
      `No job has category ${category}${filter.type ? ` and type ${filter.type}` : ''}; categories here: ${known.join(', ')}`
    )
  }
  return { jobs, cacheHit: list.fromCache }
}
