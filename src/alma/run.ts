// How a job is run: POST /conf/jobs/{id}?op=run, sent at most once unless Alma certainly
// did not take it, and a lost answer reconciled from the instance list (alma-api.md §3.3, §6).
import { ABORTED, untilAborted } from './abort.js'
import { AlmaError } from './errors.js'
import type { Attempt, AlmaTransport } from './http.js'
import { runRequestBody } from './parameters.js'
import { BodyParseError, isInstanceId, toRunResponse } from './parse.js'
import type { ParsedBody } from './parse.js'
import type { InstanceListFilter, Job, JobInstance, JobParameter, RunResult } from './types.js'

/**
 * How much earlier than the POST (by our clock) an instance may have been submitted (by
 * Alma's) and still be ours: 5 s. NTP keeps both within well under a second; 5 s also covers
 * a runner whose clock drifted a little, while a colleague's run of the same job started a
 * minute or two before ours (which the old 2-minute window would have adopted) stays out.
 */
export const CLOCK_SKEW_MS = 5_000
/** Waits before each look at the instance list (~10 s in all): the instance may appear late. */
export const RECONCILE_DELAYS_MS = [0, 2000, 3000, 5000]

export interface RunDeps {
  transport: AlmaTransport
  listInstances: (jobId: string, filter: InstanceListFilter) => Promise<JobInstance[]>
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  now: () => number
  /** The client's and the call's signal: no POST is sent, and no look made, after it aborts. */
  signal?: AbortSignal
  onReconcile: (message: string) => void
}

export async function submitRun(deps: RunDeps, jobId: string, parameters: JobParameter[]): Promise<RunResult> {
  const { transport, signal } = deps
  const path = `/conf/jobs/${encodeURIComponent(jobId)}?op=run`
  const body = runRequestBody(parameters, transport.format)
  const startedAt = deps.now()
  const retries = transport.retries()
  let refusal: string | undefined
  for (;;) {
    let result: Attempt
    try {
      // The POST in flight is never aborted: its answer is the only place the instance id is (§7.6).
      result = await transport.exchange('POST', path, body, { jobId }, { signal })
    } catch (error) {
      throw isCancel(error) ? notStarted(jobId, refusal) : error
    }
    retries.attempts++
    if (result.ok) return fromAnswer(deps, result.body, jobId, startedAt)
    if (result.verdict === 'final') throw result.error
    // Sent, but no usable answer: Alma may have started the job. Never send it again (§6).
    if (result.verdict === 'transient' || result.verdict === 'lost') return reconcile(deps, jobId, startedAt, result.error)
    // 429 or a connection that never opened: Alma has not seen this run, so it may go again.
    refusal = result.reason
    const delayMs = retries.nextDelay(result)
    if (delayMs === undefined) {
      // Every try was refused before Alma took it: say so, a person will want to run it again.
      const given = retries.gaveUp(result)
      throw new AlmaError(`${given.message}; the job was not started`, {
        kind: given.kind,
        status: given.status,
        code: given.code,
        almaMessage: given.almaMessage,
        trackingId: given.trackingId
      })
    }
    try {
      await transport.pauseBeforeRetry('POST', path, retries.attempts, delayMs, result, signal)
    } catch (error) {
      throw isCancel(error) ? notStarted(jobId, refusal) : error
    }
  }
}

function isCancel(error: unknown): boolean {
  return error instanceof AlmaError && error.kind === 'cancelled'
}

/** No POST was sent, or Alma refused every one (429, connection refused): nothing was started. */
function notStarted(jobId: string, refusal: string | undefined): AlmaError {
  const why = refusal ? ` (Alma had refused it: ${refusal})` : ''
  return new AlmaError(`Cancelled before the run of job ${jobId} was sent${why}: the job was not started`, {
    kind: 'cancelled',
    sent: false
  })
}

/** A 200 whose body is malformed (BodyParseError) is a lost answer: Alma took the run. */
async function fromAnswer(deps: RunDeps, body: ParsedBody, jobId: string, startedAt: number): Promise<RunResult> {
  let answer
  try {
    answer = toRunResponse(body, jobId)
  } catch (error) {
    if (!(error instanceof BodyParseError)) throw error
    const malformed = new AlmaError(deps.transport.redact(`Malformed answer to the run of job ${jobId}: ${error.message}`), {
      kind: 'parse',
      status: 200
    })
    return reconcile(deps, jobId, startedAt, malformed)
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

interface Candidate {
  instance: JobInstance
  /** submit_time minus when the POST began. */
  offsetMs: number
}

async function reconcile(deps: RunDeps, jobId: string, startedAt: number, cause: AlmaError): Promise<RunResult> {
  const { signal } = deps
  const since = startedAt - CLOCK_SKEW_MS
  const sinceIso = new Date(since).toISOString()
  // Whether Alma reads submit_date_from in UTC or the institution's time zone is not documented:
  // ask from the day before, and apply the exact cut-off to submit_time below.
  const filter: InstanceListFilter = { from: new Date(since - 86_400_000).toISOString().slice(0, 10) }
  const check = `check in Alma (Admin > Monitor Jobs) or with the \`instances\` command for job ${jobId} since ${sinceIso}`
  const stopped = (): AlmaError =>
    new AlmaError(
      `Cancelled while looking for the run of job ${jobId}, whose answer was lost (${cause.message}): ` +
        `the job may or may not have started; ${check}.`,
      { kind: 'cancelled', sent: true, status: cause.status, code: cause.code, cause }
    )
  deps.onReconcile(
    `The answer to the run of job ${jobId} was lost (${cause.message}); looking for an instance submitted since ${sinceIso}`
  )
  let lookupError: unknown
  for (const delayMs of RECONCILE_DELAYS_MS) {
    if (signal?.aborted) throw stopped()
    if (delayMs > 0 && (await untilAborted(deps.sleep(delayMs, signal), signal)) === ABORTED) throw stopped()
    if (signal?.aborted) throw stopped()
    let candidates: Candidate[]
    try {
      candidates = candidatesOf(await deps.listInstances(jobId, filter), startedAt)
    } catch (error) {
      if (isCancel(error) || signal?.aborted) throw stopped()
      lookupError = error
      continue
    }
    if (candidates.length > 1) throw ambiguous(jobId, cause, candidates, check)
    const [adopted] = candidates
    if (adopted) {
      const { instance } = adopted
      deps.onReconcile(`Adopted instance ${instance.id} of job ${jobId} (${describeOffset(adopted)})`)
      return {
        job: jobFromInstance(jobId, instance),
        instanceId: instance.id,
        ...(instance.link !== undefined && { instanceLink: instance.link }),
        reconciled: true
      }
    }
  }
  const lookup = lookupError instanceof Error ? ` (the last look failed: ${lookupError.message})` : ''
  deps.onReconcile(`No instance of job ${jobId} submitted since ${sinceIso} was found${lookup}`)
  throw new AlmaError(
    `The run of job ${jobId} got no usable answer (${cause.message}): the job may or may not have started, ` +
      `and no instance submitted since ${sinceIso} was found${lookup}. Before running it again, ${check}.`,
    runUnknown(cause)
  )
}

/**
 * Ours was made by the POST, so it was submitted at or after the POST began; one earlier
 * only counts within CLOCK_SKEW_MS, and only when none came after.
 */
function candidatesOf(instances: JobInstance[], startedAt: number): Candidate[] {
  const after: Candidate[] = []
  const before: Candidate[] = []
  for (const instance of instances) {
    if (!isInstanceId(instance.id)) continue // the id goes into paths and outputs (§7.4)
    const at = Date.parse(instance.submitTime ?? '')
    if (Number.isNaN(at)) continue
    const offsetMs = at - startedAt
    if (offsetMs >= 0) after.push({ instance, offsetMs })
    else if (offsetMs >= -CLOCK_SKEW_MS) before.push({ instance, offsetMs })
  }
  return after.length > 0 ? after : before
}

function describeOffset({ instance, offsetMs }: Candidate): string {
  const secs = `${(Math.abs(offsetMs) / 1000).toFixed(1)} s`
  const side = offsetMs >= 0 ? `${secs} after the run was sent` : `${secs} before the run was sent, within clock skew`
  return `submitted ${instance.submitTime}, ${side}`
}

/** Two runs at once: a colleague's, a schedule's or ours, and nothing tells which. Never guess. */
function ambiguous(jobId: string, cause: AlmaError, candidates: Candidate[], check: string): AlmaError {
  const list = candidates.map((candidate) => `${candidate.instance.id} (${describeOffset(candidate)})`).join(', ')
  return new AlmaError(
    `The run of job ${jobId} got no usable answer (${cause.message}), and ${candidates.length} instances were ` +
      `submitted around it: ${list}. Which one is this run's cannot be told; ${check} before running it again.`,
    runUnknown(cause)
  )
}

function runUnknown(cause: AlmaError): ConstructorParameters<typeof AlmaError>[1] {
  return {
    kind: 'run-unknown',
    status: cause.status,
    code: cause.code,
    almaMessage: cause.almaMessage,
    trackingId: cause.trackingId,
    cause
  }
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
