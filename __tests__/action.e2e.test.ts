// The bundled action, run as the runner runs it, against the simulator over real HTTP.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { startSimulator, type Simulator, type Timeline } from '../sim/index.js'
import { errorLines, runAction, type ActionRun } from './support/action.js'

let sim: Simulator
const FAST: Timeline = { queuedMs: 150, initializingMs: 100, runningMs: 600, finalizingMs: 100, end: 'COMPLETED_SUCCESS' }

beforeAll(async () => {
  sim = await startSimulator({ timeline: FAST })
  // Many runs of the same jobs here; the throttle (alma-api.md §3.3) has its own test.
  sim.faults.throttle = false
})
afterAll(async () => {
  await sim?.close()
})
beforeEach(() => {
  sim.resetCounts()
})

function inputs(extra: Record<string, string>): Record<string, string> {
  return { 'api-key': sim.keys.sandbox, 'base-url': sim.url, cache: 'false', ...extra }
}

function jobNamed(name: string) {
  const [job] = sim.findJobsByName(name)
  if (!job) throw new Error(`the simulator has no job named ${name}`)
  return job
}

/** The key appears only in the runner's own `::add-mask::` command, which the runner consumes. */
function expectNoKey(run: ActionRun, key = sim.keys.sandbox): void {
  const log = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'))
  expect(run.stdout).toContain(`::add-mask::${key}`)
  for (const text of [log.join('\n'), run.stderr, run.summary, JSON.stringify(run.outputs)]) {
    expect(text).not.toContain(key)
  }
  expect(sim.requests.every((request) => !request.url.includes(key) && request.keyVia === 'header')).toBe(true)
}

describe('list', () => {
  test('lists every job with the outputs and a summary', async () => {
    const run = await runAction({ inputs: inputs({ cmd: 'list' }) })
    expect(run.exitCode).toBe(0)
    const jobs = JSON.parse(run.outputs.jobs)
    expect(jobs).toHaveLength(sim.jobs.length)
    expect(jobs[0]).toHaveProperty('id')
    expect(run.outputs['cache-hit']).toBe('false')
    expect(sim.counts.listJobs).toBe(Math.ceil(sim.jobs.length / 100))
    expect(run.summary).toContain(`${sim.jobs.length}`)
    expectNoKey(run)
  })

  test('category filter: any case; a category nobody has warns with the known ones', async () => {
    const sample = sim.jobs[0]
    const run = await runAction({ inputs: inputs({ cmd: 'list', category: sample.category.toLowerCase() }) })
    const jobs = JSON.parse(run.outputs.jobs) as { category: string }[]
    expect(jobs.length).toBe(sim.jobs.filter((job) => job.category === sample.category).length)
    expect(jobs.every((job) => job.category === sample.category)).toBe(true)

    const typo = await runAction({ inputs: inputs({ cmd: 'list', category: 'EXPORTS' }) })
    expect(typo.exitCode).toBe(0)
    expect(JSON.parse(typo.outputs.jobs)).toEqual([])
    expect(typo.stdout).toMatch(new RegExp(`::warning::No job has category EXPORTS; categories here: .*${sample.category}`))
  })

  test('type filter', async () => {
    const run = await runAction({ inputs: inputs({ cmd: 'list', type: 'scheduled' }) })
    expect(run.exitCode).toBe(0)
    const jobs = JSON.parse(run.outputs.jobs) as { type: string }[]
    expect(jobs.length).toBeGreaterThan(0)
    expect(jobs.every((job) => job.type === 'SCHEDULED')).toBe(true)
  })
})

describe('run', () => {
  test('by name with wait: list pages + run + polls, outputs and summary', async () => {
    const job = jobNamed('Export Things & Stuff')
    const run = await runAction({ inputs: inputs({ cmd: 'run', job: job.name, wait: 'true' }) })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ 'job-id': job.id, 'job-name': job.name, status: 'COMPLETED_SUCCESS' })
    expect(run.outputs['instance-id']).toMatch(/^\d{16,}$/)
    expect(run.outputs['instance-url']).toBe(`${sim.url}/conf/jobs/${job.id}/instances/${run.outputs['instance-id']}`)
    expect(Number(run.outputs.progress)).toBe(100)
    expect(Array.isArray(JSON.parse(run.outputs.counters))).toBe(true)
    expect(sim.counts.runJob).toBe(1)
    expect(sim.counts.listJobs).toBe(Math.ceil(sim.jobs.length / 100))
    expect(sim.counts.getInstance).toBeGreaterThanOrEqual(1)
    expect(sim.counts.getInstance).toBeLessThanOrEqual(6)
    expect(run.stdout).toContain('::group::')
    expect(run.summary).toContain(run.outputs['instance-id'])
    expect(run.summary).toContain('COMPLETED_SUCCESS')
    expectNoKey(run)
  })

  test('by id without wait: exactly one call, no list', async () => {
    const job = jobNamed('Export Things & Stuff')
    const run = await runAction({ inputs: inputs({ cmd: 'run', job: job.id }) })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['instance-id']).toMatch(/^\d+$/)
    expect(run.outputs.status ?? '').toBe('')
    expect(sim.counts.total).toBe(1)
  })

  test('a job needing set_id gets it from YAML parameters', async () => {
    const job = jobNamed('Export Physical Items')
    const missing = await runAction({ inputs: inputs({ cmd: 'run', job: job.id }) })
    expect(missing.exitCode).toBe(1)
    expect(errorLines(missing).join('\n')).toMatch(/402228/)
    const run = await runAction({ inputs: inputs({ cmd: 'run', job: job.id, parameters: 'set_id: 7777000000001234' }) })
    expect(run.exitCode).toBe(0)
  })

  // Every end state against every fail-on is commands.test.ts's (verdict); these show the step's side.
  test.each<[Timeline['end'], string, number]>([
    ['COMPLETED_WARNING', 'failure', 0],
    ['COMPLETED_WARNING', 'warning', 1],
    ['FAILED', 'failure', 1],
    ['FAILED', 'never', 0]
  ])('ends %s with fail-on %s: exit %i, outputs still set', async (end, failOn, exitCode) => {
    const job = sim.addJob({ name: `Outcome ${end} ${failOn}` })
    sim.setTimeline(job.id, { ...FAST, end })
    const run = await runAction({ inputs: inputs({ cmd: 'run', job: job.id, wait: 'true', 'fail-on': failOn }) })
    expect(run.exitCode).toBe(exitCode)
    expect(run.outputs.status).toBe(end)
    // An end that passes but is not clean still says so in the log.
    if (!exitCode) expect(run.stdout).toMatch(new RegExp(`^::warning::Alma job .*${end}`, 'm'))
    expect(run.outputs['instance-id']).toMatch(/^\d+$/)
    if (exitCode) expect(errorLines(run).join('\n')).toContain(run.outputs['instance-id'])
  })

  test('timeout fails with the last status', async () => {
    const job = sim.addJob({ name: 'Slow export' })
    sim.setTimeline(job.id, { queuedMs: 100, initializingMs: 100, runningMs: 60_000, end: 'COMPLETED_SUCCESS' })
    const run = await runAction({ inputs: inputs({ cmd: 'run', job: job.id, wait: 'true', timeout: '3s' }) })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('RUNNING')
    expect(errorLines(run).join('\n')).toMatch(/Timed out/)
  })

  test('SIGINT while waiting: stops within 2 s with outputs and a warning', async () => {
    const job = sim.addJob({ name: 'Long import' })
    sim.setTimeline(job.id, { queuedMs: 100, initializingMs: 100, runningMs: 120_000, end: 'COMPLETED_SUCCESS' })
    let signalledAt = 0
    const run = await runAction({
      inputs: inputs({ cmd: 'run', job: job.id, wait: 'true' }),
      onStart: (child, output) => {
        const timer = setInterval(() => {
          if (/RUNNING/.test(output.stdout())) {
            clearInterval(timer)
            signalledAt = Date.now()
            child.kill('SIGINT')
          }
        }, 20)
      }
    })
    expect(signalledAt).toBeGreaterThan(0)
    expect(Date.now() - signalledAt).toBeLessThan(2000)
    expect(run.exitCode).not.toBe(0)
    expect(run.outputs['instance-id']).toMatch(/^\d+$/)
    expect(run.outputs.status).toBe('RUNNING')
    expect(run.stdout).toMatch(/::warning::.*no call to cancel/)
    expect(sim.counts.runJob).toBe(1)
  })
})

describe('Alma trouble while waiting', () => {
  /** Starts a run of `jobId` and calls `whenRunning` once the log shows it running. */
  function runUntilRunning(jobId: string, whenRunning: () => void) {
    return runAction({
      inputs: inputs({ cmd: 'run', job: jobId, wait: 'true' }),
      onStart: (_child, output) => {
        const timer = setInterval(() => {
          if (/RUNNING/.test(output.stdout())) {
            clearInterval(timer)
            whenRunning()
          }
        }, 10)
      }
    })
  }

  test('an outage mid-wait is a missed poll: one warning, and the end is still seen', async () => {
    const job = sim.addJob({ name: 'Export through an outage' })
    sim.setTimeline(job.id, { queuedMs: 100, initializingMs: 100, runningMs: 4000, end: 'COMPLETED_SUCCESS' })
    // Five failed requests outlast the client's own retries of one poll.
    const run = await runUntilRunning(job.id, () => (sim.faults.serverErrorNext = 5))
    expect(run.exitCode).toBe(0)
    expect(run.outputs.status).toBe('COMPLETED_SUCCESS')
    expect(run.stdout.match(/^::warning::A status poll failed/gm)).toHaveLength(1)
  })

  test('an error no poll can mend ends the wait, with the outputs still set', async () => {
    const job = sim.addJob({ name: 'Export past the daily quota' })
    sim.setTimeline(job.id, { queuedMs: 100, initializingMs: 100, runningMs: 4000, end: 'COMPLETED_SUCCESS' })
    try {
      const run = await runUntilRunning(job.id, () => (sim.faults.dailyQuotaExceeded = true))
      expect(run.exitCode).toBe(1)
      expect(run.outputs['instance-id']).toMatch(/^\d+$/)
      expect(run.outputs.status).toBe('RUNNING')
      expect(errorLines(run)[0]).toMatch(/^Lost track of .*DAILY_THRESHOLD.*The job goes on in Alma\.$/)
      expect(run.summary).toContain(run.outputs['instance-id'])
    } finally {
      sim.faults.dailyQuotaExceeded = false
    }
  })

  test('SIGINT while the run POST is open: its answer is awaited, so the instance id is not lost', async () => {
    const job = sim.addJob({ name: 'Export behind a slow gateway' })
    sim.faults.latencyMs = 2500
    try {
      const run = await runAction({
        inputs: inputs({ cmd: 'run', job: job.id, wait: 'true' }),
        onStart: (child) => setTimeout(() => child.kill('SIGINT'), 1000)
      })
      expect(run.exitCode).toBe(1)
      expect(sim.counts.runJob).toBe(1)
      expect(run.outputs['instance-id']).toBe(sim.instances(job.id)[0]?.id)
      expect(run.stdout).toMatch(/::warning::Cancelled while waiting for instance \d+/)
    } finally {
      sim.faults.latencyMs = 0
    }
  })
})

describe('resolving names', () => {
  test('two jobs with the same name fail listing both ids', async () => {
    const twins = sim.findJobsByName('Export Bibliographic Records')
    expect(twins).toHaveLength(2)
    const run = await runAction({ inputs: inputs({ cmd: 'run', job: 'Export Bibliographic Records' }) })
    expect(run.exitCode).toBe(1)
    const [error] = errorLines(run)
    for (const twin of twins) expect(error).toContain(twin.id)
    expect(sim.counts.runJob).toBe(0)
  })

  test('an unknown name fails with the closest names, none far off', async () => {
    const run = await runAction({ inputs: inputs({ cmd: 'run', job: 'Export Things and Stuff' }) })
    expect(run.exitCode).toBe(1)
    const [error] = errorLines(run)
    expect(error).toMatch(/no job named "Export Things and Stuff"/)
    expect(error).toContain('closest: "Export Things & Stuff" (M11111)')
    // Names far from the typo are no help; at most three are named.
    expect(error.match(/\(\w\d+\)/g)!.length).toBeLessThanOrEqual(3)
    expect(sim.counts.runJob).toBe(0)
  })
})

describe('status and instances', () => {
  test('status of a finished run, then instances with a table of runs', async () => {
    const job = jobNamed('Export Things & Stuff')
    const started = await runAction({ inputs: inputs({ cmd: 'run', job: job.id, wait: 'true' }) })
    expect(started.exitCode).toBe(0)
    sim.resetCounts()
    const status = await runAction({ inputs: inputs({ cmd: 'status', job: job.id, id: started.outputs['instance-id'] }) })
    expect(status.exitCode).toBe(0)
    expect(status.outputs).toMatchObject({ status: 'COMPLETED_SUCCESS', 'status-description': 'Completed Successfully' })
    expect(sim.counts.total).toBe(1)

    const instances = await runAction({ inputs: inputs({ cmd: 'instances', job: job.id }) })
    expect(instances.exitCode).toBe(0)
    // Without dates, the last 30 days only: a job's whole history can be many pages of quota.
    const thirtyDaysAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10)
    expect(sim.requests.at(-1)?.url).toContain(`submit_date_from=${thirtyDaysAgo}`)
    const list = JSON.parse(instances.outputs.instances) as { id: string }[]
    expect(list.map((instance) => instance.id)).toContain(started.outputs['instance-id'])
    // A table of the newest runs with a duration bar each (a gantt drew them thinner than a pixel).
    expect(instances.summary).toContain('| Status | Started (UTC) | Took | Full bar: ')
    expect(instances.summary).toContain(`| \`${started.outputs['instance-id']}\` |`)
  })

  test('status of an unknown instance is a clear Alma error', async () => {
    const job = jobNamed('Export Things & Stuff')
    const run = await runAction({ inputs: inputs({ cmd: 'status', job: job.id, id: '1234567890123456' }) })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)[0]).toMatch(/402218/)
  })
})

describe('bad input fails before any request, in one line, without a stack trace', () => {
  test.each([
    [{ cmd: 'start' }, /^cmd: /],
    [{ cmd: 'list', env: 'staging' }, /^env: /],
    [{ cmd: 'run' }, /^job: /],
    [{ cmd: 'status', job: 'M1' }, /^id: /],
    [{ cmd: 'run', job: 'M1', parameters: '<job><parameters><parameter>' }, /^parameters: /],
    [{ cmd: 'run', job: 'M1', parameters: 'set_id: [1, 2' }, /^parameters: /],
    [{ cmd: 'run', job: 'M1', wait: 'true', timeout: 'soon' }, /^timeout: /],
    [{ cmd: 'list', 'base-url': 'http://alma.example.edu/almaws/v1' }, /^base-url: /]
  ])('%o', async (extra, expected) => {
    const run = await runAction({ inputs: inputs(extra) })
    expect(run.exitCode).toBe(1)
    const errors = errorLines(run)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(expected)
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /)
    expect(sim.counts.total).toBe(0)
  })

  test('a refused key is one line naming the input that held it and what the key needs', async () => {
    const run = await runAction({ inputs: { ...inputs({ cmd: 'list' }), 'api-key': 'l7xx-not-a-key' } })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run)[0]).toMatch(/Alma refused the API key from api-key: UNAUTHORIZED.*Configuration/)
    expectNoKey(run, 'l7xx-not-a-key')
    expect(sim.counts.total).toBe(1)
  })
})
