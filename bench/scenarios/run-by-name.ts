// Run a job by its name through the bundled action (dist/index.js, spawned as the runner does),
// counting the Alma calls the simulator receives. Warm: the job list is in the file cache from
// an earlier step. Cold: the cache is empty. Baseline: the old script, which paged the job list,
// fetched the systemJobStatus code table, then ran the job, on every run.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction } from '../../__tests__/support/action.js'
import { startSimulator, WELL_KNOWN_JOBS, type Simulator } from '../../sim/index.js'
import { listJobsSequentially, PlainAlma } from '../plain-http.js'
import { median, ms, ratio, since, times } from '../stats.js'
import type { BenchOptions, ScenarioResult } from '../types.js'

const JOBS = 300

interface StepCount {
  calls: number
  listPages: number
  stepMs: number
}

export async function runByNameScenarios(options: BenchOptions): Promise<ScenarioResult[]> {
  const sim = await startSimulator({ jobCount: JOBS, latencyMs: options.latencyMs })
  // Many runs of one job here; the 5-runs-an-hour throttle (§3.3) is not what is measured.
  sim.faults.throttle = false
  const job = sim.jobs.find((candidate) => candidate.id === WELL_KNOWN_JOBS.exportThingsAndStuff)!
  const pages = Math.ceil(sim.jobs.length / 100)
  const cold: StepCount[] = []
  const warm: StepCount[] = []
  const old: StepCount[] = []
  try {
    for (let run = 0; run < options.runs; run++) {
      const cacheDir = mkdtempSync(join(tmpdir(), 'almajob-bench-cache-'))
      try {
        cold.push(await runStep(sim, job.name, cacheDir, false))
        warm.push(await runStep(sim, job.name, cacheDir, true))
      } finally {
        rmSync(cacheDir, { recursive: true, force: true })
      }
      old.push(await oldScript(sim, job.name))
    }
  } finally {
    await sim.close()
  }

  const warmCalls = median(warm.map((step) => step.calls))
  const coldCalls = median(cold.map((step) => step.calls))
  const oldCalls = median(old.map((step) => step.calls))
  const warmMet = warm.every((step) => step.calls === 1)
  const coldMet = cold.every((step) => step.calls <= pages + 1)
  return [
    {
      id: 'run-by-name-warm',
      row: {
        scenario: 'run by name, warm cache',
        ours: `${warmCalls} call before waiting (the run); step ${ms(median(warm.map((step) => step.stepMs)))}`,
        baseline: '–',
        ratio: '–',
        calls: `${warmCalls} / –`,
        goal: 'exactly 1 call',
        met: warmMet,
        missedBecause: warmMet
          ? undefined
          : `calls per run: ${warm.map((step) => step.calls).join(', ')}; the job list should come from the file cache.`
      },
      data: { jobs: JOBS, job: job.name, runs: warm }
    },
    {
      id: 'run-by-name-cold',
      row: {
        scenario: `run by name, cold cache, ${JOBS} jobs`,
        ours: `${coldCalls} calls (${pages} pages + run); step ${ms(median(cold.map((step) => step.stepMs)))}`,
        baseline: `old script: ${oldCalls} calls (${pages} pages + code table + run)`,
        ratio: times(ratio(coldCalls, oldCalls)),
        calls: `${coldCalls} / ${oldCalls}`,
        goal: `≤ pages + 1 = ${pages + 1} calls`,
        met: coldMet,
        missedBecause: coldMet
          ? undefined
          : `calls per run: ${cold.map((step) => step.calls).join(', ')}; each list page once and the run once is the floor.`
      },
      data: { jobs: JOBS, pages, job: job.name, ours: cold, oldScript: old }
    }
  ]
}

async function runStep(sim: Simulator, jobName: string, cacheDir: string, expectCacheHit: boolean): Promise<StepCount> {
  sim.resetCounts()
  const start = performance.now()
  const step = await runAction({
    inputs: { cmd: 'run', job: jobName, 'api-key': sim.apiKey, 'base-url': sim.url, cache: 'true', 'cache-dir': cacheDir }
  })
  const stepMs = since(start)
  if (step.exitCode !== 0 || !step.outputs['instance-id']) {
    throw new Error(`the action's run step failed (exit ${step.exitCode}):\n${step.stdout}\n${step.stderr}`)
  }
  if (step.outputs['cache-hit'] !== String(expectCacheHit)) {
    throw new Error(`expected cache-hit ${expectCacheHit}, got ${step.outputs['cache-hit']}`)
  }
  return { calls: sim.counts.total, listPages: sim.counts.listJobs, stepMs }
}

/** The old script: every page of the list one after another, the code table, then the run. */
async function oldScript(sim: Simulator, jobName: string): Promise<StepCount> {
  sim.resetCounts()
  const alma = new PlainAlma(sim.url, sim.apiKey)
  try {
    const start = performance.now()
    const jobs = (await listJobsSequentially(alma)) as { id: string; name: string }[]
    const job = jobs.find((candidate) => candidate.name === jobName)
    if (!job) throw new Error(`old script: no job named ${jobName}`)
    await alma.get('/conf/code-tables/systemJobStatus')
    const run = await alma.post(`/conf/jobs/${job.id}?op=run`, '{}')
    if (run.status !== 200) throw new Error(`old script: run answered HTTP ${run.status}`)
    return { calls: sim.counts.total, listPages: sim.counts.listJobs, stepMs: since(start) }
  } finally {
    alma.close()
  }
}
