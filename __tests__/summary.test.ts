// The job summary as a person sees it (issue 13, items 15 and 16): the instances table with its
// duration bars, no empty header stripe, where to look in Alma, escaping of Alma's text, and
// the preview script's HTML.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { marked } from 'marked'
import { describe, expect, test } from 'vitest'
import { AlmaError } from '../src/alma/errors.js'
import { regionBaseUrl } from '../src/alma/regions.js'
import type { JobInstance } from '../src/alma/types.js'
import type { CheckResult, InstanceReport } from '../src/commands/types.js'
import {
  BAR_CELLS,
  DEFAULT_INSTANCE_ROWS,
  MAX_OLDER_FAILED_ROWS,
  checkMarkdown,
  durationBar,
  instanceListMarkdown,
  instanceMarkdown,
  jobListMarkdown
} from '../src/report/summary.js'
import { writeHtml, writePreviews } from '../scripts/summary-preview.js'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const NOW = Date.parse('2026-12-01T12:00:00Z')
const iso = (ms: number) => new Date(ms).toISOString()

function run(
  id: string,
  startedAt: number,
  tookMs: number,
  status = 'COMPLETED_SUCCESS',
  desc = 'Completed Successfully'
): JobInstance {
  return {
    id,
    name: `Nightly - ${id}`,
    submittedBy: { value: 'System', desc: 'System' },
    submitTime: iso(startedAt - 10_000),
    startTime: iso(startedAt),
    endTime: iso(startedAt + tookMs),
    progress: 100,
    status: { value: status, desc },
    alerts: [],
    counters: [],
    actions: []
  }
}

/** Cells a bar fills, in eighths: what the block characters add up to. */
function barEighths(bar: string): number {
  const eighths: Record<string, number> = { '█': 8, '▉': 7, '▊': 6, '▋': 5, '▌': 4, '▍': 3, '▎': 2, '▏': 1 }
  return [...bar].reduce((sum, char) => sum + (eighths[char] ?? 0), 0)
}

/** Every table's header row, as its cells. */
function headerRows(markdown: string): string[][] {
  const lines = markdown.split('\n')
  const headers: string[][] = []
  for (let i = 1; i < lines.length; i++) {
    if (/^\|[\s:|-]+\|$/.test(lines[i]!) && lines[i - 1]!.startsWith('|')) {
      headers.push(
        lines[i - 1]!.slice(1, -1)
          .split(/(?<!\\)\|/)
          .map((cell) => cell.trim())
      )
    }
  }
  return headers
}

function report(instanceUrl: string, overrides: Partial<InstanceReport> = {}): InstanceReport {
  return {
    job: { id: 'M11111', name: 'Export Things & Stuff' },
    instanceId: '9876543210000123',
    instanceUrl,
    instance: run('9876543210000123', NOW - HOUR, 5 * MINUTE),
    end: 'finished',
    outcome: 'success',
    elapsedMs: 300_000,
    cacheHit: false,
    ...overrides
  }
}

describe('duration bars', () => {
  test('the longest fills BAR_CELLS cells; eighths in between; any nonzero run gets a cell', () => {
    const cells = (ms: number, longest = 20 * MINUTE) => barEighths(durationBar(ms, longest)) / 8
    expect(cells(20 * MINUTE)).toBe(BAR_CELLS)
    expect(cells(10 * MINUTE)).toBe(BAR_CELLS / 2)
    expect(cells(10 * MINUTE + 7_500)).toBe(10 + 1 / 8)
    expect(cells(1000)).toBe(1)
    expect(cells(0)).toBe(0)
    // A bar and its padding are always the same width, so the texts after them line up.
    for (const ms of [0, 1000, 7 * MINUTE + 3000, 20 * MINUTE]) {
      expect([...durationBar(ms, 20 * MINUTE).slice(1, -1)]).toHaveLength(BAR_CELLS)
    }
  })
})

describe('instances over 25 days', () => {
  // A 20-minute run every hour for 25 days; the one failure is 10 days old, far below the newest rows.
  const failedId = '5000000000000400'
  const instances = Array.from({ length: 25 * 24 }, (_, i) => {
    const startedAt = NOW - (i + 1) * HOUR
    const took = 20 * MINUTE - (i % 7) * 20_000
    return i === 240
      ? run(failedId, startedAt, 3 * MINUTE, 'COMPLETED_FAILED', 'Completed with Errors')
      : run(String(5_000_000_000_000_000 + i), startedAt, took)
  })
  const markdown = instanceListMarkdown({ id: 'S1', name: 'Publishing to Primo' }, instances, { now: NOW })
  const rows = markdown.split('\n').filter((line) => /^\| (✅|❌|⚠️|⏳|✋) /.test(line))

  test('rows are bounded: the newest 30, then the failure the window holds', () => {
    expect(rows).toHaveLength(DEFAULT_INSTANCE_ROWS + 1)
    expect(markdown).toContain(`_Showing ${DEFAULT_INSTANCE_ROWS} of 600 instances, newest first._`)
    expect(markdown).toContain('### Older failed runs')
  })

  test('the failed run cannot be missed: said first, marked and bold in its row', () => {
    expect(markdown).toContain(`> ❌ **1 of 600 runs failed.** The newest failure: instance \`${failedId}\``)
    expect(markdown.indexOf('runs failed')).toBeLessThan(markdown.indexOf('| Status |'))
    const failedRow = rows.find((row) => row.includes(failedId))!
    expect(failedRow).toMatch(/^\| ❌ \*\*Completed with Errors\*\* \| \*\*\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\*\* \|/)
  })

  test('every bar is visible, the longest is full, and the scale is in the header', () => {
    const bars = rows.map((row) => barEighths(/`([█▉▊▋▌▍▎▏\u00a0]+)`/.exec(row)![1]!))
    expect(Math.min(...bars)).toBeGreaterThanOrEqual(8)
    expect(Math.max(...bars)).toBe(BAR_CELLS * 8)
    expect(markdown).toContain('| Status | Started (UTC) | Took | Full bar: 20m 00s | Instance |')
  })

  test('many failures: older ones are listed up to a bound and counted', () => {
    const failing = instances.map((instance, i) =>
      i % 5 === 0 ? { ...instance, status: { value: 'FAILED', desc: 'Failed' } } : instance
    )
    const many = instanceListMarkdown({ id: 'S1' }, failing, { now: NOW })
    expect(many).toContain('**120 of 600 runs failed.**')
    const older = many.slice(many.indexOf('### Older failed runs'))
    expect(older.split('\n').filter((line) => line.startsWith('| ❌'))).toHaveLength(MAX_OLDER_FAILED_ROWS)
    expect(older).toContain(`_Showing the ${MAX_OLDER_FAILED_ROWS} newest of 114 older failed runs._`)
  })
})

describe('where to look for the run', () => {
  const path = '/conf/jobs/M11111/instances/9876543210000123'

  test('against Ex Libris: the Monitor Jobs page and the instance id, no API link', () => {
    for (const base of [regionBaseUrl('eu'), regionBaseUrl('cn'), 'https://proxy.exlibrisgroup.com/almaws/v1']) {
      const markdown = instanceMarkdown(report(base + path))
      expect(markdown).toContain(
        '| **In Alma** | Admin &gt; Manage Jobs and Sets &gt; Monitor Jobs, the History tab; look for instance `9876543210000123` |'
      )
      expect(markdown).not.toContain(base)
      expect(markdown).not.toContain('API link')
    }
    const running = report(regionBaseUrl('na') + path, {
      end: 'timeout',
      outcome: 'running',
      instance: { ...run('9876543210000123', NOW - HOUR, 0, 'RUNNING', 'Running'), endTime: undefined }
    })
    expect(instanceMarkdown(running)).toContain('Monitor Jobs, the Running tab (History once it has ended)')
  })

  test('against another host (simulator, proxy, a look-alike): the API link', () => {
    for (const base of [
      'http://127.0.0.1:8787/almaws/v1',
      'https://alma-proxy.example.edu/almaws/v1',
      'https://api-eu.hosted.exlibrisgroup.com.evil.example/almaws/v1'
    ]) {
      const markdown = instanceMarkdown(report(base + path))
      expect(markdown).toContain(`| **API link** | \`${base}${path}\` |`)
      expect(markdown).not.toContain('Monitor Jobs')
    }
  })
})

describe('no empty header stripe', () => {
  test('every table of every summary has a header with text in it', () => {
    const check: CheckResult = {
      command: 'check',
      jobs: [
        {
          job: { id: 'S1', name: 'Publishing' },
          named: true,
          verdict: 'failed',
          fails: true,
          newest: run('1', NOW - HOUR, MINUTE, 'FAILED', 'Failed'),
          runs: 3,
          failedRuns: [],
          failingCounters: [],
          hiddenFailures: []
        }
      ],
      failed: 1,
      sinceMs: NOW - DAY,
      checkedAt: NOW,
      cacheHit: false
    }
    const summaries = [
      instanceMarkdown(report(regionBaseUrl('eu') + '/conf/jobs/M1/instances/2')),
      instanceListMarkdown({ id: 'S1' }, [run('1', NOW - HOUR, MINUTE)], { now: NOW }),
      jobListMarkdown([{ id: 'M1', name: 'A job', parameters: [] }]),
      checkMarkdown(check)
    ]
    for (const markdown of summaries) {
      const headers = headerRows(markdown)
      expect(headers.length).toBeGreaterThan(0)
      for (const header of headers) expect(header.some((cell) => cell !== '')).toBe(true)
    }
    // The facts of a run in particular: a real header, not `|  |  |`.
    expect(headerRows(summaries[0]!)[0]).toEqual(['Field', 'Value'])
  })
})

describe('check', () => {
  const checked = (verdict: 'failed' | 'stuck', newest: JobInstance) => ({
    job: { id: `S-${verdict}`, name: `Job ${verdict}` },
    named: true,
    verdict,
    fails: true,
    newest,
    runs: 1,
    failedRuns: [],
    failingCounters: [],
    hiddenFailures: []
  })

  test('a short heading; each row says when first and why a running job is marked', () => {
    const stuck = { ...run('2', NOW - 26 * HOUR, 0, 'RUNNING', 'Running'), endTime: undefined }
    const markdown = checkMarkdown({
      command: 'check',
      jobs: [checked('failed', run('1', NOW - 8 * HOUR, 14 * MINUTE + 38_000, 'FAILED', 'Failed')), checked('stuck', stuck)],
      failed: 2,
      sinceMs: NOW - 30 * HOUR,
      checkedAt: NOW,
      cacheHit: false
    })
    expect(markdown.split('\n')[0]).toBe('## ❌ 2 of 2 jobs need attention')
    expect(markdown).toContain('| 8 h ago, 2026-12-01 03:59:50 UTC | 14m\u00a038s |')
    expect(markdown).toContain('| Running (`RUNNING`) | 26 h ago, 2026-11-30 09:59:50 UTC | **stuck**, not ended |')
  })
})

describe("Alma's text stays text", () => {
  test('names and statuses cannot add HTML, break a table row or start Markdown', () => {
    const hostile =
      '<img src=x onerror=alert(1)> | *bold* [link](http://evil.example) www.evil.example a@evil.example @octocat\n# heading'
    const instances = [
      { ...run('1', NOW - 2 * HOUR, MINUTE, 'FAILED', hostile), submittedBy: { value: hostile, desc: hostile } },
      run('2', NOW - HOUR, 2 * MINUTE, `X|<b>`, hostile)
    ]
    const markdown = instanceListMarkdown({ id: 'S1', name: hostile }, instances, { now: NOW })
    const html = marked.parse(markdown, { async: false, gfm: true })
    expect(html).not.toMatch(/<img|<b>|<a |<em>bold/)
    // Each data row keeps its five cells.
    for (const row of html.match(/<tr>[\s\S]*?<\/tr>/g)!) expect(row.match(/<t[dh][ >]/g)).toHaveLength(5)
    const facts = instanceMarkdown(
      report('http://127.0.0.1:1/almaws/v1/conf/jobs/M1/instances/1', {
        job: { id: 'M1', name: hostile },
        instance: { ...run('1', NOW - HOUR, MINUTE, 'COMPLETED_WARNING', hostile), submittedBy: { value: 'x', desc: hostile } }
      })
    )
    expect(marked.parse(facts, { async: false, gfm: true })).not.toMatch(/<img|<a |<h1/)
    // The text itself is all there, to be read.
    expect(html).toContain(
      '&lt;img src=x onerror=alert(1)&gt; | *bold* [link](http://evil.example) www.evil.example a@evil.example'
    )
  })
})

describe("Alma's text is clipped and shown printable wherever it goes", () => {
  const ESC = '\u001b'
  const huge = '&'.repeat(33_000)
  const longest = (markdown: string) => Math.max(...markdown.split('\n').map((line) => line.length))

  test('a huge name or status cannot fill a heading, and every fact is still there', () => {
    const status = { value: `COMPLETED_SUCCESS${'x'.repeat(10_000)}`, desc: `ok ${huge}` }
    const markdown = instanceMarkdown(
      report('http://127.0.0.1:1/almaws/v1/conf/jobs/M1/instances/1', {
        job: { id: 'M11111', name: '&'.repeat(1_000_000) },
        instance: {
          ...run('9876543210000123', NOW - HOUR, 5 * MINUTE),
          status,
          counters: [{ type: { value: 'c.errors', desc: 'Errors' }, value: '3' }]
        },
        end: 'timeout',
        outcome: 'success'
      })
    )
    const heading = markdown.split('\n')[0]!
    // Each text at most 200 characters before escaping, and `&` is the worst case (5 after it).
    expect(heading.length).toBeLessThan(2 * 200 * '&amp;'.length + 100)
    expect(heading).toMatch(/^## ⏱️ (&amp;){199}…: still ok (&amp;){196}… after 5m 00s$/)
    // The note over the counters quotes the status code: clipped as well.
    expect(markdown).toMatch(/> ⚠️ The job ended COMPLETED\\_SUCCESSx+…, but a counter reports/)
    expect(longest(markdown)).toBe(heading.length)
    expect(markdown).toContain('| **Instance** | `9876543210000123` |')
    expect(markdown).not.toContain('Summary cut')
  })

  test('control characters from Alma are shown as text, never written raw', () => {
    const hostile = `Job\n::error::jobname${ESC}[31m\u009b2J\u2028x`
    const instance = {
      ...run('1', NOW - HOUR, MINUTE, 'COMPLETED_WARNING', hostile),
      counters: [{ type: { value: 'c.errors', desc: 'Errors' }, value: '3' }],
      alerts: [{ value: 'alert_x', desc: hostile }]
    }
    const markdowns = [
      instanceMarkdown(
        report('http://127.0.0.1:1/almaws/v1/conf/jobs/M1/instances/1', {
          job: { id: 'M1', name: hostile },
          instance: { ...instance, status: { value: hostile } },
          end: 'error',
          error: new AlmaError(`Alma said ${hostile}`, { kind: 'alma', status: 500 })
        })
      ),
      instanceListMarkdown({ id: 'M1', name: hostile }, [instance], { now: NOW }),
      checkMarkdown({
        command: 'check',
        jobs: [
          {
            job: { id: 'M1', name: hostile },
            named: true,
            verdict: 'failed',
            fails: true,
            newest: { ...instance, status: { value: 'COMPLETED_FAILED', desc: hostile } },
            runs: 1,
            failedRuns: [],
            failingCounters: [],
            hiddenFailures: []
          }
        ],
        failed: 1,
        sinceMs: NOW - DAY,
        checkedAt: NOW,
        cacheHit: false
      })
    ]
    for (const markdown of markdowns) {
      expect(markdown).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/)
      for (const line of markdown.split('\n')) expect(line).not.toMatch(/^\s*::/)
    }
    expect(markdowns[0]!.split('\n')[0]).toBe(
      '## ⚠️ Job ::error::jobname \\[31m 2J x: wait ended by an Alma error (Job ::error::jobname \\[31m 2J x)'
    )
    expect(markdowns[0]).toContain('The wait ended on an error: Alma said Job ::error::jobname \\[31m 2J x.')
    expect(markdowns[1]!.split('\n')[0]).toBe('## Recent runs of Job ::error::jobname \\[31m 2J x')
    expect(markdowns[2]).toContain('### Job ::error::jobname \\[31m 2J x\n')
  })

  test('the other headings are clipped too', () => {
    expect(longest(instanceListMarkdown({ id: 'M1', name: huge }, [], { now: NOW }))).toBeLessThan(1200)
  })
})

describe('summary preview', () => {
  test('writes an HTML page per case from the real code paths; without Chromium it says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'almajob-preview-'))
    try {
      const files = await writePreviews(dir, { PATH: '' })
      expect(files.screenshots).toEqual([])
      expect(files.note).toMatch(/^No Chromium found/)
      const names = files.html.map((file) => file.slice(dir.length + 1))
      expect(names).toEqual([
        'run-completed.html',
        'run-completed-exlibris.html',
        'run-failed.html',
        'instances.html',
        'check.html',
        'list.html'
      ])
      for (const file of files.html) {
        expect(existsSync(file)).toBe(true)
        const html = readFileSync(file, 'utf8')
        expect(html).toMatch(/^<!doctype html>/)
        expect(html).toContain('<table>')
        // The simulator's key never reaches a page.
        expect(html).not.toMatch(/l7xx[0-9a-f]{32}/)
      }
      const instances = readFileSync(join(dir, 'instances.html'), 'utf8')
      expect(instances).toContain('runs failed.')
      expect(instances).toContain('Older failed runs')
      expect(readFileSync(join(dir, 'run-completed-exlibris.html'), 'utf8')).toContain('Monitor Jobs')
      expect(readFileSync(join(dir, 'run-failed.html'), 'utf8')).toContain('COMPLETED_FAILED')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)

  test('a page renders the Markdown it was given, its title escaped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'almajob-preview-'))
    try {
      const [file] = writeHtml([{ name: 'x', title: 'A <title>', markdown: '| Field | Value |\n|---|---|\n| a | b |' }], dir)
      const html = readFileSync(file!, 'utf8')
      expect(html).toContain('<title>A &lt;title></title>')
      expect(html).toContain('<th>Field</th>')
      expect(readFileSync(join(dir, 'x.md'), 'utf8')).toContain('| a | b |')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
