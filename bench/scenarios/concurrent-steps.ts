// Sixty steps of one institution at once, each `run` + `wait` of its own short job through the
// bundled action (dist/index.js, spawned as the runner spawns it), against a simulator that
// keeps Alma's per-second limit across all of them (faults.perSecondLimit, alma-api.md §6:
// the limit is the institution's, shared by every workflow). Baseline in the same run: the same
// sixty steps with no limit. A refused run POST was not processed and may be resent; a run sent
// twice (two instances of one job) must never happen.
import { runAction } from '../../__tests__/support/action.js'
import { startSimulator, type SimJob, type Simulator, type Timeline } from '../../sim/index.js'
import { ms, ratio, since, times } from '../stats.js'
import type { BenchOptions, ScenarioResult } from '../types.js'

const STEPS = 60
/** §6: 25 calls per second per institution. */
const PER_SECOND_LIMIT = 25
/** About 3 s from submission to the end: the wait polls a few times. */
const SHORT_JOB: Timeline = { queuedMs: 500, initializingMs: 500, runningMs: 2000, end: 'COMPLETED_SUCCESS' }
/** A step that takes longer than this is killed and counts as not finished. */
const STEP_TIMEOUT_MS = 5 * 60_000

interface Pass {
  perSecondLimit: number
  finished: number
  /** Answers 429 PER_SECOND_THRESHOLD the simulator gave. */
  refused: number
  /** Jobs with more than one instance: a run POST that Alma processed was sent again. */
  sentTwice: number
  calls: number
  wallMs: number
  /** The first lines of what the steps that did not finish said. */
  failures: string[]
}

export async function concurrentStepsScenario(options: BenchOptions): Promise<ScenarioResult> {
  const sim = await startSimulator({ jobCount: 300, latencyMs: options.latencyMs })
  // Sixty API runs at once: the 3-at-a-time and 5-an-hour throttles (§3.3) are not measured here.
  sim.faults.throttle = false
  const jobs = sim.jobs.filter((job) => job.type === 'MANUAL' && job.requiredParameters.length === 0).slice(0, STEPS)
  if (jobs.length < STEPS) throw new Error(`the simulator has only ${jobs.length} manual jobs without parameters`)
  for (const job of jobs) sim.setTimeline(job.id, SHORT_JOB)
  let baseline: Pass
  let limited: Pass
  try {
    // One pass each: the sixty steps are the sample, and a pass spawns sixty processes.
    baseline = await pass(sim, jobs, 0)
    limited = await pass(sim, jobs, PER_SECOND_LIMIT)
  } finally {
    await sim.close()
  }
  const met = limited.finished === STEPS && limited.sentTwice === 0 && baseline.sentTwice === 0
  const describe = (p: Pass): string =>
    `finished ${p.finished}/${STEPS}, ${p.refused} 429s received, ${p.sentTwice} runs sent twice, ${ms(p.wallMs)} wall`
  return {
    id: 'concurrent-steps',
    row: {
      scenario: `${STEPS} concurrent steps (run + wait) of one institution, Alma limit ${PER_SECOND_LIMIT}/s`,
      ours: describe(limited),
      baseline: `no limit: ${describe(baseline)}`,
      ratio: times(ratio(limited.wallMs, baseline.wallMs)),
      calls: `${limited.calls} / ${baseline.calls}`,
      goal: `all ${STEPS} finish; no run sent twice`,
      met,
      missedBecause: met
        ? undefined
        : `${STEPS - limited.finished} steps did not finish, ${limited.sentTwice} runs were sent twice; ` +
          `first failures: ${limited.failures.slice(0, 3).join(' | ') || 'none'}`
    },
    data: { steps: STEPS, perSecondLimit: PER_SECOND_LIMIT, timeline: SHORT_JOB, limited, baseline }
  }
}

/** All steps at once against a fresh count; the limit applies to every client together. */
async function pass(sim: Simulator, jobs: SimJob[], perSecondLimit: number): Promise<Pass> {
  const before = new Map(jobs.map((job) => [job.id, sim.instances(job.id).length]))
  sim.resetCounts()
  sim.faults.perSecondLimit = perSecondLimit
  const start = performance.now()
  try {
    const steps = await Promise.all(jobs.map((job) => step(sim, job)))
    const wallMs = since(start)
    const failures = steps.filter((s) => !s.ok).map((s) => s.why)
    return {
      perSecondLimit,
      finished: steps.filter((s) => s.ok).length,
      refused: sim.requests.filter((request) => request.status === 429).length,
      sentTwice: jobs.filter((job) => sim.instances(job.id).length - before.get(job.id)! > 1).length,
      calls: sim.counts.total,
      wallMs,
      failures
    }
  } finally {
    sim.faults.perSecondLimit = 0
  }
}

async function step(sim: Simulator, job: SimJob): Promise<{ ok: boolean; why: string }> {
  const run = await runAction({
    inputs: {
      cmd: 'run',
      job: job.id,
      wait: 'true',
      timeout: '4m',
      'api-key': sim.apiKey,
      'base-url': sim.url,
      cache: 'false'
    },
    timeoutMs: STEP_TIMEOUT_MS
  })
  const ok = run.exitCode === 0 && run.outputs.status === 'COMPLETED_SUCCESS'
  const said = run.stdout.split('\n').find((line) => line.startsWith('::error::')) ?? run.stderr.split('\n')[0] ?? ''
  return { ok, why: ok ? '' : `exit ${run.exitCode}: ${said.slice(0, 200)}` }
}
