// Turning what the user typed into a job id. Ids need no call; names need the whole
// job list, because Alma has no name filter (alma-jobs-api.md §7.8).
import { ConfigError, isJobId } from '../alma/index.js'
import type { Job } from '../alma/types.js'
import { isRecent } from '../catalog/index.js'
import { editDistance } from '../text/edit-distance.js'
import type { CommandContext, JobRef } from './types.js'

export interface ResolvedJob {
  job: JobRef
  cacheHit: boolean
}

export async function resolveJob(ctx: CommandContext, jobText: string): Promise<ResolvedJob> {
  const wanted = jobText.trim()
  if (isJobId(wanted)) return { job: { id: wanted }, cacheHit: false }

  let list = await ctx.catalog.jobs()
  let matches = matchName(list.jobs, jobText)
  // A job created since the list was cached must still be found: refresh once.
  if (matches.length === 0 && list.fromCache && !isRecent(list.fetchedAt)) {
    ctx.log.info(`No job named "${wanted}" in the cached job list; fetching the list again.`)
    list = await ctx.catalog.jobs({ refresh: true })
    matches = matchName(list.jobs, jobText)
  }

  // cache-hit tells whether the list the name was found in came from the cache.
  const cacheHit = list.fromCache
  if (matches.length === 1) return { job: { id: matches[0].id, name: matches[0].name }, cacheHit }
  if (matches.length > 1) {
    const ids = matches.map((job) => job.id).join(', ')
    throw new ConfigError(`job: ${matches.length} jobs are named "${wanted}" (${ids}); give the job's id instead`)
  }
  const closest = closestNames(list.jobs, wanted, 3)
  const hint = closest.length ? `; closest: ${closest.map((job) => `"${job.name}" (${job.id})`).join(', ')}` : ''
  // Within the refresh grace period a cached list is trusted; say so, for a job made minutes ago.
  const cached = list.fromCache
    ? ` (cached job list from ${new Date(list.fetchedAt).toISOString()}; force-refresh fetches it anew)`
    : ''
  throw new ConfigError(`job: no job named "${wanted}" among ${list.jobs.length} jobs${hint}${cached}`)
}

/** Exact, case-sensitive; stray spaces are forgiven only when nothing matches exactly. */
function matchName(jobs: Job[], name: string): Job[] {
  const exact = jobs.filter((job) => job.name === name)
  if (exact.length) return exact
  const trimmed = name.trim()
  return jobs.filter((job) => job.name.trim() === trimmed)
}

export function closestNames(jobs: Job[], name: string, count: number): Job[] {
  const target = name.toLowerCase()
  return jobs
    .map((job) => ({ job, distance: editDistance(job.name.toLowerCase(), target) }))
    .sort((a, b) => a.distance - b.distance || a.job.name.localeCompare(b.job.name))
    .slice(0, count)
    .map(({ job }) => job)
}
