// `report`: the JOB_END event (§10) that a relay forwarded as a repository_dispatch, read from
// the runner's event file (runner.md §7) and judged as `status` judges an instance. It asks
// nothing of Alma, so it imports no client: only the body parser and the status table.
import { closeSync, openSync, readSync } from 'node:fs'
import { ConfigError } from '../alma/errors.js'
import { BodyParseError, isWellFormedJobId, parseBody, toJobEndEvent, type JobEndEvent } from '../alma/parse.js'
import { instanceUrl } from '../alma/regions.js'
import { classifyStatus, withTableDescription } from '../alma/statuses.js'
import { clip } from '../alma/text.js'
import type { ReportSettings } from '../settings.js'
import type { InstanceReport, LocalContext, ReportResult } from './types.js'
import { verdict } from './verdict.js'

/**
 * The most of the event file read. A dispatch's client_payload is under 64 KB (runner.md §7);
 * with the repository and sender objects around it an event is a few tens of KB.
 */
const MAX_EVENT_BYTES = 1024 * 1024
/** How much of a value from the event a message quotes. */
const QUOTED_CHARS = 60
/** How much of the event's own id and time is kept for the log. */
const EVENT_FIELD_CHARS = 100

export async function reportEvent(ctx: LocalContext, settings: ReportSettings): Promise<ReportResult> {
  const notes: string[] = []
  const event = readEvent(settings, notes)
  // §7.16: a malformed counter, alert or action is left out and the rest kept; worth a debug line.
  for (const note of notes) ctx.log.debug(`The event's ${note} was left out.`)
  const { instance } = event
  if (event.action?.toUpperCase() !== 'JOB_END') {
    // §10: Alma's pages spell it JOB_END and job_end, so any case is the same action.
    const action = event.action === undefined ? 'missing' : `'${clip(event.action, QUOTED_CHARS)}'`
    throw new ConfigError(`The event's client_payload.action is ${action}, not JOB_END: ${settings.eventFile} holds no job end.`)
  }
  const jobId = instance.jobInfo?.id
  if (jobId === undefined || !isWellFormedJobId(jobId)) {
    const shown = jobId === undefined ? 'no job_info.id' : `job_info.id '${clip(jobId, QUOTED_CHARS)}', which is no job id`
    throw new ConfigError(`The JOB_END event's job_instance ${instance.id} has ${shown}; cannot tell which job ended.`)
  }
  const name = instance.jobInfo?.name
  const outcome = classifyStatus(instance.status.value).outcome
  const report: InstanceReport = {
    job: { id: jobId, ...(name !== undefined && { name }) },
    instanceId: instance.id,
    // Built on the configured API root as status builds it; never on a link the event carries.
    instanceUrl: instanceUrl(settings.baseUrl, jobId, instance.id),
    // Alma's event carries the description; without one the §4 table names the code, as status does without a call.
    instance: withTableDescription(instance),
    end: outcome === 'running' ? 'running' : 'finished',
    outcome,
    cacheHit: false
  }
  const facts = {
    event: {
      ...(event.id !== undefined && { id: clip(event.id, EVENT_FIELD_CHARS) }),
      ...(event.time !== undefined && { time: clip(event.time, EVENT_FIELD_CHARS) })
    },
    ...(settings.job !== undefined && { expected: settings.job })
  }
  if (settings.job !== undefined && !isThisJob(settings.job, jobId, name)) {
    return { command: 'report', report, verdict: { failed: false }, matched: false, ...facts }
  }
  if (outcome === 'running') {
    ctx.log.warning(
      `The JOB_END event shows instance ${instance.id} still ${instance.status.value}; the step reports it as running.`
    )
  }
  return { command: 'report', report, verdict: verdict(report, settings), matched: true, ...facts }
}

/** An id compares with the event's job_info.id, anything else with its job_info.name, exactly. */
function isThisJob(expected: string, jobId: string, name: string | undefined): boolean {
  if (isWellFormedJobId(expected)) return expected === jobId
  return name !== undefined && (name === expected || name.trim() === expected)
}

/** The event file → its client_payload → the JOB_END event; every problem one ConfigError line. */
function readEvent(settings: ReportSettings, notes: string[]): JobEndEvent {
  const file = settings.eventFile
  const text = readBounded(file)
  // runner.md §7: the runner writes the event as JSON; the parser also bounds nesting and drops __proto__.
  if (!text.trimStart().startsWith('{')) throw new ConfigError(`The event file ${file} is not a JSON object.`)
  let data: Record<string, unknown>
  try {
    data = parseBody(text, 'application/json').data
  } catch (error) {
    if (error instanceof BodyParseError) throw new ConfigError(`The event file ${file} cannot be read: ${error.message}.`)
    throw error
  }
  const payload = data.client_payload
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    const startedBy =
      settings.eventName && settings.eventName !== 'repository_dispatch'
        ? ` (this run was started by ${clip(settings.eventName, QUOTED_CHARS)})`
        : ''
    throw new ConfigError(
      `The event has no client_payload object${startedBy}: report reads the repository_dispatch that the relay sends for Alma's JOB_END.`
    )
  }
  try {
    return toJobEndEvent(payload, notes)
  } catch (error) {
    if (!(error instanceof BodyParseError)) throw error
    throw new ConfigError(
      `The event's client_payload is no Alma JOB_END event ({id, action, time, job_instance}): ${error.message}.`
    )
  }
}

/** At most MAX_EVENT_BYTES of the file, read in a loop so a device or a growing file cannot make it more. */
function readBounded(file: string): string {
  let fd: number
  try {
    fd = openSync(file, 'r')
  } catch (error) {
    throw new ConfigError(`Cannot open the event file ${file}: ${reason(error)}.`)
  }
  try {
    const buffer = Buffer.alloc(MAX_EVENT_BYTES + 1)
    let length = 0
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null)
      if (read === 0) break
      length += read
      if (length > MAX_EVENT_BYTES) {
        throw new ConfigError(
          `The event file ${file} is over ${MAX_EVENT_BYTES / 1024} KiB; a repository_dispatch event is far smaller.`
        )
      }
    }
    return buffer.toString('utf8', 0, length)
  } catch (error) {
    if (error instanceof ConfigError) throw error
    throw new ConfigError(`Cannot read the event file ${file}: ${reason(error)}.`)
  } finally {
    closeSync(fd)
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return code ?? clip(error instanceof Error ? error.message : String(error), QUOTED_CHARS)
}

/** The notice for another job's event: both jobs named, each clipped (the event's text is untrusted). */
export function notThisJob(result: ReportResult, label: LocalContext['label']): string {
  const { job, instanceId } = result.report
  const theirs = job.name ? `"${clip(job.name, QUOTED_CHARS)}" (${job.id})` : job.id
  const ours = `"${clip(result.expected ?? '', QUOTED_CHARS)}"`
  return `Not this job: the JOB_END event is for job ${theirs}, instance ${instanceId}, and ${label('job')} is ${ours}; nothing to report (matched is false).`
}

/** Which event is reported, for the log: its own id and time as Alma sent them. */
export function describeEvent(result: ReportResult): string {
  const { id, time } = result.event
  return `Alma's JOB_END event${id ? ` ${id}` : ''}${time ? ` of ${time}` : ''}, from the dispatch's client_payload; nothing was asked of Alma.`
}
