// What each command prints on stdout. Text keeps the old PHP script's lines, so scripts
// that read them go on working; json is the action's outputs (src/outputs.ts) as one
// object with real types, for jq.
// Every field from Alma is shown through `printable` and every line through
// `neutralizeCommands`: a name must not move the cursor, write the clipboard or forge a line.
import type { JobInstance } from '../alma/index.js'
import type { CheckResult, InstanceListResult, InstanceReport, JobListResult } from '../commands/index.js'
import { checkLine, durationSeconds, formatDuration, formatRunDuration, isoSeconds, parseTime } from '../report/format.js'
import { checkRecord, instanceListOutputs, instanceOutputs, jobListOutputs, type Outputs } from '../report/outputs.js'
import { neutralizeCommands, printable } from '../text/safe.js'

/** stdout has no size limit: JSON carries the whole list. */
const FULL_LISTS = { maxListBytes: Number.POSITIVE_INFINITY }

/** Outputs that hold JSON text in the action; here they are arrays. */
const JSON_OUTPUTS = new Set(['counters', 'alerts', 'jobs', 'instances'])
const NUMBER_OUTPUTS = new Set(['progress', 'duration-seconds'])
const BOOLEAN_OUTPUTS = new Set(['cache-hit'])

/** The action's outputs with their real types; an empty output becomes null. */
export function outputsToJson(outputs: Outputs): Record<string, unknown> {
  const json: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(outputs)) {
    if (value === undefined || value === '') json[name] = null
    else if (JSON_OUTPUTS.has(name)) json[name] = JSON.parse(value)
    else if (NUMBER_OUTPUTS.has(name)) json[name] = Number(value)
    else if (BOOLEAN_OUTPUTS.has(name)) json[name] = value === 'true'
    else json[name] = value
  }
  return json
}

export function listJson(result: JobListResult): string {
  return `${JSON.stringify(outputsToJson(jobListOutputs(result, FULL_LISTS)), null, 2)}\n`
}

export function instancesJson(result: InstanceListResult): string {
  return `${JSON.stringify(outputsToJson(instanceListOutputs(result, FULL_LISTS)), null, 2)}\n`
}

/** The action's outputs plus how the command ended, which a script needs to tell a timeout from an end. */
export function reportJson(report: InstanceReport): string {
  const json = { ...outputsToJson(instanceOutputs(report, FULL_LISTS)), end: report.end, outcome: report.outcome ?? null }
  return `${JSON.stringify(json, null, 2)}\n`
}

/** `--format json` for check: the action's `report`, an array. */
export function checkJson(result: CheckResult): string {
  return `${JSON.stringify(result.jobs.map(checkRecord), null, 2)}\n`
}

/** One line per job, as in the action's log, with the times as the style says. */
export function checkText(result: CheckResult, times: TimeStyle = UTC): string {
  return lines(result.jobs.map((job) => checkLine(job, result.checkedAt, (time) => timeText(time, times))).map(printable))
}

/** The old script's list line, tabs and all. */
export function listText(result: JobListResult): string {
  return lines(result.jobs.map((job) => `ID: ${printable(job.id)}\t\tName: ${printable(job.name)}`))
}

/** How times are shown: UTC ISO 8601 (the default), or the old script's local form (--local-time). */
export interface TimeStyle {
  local: boolean
  /** For local times; default the machine's zone. */
  timeZone?: string
}

const UTC: TimeStyle = { local: false }

export function instancesText(result: InstanceListResult, times: TimeStyle = UTC): string {
  return lines(
    result.instances.map((instance) => {
      const submitted = instance.submitTime ? timeText(instance.submitTime, times) : 'not yet'
      return `ID: ${printable(instance.id)}\t\tSubmitted: ${printable(submitted)}\t\tStatus: ${statusLine(instance)}`
    })
  )
}

/** The old script's run lines: the job, then `Job Instance ID: …` at the start of a line. */
export function runSubmittedText(report: InstanceReport): string {
  return lines([
    `Execute Job: ${printable(report.job.name ?? report.job.id)}`,
    `     Job ID: ${printable(report.job.id)}`,
    `Job Instance ID: ${report.instanceId}`
  ])
}

function lines(texts: string[]): string {
  return texts.map((text) => `${neutralizeCommands(text)}\n`).join('')
}

const LABEL_WIDTH = 20

/** `STATUS - description`, as the old script printed it. */
export function statusLine(instance: JobInstance): string {
  return printable(`${instance.status.value}${instance.status.desc ? ` - ${instance.status.desc}` : ''}`)
}

/** The old script's status block, then what it did not show (progress, times, counters, alerts). */
export function statusBlock(report: InstanceReport, times: TimeStyle = UTC): string {
  const instance = report.instance
  const line = (label: string, value: string): string =>
    neutralizeCommands(`     ${`${label}:`.padEnd(LABEL_WIDTH)}${printable(value)}\n`)
  let text =
    line('Job Name', `'${report.job.name ?? report.job.id}'`) +
    line('Job ID', report.job.id) +
    line('Job Instance ID', report.instanceId)
  if (!instance) return text
  text += line('Job Submitted', instance.submitTime ? timeText(instance.submitTime, times) : 'not yet')
  text += line('Job Status', statusLine(instance))
  if (instance.progress !== undefined) text += line('Progress', `${instance.progress}%`)
  if (instance.startTime) text += line('Started', timeText(instance.startTime, times))
  if (instance.endTime) text += line('Ended', timeText(instance.endTime, times))
  const seconds = durationSeconds(instance)
  if (seconds !== undefined) text += line('Duration', formatRunDuration(seconds))
  for (const counter of instance.counters) {
    text += line('Counter', `${counter.type.desc ?? counter.type.value}: ${counter.value}`)
  }
  for (const alert of instance.alerts) text += line('Alert', `${alert.value}${alert.desc ? ` - ${alert.desc}` : ''}`)
  text += line('Instance URL', report.instanceUrl)
  return text
}

/** An Alma timestamp as the style says; anything unparseable is shown as sent (alma-api.md §7.5). */
function timeText(iso: string, times: TimeStyle): string {
  if (times.local) return localTime(iso, times.timeZone)
  const ms = parseTime(iso)
  return ms === undefined ? iso : isoSeconds(ms)
}

/**
 * An Alma timestamp (UTC, `Z`) in the machine's local time, in the old script's shape
 * `MM/DD/YYYY HH:MM:SS.mmm TZ` (it hard-coded America/New_York; we use the local zone).
 * Anything unparseable is shown as sent (alma-api.md §7.5: be tolerant).
 */
export function localTime(iso: string, timeZone?: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    fractionalSecondDigits: 3,
    hourCycle: 'h23',
    timeZoneName: 'short'
  }).formatToParts(date)
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('month')}/${part('day')}/${part('year')} ${part('hour')}:${part('minute')}:${part('second')}.${part('fractionalSecond')} ${part('timeZoneName')}`
}

/** `5s`, `1m 05s`, `2h 03m 04s`. */
export function formatElapsed(ms: number): string {
  // A ticking display counts whole seconds, even in the first one.
  return ms < 1000 ? '0s' : formatDuration(ms)
}
