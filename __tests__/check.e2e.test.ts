// `cmd: check` through the bundles, as the runner and a shell run them, against the simulator's
// run histories (issue 12): every verdict, named and selected jobs, the window's edges, fail-on,
// outputs set before the step fails, and one instance-list call per job.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { HISTORY_JOBS, HISTORY_NAMES, startSimulator, type Simulator } from '../sim/index.js'
import { errorLines, runAction } from './support/action.js'
import { newSandbox, runCli } from './support/cli.js'

let sim: Simulator
const H = HISTORY_JOBS
const HOUR = 3_600_000

beforeAll(async () => {
  sim = await startSimulator()
})
afterAll(async () => {
  await sim?.close()
})
beforeEach(() => sim.resetCounts())

const inputs = (extra: Record<string, string>) => ({ 'api-key': sim.keys.sandbox, 'base-url': sim.url, cache: 'false', ...extra })
type Row = { 'job-id': string; verdict: string; fails: boolean; runs: number; 'failed-runs': number; status: string }
const report = (json: string | undefined): Row[] => JSON.parse(json ?? '[]') as Row[]
const byId = (rows: Row[]) => Object.fromEntries(rows.map((row) => [row['job-id'], row]))

describe('named jobs', () => {
  test('every verdict of the histories; the step fails naming the jobs, after the outputs are set', async () => {
    const ids = Object.values(H)
    const run = await runAction({ inputs: inputs({ cmd: 'check', job: ids.join('\n'), since: '30h' }) })
    expect(run.exitCode).toBe(1)
    const rows = byId(report(run.outputs.report))
    expect(Object.fromEntries(Object.entries(rows).map(([id, row]) => [id, [row.verdict, row.fails]]))).toEqual({
      [H.dailyPublishing]: ['ok', false],
      [H.hourlyImport]: ['ok', false],
      [H.failedLastNight]: ['failed', true],
      [H.stoppedRunning]: ['missing', true],
      [H.stuckForADay]: ['stuck', true],
      [H.failedThenFixed]: ['ok', false]
    })
    // An earlier failure in the window is counted, though the newest run succeeded.
    expect(rows[H.failedThenFixed]).toMatchObject({ runs: 5, 'failed-runs': 1 })
    expect(rows[H.hourlyImport]!.runs).toBe(30)
    expect([run.outputs.failed, run.outputs.checked]).toEqual(['3', '6'])
    // A job named by id and missing has no run to take its name from: the id it was named by stands.
    expect(errorLines(run)).toEqual([
      `3 of 6 jobs need attention: ${HISTORY_NAMES.failedLastNight} (COMPLETED_FAILED), ${HISTORY_NAMES.stuckForADay} (stuck), ${H.stoppedRunning} (missing)`
    ])
    // Worst first, in the output as in the summary.
    expect(report(run.outputs.report).map((row) => row.verdict)).toEqual(['failed', 'stuck', 'missing', 'ok', 'ok', 'ok'])
    // One instance list per job (and one more for the missing one, for a run stuck since long before);
    // ids need no job list.
    expect(sim.counts.listInstances).toBe(6 + 1)
    expect(sim.counts.listJobs).toBe(0)
    // The log: one line per job.
    expect(run.stdout).toMatch(
      new RegExp(
        `^stuck +"${HISTORY_NAMES.stuckForADay}" \\(${H.stuckForADay}\\): Running \\(RUNNING\\), submitted .*\\(26 h ago\\); 1 run, 0 failed$`,
        'm'
      )
    )
    expect(run.summary).toContain(
      '| ❌ | Publishing to WorldCat (OCLC) (`S8600000330000561`) | Completed with Errors (`COMPLETED_FAILED`) |'
    )
    expect(run.summary).toContain(`| ❔ | \`${H.stoppedRunning}\` | missing |`)
  })

  test('a 24 h window: the run stuck since 26 h ago began before it, and is still what matters: stuck', async () => {
    const run = await runAction({ inputs: inputs({ cmd: 'check', job: H.stuckForADay }) })
    expect(run.exitCode).toBe(1)
    expect(report(run.outputs.report)[0]).toMatchObject({ verdict: 'stuck', runs: 0, status: 'RUNNING' })
  })

  test('names resolve through the job list, once, as run does', async () => {
    const run = await runAction({ inputs: inputs({ cmd: 'check', job: `${HISTORY_NAMES.dailyPublishing}\n${H.hourlyImport}` }) })
    expect(run.exitCode).toBe(0)
    expect(report(run.outputs.report).map((row) => row.verdict)).toEqual(['ok', 'ok'])
    expect(sim.counts.listJobs).toBeGreaterThan(0)
    expect(sim.counts.listInstances).toBe(2)
    const unknown = await runAction({ inputs: inputs({ cmd: 'check', job: 'Publishing to Nowhere' }) })
    expect(unknown.exitCode).toBe(1)
    expect(errorLines(unknown)[0]).toMatch(/^job: no job named "Publishing to Nowhere"/)
  })
})

describe('a selection', () => {
  test('category PUBLISHING: every job of it; a selected job with no run is reported, not failed', async () => {
    const run = await runAction({ inputs: inputs({ cmd: 'check', category: 'PUBLISHING', since: '30h' }) })
    const rows = report(run.outputs.report)
    const publishing = sim.jobs.filter((job) => job.category === 'PUBLISHING').map((job) => job.id)
    expect(rows.map((row) => row['job-id']).sort()).toEqual([...publishing].sort())
    expect(byId(rows)[H.failedLastNight]).toMatchObject({ verdict: 'failed', fails: true })
    const missing = rows.filter((r) => r.verdict === 'missing')
    expect(missing.length, 'a PUBLISHING job with no run in the window').toBeGreaterThan(0)
    for (const row of missing) expect(row.fails).toBe(false)
    expect(run.outputs.failed).toBe('1')
    expect(run.exitCode).toBe(1)
    expect(sim.counts.listInstances).toBe(publishing.length + rows.filter((row) => row.verdict === 'missing').length)
  })

  test('named and selected together: the union, and a named job missing still fails', async () => {
    const run = await runAction({ inputs: inputs({ cmd: 'check', job: H.stoppedRunning, category: 'REMOTE_STORAGE' }) })
    const rows = byId(report(run.outputs.report))
    expect(rows[H.stoppedRunning]).toMatchObject({ verdict: 'missing', fails: true })
    expect(rows[H.failedThenFixed]).toMatchObject({ verdict: 'ok' })
    expect(run.exitCode).toBe(1)
  })
})

describe('the window, fail-on and runs in progress', () => {
  test('the edges: a run submitted at `since` counts, one a second earlier does not', async () => {
    const since = Date.now() - 5 * HOUR
    const inside = sim.addJob({ name: 'Edge inside', type: 'SCHEDULED', category: 'ERP' })
    const outside = sim.addJob({ name: 'Edge outside', type: 'SCHEDULED', category: 'ERP' })
    sim.addRun(inside.id, { submittedAt: since, status: 'COMPLETED_SUCCESS' })
    sim.addRun(outside.id, { submittedAt: since - 1000, status: 'COMPLETED_SUCCESS' })
    const run = await runAction({
      inputs: inputs({ cmd: 'check', job: `${inside.id}\n${outside.id}`, since: new Date(since).toISOString() })
    })
    const rows = byId(report(run.outputs.report))
    expect([rows[inside.id]!.verdict, rows[outside.id]!.verdict]).toEqual(['ok', 'missing'])
  })

  test('warning passes under fail-on failure and fails under warning; never reports only', async () => {
    const warned = sim.addJob({ name: 'Warned import', type: 'SCHEDULED', category: 'METADATA_IMPORT' })
    sim.addRun(warned.id, { submittedAt: Date.now() - 2 * HOUR, status: 'COMPLETED_WARNING' })
    const lenient = await runAction({ inputs: inputs({ cmd: 'check', job: warned.id }) })
    expect([lenient.exitCode, report(lenient.outputs.report)[0]!.verdict]).toEqual([0, 'warning'])
    const strict = await runAction({ inputs: inputs({ cmd: 'check', job: warned.id, 'fail-on': 'warning' }) })
    expect(strict.exitCode).toBe(1)
    const never = await runAction({
      inputs: inputs({ cmd: 'check', job: `${H.failedLastNight}\n${H.stoppedRunning}`, 'fail-on': 'never' })
    })
    expect([never.exitCode, never.outputs.failed]).toEqual([0, '0'])
  })

  test('a run still going, started an hour ago, is running and never fails', async () => {
    const going = sim.addJob({ name: 'Long export', type: 'SCHEDULED', category: 'ERP' })
    sim.addRun(going.id, { submittedAt: Date.now() - HOUR, status: 'RUNNING', progress: 40 })
    const run = await runAction({ inputs: inputs({ cmd: 'check', job: going.id }) })
    expect(run.exitCode).toBe(0)
    expect(report(run.outputs.report)[0]).toMatchObject({ verdict: 'running', fails: false, status: 'RUNNING' })
  })
})

describe('the CLI', () => {
  const cli = (argv: string[]) =>
    runCli(newSandbox(), ['--env', 'sandbox', '--cmd', 'check', '--base-url', sim.url, '--no-cache', ...argv], {
      env: { ALMA_API_KEY_SANDBOX: sim.keys.sandbox }
    })

  test('--job repeated, one line per job on stdout, exit 1 with the sentence on stderr', async () => {
    const run = await cli(['--job', H.failedLastNight, '--job', H.dailyPublishing, '--since', '30h'])
    expect(run.exitCode).toBe(1)
    const lines = run.stdout.trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^failed {3}"Publishing to WorldCat \(OCLC\)" \(S8600000330000561\): Completed with Errors/)
    expect(lines[1]).toMatch(/^ok {7}"Publishing to Summon"/)
    expect(run.stderr).toContain('almajob: 1 of 2 jobs need attention: Publishing to WorldCat (OCLC) (COMPLETED_FAILED)')
  })

  test('a success that hides failed records: a warning naming the counter, exit 0', async () => {
    const hidden = sim.addJob({ name: 'Assets import', type: 'SCHEDULED', category: 'RESEARCH_ASSETS' })
    sim.addRun(hidden.id, {
      submittedAt: Date.now() - 3 * HOUR,
      status: 'COMPLETED_SUCCESS',
      counters: [{ type: 'import_research_assets_files.asset_failed', desc: 'Assets failed', value: '3' }]
    })
    const run = await cli(['--job', hidden.id])
    expect(run.exitCode).toBe(0)
    expect(run.stderr).toContain(
      `warning: "Assets import" (${hidden.id}) ended COMPLETED_SUCCESS, yet counter "Assets failed" (import_research_assets_files.asset_failed) is 3.`
    )
  })

  test('a run stuck for three days is stuck, not missing, and fails in a selection too', async () => {
    const stuck = sim.addJob({ name: 'Hung sync', type: 'SCHEDULED', category: 'REMOTE_STORAGE' })
    sim.addRun(stuck.id, { submittedAt: Date.now() - 72 * HOUR, status: 'RUNNING' })
    const run = await cli(['--category', 'REMOTE_STORAGE', '--format', 'json'])
    expect(run.exitCode).toBe(1)
    expect(JSON.parse(run.stdout)).toContainEqual(expect.objectContaining({ 'job-id': stuck.id, verdict: 'stuck', fails: true }))
  })

  test('--format json prints the report array', async () => {
    const run = await cli(['--job', H.dailyPublishing, '--format', 'json'])
    expect(run.exitCode).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual([expect.objectContaining({ 'job-id': H.dailyPublishing, verdict: 'ok', runs: 1 })])
  })

  test('nothing to check is a usage error naming the flags', async () => {
    const run = await cli([])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain(
      'Error: --job: required for --cmd check; give job ids or exact names, one a line, or --category, --type or --profile-id'
    )
  })
})
