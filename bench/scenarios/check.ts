// `cmd: check` of 50 scheduled jobs by id, through the bundled action (dist/index.js, spawned as
// the runner spawns it), against the same 50 instance lists fetched one after another by a plain
// script. Each job has a few runs in the last day (Simulator.addRun). Ours is timed from spawn to
// exit, so its figure carries Node's start-up as well. The issue's aim was one call per job and the
// 50 calls in about the time of two or three; but Alma allows an institution 25 calls a second and
// almajob begins at most 20 (alma-api.md §6), so 50 calls cannot take less than about two seconds.
// The goal is that floor: the calls as fast as the pace allows, plus Node's start and one call.
import { runAction, errorLines, type ActionRun } from '../../__tests__/support/action.js'
import { startSimulator, type Simulator } from '../../sim/index.js'
import { DEFAULT_REQUESTS_PER_SECOND } from '../../src/alma/index.js'
import { PlainAlma } from '../plain-http.js'
import { median, ms, ratio, since, times } from '../stats.js'
import type { BenchOptions, ScenarioResult } from '../types.js'

const JOBS = 50
/** Above the pace floor: Node's start-up and the last call's answer. */
const SLACK_MS = 600
const SINCE = '24h'
const HOUR_MS = 3_600_000
/** When each job's runs were submitted, before the start of the scenario: all in the window. */
const RUNS_AGO_MS = [20 * HOUR_MS, 12 * HOUR_MS, 4 * HOUR_MS]

interface OurPass {
  wallMs: number
  /** Instance-list calls, job-list calls and all calls the simulator received. */
  listInstances: number
  listJobs: number
  calls: number
}

interface BaselinePass {
  wallMs: number
  calls: number
}

/** Why the bundle could not check, when it could not: e.g. a dist/ built before `check` existed. */
class NotAvailable extends Error {}

export async function checkScenario(options: BenchOptions): Promise<ScenarioResult> {
  const sim = await startSimulator({ jobCount: 300, latencyMs: options.latencyMs })
  const start = Date.now()
  // Fresh jobs, so that no seeded history adds to what is read: each has the same three good runs.
  const ids = Array.from({ length: JOBS }, (_, n) => {
    const job = sim.addJob({ name: `Bench check ${String(n + 1).padStart(2, '0')}`, type: 'SCHEDULED', category: 'PUBLISHING' })
    for (const ago of RUNS_AGO_MS) {
      const submittedAt = start - ago
      sim.addRun(job.id, {
        submittedAt,
        startedAt: submittedAt + 20_000,
        endedAt: submittedAt + 15 * 60_000,
        status: 'COMPLETED_SUCCESS'
      })
    }
    return job.id
  })
  // What a plain script asks for "since yesterday": the UTC day 24 h back.
  const from = new Date(start - 24 * HOUR_MS).toISOString().slice(0, 10)
  const ours: OurPass[] = []
  const baseline: BaselinePass[] = []
  let unavailable: string | undefined
  try {
    // One untimed round each: the connection, the JIT, the file system's caches.
    unavailable = await attempt(() => ourPass(sim, ids))
    await baselinePass(sim, ids, from)
    for (let run = 0; run < options.runs; run++) {
      baseline.push(await baselinePass(sim, ids, from))
      if (unavailable === undefined) unavailable = await attempt(async () => void ours.push(await ourPass(sim, ids)))
    }
  } finally {
    await sim.close()
  }

  const baselineMs = median(baseline.map((pass) => pass.wallMs))
  const baselineCalls = median(baseline.map((pass) => pass.calls))
  const scenario = `check ${JOBS} jobs by id, since ${SINCE} (${RUNS_AGO_MS.length} runs each)`
  // The client begins at most DEFAULT_REQUESTS_PER_SECOND requests in any rolling second (§6).
  const paceFloorMs = (Math.ceil(JOBS / DEFAULT_REQUESTS_PER_SECOND) - 1) * 1000 + options.latencyMs
  const goal = `≤ the 20/s pace floor (${ms(paceFloorMs)}) + ${ms(SLACK_MS)}, ${JOBS} calls`
  const baselineText = `one after another: ${ms(baselineMs)}`
  if (unavailable !== undefined || ours.length === 0) {
    const why = unavailable ?? 'no pass finished'
    return {
      id: 'check-50',
      row: {
        scenario,
        ours: `not available: ${why.slice(0, 120)}`,
        baseline: baselineText,
        ratio: '–',
        calls: `– / ${baselineCalls}`,
        goal,
        met: false,
        missedBecause: `the bundled action did not check (${why}); a dist/ with cmd: check (npm run bundle) gives the figures.`
      },
      data: { jobs: JOBS, since: SINCE, runsAgoMs: RUNS_AGO_MS, from, latencyMs: options.latencyMs, unavailable: why, baseline }
    }
  }

  const oursMs = median(ours.map((pass) => pass.wallMs))
  const share = ratio(oursMs, baselineMs)
  const oneCallEach = ours.every((pass) => pass.listInstances === JOBS && pass.listJobs === 0 && pass.calls === JOBS)
  const met = oursMs <= paceFloorMs + SLACK_MS && oneCallEach
  const calls = median(ours.map((pass) => pass.calls))
  return {
    id: 'check-50',
    row: {
      scenario,
      ours: `dist/index.js: ${ms(oursMs)} (spawn to exit)`,
      baseline: baselineText,
      ratio: times(share),
      calls: `${calls} / ${baselineCalls}`,
      goal,
      met,
      missedBecause: met
        ? undefined
        : !oneCallEach
          ? `calls per pass (instance lists, job lists, all): ${ours.map((p) => `${p.listInstances}, ${p.listJobs}, ${p.calls}`).join('; ')}; ` +
            `one instance list per job named by id, and no job list, is the floor.`
          : `${ms(oursMs)} is more than the pace floor of ${ms(paceFloorMs)} (${DEFAULT_REQUESTS_PER_SECOND} requests a second, ` +
            `alma-api.md §6) and ${ms(SLACK_MS)} for Node's start and the last answer: the calls are not made as fast as the pace allows.`
    },
    data: {
      jobs: JOBS,
      since: SINCE,
      runsAgoMs: RUNS_AGO_MS,
      from,
      latencyMs: options.latencyMs,
      ours,
      baseline,
      medianOursMs: oursMs,
      medianBaselineMs: baselineMs,
      ratio: share,
      slackMs: SLACK_MS,
      paceFloorMs
    }
  }
}

/** undefined when `pass` ran; the reason when the bundle could not check. Other failures stop the bench. */
async function attempt(pass: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await pass()
    return undefined
  } catch (error) {
    if (error instanceof NotAvailable) return error.message
    throw error
  }
}

async function ourPass(sim: Simulator, ids: string[]): Promise<OurPass> {
  sim.resetCounts()
  const started = performance.now()
  const run = await runAction({
    inputs: { cmd: 'check', job: ids.join('\n'), since: SINCE, 'api-key': sim.apiKey, 'base-url': sim.url, cache: 'false' }
  })
  const wallMs = since(started)
  const counts = { listInstances: sim.counts.listInstances, listJobs: sim.counts.listJobs, calls: sim.counts.total }
  checkAnswer(run, ids)
  return { wallMs, ...counts }
}

/** The step must have checked the 50 jobs and found each fine; an action without `check` is not available. */
function checkAnswer(run: ActionRun, ids: string[]): void {
  const stderr = run.stderr.trim().split('\n')
  const said = errorLines(run)[0] ?? stderr.find((line) => /^\w*Error\b/.test(line)) ?? stderr[0] ?? ''
  if (run.exitCode !== 0 || run.outputs.checked === undefined) {
    throw new NotAvailable(
      `exit ${run.exitCode}${said ? `: ${said}` : ''}${run.outputs.checked === undefined ? ', no checked output' : ''}`
    )
  }
  let report: { 'job-id'?: string; verdict?: string; runs?: number }[]
  try {
    report = JSON.parse(run.outputs.report ?? '') as typeof report
  } catch {
    throw new NotAvailable('the report output is not JSON')
  }
  const fine = report.filter((row) => row.verdict === 'ok' && row.runs === RUNS_AGO_MS.length)
  if (run.outputs.checked !== String(ids.length) || run.outputs.failed !== '0' || fine.length !== ids.length) {
    throw new Error(
      `check gave checked=${run.outputs.checked} failed=${run.outputs.failed} with ${fine.length} of ${ids.length} jobs ok ` +
        `and ${RUNS_AGO_MS.length} runs; every job has ${RUNS_AGO_MS.length} good runs in the window:\n${run.outputs.report}`
    )
  }
}

/** The same instance lists, one GET after another over a keep-alive connection. */
async function baselinePass(sim: Simulator, ids: string[], from: string): Promise<BaselinePass> {
  const alma = new PlainAlma(sim.url, sim.apiKey)
  sim.resetCounts()
  try {
    const started = performance.now()
    for (const id of ids) {
      const answer = await alma.get(`/conf/jobs/${id}/instances?submit_date_from=${from}&limit=100`)
      const found = (answer.body.job_instance ?? []) as unknown[]
      if (answer.status !== 200 || found.length !== RUNS_AGO_MS.length)
        throw new Error(`baseline: instances of ${id}: HTTP ${answer.status}, ${found.length} runs`)
    }
    return { wallMs: since(started), calls: sim.counts.total }
  } finally {
    alma.close()
  }
}
