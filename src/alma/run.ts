// How a job is run: POST /conf/jobs/{id}?op=run, sent at most once unless Alma certainly
// did not take it, and a lost answer reconciled from the instance list (alma-jobs-api.md §3.3, §6).
import { AlmaError } from './errors.js'
import { gaveUp } from './http.js'
import type { AlmaTransport } from './http.js'
import { runRequestBody } from './parameters.js'
import { BodyParseError, toRunResponse } from './parse.js'
import type { ParsedBody } from './parse.js'
import type { InstanceListFilter, Job, JobInstance, JobParameter, RunResult } from './types.js'

/**
 * Our clock and Alma's may disagree (both normally NTP-synced); an instance this much "older"
 * than the POST still counts. Kept short: a wider window risks adopting someone else's run.
 */
export const CLOCK_SKEW_MS = 2 * 60_000
/** Waits before each look at the instance list (~10 s in all): the instance may appear late. */
export const RECONCILE_DELAYS_MS = [0, 2000, 3000, 5000]

export interface RunDeps {
  transport: AlmaTransport
  listInstances: (jobId: string, filter: InstanceListFilter) => Promise<JobInstance[]>
  maxAttempts: number
  sleep: (ms: number) => Promise<void>
  now: () => number
  onReconcile: (message: string) => void
}

export async function submitRun(deps: RunDeps, jobId: string, parameters: JobParameter[]): Promise<RunResult> {
  const { transport } = deps
  const path = `/conf/jobs/${encodeURIComponent(jobId)}?op=run`
  const body = runRequestBody(parameters, transport.format)
  const startedAt = deps.now()
  for (let attempt = 1; ; attempt++) {
    const result = await transport.exchange('POST', path, body, { jobId })
    if (result.ok) return fromAnswer(result.body, jobId)
    if (result.verdict === 'final') throw result.error
    // Sent, but no usable answer: Alma may have started the job. Never send it again (§6).
    if (result.verdict === 'transient') return reconcile(deps, jobId, startedAt, result.error)
    // 429 or a connection that never opened: Alma has not seen this run.
    if (attempt >= deps.maxAttempts) throw gaveUp(result.error, attempt)
    await transport.pauseBeforeRetry('POST', path, attempt, result)
  }
}

function fromAnswer(body: ParsedBody, jobId: string): RunResult {
  let answer
  try {
    answer = toRunResponse(body, jobId)
  } catch (error) {
    if (!(error instanceof BodyParseError)) throw error
    throw unnamedInstance(jobId, error.message)
  }
  // §7.6: the id is only in additional_info; never guess it from the instance list.
  if (!answer.instanceId) throw unnamedInstance(jobId, 'no additional_info link or "Job no." text')
  return {
    job: answer.job,
    instanceId: answer.instanceId,
    ...(answer.instanceLink !== undefined && { instanceLink: answer.instanceLink }),
    ...(answer.message !== undefined && { message: answer.message }),
    reconciled: false
  }
}

function unnamedInstance(jobId: string, detail: string): AlmaError {
  return new AlmaError(
    `Alma accepted the run of job ${jobId} but its answer names no instance (${detail}); find the run in Alma under Admin > Monitor Jobs`,
    { kind: 'parse', status: 200 }
  )
}

async function reconcile(deps: RunDeps, jobId: string, startedAt: number, cause: AlmaError): Promise<RunResult> {
  const since = startedAt - CLOCK_SKEW_MS
  const sinceIso = new Date(since).toISOString()
  // Whether Alma reads submit_date_from in UTC or the institution's time zone is not documented:
  // ask from the day before, and apply the exact cut-off to submit_time below.
  const filter: InstanceListFilter = { from: new Date(since - 86_400_000).toISOString().slice(0, 10) }
  deps.onReconcile(
    `The answer to the run of job ${jobId} was lost (${cause.message}); looking for an instance submitted since ${sinceIso}`
  )
  let lookupError: unknown
  for (const delayMs of RECONCILE_DELAYS_MS) {
    if (delayMs > 0) await deps.sleep(delayMs)
    try {
      const adopted = closestTo(await deps.listInstances(jobId, filter), startedAt, since)
      if (adopted) {
        deps.onReconcile(`Adopted instance ${adopted.id} of job ${jobId} (submitted ${adopted.submitTime})`)
        return {
          job: jobFromInstance(jobId, adopted),
          instanceId: adopted.id,
          ...(adopted.link !== undefined && { instanceLink: adopted.link }),
          reconciled: true
        }
      }
    } catch (error) {
      lookupError = error
    }
  }
  const lookup = lookupError instanceof Error ? ` (the last look failed: ${lookupError.message})` : ''
  deps.onReconcile(`No instance of job ${jobId} submitted since ${sinceIso} was found${lookup}`)
  throw new AlmaError(
    `The run of job ${jobId} got no usable answer (${cause.message}): the job may or may not have started, ` +
      `and no instance submitted since ${sinceIso} was found${lookup}. Before running it again, check in Alma ` +
      `(Admin > Monitor Jobs) or with the \`instances\` command for job ${jobId} since ${sinceIso}.`,
    {
      kind: 'run-unknown',
      status: cause.status,
      code: cause.code,
      almaMessage: cause.almaMessage,
      trackingId: cause.trackingId,
      cause
    }
  )
}

/**
 * Of the instances submitted since `since`, the one submitted closest to when the POST began:
 * ours was made by that POST, while a colleague's run of the same job (or the next scheduled
 * one) is likelier to lie further off on either side.
 */
function closestTo(instances: JobInstance[], startedAt: number, since: number): JobInstance | undefined {
  let closest: { instance: JobInstance; distance: number } | undefined
  for (const instance of instances) {
    const at = Date.parse(instance.submitTime ?? '')
    if (Number.isNaN(at) || at < since) continue
    const distance = Math.abs(at - startedAt)
    if (!closest || distance < closest.distance) closest = { instance, distance }
  }
  return closest?.instance
}

/** The lost answer would have echoed the job; the instance's job_info is what is left. */
function jobFromInstance(jobId: string, instance: JobInstance): Job {
  const info = instance.jobInfo
  return {
    id: jobId,
    name: info?.name ?? '',
    ...(info?.description !== undefined && { description: info.description }),
    ...(info?.type !== undefined && { type: info.type }),
    ...(info?.category !== undefined && { category: info.category }),
    ...(info?.link !== undefined && { link: info.link }),
    parameters: []
  }
}
