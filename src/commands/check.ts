// `check`: did every job that should have run since a moment run, and end well? For jobs Alma
// runs on its own schedule, which no script starts. One instance list per job (alma-api.md §2).
import { classifyStatus, failureCounters, type InstanceListFilter, type Job, type JobInstance } from '../alma/index.js'
import { parseTime } from '../report/format.js'
import type { CheckSettings } from '../settings.js'
import { selectJobs } from './list.js'
import { resolveJob } from './resolve.js'
import type { CheckVerdict, CheckedJob, CommandContext, JobRef } from './types.js'
import { matchingCounters } from './verdict.js'

/** Jobs checked at once; the client's pacer keeps the calls per second in bounds (§6). */
const CHECK_CONCURRENCY = 10
const DAY_MS = 86_400_000

export async function checkJobs(
  ctx: CommandContext,
  settings: CheckSettings,
  now = Date.now()
): Promise<{ jobs: CheckedJob[]; cacheHit: boolean }> {
  const picked = new Map<string, { job: JobRef; named: boolean }>()
  let cacheHit = false
  for (const name of settings.jobs) {
    const resolved = await resolveJob(ctx, { job: name })
    cacheHit ||= resolved.cacheHit
    picked.set(resolved.job.id, { job: resolved.job, named: true })
  }
  if (settings.selection) {
    const selected = await selectJobs(ctx, settings.selection)
    cacheHit ||= selected.cacheHit
    for (const job of selected.jobs) if (!picked.has(job.id)) picked.set(job.id, { job: ref(job), named: false })
  }
  // Whether Alma reads submit_date_from in UTC or the institution's zone is not documented: ask
  // from the day before, and cut at the exact moment on submit_time (as the run's reconcile does).
  const filter: InstanceListFilter = { from: new Date(settings.sinceMs - DAY_MS).toISOString().slice(0, 10) }
  const entries = [...picked.values()]
  const jobs: CheckedJob[] = new Array(entries.length)
  let next = 0
  const worker = async (): Promise<void> => {
    for (let index = next++; index < entries.length; index = next++) {
      const { job, named } = entries[index]!
      let instances = await ctx.client.listInstances(job.id, filter)
      let checked = judgeJob(job, named, instances, settings, now)
      if (checked.verdict === 'missing') {
        // No run in the window: one more call finds a run that began long before and still runs
        // (stuck for days), which is news, not a missing run.
        instances = [...instances, ...(await ctx.client.listInstances(job.id, { status: 'RUNNING' }))]
        checked = judgeJob(job, named, instances, settings, now)
      }
      jobs[index] = checked
    }
  }
  await Promise.all(Array.from({ length: Math.min(CHECK_CONCURRENCY, entries.length) }, worker))
  return { jobs: jobs.sort(worstFirst), cacheHit }
}

function ref(job: Job): JobRef {
  return { id: job.id, name: job.name }
}

/** The verdict of a job is that of its newest run in the window; earlier failures are counted. */
export function judgeJob(
  job: JobRef,
  named: boolean,
  instances: readonly JobInstance[],
  settings: Pick<CheckSettings, 'sinceMs' | 'stuckAfterMs' | 'failOn' | 'failOnCounter'>,
  now: number
): CheckedJob {
  const newestFirst = [...instances].sort((a, b) => (parseTime(b.submitTime) ?? 0) - (parseTime(a.submitTime) ?? 0))
  const runs = newestFirst.filter((instance) => (parseTime(instance.submitTime) ?? -Infinity) >= settings.sinceMs)
  const failedRuns = runs.filter((run) => isFailure(run))
  // No run began in the window, but one from before it may still be going: that is the news
  // (running, or stuck), not a missing run.
  const newest = runs[0] ?? newestFirst.find((run) => classifyStatus(run.status.value).outcome === 'running')
  const name = job.name ?? newest?.jobInfo?.name
  const base = { job: { id: job.id, name }, named, runs: runs.length, failedRuns, newest }
  const verdict = newest ? classify(newest, settings.stuckAfterMs, now) : 'missing'
  const { failOn } = settings
  const ended = newest && (verdict === 'ok' || verdict === 'warning')
  const counters = ended && failOn !== 'never' ? matchingCounters(newest.counters, settings.failOnCounter) : []
  const fails =
    failOn !== 'never' &&
    (verdict === 'failed' ||
      verdict === 'stuck' ||
      (verdict === 'missing' && named) ||
      (verdict === 'warning' && failOn === 'warning') ||
      counters.length > 0)
  // §4: a success can hide failed records; said whatever fail-on-counter says.
  const hiddenFailures = ended && !counters.length ? failureCounters(newest.counters) : []
  return { ...base, verdict, fails, failingCounters: counters, hiddenFailures }
}

function isFailure(run: JobInstance): boolean {
  const outcome = classifyStatus(run.status.value).outcome
  return outcome === 'failure' || outcome === 'needs-person'
}

function classify(run: JobInstance, stuckAfterMs: number, now: number): CheckVerdict {
  switch (classifyStatus(run.status.value).outcome) {
    case 'success':
      return 'ok'
    case 'warning':
      return 'warning'
    case 'failure':
    case 'needs-person':
      return 'failed'
    case 'running': {
      const started = parseTime(run.startTime) ?? parseTime(run.submitTime)
      return started !== undefined && now - started > stuckAfterMs ? 'stuck' : 'running'
    }
  }
}

const RANK: Record<CheckVerdict, number> = { failed: 0, stuck: 1, missing: 2, warning: 3, running: 4, ok: 5 }

/** Worst first: what fails the step, then by verdict, then by name. */
function worstFirst(a: CheckedJob, b: CheckedJob): number {
  return (
    Number(b.fails) - Number(a.fails) ||
    RANK[a.verdict] - RANK[b.verdict] ||
    (a.job.name ?? a.job.id).localeCompare(b.job.name ?? b.job.id)
  )
}
