// The action's outputs, one home for their names and values. The CLI's `--format json`
// prints the same record, so scripts and workflows read the same data.
import type { Job, JobInstance } from '../alma/index.js'
import { clip } from '../alma/text.js'
import type { CheckedJob, CheckResult, InstanceListResult, InstanceReport, JobListResult } from '../commands/index.js'
import { printable } from '../text/safe.js'
import { durationSeconds } from './format.js'

export const OUTPUT_NAMES = [
  'instance-id',
  'job-id',
  'job-name',
  'status',
  'status-description',
  'progress',
  'counters',
  'alerts',
  'submit-time',
  'start-time',
  'end-time',
  'duration-seconds',
  'instance-url',
  'jobs',
  'jobs-file',
  'instances',
  'report',
  'failed',
  'checked',
  'cache-hit',
  'matched'
] as const
export type OutputName = (typeof OUTPUT_NAMES)[number]
export type Outputs = Partial<Record<OutputName, string>>

/**
 * GitHub refuses an output over 1 MB (runner.md §3); a list output (jobs, instances,
 * counters, alerts) stops below it, at a whole item. The action writes the full job list to a
 * file (`jobs-file`). Four lists of an instance stay under the 50 MB of a whole run.
 */
export const MAX_LIST_OUTPUT_BYTES = 1_000_000

export interface OutputLimits {
  /** Largest `jobs` / `instances` value; the CLI, printing to stdout, passes Infinity. */
  maxListBytes: number
}

const ACTION_LIMITS: OutputLimits = { maxListBytes: MAX_LIST_OUTPUT_BYTES }

export function instanceOutputs(report: InstanceReport, limits: OutputLimits = ACTION_LIMITS): Outputs {
  const instance = report.instance
  const outputs: Outputs = {
    'instance-id': report.instanceId,
    'job-id': report.job.id,
    'job-name': oneLine(report.job.name),
    'instance-url': report.instanceUrl,
    'cache-hit': String(report.cacheHit)
  }
  if (!instance) return outputs
  const duration = durationSeconds(instance)
  return {
    ...outputs,
    status: oneLine(instance.status.value),
    'status-description': oneLine(instance.status.desc),
    progress: instance.progress === undefined ? '' : String(instance.progress),
    counters: jsonArray(
      instance.counters.map((counter) => ({
        type: counter.type.value,
        description: counter.type.desc ?? '',
        value: counter.value
      })),
      limits.maxListBytes
    ),
    alerts: jsonArray(
      instance.alerts.map((alert) => ({ code: alert.value, description: alert.desc ?? '' })),
      limits.maxListBytes
    ),
    'submit-time': oneLine(instance.submitTime),
    'start-time': oneLine(instance.startTime),
    'end-time': oneLine(instance.endTime),
    'duration-seconds': duration === undefined ? '' : String(duration)
  }
}

export function jobListOutputs(result: JobListResult, limits: OutputLimits = ACTION_LIMITS): Outputs {
  return { jobs: jsonArray(result.jobs.map(jobRecord), limits.maxListBytes), 'cache-hit': String(result.cacheHit) }
}

export function instanceListOutputs(result: InstanceListResult, limits: OutputLimits = ACTION_LIMITS): Outputs {
  return {
    'job-id': result.job.id,
    'job-name': oneLine(result.job.name),
    instances: jsonArray(result.instances.map(instanceRecord), limits.maxListBytes),
    'cache-hit': String(result.cacheHit)
  }
}

export function checkOutputs(result: CheckResult, limits: OutputLimits = ACTION_LIMITS): Outputs {
  return {
    report: jsonArray(result.jobs.map(checkRecord), limits.maxListBytes),
    failed: String(result.failed),
    checked: String(result.jobs.length),
    'cache-hit': String(result.cacheHit)
  }
}

/** A checked job as the `report` output lists it: the newest run's facts, as `run` gives them. */
export function checkRecord(checked: CheckedJob) {
  const run = checked.newest
  const duration = run && durationSeconds(run)
  return {
    'job-id': checked.job.id,
    'job-name': oneLine(checked.job.name),
    verdict: checked.verdict,
    fails: checked.fails,
    'instance-id': run?.id ?? '',
    status: oneLine(run?.status.value),
    'status-description': oneLine(run?.status.desc),
    'submit-time': oneLine(run?.submitTime),
    'start-time': oneLine(run?.startTime),
    'end-time': oneLine(run?.endTime),
    'duration-seconds': duration ?? null,
    runs: checked.runs,
    'failed-runs': checked.failedRuns.length,
    counters: (run?.counters ?? []).map((counter) => ({
      type: counter.type.value,
      description: counter.type.desc ?? '',
      value: counter.value
    }))
  }
}

/** A job as the `jobs` output lists it. */
export function jobRecord(job: Job) {
  return { id: job.id, name: job.name, description: job.description, type: job.type?.value, category: job.category?.value }
}

/** An instance as the `instances` output lists it. */
function instanceRecord(instance: JobInstance) {
  return {
    id: instance.id,
    status: instance.status.value,
    statusDescription: instance.status.desc,
    progress: instance.progress,
    submitTime: instance.submitTime,
    startTime: instance.startTime,
    endTime: instance.endTime,
    durationSeconds: durationSeconds(instance),
    submittedBy: instance.submittedBy?.desc ?? instance.submittedBy?.value
  }
}

/** True when a list output holds fewer items than the list (see MAX_LIST_OUTPUT_BYTES). */
export function listCut(outputs: Outputs, items: number): boolean {
  const json = outputs.jobs ?? outputs.instances ?? outputs.report
  return json !== undefined && (JSON.parse(json) as unknown[]).length < items
}

/** A JSON array of as many whole items as fit in `maxBytes`. */
function jsonArray(items: readonly unknown[], maxBytes: number): string {
  const parts: string[] = []
  let bytes = 2
  for (const item of items) {
    const part = JSON.stringify(item)
    const size = Buffer.byteLength(part, 'utf8') + (parts.length ? 1 : 0)
    if (bytes + size > maxBytes) break
    parts.push(part)
    bytes += size
  }
  return `[${parts.join(',')}]`
}

/**
 * Longest single-value text output (a name, a status, a time), in characters. Alma's names
 * are under 255; a 1 MB name from an event file must not become a 1 MB output.
 */
export const MAX_TEXT_OUTPUT_CHARS = 1000

/**
 * A single-line output: a line break from Alma must not add a line to a workflow's YAML or
 * shell, nor a huge text fill the output file.
 */
function oneLine(text: string | undefined): string {
  if (text === undefined) return ''
  // Cut only when too long, so a name of normal length stays exactly as Alma has it.
  const shown = printable(text)
  return shown.length > MAX_TEXT_OUTPUT_CHARS ? clip(shown, MAX_TEXT_OUTPUT_CHARS) : shown
}
