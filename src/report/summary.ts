// GitHub-flavoured Markdown for the job summary: a run's or status's end, the job
// list and recent instances (a table with a duration bar per run). Plain strings; the
// action adds them with core.summary.addRaw, the CLI may print them. GitHub sanitises the
// summary's HTML (runner.md §3), so everything here is text, tables and emoji.
import { classifyStatus, failureCounters, type CodeValue, type Job, type JobInstance, type StatusOutcome } from '../alma/index.js'
import { isExLibrisHost } from '../alma/regions.js'
import { clip } from '../alma/text.js'
import type { CheckedJob, CheckResult, CheckVerdict, InstanceReport, JobRef } from '../commands/index.js'
import { printable } from '../text/safe.js'
import {
  formatAgo,
  formatDuration,
  formatRunDuration,
  formatPercent,
  formatTime,
  instanceDurationMs,
  isoSeconds,
  parseTime,
  verdictWords
} from './format.js'

/** GitHub refuses a step summary over 1 MiB; stay well below it. */
export const SUMMARY_MAX_BYTES = 1000 * 1024
/** Rows before a table is cut; the rest is counted, not shown. */
export const DEFAULT_JOB_ROWS = 200
/** Runs in the instances table: enough for a month of daily runs, short enough to read. */
export const DEFAULT_INSTANCE_ROWS = 30
/** Failed runs older than the table's, listed under it so no failure in the window is hidden. */
export const MAX_OLDER_FAILED_ROWS = 20
/** Cells of the longest duration bar. */
export const BAR_CELLS = 20
/** Longest text from Alma or an event in a cell, heading or line of the summary, before escaping. */
const MAX_CELL_CHARS = 200
/** An alert's description or an error message: a sentence, so more room than a cell. */
const MAX_SENTENCE_CHARS = 500
const MAX_COUNTER_ROWS = 200
const MAX_ALERTS = 100

const OUTCOME_MARK: Record<StatusOutcome, string> = {
  success: '✅',
  warning: '⚠️',
  failure: '❌',
  'needs-person': '✋',
  running: '⏳'
}

/** Text for a table cell: one line, no table breaks, no HTML, no stray Markdown emphasis. */
export function escapeCell(text: string, maxChars = MAX_CELL_CHARS): string {
  return inlineText(text, maxChars).replace(/\|/g, '\\|')
}

/**
 * The one way text from Alma or an event enters the summary outside a table or code span
 * (headings, notes, list items): clipped, control characters shown, then escaped. A 1 MB
 * name would otherwise fill the summary and push every fact past the cut.
 */
export function inlineText(text: string, maxChars = MAX_CELL_CHARS): string {
  return escapeInline(printable(clip(text, maxChars)))
}

/** Inline Markdown text outside tables (headings, list items). */
export function escapeInline(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_[\]~])/g, '\\$1')
      // GFM turns bare URLs, www. names, e-mail addresses and @names into links; escaped, they stay text.
      .replace(/:\/\//g, '\\://')
      .replace(/\b(www)\./gi, '$1\\.')
      .replace(/@/g, '\\@')
      .replace(/[\r\n]+/g, ' ')
      // At the start of a list item these would open a heading or a nested list.
      .replace(/^([#+-])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  )
}

/** Ids, codes and links as code; clipped and kept on one line like any cell. */
function code(text: string): string {
  // Backticks inside would end the span; these are ids and codes, which have none.
  return `\`${printable(clip(text, 500)).replace(/`/g, "'").replace(/\|/g, '\\|')}\``
}

/** 'Completed with Warnings (`COMPLETED_WARNING`)': the description as text, the code as code. */
function codeLabel(value: CodeValue): string {
  return value.desc && value.desc !== value.value ? `${escapeCell(value.desc)} (${code(value.value)})` : code(value.value)
}

function jobLabel(job: JobRef): string {
  return job.name ? `${escapeCell(job.name)} (${code(job.id)})` : code(job.id)
}

function table(header: string[], rows: string[][], align?: string[]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `|${(align ?? header.map(() => '---')).join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`)
  ]
}

/** Markdown for a run or status: heading, the instance's facts, counters, alerts. */
export function instanceMarkdown(report: InstanceReport): string {
  const instance = report.instance
  const name = report.job.name ?? report.job.id
  const lines: string[] = [
    `## ${headingMark(report)} ${inlineText(name)}: ${inlineText(headingState(report), MAX_SENTENCE_CHARS)}`,
    ''
  ]

  const facts: [string, string][] = [
    ['Job', jobLabel(report.job)],
    ['Instance', code(report.instanceId)]
  ]
  if (instance) {
    const outcome = report.outcome
    facts.push(['Status', `${outcome ? `${OUTCOME_MARK[outcome]} ` : ''}${codeLabel(instance.status)}`])
    if (instance.progress !== undefined) facts.push(['Progress', formatPercent(instance.progress)])
    if (instance.submitTime) {
      const by = instance.submittedBy ? ` by ${escapeCell(instance.submittedBy.desc || instance.submittedBy.value)}` : ''
      facts.push(['Submitted', `${escapeCell(formatTime(instance.submitTime)!)}${by}`])
    }
    if (instance.startTime) facts.push(['Started', escapeCell(formatTime(instance.startTime)!)])
    if (instance.endTime) facts.push(['Ended', escapeCell(formatTime(instance.endTime)!)])
    const duration = instance.endTime ? instanceDurationMs(instance) : undefined
    if (duration !== undefined) facts.push(['Duration', formatRunDuration(duration / 1000)])
  }
  if (report.elapsedMs !== undefined) facts.push(['Waited', formatDuration(report.elapsedMs)])
  facts.push(whereToLook(report))
  // A real header row: an empty one renders as a blank stripe above the facts.
  lines.push(
    ...table(
      ['Field', 'Value'],
      facts.map(([label, value]) => [`**${label}**`, value])
    ),
    ''
  )

  const note = endNote(report)
  if (note) lines.push(`> ${note}`, '')

  if (instance && instance.counters.length > 0) {
    const shown = instance.counters.slice(0, MAX_COUNTER_ROWS)
    // §4: a success can hide failed records; the counters that say so are marked.
    const failed = new Set(report.outcome === 'success' || report.outcome === 'warning' ? failureCounters(instance.counters) : [])
    lines.push('### Counters', '')
    if (failed.size)
      lines.push(
        `> ⚠️ The job ended ${inlineText(instance.status.value)}, but ${failed.size === 1 ? 'a counter reports' : `${failed.size} counters report`} failed records.`,
        ''
      )
    lines.push(
      ...table(
        ['Counter', 'Value'],
        shown.map((counter) => [
          `${failed.has(counter) ? '⚠️ ' : ''}${escapeCell(counter.type.desc || counter.type.value)}`,
          escapeCell(counter.value)
        ]),
        ['---', '---:']
      ),
      ''
    )
    if (shown.length < instance.counters.length)
      lines.push(`_Showing ${shown.length} of ${instance.counters.length} counters._`, '')
  }
  if (instance && instance.alerts.length > 0) {
    lines.push('### Alerts', '')
    for (const alert of instance.alerts.slice(0, MAX_ALERTS)) {
      lines.push(`- ${alert.desc ? `${inlineText(alert.desc, MAX_SENTENCE_CHARS)} (${code(alert.value)})` : code(alert.value)}`)
    }
    if (instance.alerts.length > MAX_ALERTS) lines.push(`- _…and ${instance.alerts.length - MAX_ALERTS} more_`)
    lines.push('')
  }
  if (report.cacheHit) lines.push('<sub>Job resolved from the cached job list.</sub>', '')
  return capMarkdown(lines.join('\n'))
}

/** The path to the Monitor Jobs page in Alma's menus (alma-api.md §11). */
const MONITOR_JOBS_PATH = 'Admin &gt; Manage Jobs and Sets &gt; Monitor Jobs'

/**
 * Where a person finds the run. Against Ex Libris the API link is no use in a browser (it
 * needs the key, §1), so the summary names the page in Alma and the instance to look for
 * (§11); against another host (the simulator, a proxy) the link is what there is.
 */
function whereToLook(report: InstanceReport): [string, string] {
  if (!isExLibrisHost(hostOf(report.instanceUrl))) return ['API link', code(report.instanceUrl)]
  const outcome = report.outcome
  const ended = report.instance?.endTime !== undefined || outcome === 'success' || outcome === 'warning' || outcome === 'failure'
  const tab = ended ? 'the History tab' : 'the Running tab (History once it has ended)'
  return ['In Alma', `${MONITOR_JOBS_PATH}, ${tab}; look for instance ${code(report.instanceId)}`]
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname
  } catch {
    return ''
  }
}

function headingMark(report: InstanceReport): string {
  switch (report.end) {
    case 'timeout':
      return '⏱️'
    case 'cancelled':
      return '🛑'
    case 'error':
      return '⚠️'
    case 'submitted':
      return '⏳'
    default:
      return report.outcome ? OUTCOME_MARK[report.outcome] : '⏳'
  }
}

function headingState(report: InstanceReport): string {
  // Clipped here, so a long status cannot crowd out the words around it.
  const found = report.instance ? report.instance.status.desc || report.instance.status.value : undefined
  const status = found === undefined ? undefined : clip(found, MAX_CELL_CHARS)
  switch (report.end) {
    case 'submitted':
      return 'submitted'
    case 'timeout':
      return `still ${status ?? 'not seen'} after ${formatDuration(report.elapsedMs ?? 0)}`
    case 'cancelled':
      return `wait cancelled (${status ?? 'not seen yet'})`
    case 'error':
      return `wait ended by an Alma error (${status ?? 'not seen yet'})`
    default:
      return status ?? report.end
  }
}

function endNote(report: InstanceReport): string | undefined {
  const parts: string[] = []
  if (report.end === 'submitted')
    parts.push('Submitted without waiting; check it later with the `status` command and this instance id.')
  if (report.end === 'error')
    parts.push(`The wait ended on an error: ${inlineText(report.error?.message ?? 'unknown', MAX_SENTENCE_CHARS)}.`)
  if (report.end === 'timeout' || report.end === 'cancelled' || report.end === 'error') {
    // There is no cancel call (alma-api.md §2): the instance goes on.
    parts.push('Alma has no call to stop a job instance, so it goes on in Alma; check it later with the `status` command.')
  }
  if (report.outcome === 'needs-person') parts.push('Alma is waiting for someone to handle this job in the Alma UI.')
  if (report.reconciled)
    parts.push("Alma's answer to the run was lost; this instance was found in the job's instance list just after.")
  return parts.length ? parts.join(' ') : undefined
}

export interface JobListMarkdownOptions {
  /** Jobs in Alma when the list shown is a part of it; default jobs.length. */
  total?: number
  /** 'sandbox' or 'production', shown in the heading. */
  env?: string
  /** Default 200. */
  maxRows?: number
  fromCache?: boolean
}

/** Markdown for `list`: counts per type and category, then the first rows by name. */
export function jobListMarkdown(jobs: readonly Job[], opts: JobListMarkdownOptions = {}): string {
  const maxRows = opts.maxRows ?? DEFAULT_JOB_ROWS
  const total = Math.max(opts.total ?? jobs.length, jobs.length)
  const lines: string[] = [`## Alma jobs${opts.env ? ` (${inlineText(opts.env)})` : ''}`, '']
  const byType = countBy(jobs, (job) => job.type?.value || 'unknown')
  lines.push(
    `${total} ${total === 1 ? 'job' : 'jobs'}${byType.length ? `: ${byType.map(([type, count]) => `${count} ${code(type)}`).join(', ')}` : ''}.`,
    ''
  )
  if (jobs.length === 0) return capMarkdown(lines.join('\n'))

  const sorted = [...jobs].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
  const shown = sorted.slice(0, maxRows)
  lines.push(
    ...table(
      ['Id', 'Name', 'Type', 'Category'],
      shown.map((job) => [
        code(job.id),
        escapeCell(job.name),
        job.type ? code(job.type.value) : '',
        escapeCell(job.category ? job.category.desc || job.category.value : '')
      ])
    ),
    ''
  )
  if (shown.length < total) lines.push(`_Showing ${shown.length} of ${total} jobs, by name._`, '')

  const byCategory = countBy(jobs, (job) => (job.category ? job.category.desc || job.category.value : '(none)'))
  lines.push('<details><summary>Jobs per category</summary>', '')
  lines.push(
    ...table(
      ['Category', 'Jobs'],
      byCategory.map(([category, count]) => [escapeCell(category), String(count)]),
      ['---', '---:']
    )
  )
  lines.push('', '</details>', '')
  if (opts.fromCache) lines.push('<sub>From the cached job list.</sub>', '')
  return capMarkdown(lines.join('\n'))
}

export interface InstanceListMarkdownOptions {
  /** Default 30 rows, newest first. */
  maxRows?: number
  /** End of the bars of runs still going; default Date.now(). */
  now?: number
}

/**
 * Markdown for `instances`: counts per status, a word on failures, then a table of the newest
 * runs with a duration bar each, scaled to the longest run shown. A 20-minute run on a
 * 25-day time axis would be thinner than a pixel; a bar per row is readable at any window.
 */
export function instanceListMarkdown(
  job: JobRef,
  instances: readonly JobInstance[],
  opts: InstanceListMarkdownOptions = {}
): string {
  const maxRows = opts.maxRows ?? DEFAULT_INSTANCE_ROWS
  const now = opts.now ?? Date.now()
  const lines: string[] = [`## Recent runs of ${inlineText(job.name ?? job.id)}`, '']
  const byStatus = countBy(instances, (instance) => instance.status.value)
  lines.push(
    `${instances.length} ${instances.length === 1 ? 'instance' : 'instances'} of ${jobLabel(job)}` +
      `${byStatus.length ? `: ${byStatus.map(([status, count]) => `${count} ${code(status)}`).join(', ')}` : ''}.`,
    ''
  )
  if (instances.length === 0) return capMarkdown(lines.join('\n'))

  // Alma's list order is not documented (§3.4): sort newest first here.
  const sorted = [...instances].sort((a, b) => (parseTime(b.submitTime) ?? -Infinity) - (parseTime(a.submitTime) ?? -Infinity))
  const shown = sorted.slice(0, maxRows)
  const failed = sorted.filter((instance) => outcomeOf(instance) === 'failure')
  const olderFailed = failed.filter((instance) => !shown.includes(instance))
  const olderShown = olderFailed.slice(0, MAX_OLDER_FAILED_ROWS)

  if (failed.length) {
    const newest = failed[0]!
    const when = parseTime(newest.startTime ?? newest.submitTime)
    lines.push(
      `> ❌ **${failed.length} of ${instances.length} ${instances.length === 1 ? 'run' : 'runs'} failed.** ` +
        `The newest failure: instance ${code(newest.id)}${when === undefined ? '' : `, started ${isoSeconds(when)}`}.`,
      ''
    )
  }

  const durations = new Map(
    [...shown, ...olderShown].map((instance) => [instance, instanceDurationMs(instance, instance.endTime ? undefined : now)])
  )
  const longest = Math.max(0, ...[...durations.values()].map((ms) => ms ?? 0))
  const barHeader = longest > 0 ? `Full bar: ${formatRunDuration(longest / 1000)}` : 'Bar'
  const rows = (list: readonly JobInstance[]): string[] =>
    table(
      ['Status', 'Started (UTC)', 'Took', barHeader, 'Instance'],
      list.map((instance) => instanceRow(instance, durations.get(instance), longest)),
      ['---', '---', '---:', '---', '---']
    )

  lines.push(`### ${shown.length === 1 ? 'The newest run' : `The ${shown.length} newest runs`}`, '', ...rows(shown), '')
  if (shown.length < instances.length) lines.push(`_Showing ${shown.length} of ${instances.length} instances, newest first._`, '')
  if (olderShown.length) {
    lines.push(`### Older failed runs`, '', ...rows(olderShown), '')
    if (olderShown.length < olderFailed.length)
      lines.push(`_Showing the ${olderShown.length} newest of ${olderFailed.length} older failed runs._`, '')
  }
  return capMarkdown(lines.join('\n'))
}

function instanceRow(instance: JobInstance, duration: number | undefined, longest: number): string[] {
  const outcome = outcomeOf(instance)
  // Bold, besides the icon: a failure has to stand out in a column of green.
  const strong = (text: string): string => (outcome === 'failure' && text ? `**${text}**` : text)
  const started = parseTime(instance.startTime ?? instance.submitTime)
  const took =
    duration === undefined
      ? instance.startTime
        ? ''
        : 'not started'
      : `${formatRunDuration(duration / 1000)}${instance.endTime ? '' : ' so far'}`
  return [
    `${OUTCOME_MARK[outcome]} ${strong(escapeCell(instance.status.desc || instance.status.value))}`,
    // ISO without spaces, so the cell does not wrap.
    strong(started === undefined ? escapeCell(instance.startTime ?? instance.submitTime ?? '') : isoSeconds(started)),
    strong(took),
    duration === undefined ? '' : durationBar(duration, longest),
    code(instance.id)
  ]
}

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉']
const FULL_BLOCK = '█'
/** A space a table cell does not wrap at: '14m 38s' stays on one line. */
const NBSP = '\u00a0'
/** Pads the bar to its full width in the monospace span, so bars and texts line up. */
const BAR_PAD = NBSP

/**
 * `ms` as a bar of block characters in eighths of a cell, the longest `BAR_CELLS` long; a
 * run that took any time gets at least a cell, so a short failure still shows.
 */
export function durationBar(ms: number, longestMs: number, cells = BAR_CELLS): string {
  if (!(ms > 0) || !(longestMs > 0)) return `\`${BAR_PAD.repeat(cells)}\``
  const eighths = Math.max(8, Math.round((Math.min(ms, longestMs) / longestMs) * cells * 8))
  const bar = FULL_BLOCK.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8]!
  return `\`${bar}${BAR_PAD.repeat(cells - Math.ceil(eighths / 8))}\``
}

const VERDICT_MARK: Record<CheckVerdict, string> = {
  ok: '✅',
  warning: '⚠️',
  failed: '❌',
  stuck: '❌',
  running: '⏳',
  missing: '❔'
}
/** Failing jobs whose alerts are listed under the table; more would bury the table. */
const MAX_ALERT_SECTIONS = 20

/** Markdown for `check`: one table, a row per job, worst first; then the failing jobs' alerts. */
export function checkMarkdown(result: CheckResult): string {
  const mark = result.failed ? '❌' : result.jobs.some((job) => job.verdict === 'warning') ? '⚠️' : '✅'
  // The log's headline names every failing job; in a heading that is a wall of text, and the
  // table below names them anyway.
  const total = result.jobs.length
  const heading = result.failed
    ? `${result.failed} of ${total} ${total === 1 ? 'job needs' : 'jobs need'} attention`
    : `${total} ${total === 1 ? 'job' : 'jobs'} checked: none needs attention`
  const lines: string[] = [`## ${mark} ${heading}`, '']
  lines.push(`Runs submitted since ${inlineText(formatTime(new Date(result.sinceMs).toISOString())!)}.`, '')
  const shown = result.jobs.slice(0, DEFAULT_JOB_ROWS)
  lines.push(
    ...table(
      ['', 'Job', 'Newest run', 'When', 'Took', 'Failed records', 'Runs (failed)'],
      shown.map((job) => checkRow(job, result.checkedAt)),
      ['---', '---', '---', '---', '---:', '---', '---:']
    ),
    ''
  )
  if (shown.length < result.jobs.length) lines.push(`_Showing the ${shown.length} worst of ${result.jobs.length} jobs._`, '')
  const failing = result.jobs
    .filter((job) => job.fails && job.newest && job.newest.alerts.length > 0)
    .slice(0, MAX_ALERT_SECTIONS)
  for (const job of failing) {
    lines.push(`### ${inlineText(job.job.name ?? job.job.id)}`, '')
    for (const alert of job.newest!.alerts.slice(0, MAX_ALERTS)) {
      lines.push(`- ${alert.desc ? `${inlineText(alert.desc, MAX_SENTENCE_CHARS)} (${code(alert.value)})` : code(alert.value)}`)
    }
    lines.push('')
  }
  if (result.cacheHit) lines.push('<sub>Job names resolved from the cached job list.</sub>', '')
  return capMarkdown(lines.join('\n'))
}

function checkRow(job: CheckedJob, now: number): string[] {
  const run = job.newest
  const submitted = parseTime(run?.submitTime)
  const took = run?.endTime ? instanceDurationMs(run) : undefined
  // §4: a success can hide failed records; these are the counters that say so.
  const failedRecords = run
    ? failureCounters(run.counters).map((counter) => `${counter.type.desc || counter.type.value}: ${counter.value}`)
    : []
  return [
    VERDICT_MARK[job.verdict],
    jobLabel(job.job),
    run ? codeLabel(run.status) : escapeCell(verdictWords(job)),
    // The age first, as it is what a person looks for; the time wraps at its spaces.
    submitted === undefined ? '' : `${formatAgo(now - submitted)}, ${escapeCell(formatTime(run!.submitTime)!)}`,
    took === undefined
      ? // A stuck run reads "Running" like a healthy one; say why it is marked.
        job.verdict === 'stuck'
        ? '**stuck**, not ended'
        : job.verdict === 'running'
          ? 'not ended'
          : ''
      : formatRunDuration(took / 1000).replace(/ /g, NBSP),
    escapeCell(failedRecords.join('; ')),
    `${job.runs} (${job.failedRuns.length})`
  ]
}

/**
 * The last safety net under GitHub's 1 MiB limit: cut at a line, close an open
 * code fence, and say so. Rows are already capped, so this seldom fires.
 */
export function capMarkdown(markdown: string, maxBytes = SUMMARY_MAX_BYTES): string {
  if (Buffer.byteLength(markdown, 'utf8') <= maxBytes) return markdown
  const note = '\n\n_Summary cut to stay under GitHub’s 1 MiB limit._\n'
  const budget = maxBytes - Buffer.byteLength(note + '\n```', 'utf8')
  const lines = markdown.split('\n')
  const kept: string[] = []
  let bytes = 0
  for (const line of lines) {
    const size = Buffer.byteLength(line, 'utf8') + 1
    if (bytes + size > budget) break
    kept.push(line)
    bytes += size
  }
  const openFence = kept.filter((line) => line.startsWith('```')).length % 2 === 1
  return `${kept.join('\n')}${openFence ? '\n```' : ''}${note}`
}

function outcomeOf(instance: JobInstance): StatusOutcome {
  return classifyStatus(instance.status.value).outcome
}

function countBy<T>(items: readonly T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
}
