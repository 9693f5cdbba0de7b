// The bundled action and CLI against the simulator for what real Alma and real clients showed
// (issue 11): a job found by its integration profile, a run that waits for a throttle slot,
// and a success whose counters say records failed (alma-api.md §2, §3.3, §4).
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { startSimulator, type Simulator, type Timeline } from '../sim/index.js'
import { errorLines, runAction } from './support/action.js'
import { newSandbox, runCli } from './support/cli.js'

let sim: Simulator
const FAST: Timeline = { queuedMs: 100, initializingMs: 100, runningMs: 400, end: 'COMPLETED_SUCCESS' }

beforeAll(async () => {
  sim = await startSimulator({ timeline: FAST })
})
afterAll(async () => {
  await sim?.close()
})
beforeEach(() => {
  sim.resetCounts()
  sim.faults.throttle = false
})

const inputs = (extra: Record<string, string>) => ({ 'api-key': sim.keys.sandbox, 'base-url': sim.url, cache: 'false', ...extra })

describe('profile-id', () => {
  const profiled = () => sim.jobs.filter((job) => job.relatedProfile)

  test("list asks Alma for the profile's jobs with profile_id", async () => {
    const job = profiled()[0]!
    const run = await runAction({ inputs: inputs({ cmd: 'list', 'profile-id': job.relatedProfile! }) })
    expect(run.exitCode).toBe(0)
    expect(JSON.parse(run.outputs.jobs!)).toEqual([expect.objectContaining({ id: job.id })])
    expect(sim.requests.filter((request) => request.endpoint === 'listJobs').map((request) => request.url)).toEqual([
      expect.stringContaining(`profile_id=${job.relatedProfile}`)
    ])
  })

  test("run takes the profile's one job: one list call, one run", async () => {
    const job = profiled()[0]!
    sim.faults.throttle = false
    const run = await runAction({ inputs: inputs({ cmd: 'run', 'profile-id': job.relatedProfile! }) })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['job-id']).toBe(job.id)
    expect([sim.counts.listJobs, sim.counts.runJob]).toEqual([1, 1])
  })

  test('a profile with no job is one clear error, and nothing runs', async () => {
    const run = await runAction({ inputs: inputs({ cmd: 'run', 'profile-id': '1234567890' }) })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)).toEqual(['profile-id: no job in integration profile 1234567890'])
    expect(sim.counts.runJob).toBe(0)
  })

  test('the CLI names its flag', async () => {
    const cli = await runCli(
      newSandbox(),
      ['--env', 'sandbox', '--cmd', 'instances', '--profile-id', '1234567890', '--base-url', sim.url],
      {
        env: { ALMA_API_KEY_SANDBOX: sim.keys.sandbox }
      }
    )
    expect(cli.exitCode).toBe(2)
    expect(cli.stderr).toBe('almajob: --profile-id: no job in integration profile 1234567890\n')
  })
})

describe('a success that hides failed records', () => {
  const SUCCESS_WITH_FAILURES: Timeline = { ...FAST, end: 'COMPLETED_SUCCESS', failedRecords: 2 }

  test('passes with a warning naming the counter, marked in the summary', async () => {
    const job = sim.addJob({ name: 'Import with rejects' })
    sim.setTimeline(job.id, SUCCESS_WITH_FAILURES)
    const run = await runAction({ inputs: inputs({ cmd: 'run', job: job.id, wait: 'true' }) })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.status).toBe('COMPLETED_SUCCESS')
    expect(run.stdout).toMatch(
      /^::warning::Alma job .* ended COMPLETED_SUCCESS .*, yet counter "Failed Records" \(label\.failed\.records\) is 2\.$/m
    )
    expect(run.summary).toContain('| ⚠️ Failed Records | 2 |')
  })

  test('fail-on-counter fails the step, after the outputs are set; fail-on never only warns', async () => {
    const job = sim.addJob({ name: 'Import with rejects, strict' })
    sim.setTimeline(job.id, SUCCESS_WITH_FAILURES)
    const strict = await runAction({ inputs: inputs({ cmd: 'run', job: job.id, wait: 'true', 'fail-on-counter': '*FAILED*' }) })
    expect(strict.exitCode).toBe(1)
    expect(strict.outputs['instance-id']).toMatch(/^\d+$/)
    expect(errorLines(strict)[0]).toMatch(/but counter "Failed Records" \(label\.failed\.records\) is 2, which fails this step/)
    const lenient = await runAction({
      inputs: inputs({ cmd: 'run', job: job.id, wait: 'true', 'fail-on-counter': '*failed*', 'fail-on': 'never' })
    })
    expect(lenient.exitCode).toBe(0)
  })

  test('the CLI takes --fail-on-counter and exits 1', async () => {
    const job = sim.addJob({ name: 'Import with rejects, CLI' })
    sim.setTimeline(job.id, SUCCESS_WITH_FAILURES)
    const cli = await runCli(
      newSandbox(),
      [
        '--env',
        'sandbox',
        '--cmd',
        'run',
        '--job',
        job.id,
        '--wait',
        '--fail-on-counter',
        'label.failed.*',
        '--base-url',
        sim.url
      ],
      { env: { ALMA_API_KEY_SANDBOX: sim.keys.sandbox } }
    )
    expect(cli.exitCode).toBe(1)
    expect(cli.stderr).toMatch(/which fails this step/)
  })
})

describe('wait-for-slot', () => {
  // A simulator of its own: the runs of other tests must not hold its slots.
  let slots: Simulator
  beforeAll(async () => {
    slots = await startSimulator({ timeline: FAST })
    slots.faults.throttle = true
  })
  afterAll(async () => {
    await slots?.close()
  })
  const slotInputs = (extra: Record<string, string>) => ({
    'api-key': slots.keys.sandbox,
    'base-url': slots.url,
    cache: 'false',
    ...extra
  })

  /** Three API-started runs of other jobs that hold Alma's three slots for about `ms` (§3.3). */
  async function fillSlots(ms: number): Promise<void> {
    for (const job of sim.jobs
      .filter((candidate) => candidate.type === 'MANUAL' && !candidate.requiredParameters.length)
      .slice(10, 13)) {
      slots.setTimeline(job.id, { queuedMs: 0, initializingMs: 0, runningMs: ms, end: 'COMPLETED_SUCCESS' })
      const answer = await fetch(`${slots.url}/conf/jobs/${job.id}?op=run`, {
        method: 'POST',
        headers: {
          authorization: `apikey ${slots.keys.sandbox}`,
          accept: 'application/json',
          'content-type': 'application/json'
        },
        body: '{}'
      })
      // A run of an earlier test may still hold a slot: then the slots are full sooner.
      if (answer.status !== 200) expect(await answer.text()).toContain('402222')
    }
    slots.resetCounts()
  }

  test('a run refused for want of a slot is sent again, once Alma has room', async () => {
    await fillSlots(2500)
    const run = await runAction({ inputs: slotInputs({ cmd: 'run', job: 'M11111', 'wait-for-slot': '20s' }) })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['instance-id']).toMatch(/^\d+$/)
    expect(run.stdout).toMatch(/^No slot for job M11111 yet \(402222\); trying again in /m)
    // Every refused POST was refused, not started: exactly one run of the job exists.
    expect(slots.counts.runJob).toBeGreaterThanOrEqual(2)
    expect(slots.instances('M11111').filter((instance) => Date.now() - instance.submittedAt < 60_000)).toHaveLength(1)
  })

  test('without it, the refusal fails the step naming both rules', async () => {
    await fillSlots(2500)
    const run = await runAction({ inputs: slotInputs({ cmd: 'run', job: 'M11111' }) })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)[0]).toMatch(
      /^402222: .*at most 3 API-started jobs .* at most 5 times per hour .*the run was not started/
    )
    expect(slots.counts.runJob).toBe(1)
  })
})
