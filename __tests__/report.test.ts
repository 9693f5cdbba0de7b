import { describe, expect, test } from 'vitest'
import type { Job, JobInstance } from '../src/alma/types.js'
import type { InstanceReport } from '../src/commands/types.js'
import { describeInstanceEnd, formatCounters, formatDuration, formatProgress, instanceDurationMs } from '../src/report/format.js'
import { MAX_TEXT_OUTPUT_CHARS, checkRecord, instanceListOutputs, instanceOutputs } from '../src/report/outputs.js'
import {
  SUMMARY_MAX_BYTES,
  capMarkdown,
  escapeCell,
  escapeInline,
  instanceMarkdown,
  instanceListMarkdown,
  jobListMarkdown
} from '../src/report/summary.js'

const URL = 'https://api-eu.hosted.exlibrisgroup.com/almaws/v1/conf/jobs/M50173/instances/9876543210000123'

function finishedInstance(overrides: Partial<JobInstance> = {}): JobInstance {
  return {
    id: '9876543210000123',
    name: 'Export Physical Items - via API - 2025-01-06 11:00 AM',
    submittedBy: { value: 'exl_api', desc: 'Ex Libris, API' },
    submitTime: '2025-01-06T10:00:00.120Z',
    startTime: '2025-01-06T10:00:01.004Z',
    endTime: '2025-01-06T11:02:04.500Z',
    progress: 100,
    status: { value: 'COMPLETED_WARNING', desc: 'Completed with Warnings' },
    alerts: [{ value: 'alert_general_warning', desc: 'The job completed with warnings <see report>' }],
    counters: [
      { type: { value: 'c.jobs.exported', desc: 'Records exported' }, value: '1200' },
      { type: { value: 'c.jobs.errors', desc: 'Errors | skipped' }, value: '3' }
    ],
    actions: [],
    ...overrides
  }
}

function report(overrides: Partial<InstanceReport> = {}): InstanceReport {
  return {
    job: { id: 'M50173', name: 'Export Physical Items' },
    instanceId: '9876543210000123',
    instanceUrl: URL,
    instance: finishedInstance(),
    end: 'finished',
    outcome: 'warning',
    elapsedMs: 3_725_000,
    cacheHit: false,
    ...overrides
  }
}

describe('format', () => {
  test.each([
    [850, '850 ms'],
    [0, '0 ms'],
    [-5, '0 ms'],
    [45_000, '45s'],
    [45_999, '45s'],
    [125_000, '2m 05s'],
    [3_723_000, '1h 02m 03s'],
    [93_780_000, '1d 02h 03m']
  ])('formatDuration(%d) = %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text)
  })

  test('progress line and counters', () => {
    expect(formatProgress(finishedInstance({ status: { value: 'RUNNING', desc: 'Running' }, progress: 45.25 }))).toBe(
      'Running (RUNNING), 45.3%'
    )
    expect(formatProgress(finishedInstance({ status: { value: 'QUEUED' }, progress: undefined }))).toBe('QUEUED')
    expect(formatCounters(finishedInstance().counters)).toEqual(['Records exported: 1200', 'Errors | skipped: 3'])
  })

  test('instance duration is start (else submit) to end in whole seconds (duration.test.ts), tolerant of missing ms and missing times', () => {
    expect(instanceDurationMs(finishedInstance())).toBe(3_723_000)
    expect(instanceDurationMs(finishedInstance({ startTime: undefined, endTime: '2025-01-06T10:00:10Z' }))).toBe(10_000)
    expect(instanceDurationMs(finishedInstance({ endTime: undefined }))).toBeUndefined()
    expect(instanceDurationMs(finishedInstance({ endTime: undefined }), Date.parse('2025-01-06T10:00:11.004Z'))).toBe(10_000)
    expect(instanceDurationMs(finishedInstance({ endTime: 'garbage' }))).toBeUndefined()
  })

  test('describeInstanceEnd gives status, duration, counters and alerts', () => {
    const lines = describeInstanceEnd(report())
    expect(lines[0]).toBe(
      '"Export Physical Items" (M50173), instance 9876543210000123: Completed with Warnings (COMPLETED_WARNING)'
    )
    expect(lines[1]).toMatch(
      /^Duration 1h 02m 03s \(submitted 2025-01-06 10:00:00 UTC, started 2025-01-06 10:00:01 UTC, ended 2025-01-06 11:02:04 UTC\)$/
    )
    expect(lines).toContain('  Records exported: 1200')
    expect(lines).toContain('  The job completed with warnings <see report> (alert_general_warning)')
    expect(lines.at(-1)).toBe(`Instance: ${URL}`)
  })

  test('describeInstanceEnd says a timeout or cancel leaves the job running in Alma', () => {
    const running = finishedInstance({
      status: { value: 'RUNNING', desc: 'Running' },
      progress: 40,
      endTime: undefined,
      counters: [],
      alerts: []
    })
    const timeout = describeInstanceEnd(report({ end: 'timeout', outcome: 'running', instance: running, elapsedMs: 600_000 }))
    expect(timeout[0]).toBe(
      '"Export Physical Items" (M50173), instance 9876543210000123: still Running (RUNNING), 40% when the wait timed out after 10m 00s; the job goes on in Alma.'
    )
    expect(timeout.join('\n')).not.toMatch(/Counters|Alerts|Duration/)
    const cancelled = describeInstanceEnd(report({ end: 'cancelled', instance: undefined, outcome: undefined, elapsedMs: 1200 }))
    expect(cancelled[0]).toMatch(/not seen yet when the wait was cancelled after 1s; the job goes on in Alma\.$/)
    expect(describeInstanceEnd(report({ end: 'submitted', instance: undefined, elapsedMs: undefined }))[0]).toMatch(
      /submitted; not waiting/
    )
  })
})

describe('escaping', () => {
  test('table cells cannot break the table, inject HTML or run on', () => {
    expect(escapeCell('a | b\nc <script>&amp; *x*')).toBe('a \\| b c &lt;script&gt;&amp;amp; \\*x\\*')
    expect(escapeCell('x'.repeat(500))).toHaveLength(200)
  })

  test('text at the start of a list item cannot open a heading or a nested list', () => {
    expect(escapeInline('# not a heading')).toBe('\\# not a heading')
    expect(escapeInline('- not a list')).toBe('\\- not a list')
    expect(escapeInline('1. not a list')).toBe('1\\. not a list')
    expect(escapeInline('a # b - c')).toBe('a # b - c')
  })
})

describe('single-value outputs', () => {
  test('text from Alma is one printable line of at most MAX_TEXT_OUTPUT_CHARS; a normal one stays exact', () => {
    const huge = '&'.repeat(1_000_000)
    const outputs = instanceOutputs(
      report({
        job: { id: 'M50173', name: huge },
        instance: finishedInstance({ status: { value: `X\u001b[31m${huge}`, desc: huge }, submitTime: huge })
      })
    )
    expect(MAX_TEXT_OUTPUT_CHARS).toBe(1000)
    for (const name of ['job-name', 'status', 'status-description', 'submit-time'] as const) {
      expect(outputs[name]!.length, name).toBeLessThanOrEqual(MAX_TEXT_OUTPUT_CHARS)
      expect(outputs[name]!.endsWith('…'), name).toBe(true)
    }
    expect(outputs.status!.startsWith('X\\u001b[31m&&')).toBe(true)
    expect(
      instanceListOutputs({ command: 'instances', job: { id: 'M1', name: huge }, instances: [], cacheHit: false })['job-name']!
        .length
    ).toBeLessThanOrEqual(MAX_TEXT_OUTPUT_CHARS)
    // Under the limit nothing is flattened: spaces and a line break (shown as \n) stay as Alma has them.
    const exact = instanceOutputs(report({ job: { id: 'M50173', name: '  Two  spaces\nand a break ' } }))
    expect(exact['job-name']).toBe('  Two  spaces\\nand a break ')
  })

  test("a check record's texts are bounded and printable as the single-value outputs are", () => {
    const huge = 'n'.repeat(100_000)
    const record = checkRecord({
      job: { id: 'M50173', name: `\u001b]0;pwned\u0007${huge}` },
      named: true,
      verdict: 'warning',
      fails: false,
      newest: finishedInstance({
        status: { value: 'COMPLETED_WARNING', desc: `Done\r\n::error::${huge}` },
        submitTime: `2025\u009b${huge}`,
        startTime: huge,
        endTime: huge
      }),
      runs: 1,
      failedRuns: [],
      failingCounters: [],
      hiddenFailures: []
    })
    for (const name of ['job-name', 'status-description', 'submit-time', 'start-time', 'end-time'] as const) {
      const value = record[name]
      expect(value.length, name).toBeLessThanOrEqual(MAX_TEXT_OUTPUT_CHARS)
      expect(value.endsWith('…'), name).toBe(true)
      expect(value, name).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/)
    }
    expect(record['job-name'].startsWith('\\u001b]0;pwned\\u0007nnn')).toBe(true)
    expect(record['status-description'].startsWith('Done\\r\\n::error::nnn')).toBe(true)
    expect(record['submit-time'].startsWith('2025\\u009bnnn')).toBe(true)
    // A normal value stays exactly as Alma has it.
    expect(record.status).toBe('COMPLETED_WARNING')
  })
})

describe('instanceMarkdown', () => {
  test('a finished run: heading, facts table, counters and alerts, escaped', () => {
    const markdown = instanceMarkdown(report())
    expect(markdown.split('\n')[0]).toBe('## ⚠️ Export Physical Items: Completed with Warnings')
    expect(markdown).toContain('| **Job** | Export Physical Items (`M50173`) |')
    expect(markdown).toContain('| **Instance** | `9876543210000123` |')
    expect(markdown).toContain('| **Status** | ⚠️ Completed with Warnings (`COMPLETED_WARNING`) |')
    expect(markdown).toContain('| **Progress** | 100% |')
    expect(markdown).toContain('| **Submitted** | 2025-01-06 10:00:00 UTC by Ex Libris, API |')
    expect(markdown).toContain('| **Duration** | 1h 02m 03s |')
    expect(markdown).toContain('| **Waited** | 1h 02m 05s |')
    // A counter of errors above 0 is marked, with a note: the job ended well, the records did not all.
    expect(markdown).toContain('| ⚠️ Errors \\| skipped | 3 |')
    expect(markdown).toContain('> ⚠️ The job ended COMPLETED\\_WARNING, but a counter reports failed records.')
    expect(markdown).toContain('- The job completed with warnings &lt;see report&gt; (`alert_general_warning`)')
    expect(markdown).not.toMatch(/apikey/i)
  })

  test('timeout, cancel, needs-person and submit each say what happened', () => {
    const running = finishedInstance({ status: { value: 'RUNNING', desc: 'Running' }, progress: 40, endTime: undefined })
    const timeout = instanceMarkdown(report({ end: 'timeout', outcome: 'running', instance: running, elapsedMs: 21_600_000 }))
    expect(timeout.split('\n')[0]).toBe('## ⏱️ Export Physical Items: still Running after 6h 00m 00s')
    expect(timeout).toMatch(/> .*no call to stop a job instance/)
    expect(timeout).not.toContain('**Duration**')

    const cancelled = instanceMarkdown(report({ end: 'cancelled', outcome: 'running', instance: running }))
    expect(cancelled.split('\n')[0]).toBe('## 🛑 Export Physical Items: wait cancelled (Running)')

    const manual = instanceMarkdown(
      report({ outcome: 'needs-person', instance: finishedInstance({ status: { value: 'MANUAL_HANDLING_REQUIRED' } }) })
    )
    expect(manual.split('\n')[0]).toBe('## ✋ Export Physical Items: MANUAL\\_HANDLING\\_REQUIRED')
    expect(manual).toContain('someone to handle this job')

    const submitted = instanceMarkdown(
      report({ end: 'submitted', instance: undefined, outcome: undefined, elapsedMs: undefined })
    )
    expect(submitted.split('\n')[0]).toBe('## ⏳ Export Physical Items: submitted')
    expect(submitted).not.toContain('**Status**')
    // An Ex Libris host: where to look in Alma, not a link that needs the key (alma-api.md §11).
    expect(submitted).not.toContain(URL)
    expect(submitted).toContain('| **In Alma** | Admin &gt; Manage Jobs and Sets &gt; Monitor Jobs, the Running tab')
  })

  test('thousands of counters and huge texts still fit under the limit', () => {
    const counters = Array.from({ length: 5000 }, (_, i) => ({
      type: { value: `c${i}`, desc: 'd'.repeat(5000) },
      value: String(i)
    }))
    const alerts = Array.from({ length: 5000 }, (_, i) => ({ value: `a${i}`, desc: 'e'.repeat(5000) }))
    const markdown = instanceMarkdown(report({ instance: finishedInstance({ counters, alerts }) }))
    expect(Buffer.byteLength(markdown)).toBeLessThan(SUMMARY_MAX_BYTES)
    expect(markdown).toContain('_Showing 200 of 5000 counters._')
    expect(markdown).toContain('…and 4900 more')
  })
})

function job(i: number, type: 'MANUAL' | 'SCHEDULED' | 'OTHER', category: string): Job {
  return {
    id: `${type[0]}${1000 + i}`,
    name: `Job ${String(i).padStart(4, '0')} | ${category}`,
    type: { value: type, desc: type.toLowerCase() },
    category: { value: category.toUpperCase(), desc: category },
    parameters: []
  }
}

describe('jobListMarkdown', () => {
  test('thousands of jobs: counts per type and category, first 200 rows by name', () => {
    const jobs = Array.from({ length: 1000 }, (_, i) =>
      job(999 - i, i % 4 === 0 ? 'MANUAL' : 'SCHEDULED', i % 2 ? 'Fulfillment' : 'Resource <Management>')
    )
    const markdown = jobListMarkdown(jobs, { env: 'sandbox' })
    expect(markdown.split('\n')[0]).toBe('## Alma jobs (sandbox)')
    expect(markdown).toContain('1000 jobs: 750 `SCHEDULED`, 250 `MANUAL`.')
    expect(markdown).toContain('_Showing 200 of 1000 jobs, by name._')
    const rows = markdown.split('\n').filter((line) => /^\| `[MSO]\d+` \|/.test(line))
    expect(rows).toHaveLength(200)
    expect(rows[0]).toBe('| `S1000` | Job 0000 \\| Fulfillment | `SCHEDULED` | Fulfillment |')
    expect(rows[199]).toContain('Job 0199 \\| Resource &lt;Management&gt;')
    expect(markdown).toContain('| Fulfillment | 500 |')
    expect(markdown).toContain('| Resource &lt;Management&gt; | 500 |')
  })

  test('a short list is shown whole, an empty one says so', () => {
    const markdown = jobListMarkdown([job(1, 'OTHER', 'Fulfillment')])
    expect(markdown).toContain('1 job: 1 `OTHER`.')
    expect(markdown).not.toContain('Showing')
    expect(jobListMarkdown([])).toContain('0 jobs.')
  })
})

describe('instanceListMarkdown', () => {
  const base = Date.parse('2025-01-06T10:00:00Z')
  const at = (ms: number) => new Date(base + ms).toISOString()
  const instances: JobInstance[] = [
    finishedInstance({
      id: '111',
      submitTime: at(0),
      startTime: at(1000),
      endTime: at(61_000),
      status: { value: 'COMPLETED_SUCCESS', desc: 'Completed Successfully' }
    }),
    finishedInstance({
      id: '333',
      submitTime: at(7_200_000),
      startTime: at(7_201_000),
      endTime: undefined,
      progress: 30,
      status: { value: 'RUNNING', desc: 'Running' }
    }),
    finishedInstance({
      id: '222',
      submitTime: at(3_600_000),
      startTime: at(3_600_500),
      endTime: at(3_600_500),
      status: { value: 'FAILED', desc: 'Failed' }
    })
  ]
  const now = base + 7_261_000

  test('a table newest first with status, ISO start, duration and a bar', () => {
    const markdown = instanceListMarkdown({ id: 'M50173', name: 'Export: Items #1; all' }, instances, { now })
    expect(markdown.split('\n')[0]).toBe('## Recent runs of Export: Items #1; all')
    expect(markdown).toContain('3 instances of Export: Items #1; all (`M50173`): 1 `COMPLETED_SUCCESS`, 1 `FAILED`, 1 `RUNNING`.')
    expect(markdown).toContain('> ❌ **1 of 3 runs failed.** The newest failure: instance `222`, started 2025-01-06T11:00:00Z.')
    const rows = markdown.split('\n').filter((line) => /^\| (✅|❌|⏳)/.test(line))
    expect(rows.map((row) => /`(\d+)` \|$/.exec(row)?.[1])).toEqual(['333', '222', '111'])
    // The longest run shown (60 s) fills the bar; the failed one took no time, so has none.
    expect(rows[0]).toBe(`| ⏳ Running | 2025-01-06T12:00:01Z | 1m 00s so far | \`${'█'.repeat(20)}\` | \`333\` |`)
    expect(rows[1]).toBe(`| ❌ **Failed** | **2025-01-06T11:00:00Z** | **0s** | \`${'\u00a0'.repeat(20)}\` | \`222\` |`)
    expect(rows[2]).toBe(`| ✅ Completed Successfully | 2025-01-06T10:00:01Z | 1m 00s | \`${'█'.repeat(20)}\` | \`111\` |`)
    expect(markdown).not.toContain('mermaid')
  })

  test('thousands of instances: rows are capped, size stays under the limit', () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      finishedInstance({
        id: String(10_000 + i),
        submitTime: at(i * 60_000),
        startTime: at(i * 60_000),
        endTime: at(i * 60_000 + 30_000)
      })
    )
    const markdown = instanceListMarkdown({ id: 'M1' }, many, { now })
    expect(markdown).toContain('_Showing 30 of 3000 instances, newest first._')
    expect(markdown.split('\n').filter((line) => line.startsWith('| ⚠️'))).toHaveLength(30)
    expect(Buffer.byteLength(markdown)).toBeLessThan(SUMMARY_MAX_BYTES)
  })
})

describe('capMarkdown', () => {
  test('cuts at a line under the limit, closes an open fence and says so', () => {
    const markdown = ['# t', '```mermaid', ...Array.from({ length: 1000 }, (_, i) => `line ${i} ${'é'.repeat(50)}`), '```'].join(
      '\n'
    )
    const capped = capMarkdown(markdown, 10_000)
    expect(Buffer.byteLength(capped)).toBeLessThanOrEqual(10_000)
    expect(capped).toMatch(/```\n\n_Summary cut to stay under GitHub’s 1 MiB limit\._\n$/)
    expect(capped.split('\n').filter((line) => line.startsWith('```'))).toHaveLength(2)
    expect(capMarkdown('short')).toBe('short')
  })
})
