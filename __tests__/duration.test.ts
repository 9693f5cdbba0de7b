// One duration rule (report/format.ts durationSeconds): the whole second a run ended minus the
// whole second it started, the same in the CLI's text and JSON, the action's log, outputs and summary.
import { describe, expect, test } from 'vitest'
import type { JobInstance } from '../src/alma/types.js'
import { reportJson, statusBlock } from '../src/cli/output.js'
import type { InstanceReport } from '../src/commands/index.js'
import { describeInstanceEnd, durationSeconds, formatRunDuration } from '../src/report/format.js'
import { instanceOutputs } from '../src/report/outputs.js'
import { instanceListMarkdown, instanceMarkdown } from '../src/report/summary.js'

function ran(startTime: string, endTime: string): JobInstance {
  return {
    id: '9876543210000123',
    submitTime: startTime,
    startTime,
    endTime,
    progress: 100,
    status: { value: 'COMPLETED_SUCCESS', desc: 'Completed Successfully' },
    alerts: [],
    counters: [],
    actions: []
  }
}

function reportOf(instance: JobInstance): InstanceReport {
  return {
    job: { id: 'M11111', name: 'Export Things & Stuff' },
    instanceId: instance.id,
    instanceUrl: 'https://api-eu.hosted.exlibrisgroup.com/almaws/v1/conf/jobs/M11111/instances/9876543210000123',
    instance,
    end: 'finished',
    outcome: 'success',
    cacheHit: false
  }
}

/** The duration as each view shows it, in words or in seconds. */
function everyView(instance: JobInstance): Record<string, string> {
  const report = reportOf(instance)
  const found = (pattern: RegExp, text: string): string => pattern.exec(text)?.[1] ?? 'none'
  return {
    cli: found(/^ +Duration: +(.+)$/m, statusBlock(report)),
    log: found(/^Duration (.+?) \(/m, describeInstanceEnd(report).join('\n')),
    summary: found(/\| \*\*Duration\*\* \| (.+?) \|/, instanceMarkdown(report)),
    runsTable: found(/\| \d{4}-[\d-]+T[\d:]+Z \| (.+?) \|/, instanceListMarkdown(report.job, [instance])),
    output: instanceOutputs(report)['duration-seconds'] ?? 'none',
    json: String(JSON.parse(reportJson(report))['duration-seconds'])
  }
}

describe('one duration rule', () => {
  test.each([
    ['a 5.5 s run', '2026-12-01T06:00:00.000Z', '2026-12-01T06:00:05.500Z', 5],
    ['from :03.9 to :08.1, shown as :03 and :08', '2026-12-01T06:00:03.900Z', '2026-12-01T06:00:08.100Z', 5],
    ['from :03 to :08 without milliseconds', '2026-12-01T06:00:03Z', '2026-12-01T06:00:08Z', 5],
    ['under a second, within one second', '2026-12-01T06:00:03.100Z', '2026-12-01T06:00:03.900Z', 0],
    ['over an hour', '2026-12-01T06:00:00.999Z', '2026-12-01T07:02:05.000Z', 3725]
  ])('%s: %i s in every view', (_name, start, end, seconds) => {
    const instance = ran(start, end)
    expect(durationSeconds(instance)).toBe(seconds)
    const text = formatRunDuration(seconds)
    expect(everyView(instance)).toEqual({
      cli: text,
      log: text,
      summary: text,
      runsTable: text,
      output: String(seconds),
      json: String(seconds)
    })
  })

  test('the words for whole seconds', () => {
    expect([0, 5, 125, 3725].map(formatRunDuration)).toEqual(['0s', '5s', '2m 05s', '1h 02m 05s'])
  })

  test('a run still going has a duration only against a given now; none before it started', () => {
    const going = { ...ran('2026-12-01T06:00:03.900Z', ''), endTime: undefined }
    expect(durationSeconds(going)).toBeUndefined()
    expect(durationSeconds(going, Date.parse('2026-12-01T06:00:08.100Z'))).toBe(5)
    expect(durationSeconds(going, Date.parse('2026-12-01T06:00:01Z'))).toBeUndefined()
    expect(durationSeconds(ran('garbage', '2026-12-01T06:00:08Z'))).toBeUndefined()
  })
})
