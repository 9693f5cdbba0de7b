// Plain-text pieces shared by the log and the job summary: durations, times,
// statuses, counters and alerts. No @actions/core here; the shells print.
import type { CodeValue, Counter, JobInstance } from '../alma/index.js'
import type { CheckedJob, CheckResult, CommandResult, InstanceReport, JobRef } from '../commands/index.js'
import { listCounters } from '../commands/verdict.js'

/** '850 ms', '45s', '2m 05s', '1h 02m 03s', '1d 02h 03m'. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) ms = 0
  if (ms < 1000) return `${Math.round(ms)} ms`
  const totalSeconds = Math.floor(ms / 1000)
  const days = Math.floor(totalSeconds / 86_400)
  const hours = Math.floor((totalSeconds % 86_400) / 3600)
  const minutes = Math.floor((totalSeconds % 3600) / 60)
  const seconds = totalSeconds % 60
  const pad = (n: number): string => String(n).padStart(2, '0')
  if (days > 0) return `${days}d ${pad(hours)}h ${pad(minutes)}m`
  if (hours > 0) return `${hours}h ${pad(minutes)}m ${pad(seconds)}s`
  if (minutes > 0) return `${minutes}m ${pad(seconds)}s`
  return `${seconds}s`
}

/** Alma's date-times vary (with or without ms, §7.5); undefined when absent or unreadable. */
export function parseTime(text: string | undefined): number | undefined {
  if (!text) return undefined
  const ms = Date.parse(text)
  return Number.isNaN(ms) ? undefined : ms
}

/** '2026-11-29T03:49:27Z': UTC to the second, as the job summary and the CLI show a time. */
export function isoSeconds(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`
}

/** '2025-01-06 10:00:01 UTC', or the text as Alma sent it when it is not a date-time. */
export function formatTime(text: string | undefined): string | undefined {
  const ms = parseTime(text)
  if (ms === undefined) return text
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`
}

/**
 * How long a run took in Alma, in whole seconds: the second it ended minus the second it started
 * (else was submitted). Times are shown to the second, so the figure always agrees with them
 * (:03.9 to :08.1 is 5s, as :03 and :08 say). The one rule for the CLI, the log, the summary and
 * `duration-seconds`. Undefined until the end is known, unless `nowMs` stands in for a run still going.
 */
export function durationSeconds(instance: JobInstance, nowMs?: number): number | undefined {
  const from = parseTime(instance.startTime) ?? parseTime(instance.submitTime)
  const to = instance.endTime ? parseTime(instance.endTime) : nowMs
  if (from === undefined || to === undefined || to < from) return undefined
  return Math.floor(to / 1000) - Math.floor(from / 1000)
}

/** durationSeconds in ms, for the summary's bars and tables. */
export function instanceDurationMs(instance: JobInstance, nowMs?: number): number | undefined {
  const seconds = durationSeconds(instance, nowMs)
  return seconds === undefined ? undefined : seconds * 1000
}

/** A run's durationSeconds in words: '0s', '45s', '2m 05s'. */
export function formatRunDuration(seconds: number): string {
  return seconds <= 0 ? '0s' : formatDuration(seconds * 1000)
}

/** 'Completed with Warnings (COMPLETED_WARNING)', or just the code when Alma gave no description. */
export function formatCode(code: CodeValue): string {
  return code.desc && code.desc !== code.value ? `${code.desc} (${code.value})` : code.value
}

/** One line per change while waiting: 'Running (RUNNING), 45%'. */
export function formatProgress(instance: JobInstance): string {
  const progress = instance.progress === undefined ? '' : `, ${formatPercent(instance.progress)}`
  return `${formatCode(instance.status)}${progress}`
}

export function formatPercent(progress: number): string {
  return `${Math.round(progress * 10) / 10}%`
}

/** 'Records processed: 120'. */
export function formatCounters(counters: readonly Counter[]): string[] {
  return counters.map((counter) => `${counter.type.desc || counter.type.value}: ${counter.value}`)
}

/** 'The job completed with warnings (alert_general_warning)'. */
export function formatAlerts(alerts: readonly CodeValue[]): string[] {
  return alerts.map(formatCode)
}

export function formatJob(job: JobRef): string {
  return job.name ? `"${job.name}" (${job.id})` : job.id
}

/** The log lines that close a run or status: status, times, counters, alerts. */
export function describeInstanceEnd(report: InstanceReport): string[] {
  const subject = `${formatJob(report.job)}, instance ${report.instanceId}`
  const instance = report.instance
  const waited = report.elapsedMs === undefined ? '' : ` after ${formatDuration(report.elapsedMs)}`
  const lines: string[] = []
  const state = instance ? formatProgress(instance) : undefined
  switch (report.end) {
    case 'submitted':
      lines.push(`${subject}: submitted; not waiting for it to end.`)
      break
    case 'running':
      lines.push(`${subject}: ${state ?? 'running'}; not waiting for it to end.`)
      break
    case 'finished':
      lines.push(`${subject}: ${instance ? formatCode(instance.status) : 'finished'}`)
      break
    case 'timeout':
      lines.push(`${subject}: still ${state ?? 'not seen'} when the wait timed out${waited}; the job goes on in Alma.`)
      break
    case 'cancelled':
      lines.push(`${subject}: ${state ?? 'not seen yet'} when the wait was cancelled${waited}; the job goes on in Alma.`)
      break
    case 'error':
      lines.push(`${subject}: ${state ?? 'not seen yet'} when Alma stopped answering${waited}; the job goes on in Alma.`)
      break
  }
  if (instance) {
    const times = [
      ['submitted', instance.submitTime],
      ['started', instance.startTime],
      ['ended', instance.endTime]
    ]
      .filter(([, time]) => time)
      .map(([label, time]) => `${label} ${formatTime(time)}`)
    const seconds = durationSeconds(instance)
    if (seconds !== undefined || times.length > 0) {
      const took = seconds === undefined ? 'Times' : `Duration ${formatRunDuration(seconds)}`
      lines.push(`${took}${times.length ? ` (${times.join(', ')})` : ''}`)
    }
    if (instance.counters.length > 0) lines.push('Counters:', ...capped(formatCounters(instance.counters)))
    if (instance.alerts.length > 0) lines.push('Alerts:', ...capped(formatAlerts(instance.alerts)))
  }
  lines.push(`Instance: ${report.instanceUrl}`)
  return lines
}

/** A log shows this many counters or alerts of an instance; a real run has a few dozen at most. */
const MAX_LOGGED_ITEMS = 200

function capped(items: string[]): string[] {
  const shown = items.slice(0, MAX_LOGGED_ITEMS).map((line) => `  ${line}`)
  return items.length > shown.length ? [...shown, `  …and ${items.length - shown.length} more`] : shown
}

/** The line that heads a list's rendering in both shells: '300 jobs (job list from the cache)'. */
export function listHeadline(result: Extract<CommandResult, { command: 'list' | 'instances' }>): string {
  if (result.command === 'list') return `${result.jobs.length} jobs${result.cacheHit ? ' (job list from the cache)' : ''}`
  return `${result.instances.length} instances of ${formatJob(result.job)}`
}

/** 'just now', '12 min ago', '3 h ago', '4 d ago'. */
export function formatAgo(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000)
  if (minutes < 1) return 'just now'
  if (minutes < 60) return `${minutes} min ago`
  const hours = Math.floor(minutes / 60)
  return hours < 48 ? `${hours} h ago` : `${Math.floor(hours / 24)} d ago`
}

/** `failed`, `missing (not required)`: a job's verdict in words; a selected job's missing run does not fail. */
export function verdictWords(job: CheckedJob): string {
  if (job.verdict === 'missing') return job.named ? 'missing' : 'missing (selected, not required)'
  if (job.verdict !== 'ok' && job.verdict !== 'warning') return job.verdict
  return job.failingCounters.length ? `${job.verdict}, but failing counters` : job.verdict
}

/**
 * One line per checked job, the same in the action's log and the CLI's text (whose times are ISO, or local):
 * 'failed   Publishing to Primo (S1): Completed with Errors (COMPLETED_FAILED), submitted 2026-12-01 02:00:03 UTC (8 h ago), took 5m 02s; 7 runs, 1 failed'.
 */
export function checkLine(
  job: CheckedJob,
  now: number,
  showTime: (text: string) => string = (text) => formatTime(text)!
): string {
  const head = `${job.verdict.padEnd(8)} ${formatJob(job.job)}`
  const run = job.newest
  if (!run) return `${head}: no run since the window began${job.named ? '' : ' (selected, so it does not fail the step)'}`
  const submitted = parseTime(run.submitTime)
  const when = submitted === undefined ? '' : `, submitted ${showTime(run.submitTime!)} (${formatAgo(now - submitted)})`
  const took = durationSeconds(run)
  const counters = job.failingCounters.length ? `; failing ${formatCounters(job.failingCounters).join(', ')}` : ''
  return `${head}: ${formatCode(run.status)}${when}${took === undefined ? '' : `, took ${formatRunDuration(took)}`}${counters}; ${job.runs} ${job.runs === 1 ? 'run' : 'runs'}, ${job.failedRuns.length} failed`
}

/** The sentence that ends a check: what needs attention, or that all is well. */
export function checkHeadline(result: CheckResult): string {
  const total = result.jobs.length
  if (result.failed === 0) {
    return `${total} ${total === 1 ? 'job' : 'jobs'} checked since ${formatTime(new Date(result.sinceMs).toISOString())}: none needs attention.`
  }
  const failing = result.jobs
    .filter((job) => job.fails)
    .map(
      (job) =>
        `${job.job.name ?? job.job.id} (${job.verdict === 'failed' && job.newest ? job.newest.status.value : verdictWords(job)})`
    )
  return `${result.failed} of ${total} ${total === 1 ? 'job needs' : 'jobs need'} attention: ${failing.join(', ')}`
}

/** The warnings a check gives in both shells: a success whose counters report failed records. */
export function checkWarnings(result: CheckResult): string[] {
  return result.jobs
    .filter((job) => job.hiddenFailures.length && job.newest)
    .map((job) => `${formatJob(job.job)} ended ${job.newest!.status.value}, yet ${listCounters(job.hiddenFailures)}.`)
}
