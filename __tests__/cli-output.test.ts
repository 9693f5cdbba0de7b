// What the CLI prints: the old script's lines in text, the action's outputs in json.
import { describe, expect, test } from 'vitest'
import type { JobInstance } from '../src/alma/types.js'
import type { InstanceListResult, InstanceReport } from '../src/commands/index.js'
import {
  formatElapsed,
  instancesJson,
  instancesText,
  listJson,
  listText,
  localTime,
  reportJson,
  runSubmittedText,
  statusBlock
} from '../src/cli/output.js'

const finished: JobInstance = {
  id: '9876543210000123',
  submitTime: '2025-01-06T10:00:00.120Z',
  startTime: '2025-01-06T10:00:01.004Z',
  endTime: '2025-01-06T10:02:06.500Z',
  progress: 100,
  status: { value: 'COMPLETED_SUCCESS', desc: 'Completed Successfully' },
  alerts: [{ value: 'alert_general_success', desc: 'The job completed successfully.' }],
  counters: [{ type: { value: 'c.jobs.bibExport.total', desc: 'Total records' }, value: '120' }],
  actions: []
}

const report: InstanceReport = {
  job: { id: 'M11111', name: 'Export Things & Stuff' },
  instanceId: finished.id,
  instanceUrl: 'https://api-eu.hosted.exlibrisgroup.com/almaws/v1/conf/jobs/M11111/instances/9876543210000123',
  instance: finished,
  end: 'finished',
  outcome: 'success',
  cacheHit: true
}

describe('text', () => {
  test("list: the old script's line per job", () => {
    const text = listText({
      command: 'list',
      jobs: [
        { id: 'M1', name: 'A & "B"', parameters: [] },
        { id: 'S2', name: 'Ç', parameters: [] }
      ],
      cacheHit: false
    })
    expect(text).toBe('ID: M1\t\tName: A & "B"\nID: S2\t\tName: Ç\n')
  })

  test('local time in the old shape, in the given zone', () => {
    expect(localTime('2025-01-06T10:00:00.120Z', 'America/New_York')).toBe('01/06/2025 05:00:00.120 EST')
    expect(localTime('2025-07-06T10:00:00Z', 'America/New_York')).toBe('07/06/2025 06:00:00.000 EDT')
    expect(localTime('2025-07-06T10:00:00Z', 'UTC')).toBe('07/06/2025 10:00:00.000 UTC')
    expect(localTime('not a time')).toBe('not a time')
  })

  test('run without wait: "Job Instance ID: …" at the start of a line', () => {
    const submitted: InstanceReport = { ...report, instance: undefined, end: 'submitted', outcome: undefined }
    const text = runSubmittedText(submitted)
    expect(text).toBe('Execute Job: Export Things & Stuff\n     Job ID: M11111\nJob Instance ID: 9876543210000123\n')
  })

  test('status: job, id, instance, submit time and STATUS - description; local times on request', () => {
    expect(statusBlock(report)).toContain('     Job Submitted:      2025-01-06T10:00:00Z\n')
    expect(statusBlock(report)).toContain('     Ended:              2025-01-06T10:02:06Z\n')
    const lines = statusBlock(report, { local: true, timeZone: 'America/New_York' }).split('\n')
    expect(lines.slice(0, 5)).toEqual([
      "     Job Name:           'Export Things & Stuff'",
      '     Job ID:             M11111',
      '     Job Instance ID:    9876543210000123',
      '     Job Submitted:      01/06/2025 05:00:00.120 EST',
      '     Job Status:         COMPLETED_SUCCESS - Completed Successfully'
    ])
    expect(lines).toContain('     Duration:           2m 05s')
    expect(lines).toContain('     Counter:            Total records: 120')
    expect(lines).toContain('     Alert:              alert_general_success - The job completed successfully.')
    expect(lines).toContain(`     Instance URL:       ${report.instanceUrl}`)
  })

  test('status of a queued instance: no times yet', () => {
    const queued: JobInstance = {
      ...finished,
      startTime: undefined,
      endTime: undefined,
      submitTime: undefined,
      progress: 0,
      status: { value: 'QUEUED' },
      alerts: [],
      counters: []
    }
    const text = statusBlock({ ...report, instance: queued })
    expect(text).toContain('Job Submitted:      not yet')
    expect(text).toContain('Job Status:         QUEUED\n')
    expect(text).not.toContain('Started')
  })

  test('instances: one line per run, UTC ISO by default, local on request', () => {
    const result: InstanceListResult = { command: 'instances', job: report.job, instances: [finished], cacheHit: false }
    expect(instancesText(result)).toBe(
      'ID: 9876543210000123\t\tSubmitted: 2025-01-06T10:00:00Z\t\tStatus: COMPLETED_SUCCESS - Completed Successfully\n'
    )
    expect(instancesText(result, { local: true, timeZone: 'UTC' })).toBe(
      'ID: 9876543210000123\t\tSubmitted: 01/06/2025 10:00:00.120 UTC\t\tStatus: COMPLETED_SUCCESS - Completed Successfully\n'
    )
    expect(instancesText({ ...result, instances: [{ ...finished, submitTime: 'soon' }] })).toContain('Submitted: soon\t')
  })

  test('elapsed time', () => {
    expect(formatElapsed(4_999)).toBe('4s')
    expect(formatElapsed(65_000)).toBe('1m 05s')
    expect(formatElapsed(7_384_000)).toBe('2h 03m 04s')
  })
})

describe('json: the action outputs with real types', () => {
  test('run/status', () => {
    const json = JSON.parse(reportJson(report))
    expect(json).toEqual({
      'instance-id': '9876543210000123',
      'job-id': 'M11111',
      'job-name': 'Export Things & Stuff',
      status: 'COMPLETED_SUCCESS',
      'status-description': 'Completed Successfully',
      progress: 100,
      counters: [{ type: 'c.jobs.bibExport.total', description: 'Total records', value: '120' }],
      alerts: [{ code: 'alert_general_success', description: 'The job completed successfully.' }],
      'submit-time': '2025-01-06T10:00:00.120Z',
      'start-time': '2025-01-06T10:00:01.004Z',
      'end-time': '2025-01-06T10:02:06.500Z',
      'duration-seconds': 125,
      'instance-url': report.instanceUrl,
      'cache-hit': true,
      end: 'finished',
      outcome: 'success'
    })
  })

  test('run without wait: what is known, ids stay strings', () => {
    const json = JSON.parse(reportJson({ ...report, instance: undefined, end: 'submitted', outcome: undefined, cacheHit: false }))
    expect(json).toEqual({
      'instance-id': '9876543210000123',
      'job-id': 'M11111',
      'job-name': 'Export Things & Stuff',
      'instance-url': report.instanceUrl,
      'cache-hit': false,
      end: 'submitted',
      outcome: null
    })
  })

  test('list and instances', () => {
    const list = JSON.parse(
      listJson({
        command: 'list',
        jobs: [{ id: 'M1', name: 'A', type: { value: 'MANUAL', desc: 'Manual' }, parameters: [] }],
        cacheHit: true
      })
    )
    expect(list).toEqual({ jobs: [{ id: 'M1', name: 'A', type: 'MANUAL' }], 'cache-hit': true })
    const instances = JSON.parse(instancesJson({ command: 'instances', job: report.job, instances: [finished], cacheHit: false }))
    expect(instances['job-id']).toBe('M11111')
    expect(instances.instances[0]).toMatchObject({ id: '9876543210000123', status: 'COMPLETED_SUCCESS', durationSeconds: 125 })
  })
})
