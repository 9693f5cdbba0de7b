// Turning what the user typed into a job id. Ids need no call; names need the whole
// job list, because Alma has no name filter (alma-api.md §7.8).
import { ConfigError, isJobId, type Job } from '../alma/index.js'
import { clip } from '../alma/text.js'
import { isRecent } from '../catalog/index.js'
import { closest } from '../text/edit-distance.js'
import type { JobTarget } from '../settings.js'
import type { CommandContext, JobRef } from './types.js'

/** How much of a name a message quotes: enough to recognise it, never a pasted file. */
const QUOTED_NAME_CHARS = 80
const SUGGESTIONS = 3

/** No job has the name given: the user's to fix, with the closest names as a hint. */
export class NoSuchJobError extends ConfigError {
  constructor(message: string) {
    super(message)
    this.name = 'NoSuchJobError'
  }
}

export interface ResolvedJob {
  job: JobRef
  cacheHit: boolean
}

/** A job by id, by name, by name or id within an integration profile, or as a profile's one job. */
export async function resolveJob(ctx: CommandContext, target: JobTarget): Promise<ResolvedJob> {
  if (target.job === undefined) return resolveInProfile(ctx, target.profileId, undefined)
  if (target.profileId) return resolveInProfile(ctx, target.profileId, target.job)
  const wanted = target.job.trim()
  if (isJobId(wanted)) return { job: { id: wanted }, cacheHit: false }
  const quoted = quoteName(wanted)

  let list = await ctx.catalog.jobs()
  let matches = matchName(list.jobs, wanted)
  // A job created since the list was cached must still be found: refresh once.
  if (matches.length === 0 && list.fromCache && !isRecent(list.fetchedAt)) {
    ctx.log.info(`No job named ${quoted} in the cached job list; fetching the list again.`)
    list = await ctx.catalog.jobs({ refresh: true })
    matches = matchName(list.jobs, wanted)
  }

  // cache-hit tells whether the list the name was found in came from the cache.
  const cacheHit = list.fromCache
  if (matches.length === 1) return { job: { id: matches[0].id, name: matches[0].name }, cacheHit }
  if (matches.length > 1) {
    const ids = matches.map((job) => job.id).join(', ')
    throw new ConfigError(`${ctx.label('job')}: ${matches.length} jobs are named ${quoted} (${ids}); give the job's id instead`)
  }
  const near = closest(wanted, list.jobs, (job) => job.name, SUGGESTIONS)
  const hint = near.length ? `; closest: ${listed(near)}` : '; no close name'
  // Within the refresh grace period a cached list is trusted; say so, for a job made minutes ago.
  const cached = list.fromCache
    ? ` (cached job list from ${new Date(list.fetchedAt).toISOString()}; ${ctx.label('forceRefresh')} fetches it anew)`
    : ''
  throw new NoSuchJobError(`${ctx.label('job')}: no job named ${quoted} among ${list.jobs.length} jobs${hint}${cached}`)
}

/**
 * Alma filters the job list by profile itself (`profile_id`, §2): one call, usually one page,
 * and steadier than a name, which people change in Alma.
 */
async function resolveInProfile(ctx: CommandContext, profileId: string, jobText: string | undefined): Promise<ResolvedJob> {
  const jobs = await ctx.client.listJobs({ profileId })
  const wanted = jobText?.trim()
  const matches = wanted === undefined ? jobs : jobs.filter((job) => job.id === wanted || job.name.trim() === wanted)
  const where = `integration profile ${profileId}`
  if (matches.length === 1) return { job: { id: matches[0].id, name: matches[0].name }, cacheHit: false }
  if (matches.length > 1) {
    throw new ConfigError(
      `${ctx.label('profileId')}: ${matches.length} jobs in ${where}: ${listed(matches)}; give ${ctx.label('job')}`
    )
  }
  if (wanted === undefined) throw new NoSuchJobError(`${ctx.label('profileId')}: no job in ${where}`)
  throw new NoSuchJobError(
    `${ctx.label('job')}: no job ${quoteName(wanted)} in ${where}${jobs.length ? `; it has ${listed(jobs)}` : ''}`
  )
}

/** Exact, case-sensitive; stray spaces are forgiven only when nothing matches exactly. */
function matchName(jobs: Job[], name: string): Job[] {
  const exact = jobs.filter((job) => job.name === name)
  if (exact.length) return exact
  const trimmed = name.trim()
  return jobs.filter((job) => job.name.trim() === trimmed)
}

/** Jobs as a message names them: `"Export Physical Items" (M26710)`. */
function listed(jobs: readonly Job[]): string {
  return jobs.map((job) => `${quoteName(job.name)} (${job.id})`).join(', ')
}

/**
 * A name in quotes that cannot be mistaken for others: double quotes, else single quotes when
 * the name holds a double one (`'Publishing to "Primo"'`), else double with the inner ones escaped.
 */
export function quoteName(name: string): string {
  const text = clip(name, QUOTED_NAME_CHARS)
  if (!text.includes('"')) return `"${text}"`
  if (!text.includes("'")) return `'${text}'`
  return `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`
}
