// runCommand and verdict with a fake client: what each command asks of Alma and how each end
// is judged under every fail-on. The end-to-end tests show a few of these through the bundles.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test, vi } from 'vitest'
import { AlmaError, ConfigError, STATUS_DESCRIPTIONS, type Job, type JobInstance, type RunResult } from '../src/alma/index.js'
import { JobCatalog } from '../src/catalog/index.js'
import { runCommand, verdict, type CommandContext, type InstanceReport, type JobsClient } from '../src/commands/index.js'
import { FAIL_ON, parseCounterPatterns, parseSince, type FailOn, type ReportSettings, type Settings } from '../src/settings.js'
import { judgeJob } from '../src/commands/check.js'

const JOBS: Job[] = [
  { id: 'M1', name: 'Export Things & Stuff', type: { value: 'MANUAL' }, category: { value: 'EXPORT' }, parameters: [] },
  { id: 'M2', name: 'Twin', type: { value: 'MANUAL' }, category: { value: 'EXPORT' }, parameters: [] },
  { id: 'M3', name: 'Twin', type: { value: 'MANUAL' }, category: { value: 'IMPORT' }, parameters: [] },
  { id: 'S4', name: 'Publish to Primo', type: { value: 'SCHEDULED' }, category: { value: 'PUBLISHING' }, parameters: [] }
]

const instance = (status: string, extra: Partial<JobInstance> = {}): JobInstance => ({
  id: '9876543210000123',
  status: { value: status, desc: STATUS_DESCRIPTIONS[status] },
  alerts: [],
  counters: [],
  actions: [],
  ...extra
})

function fakeClient(states: string[] = ['COMPLETED_SUCCESS']) {
  const polls = [...states]
  const client = {
    listJobs: vi.fn(async () => JOBS),
    runJob: vi.fn(async (jobId: string): Promise<RunResult> => ({
      job: { id: jobId, name: JOBS.find((job) => job.id === jobId)?.name ?? '', parameters: [] },
      instanceId: '9876543210000123',
      reconciled: false
    })),
    listInstances: vi.fn(async () => [instance('COMPLETED_SUCCESS')]),
    getInstance: vi.fn(async () => instance(polls.length > 1 ? polls.shift()! : polls[0]!)),
    getStatusTable: vi.fn(async () => []),
    close: vi.fn()
  }
  return client satisfies JobsClient
}

function context(client: JobsClient) {
  const log = { debug: vi.fn(), info: vi.fn(), warning: vi.fn() }
  const ctx: CommandContext = {
    client,
    catalog: new JobCatalog({ client, log, ttlMs: 86_400_000 }),
    log,
    label: (field) => `--${field}`,
    baseUrl: 'https://api-eu.hosted.exlibrisgroup.com/almaws/v1'
  }
  return { ctx, log }
}

const common = {
  env: 'sandbox',
  apiKey: 'k',
  apiKeyFrom: 'test',
  baseUrl: 'https://api-eu.hosted.exlibrisgroup.com/almaws/v1',
  cache: { enabled: false, ttlMs: 0, forceRefresh: false, dir: '/nowhere' },
  quotaWarnBelow: 0
} as const
const FAST_WAIT = { timeoutMs: 5000, pollIntervalMs: 1, maxPollIntervalMs: 1 }

describe('runCommand', () => {
  test('list: filters locally, one job list for any filter', async () => {
    const client = fakeClient()
    const { ctx } = context(client)
    const result = await runCommand(ctx, { ...common, command: 'list', filter: { type: 'MANUAL', category: 'export' } })
    expect(result).toEqual({ command: 'list', jobs: [JOBS[0], JOBS[1]], cacheHit: false })
    expect(client.listJobs).toHaveBeenCalledTimes(1)
  })

  test('list: a category nobody has warns with the known ones', async () => {
    const { ctx, log } = context(fakeClient())
    const result = await runCommand(ctx, { ...common, command: 'list', filter: { category: 'FINES' } })
    expect(result).toMatchObject({ jobs: [] })
    expect(log.warning).toHaveBeenCalledWith(expect.stringContaining('categories here: EXPORT, IMPORT, PUBLISHING'))
  })

  test('run by id without wait: one call, submitted, not failed', async () => {
    const client = fakeClient()
    const { ctx, log } = context(client)
    const result = await runCommand(ctx, {
      ...common,
      command: 'run',
      job: 'M1',
      parameters: [],
      failOn: 'failure',
      failOnCounter: []
    })
    expect(result).toMatchObject({
      command: 'run',
      report: { end: 'submitted', instanceId: '9876543210000123' },
      verdict: { failed: false }
    })
    expect(client.listJobs).not.toHaveBeenCalled()
    expect(client.runJob).toHaveBeenCalledWith('M1', [])
    expect(client.getInstance).not.toHaveBeenCalled()
    expect(log.info).toHaveBeenCalledWith('Started "Export Things & Stuff" (M1): instance 9876543210000123')
  })

  test('run by name with wait: the list, the run, polls until the end', async () => {
    const client = fakeClient(['QUEUED', 'RUNNING', 'COMPLETED_WARNING'])
    const { ctx } = context(client)
    const settings: Settings = {
      ...common,
      command: 'run',
      job: 'Export Things & Stuff',
      parameters: [{ name: 'set_id', value: '1' }],
      wait: FAST_WAIT,
      failOn: 'warning',
      failOnCounter: []
    }
    const result = await runCommand(ctx, settings)
    expect(client.runJob).toHaveBeenCalledWith('M1', [{ name: 'set_id', value: '1' }])
    expect(client.getInstance).toHaveBeenCalledTimes(3)
    expect(result).toMatchObject({
      report: { end: 'finished', outcome: 'warning', job: { id: 'M1', name: 'Export Things & Stuff' } },
      verdict: { failed: true, reason: expect.stringContaining('COMPLETED_WARNING') }
    })
  })

  test("names are settled before anything runs: two jobs of one name, or none, fail in the shell's words", async () => {
    const client = fakeClient()
    const { ctx } = context(client)
    const run = (job: string) =>
      runCommand(ctx, { ...common, command: 'run', job, parameters: [], failOn: 'failure', failOnCounter: [] })
    await expect(run('Twin')).rejects.toThrow(
      new ConfigError('--job: 2 jobs are named "Twin" (M2, M3); give the job\'s id instead')
    )
    await expect(run('Export Things & Stuf')).rejects.toThrow(
      /^--job: no job named "Export Things & Stuf" among 4 jobs; closest: "Export Things & Stuff" \(M1\)$/
    )
    await expect(run('x'.repeat(5000))).rejects.toThrow(/^--job: no job named "x{79}…" among 4 jobs; no close name$/)
    expect(client.runJob).not.toHaveBeenCalled()
  })

  test('status of an instance still running, without wait: one GET, running', async () => {
    const client = fakeClient(['RUNNING'])
    const { ctx } = context(client)
    const result = await runCommand(ctx, {
      ...common,
      command: 'status',
      job: 'M1',
      instanceId: '5',
      failOn: 'failure',
      failOnCounter: []
    })
    expect(result).toMatchObject({ command: 'status', report: { end: 'running', instanceId: '5' }, verdict: { failed: false } })
    expect(client.getInstance).toHaveBeenCalledTimes(1)
  })

  test('instances: the last 30 days unless dates are given', async () => {
    const client = fakeClient()
    const { ctx } = context(client)
    await runCommand(ctx, { ...common, command: 'instances', job: 'S4', filter: {} })
    const from = (client.listInstances.mock.calls[0] as unknown[])[1] as { from: string }
    expect(Date.now() - Date.parse(from.from)).toBeGreaterThan(29 * 86_400_000)
    await runCommand(ctx, { ...common, command: 'instances', job: 'S4', filter: { to: '2025-01-31' } })
    expect((client.listInstances.mock.calls[1] as unknown[])[1]).toEqual({ to: '2025-01-31' })
  })
})

describe('verdict: every end under every fail-on', () => {
  const report = (end: InstanceReport['end'], status?: string): InstanceReport => ({
    job: { id: 'M1', name: 'Export' },
    instanceId: '9876543210000123',
    instanceUrl: 'https://example.invalid/',
    end,
    cacheHit: false,
    ...(status && { instance: instance(status), outcome: classify(status) })
  })
  const classify = (status: string) =>
    status === 'COMPLETED_SUCCESS'
      ? 'success'
      : status === 'COMPLETED_WARNING' || status === 'COMPLETED_NO_BULKS'
        ? 'warning'
        : status === 'MANUAL_HANDLING_REQUIRED'
          ? 'needs-person'
          : status === 'RUNNING'
            ? 'running'
            : 'failure'

  // [end, status, failure, warning, never]: F fails, W passes with a warning, - passes quietly.
  const table: [InstanceReport['end'], string | undefined, string, string, string][] = [
    ['submitted', undefined, '-', '-', '-'],
    ['running', 'RUNNING', '-', '-', '-'],
    ['finished', 'COMPLETED_SUCCESS', '-', '-', '-'],
    ['finished', 'COMPLETED_WARNING', 'W', 'F', 'W'],
    ['finished', 'COMPLETED_NO_BULKS', 'W', 'F', 'W'],
    ['finished', 'COMPLETED_FAILED', 'F', 'F', 'W'],
    ['finished', 'FAILED', 'F', 'F', 'W'],
    ['finished', 'USER_ABORTED', 'F', 'F', 'W'],
    ['finished', 'SYSTEM_ABORTED', 'F', 'F', 'W'],
    ['finished', 'SKIPPED', 'F', 'F', 'W'],
    ['finished', 'MANUAL_HANDLING_REQUIRED', 'F', 'F', 'W'],
    ['timeout', 'RUNNING', 'F', 'F', 'W'],
    ['cancelled', 'RUNNING', 'F', 'F', 'F'],
    ['error', 'RUNNING', 'F', 'F', 'F']
  ]
  test.each(table)('%s %s', (end, status, ...expected) => {
    FAIL_ON.forEach((failOn: FailOn, index) => {
      const result = verdict(report(end, status), { failOn, failOnCounter: [] })
      const mark = result.failed ? 'F' : result.warning ? 'W' : '-'
      expect(mark, `fail-on ${failOn}`).toBe(expected[index])
      // Every sentence names the instance, so a person can find it in Alma.
      if (mark !== '-') expect(result.failed ? result.reason : result.warning).toContain('9876543210000123')
    })
  })
})

describe('counters: a success that hides failed records (alma-api.md §4)', () => {
  const ended = (counters: { code: string; desc?: string; value: string }[]): InstanceReport => ({
    job: { id: 'M1', name: 'Import' },
    instanceId: '9876543210000123',
    instanceUrl: 'https://example.invalid/',
    end: 'finished',
    outcome: 'success',
    cacheHit: false,
    instance: instance('COMPLETED_SUCCESS', {
      counters: counters.map((counter) => ({ type: { value: counter.code, desc: counter.desc }, value: counter.value }))
    })
  })
  const sample = ended([
    { code: 'import_research_assets_files.asset_failed', desc: 'Assets failed', value: '1' },
    { code: 'file_failed_to_upload', value: '1' },
    { code: 'label.new.records', desc: 'New records', value: '40' },
    { code: 'label.rejected.records', desc: 'Rejected', value: '0' }
  ])

  test('without fail-on-counter: passes, warning with each failure counter above 0', () => {
    const result = verdict(sample, { failOn: 'failure', failOnCounter: [] })
    expect(result).toEqual({
      failed: false,
      warning:
        'Alma job Import instance 9876543210000123 ended COMPLETED_SUCCESS (Completed Successfully), yet counter "Assets failed" (import_research_assets_files.asset_failed) is 1, counter file_failed_to_upload is 1.'
    })
  })

  test('fail-on-counter: code or description, any case, * for any text; fail-on never only warns', () => {
    const judge = (patterns: string, failOn: FailOn = 'failure') =>
      verdict(sample, { failOn, failOnCounter: parseCounterPatterns('p', patterns) })
    expect(judge('*FAILED*')).toMatchObject({
      failed: true,
      reason: expect.stringContaining('counter file_failed_to_upload is 1')
    })
    expect(judge('assets failed')).toMatchObject({ failed: true, reason: expect.stringContaining('"Assets failed"') })
    expect(judge('*rejected*')).toEqual(expect.objectContaining({ failed: false }))
    expect(judge('label.new.records\n*nothing*')).toMatchObject({ failed: true })
    expect(judge('*failed*', 'never')).toMatchObject({ failed: false, warning: expect.stringContaining('file_failed_to_upload') })
  })

  test('patterns are checked when read', () => {
    expect(() => parseCounterPatterns('--fail-on-counter', '*fail(ed)*')).toThrow(
      /^--fail-on-counter: '\*fail\(ed\)\*' is not a counter pattern/
    )
    expect(parseCounterPatterns('p', ' , \n')).toEqual([])
  })
})

describe('profiles and the job throttle', () => {
  test("a profile's one job, asked of Alma with profile_id; two or none are errors naming them", async () => {
    const client = fakeClient()
    const { ctx } = context(client)
    client.listJobs.mockResolvedValueOnce([JOBS[3]!])
    const result = await runCommand(ctx, {
      ...common,
      command: 'run',
      profileId: '6100230670000561',
      parameters: [],
      failOn: 'failure',
      failOnCounter: []
    })
    expect(client.listJobs).toHaveBeenCalledWith({ profileId: '6100230670000561' })
    expect(client.runJob).toHaveBeenCalledWith('S4', [])
    expect(result).toMatchObject({ report: { job: { id: 'S4' } } })

    client.listJobs.mockResolvedValueOnce([JOBS[1]!, JOBS[2]!])
    await expect(runCommand(ctx, { ...common, command: 'instances', profileId: '1', filter: {} })).rejects.toThrow(
      '--profileId: 2 jobs in integration profile 1: "Twin" (M2), "Twin" (M3); give --job'
    )
    client.listJobs.mockResolvedValueOnce([JOBS[1]!, JOBS[2]!])
    await expect(
      runCommand(ctx, { ...common, command: 'instances', profileId: '1', job: 'M3', filter: {} })
    ).resolves.toMatchObject({ job: { id: 'M3' } })
  })

  test('wait-for-slot: a throttled run is sent again until it is taken; without it, the refusal stands', async () => {
    const throttled = new AlmaError('402222: Execution threshold reached', { kind: 'alma', status: 400, code: '402222' })
    const client = fakeClient()
    const sleeps: number[] = []
    const { ctx, log } = context(client)
    ctx.sleep = async (ms) => void sleeps.push(ms)
    client.runJob.mockRejectedValueOnce(throttled).mockRejectedValueOnce(throttled)
    const settings: Settings = { ...common, command: 'run', job: 'M1', parameters: [], failOn: 'failure', failOnCounter: [] }
    const result = await runCommand(ctx, { ...settings, waitForSlotMs: 60_000 })
    expect(client.runJob).toHaveBeenCalledTimes(3)
    expect(sleeps).toHaveLength(2)
    for (const ms of sleeps) expect(ms).toBeGreaterThanOrEqual(500)
    expect(log.info).toHaveBeenCalledWith(expect.stringMatching(/^No slot for job M1 yet \(402222\); trying again in /))
    expect(result).toMatchObject({ report: { end: 'submitted' } })

    client.runJob.mockRejectedValueOnce(throttled)
    await expect(runCommand(ctx, settings)).rejects.toBe(throttled)
  })
})

describe('check (issue 12)', () => {
  const HOUR = 3_600_000
  const NOW = Date.UTC(2026, 11, 1, 7, 0, 0)
  const at = (hoursAgo: number) => new Date(NOW - hoursAgo * HOUR).toISOString()
  const ran = (status: string, submittedHoursAgo: number, endedHoursAgo?: number): JobInstance =>
    instance(status, {
      id: String(9876543210000000 + submittedHoursAgo * 10),
      submitTime: at(submittedHoursAgo),
      startTime: at(submittedHoursAgo),
      ...(endedHoursAgo !== undefined && { endTime: at(endedHoursAgo) })
    })
  const judge = { sinceMs: NOW - 24 * HOUR, stuckAfterMs: 12 * HOUR, failOn: 'failure' as FailOn, failOnCounter: [] }

  test.each<[string, JobInstance[], string, boolean]>([
    ['the newest run ended well', [ran('COMPLETED_SUCCESS', 5, 4), ran('COMPLETED_SUCCESS', 29, 28)], 'ok', false],
    ['completed with warnings', [ran('COMPLETED_WARNING', 5, 4)], 'warning', false],
    ['failed last night', [ran('COMPLETED_FAILED', 8, 7), ran('COMPLETED_SUCCESS', 20, 19)], 'failed', true],
    ['still running, started an hour ago', [ran('RUNNING', 1)], 'running', false],
    ['running for a day', [ran('RUNNING', 26), ran('RUNNING', 23)], 'stuck', true],
    ['no run in the window (only older ones)', [ran('COMPLETED_SUCCESS', 30, 29)], 'missing', true],
    ['only a run from before the window, still going', [ran('RUNNING', 30)], 'stuck', true],
    ['failed, then fixed: the newest decides', [ran('COMPLETED_SUCCESS', 2, 1), ran('FAILED', 10, 9)], 'ok', false]
  ])('%s → %s', (_name, runs, verdict, fails) => {
    const checked = judgeJob({ id: 'S1', name: 'Publish' }, true, runs, judge, NOW)
    expect(checked).toMatchObject({ verdict, fails })
    expect(checked.runs).toBe(runs.filter((run) => Date.parse(run.submitTime!) >= judge.sinceMs).length)
  })

  test('earlier failures in the window are counted; a selected job that is missing does not fail', () => {
    const fixed = judgeJob(
      { id: 'S1' },
      true,
      [ran('COMPLETED_SUCCESS', 2, 1), ran('FAILED', 10, 9), ran('FAILED', 30, 29)],
      judge,
      NOW
    )
    expect(fixed.failedRuns.map((run) => run.status.value)).toEqual(['FAILED'])
    expect(judgeJob({ id: 'S2' }, false, [], judge, NOW)).toMatchObject({ verdict: 'missing', fails: false })
  })

  test('fail-on: warning fails warnings, never fails nothing; fail-on-counter fails a success', () => {
    const warned = [ran('COMPLETED_WARNING', 5, 4)]
    expect(judgeJob({ id: 'S1' }, true, warned, { ...judge, failOn: 'warning' }, NOW).fails).toBe(true)
    expect(judgeJob({ id: 'S1' }, true, [ran('FAILED', 5, 4)], { ...judge, failOn: 'never' }, NOW).fails).toBe(false)
    expect(judgeJob({ id: 'S1' }, true, [], { ...judge, failOn: 'never' }, NOW).fails).toBe(false)
    const counted = [{ ...ran('COMPLETED_SUCCESS', 5, 4), counters: [{ type: { value: 'label.failed.records' }, value: '3' }] }]
    const strict = judgeJob({ id: 'S1' }, true, counted, { ...judge, failOnCounter: parseCounterPatterns('p', '*failed*') }, NOW)
    expect(strict).toMatchObject({ verdict: 'ok', fails: true, failingCounters: [expect.objectContaining({ value: '3' })] })
  })

  test('runCommand: names and a selection, one instance list per job, worst first, the window asked from the day before', async () => {
    const client = fakeClient()
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString()
    const listed: Record<string, JobInstance[]> = {
      M1: [instance('COMPLETED_SUCCESS', { submitTime: hoursAgo(3), endTime: hoursAgo(2) })],
      S4: [instance('COMPLETED_FAILED', { submitTime: hoursAgo(6), endTime: hoursAgo(5) })]
    }
    client.listInstances.mockImplementation((async (jobId: string) => listed[jobId] ?? []) as () => Promise<JobInstance[]>)
    const { ctx } = context(client)
    const settings: Settings = {
      ...common,
      command: 'check',
      jobs: ['Export Things & Stuff'],
      selection: { category: 'PUBLISHING' },
      sinceMs: Date.now() - 24 * HOUR,
      stuckAfterMs: 12 * HOUR,
      failOn: 'failure',
      failOnCounter: []
    }
    const result = await runCommand(ctx, settings)
    expect(result).toMatchObject({ command: 'check', failed: 1 })
    // Worst first: the failed publishing job, then the named export that ended well.
    expect(result.command === 'check' && result.jobs.map((job) => [job.job.id, job.verdict, job.named])).toEqual([
      ['S4', 'failed', false],
      ['M1', 'ok', true]
    ])
    expect(client.listJobs).toHaveBeenCalledTimes(1)
    expect(client.listInstances.mock.calls.map((call) => (call as unknown[])[0]).sort()).toEqual(['M1', 'S4'])
    const from = ((client.listInstances.mock.calls[0] as unknown[])[1] as { from: string }).from
    expect(from).toBe(new Date(settings.sinceMs - 24 * HOUR).toISOString().slice(0, 10))
  })

  test('a job missing in the window costs one more call, for a run stuck since long before', async () => {
    const client = fakeClient()
    const stuck = instance('RUNNING', { submitTime: new Date(Date.now() - 72 * HOUR).toISOString() })
    client.listInstances.mockResolvedValueOnce([]).mockResolvedValueOnce([stuck])
    const { ctx } = context(client)
    const settings: Settings = {
      ...common,
      command: 'check',
      jobs: ['S4'],
      sinceMs: Date.now() - 24 * HOUR,
      stuckAfterMs: 12 * HOUR,
      failOn: 'failure',
      failOnCounter: []
    }
    const result = await runCommand(ctx, settings)
    expect(result).toMatchObject({ failed: 1, jobs: [{ verdict: 'stuck', fails: true, runs: 0 }] })
    expect(client.listInstances.mock.calls.map((call) => (call as unknown[])[1])).toEqual([
      expect.objectContaining({ from: expect.any(String) }),
      { status: 'RUNNING' }
    ])
  })

  test('a success whose counters report failures is said, whatever fail-on-counter says; fail-on never fails no counter', () => {
    const hidden = [
      { ...ran('COMPLETED_SUCCESS', 5, 4), counters: [{ type: { value: 'x.asset_failed', desc: 'Assets failed' }, value: '3' }] }
    ]
    expect(judgeJob({ id: 'S1' }, true, hidden, judge, NOW)).toMatchObject({
      fails: false,
      hiddenFailures: [expect.objectContaining({ value: '3' })]
    })
    const never = judgeJob(
      { id: 'S1' },
      true,
      hidden,
      { ...judge, failOn: 'never', failOnCounter: parseCounterPatterns('p', '*failed*') },
      NOW
    )
    expect(never).toMatchObject({ fails: false, failingCounters: [] })
  })

  test('since: a duration back from now, or a moment; not in the future, not a year and more back', () => {
    expect(parseSince('since', '26h', NOW)).toBe(NOW - 26 * HOUR)
    expect(parseSince('since', '2026-11-30T06:00:00Z', NOW)).toBe(Date.UTC(2026, 10, 30, 6))
    expect(parseSince('since', '2026-11-30', NOW)).toBe(Date.UTC(2026, 10, 30))
    expect(() => parseSince('--since', '2026-12-02', NOW)).toThrow("--since: '2026-12-02' is in the future")
    expect(() => parseSince('since', '2026-11-30 06:00', NOW)).toThrow(/is not a moment/)
    expect(() => parseSince('since', '500d', NOW)).toThrow(/more than 400 days back/)
  })
})

describe('report', () => {
  const eventFile = (payload: unknown): string => {
    const dir = mkdtempSync(join(tmpdir(), 'almajob-report-'))
    const file = join(dir, 'event.json')
    writeFileSync(file, JSON.stringify({ action: 'alma-job-end', client_payload: payload }))
    return file
  }
  const event = (status: string, jobInfo: Record<string, unknown> = { id: 'M1', name: 'Export Things & Stuff' }) => ({
    id: '42',
    action: 'JOB_END',
    time: '2026-12-01T05:00:00Z',
    job_instance: { id: '9876543210000123', status: { value: status }, job_info: jobInfo }
  })
  const settings = (file: string, extra: { job?: string; failOn?: FailOn } = {}): ReportSettings => ({
    command: 'report',
    env: 'sandbox',
    baseUrl: 'https://api-eu.hosted.exlibrisgroup.com/almaws/v1',
    failOn: extra.failOn ?? 'failure',
    failOnCounter: [],
    eventFile: file,
    ...(extra.job !== undefined && { job: extra.job })
  })
  const local = () => ({ log: { debug: vi.fn(), info: vi.fn(), warning: vi.fn() }, label: (field: string) => `--${field}` })

  test('needs no client: the event is judged as status judges the instance, the description from §4', async () => {
    const result = await runCommand(local(), settings(eventFile(event('COMPLETED_FAILED'))))
    expect(result).toMatchObject({
      command: 'report',
      matched: true,
      event: { id: '42', time: '2026-12-01T05:00:00Z' },
      verdict: { failed: true },
      report: {
        job: { id: 'M1', name: 'Export Things & Stuff' },
        instanceId: '9876543210000123',
        instanceUrl: 'https://api-eu.hosted.exlibrisgroup.com/almaws/v1/conf/jobs/M1/instances/9876543210000123',
        instance: { status: { value: 'COMPLETED_FAILED', desc: 'Completed with Errors' } },
        end: 'finished',
        outcome: 'failure',
        cacheHit: false
      }
    })
  })

  test.each([
    ['M1', true],
    ['M2', false],
    ['Export Things & Stuff', true],
    ['export things & stuff', false]
  ])('job %s: matched %s; another job never fails the step', async (job, matched) => {
    const result = await runCommand(local(), settings(eventFile(event('FAILED')), { job }))
    expect(result.matched).toBe(matched)
    expect(result.verdict.failed).toBe(matched)
  })

  test('a JOB_END that shows a job still going is reported as running, with a warning', async () => {
    const ctx = local()
    const result = await runCommand(ctx, settings(eventFile(event('RUNNING'))))
    expect(result).toMatchObject({ matched: true, verdict: { failed: false }, report: { end: 'running' } })
    expect(ctx.log.warning).toHaveBeenCalledWith(expect.stringMatching(/still RUNNING/))
  })

  test('the other commands still need a client', async () => {
    // A shell that skipped createContext: a programming error, said at once.
    const noClient = local() as unknown as CommandContext
    await expect(runCommand(noClient, { ...common, command: 'list', filter: {} })).rejects.toThrow(TypeError)
  })
})
