// List 1,000 jobs: our client (pages after the first in flight together) against the same pages
// fetched one after another. The goal is about what the pages after the first cost: the first
// must come alone, since only it tells how many there are (alma-api.md §7.7).
import { startSimulator } from '../../sim/index.js'
import { AlmaClient, DEFAULT_LIST_CONCURRENCY } from '../../src/alma/index.js'
import { listJobsSequentially, PlainAlma } from '../plain-http.js'
import { median, ms, ratio, since, times } from '../stats.js'
import type { BenchOptions, ScenarioResult } from '../types.js'

const JOBS = 1000
const GOAL = 0.25

interface Timing {
  /** From the start to the end of the last page. */
  totalMs: number
  /** From the end of the first page to the end of the last. */
  afterFirstMs: number
  calls: number
}

export async function listScenario(options: BenchOptions): Promise<ScenarioResult> {
  const sim = await startSimulator({ jobCount: JOBS, latencyMs: options.latencyMs })
  const ours: Timing[] = []
  const baseline: Timing[] = []
  try {
    const pages = Math.ceil(JOBS / 100)
    // One untimed round each: connections, JIT.
    await timeOurs(sim.url, sim.apiKey)
    await timeBaseline(sim.url, sim.apiKey)
    for (let run = 0; run < options.runs; run++) {
      sim.resetCounts()
      ours.push(await timeOurs(sim.url, sim.apiKey))
      ours.at(-1)!.calls = sim.counts.listJobs
      sim.resetCounts()
      baseline.push(await timeBaseline(sim.url, sim.apiKey))
      baseline.at(-1)!.calls = sim.counts.listJobs
    }
    const oursAfter = median(ours.map((t) => t.afterFirstMs))
    const baseAfter = median(baseline.map((t) => t.afterFirstMs))
    const share = ratio(oursAfter, baseAfter)
    const met = share <= GOAL
    const rounds = Math.ceil((pages - 1) / DEFAULT_LIST_CONCURRENCY)
    return {
      id: 'list-1000',
      row: {
        scenario: `list ${JOBS.toLocaleString('en')} jobs (${pages} pages)`,
        ours: `${DEFAULT_LIST_CONCURRENCY} in flight: ${ms(oursAfter)} after page 1 (${ms(median(ours.map((t) => t.totalMs)))} in all)`,
        baseline: `one after another: ${ms(baseAfter)} after page 1 (${ms(median(baseline.map((t) => t.totalMs)))} in all)`,
        ratio: times(share, GOAL),
        calls: `${median(ours.map((t) => t.calls))} / ${median(baseline.map((t) => t.calls))}`,
        goal: `≤ ${GOAL}× after page 1`,
        met,
        missedBecause: met
          ? undefined
          : `${pages - 1} pages after the first take ${rounds} round${rounds === 1 ? '' : 's'} at ${DEFAULT_LIST_CONCURRENCY} in flight ` +
            `(a floor of ${(rounds / (pages - 1)).toFixed(2)}×); the rest is the time each answer takes to read and parse, ` +
            `one after another on one thread, here shared with the simulator.`
      },
      data: {
        jobs: JOBS,
        pages,
        concurrency: DEFAULT_LIST_CONCURRENCY,
        ours,
        baseline,
        oursAfterFirstMs: oursAfter,
        baselineAfterFirstMs: baseAfter,
        ratio: share,
        goal: GOAL
      }
    }
  } finally {
    await sim.close()
  }
}

async function timeOurs(baseUrl: string, apiKey: string): Promise<Timing> {
  let firstDoneAt = Number.NaN
  const client = new AlmaClient({
    apiKey,
    baseUrl,
    onEvent: (event) => {
      if (event.type === 'request' && Number.isNaN(firstDoneAt)) firstDoneAt = performance.now()
    }
  })
  try {
    const start = performance.now()
    const jobs = await client.listJobs()
    const totalMs = since(start)
    if (jobs.length !== JOBS) throw new Error(`listed ${jobs.length} jobs, expected ${JOBS}`)
    return { totalMs, afterFirstMs: totalMs - (firstDoneAt - start), calls: 0 }
  } finally {
    client.close()
  }
}

async function timeBaseline(baseUrl: string, apiKey: string): Promise<Timing> {
  const alma = new PlainAlma(baseUrl, apiKey)
  try {
    let firstDoneAt = Number.NaN
    const start = performance.now()
    const jobs = await listJobsSequentially(alma, () => (firstDoneAt = performance.now()))
    const totalMs = since(start)
    if (jobs.length !== JOBS) throw new Error(`listed ${jobs.length} jobs, expected ${JOBS}`)
    return { totalMs, afterFirstMs: totalMs - (firstDoneAt - start), calls: 0 }
  } finally {
    alma.close()
  }
}
