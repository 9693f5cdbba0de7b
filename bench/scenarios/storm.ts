// A 429 storm: the gateway refuses every third request (PER_SECOND_THRESHOLD, alma-api.md §6)
// while the commands list 1,000 jobs and then run one by name, in one process as the action would
// for two commands sharing a catalog. The same work without the storm, in the same run, shows what
// the storm cost: extra calls and extra delay (the client's backoff sleeps, and the wall time).
import { startSimulator, WELL_KNOWN_JOBS, type Simulator } from '../../sim/index.js'
import { AlmaClient } from '../../src/alma/index.js'
import { JobCatalog } from '../../src/catalog/index.js'
import { runCommand, type CommandContext, type Logger } from '../../src/commands/index.js'
import { median, ms, plural, since } from '../stats.js'
import type { BenchOptions, ScenarioResult } from '../types.js'

const JOBS = 1000
const REFUSE_EVERY = 3

interface Pass {
  finished: boolean
  error?: string
  calls: number
  refused: number
  listPages: number
  backoffMs: number
  wallMs: number
}

const quiet: Logger = { debug: () => {}, info: () => {}, warning: () => {} }

export async function stormScenario(options: BenchOptions): Promise<ScenarioResult> {
  const sim = await startSimulator({ jobCount: JOBS, latencyMs: options.latencyMs })
  sim.faults.throttle = false // one run per pass; the 5-an-hour throttle (§3.3) is not measured here
  const jobName = sim.jobs.find((job) => job.id === WELL_KNOWN_JOBS.exportThingsAndStuff)!.name
  const storm: Pass[] = []
  const calm: Pass[] = []
  try {
    for (let run = 0; run < options.runs; run++) {
      calm.push(await pass(sim, jobName, 0))
      storm.push(await pass(sim, jobName, REFUSE_EVERY))
    }
  } finally {
    await sim.close()
  }
  const done = storm.filter((p) => p.finished)
  const finished = done.length
  const extraCalls = median(done.map((p) => p.calls)) - median(calm.map((p) => p.calls))
  const backoff = median(done.map((p) => p.backoffMs))
  const extraWall = median(done.map((p) => p.wallMs)) - median(calm.map((p) => p.wallMs))
  const pages = Math.ceil(JOBS / 100)
  // One list fetch per pass, though two commands needed the list: the catalog asks Alma once.
  const listedOnce = calm.every((p) => p.listPages === pages)
  const met = finished === storm.length && listedOnce
  return {
    id: 'storm-429',
    row: {
      scenario: `429 storm (every ${ordinal(REFUSE_EVERY)} refused): list ${JOBS.toLocaleString('en')} + run by name`,
      ours:
        `finished ${finished}/${storm.length}: +${plural(extraCalls, 'call')} (${median(done.map((p) => p.refused))} refused), ` +
        `+${ms(backoff)} backoff, +${ms(extraWall)} wall`,
      baseline: `same without 429s: ${median(calm.map((p) => p.calls))} calls, ${ms(median(calm.map((p) => p.wallMs)))}`,
      ratio: '–',
      calls: `${median(done.map((p) => p.calls))} / ${median(calm.map((p) => p.calls))}`,
      goal: 'finishes; extra delay reported',
      met,
      missedBecause: met
        ? undefined
        : !listedOnce
          ? `the job list was fetched more than once in a pass (${calm.map((p) => p.listPages).join(', ')} pages for ${pages}).`
          : `${storm.length - finished} passes gave up: ${storm.find((p) => !p.finished)?.error}; ` +
            `more attempts for a refused (never processed) request would close it.`
    },
    data: {
      jobs: JOBS,
      pages,
      refuseEvery: REFUSE_EVERY,
      storm,
      calm,
      extraCalls,
      medianBackoffMs: backoff,
      extraWallMs: extraWall
    }
  }
}

/** One list + run by name through the commands, with a fresh client and catalog (a fresh step). */
async function pass(sim: Simulator, jobName: string, refuseEvery: number): Promise<Pass> {
  let backoffMs = 0
  const client = new AlmaClient({
    apiKey: sim.apiKey,
    baseUrl: sim.url,
    onEvent: (event) => {
      if (event.type === 'retry') backoffMs += event.delayMs
    }
  })
  const ctx: CommandContext = {
    client,
    catalog: new JobCatalog({ client, log: quiet, ttlMs: 86_400_000 }),
    log: quiet,
    label: (field) => field,
    baseUrl: sim.url
  }
  sim.resetCounts()
  sim.faults.rateLimitEvery = refuseEvery
  const start = performance.now()
  let error: string | undefined
  try {
    const common = { env: 'sandbox', apiKey: sim.apiKey, apiKeyFrom: 'bench', baseUrl: sim.url, quotaWarnBelow: 0 } as const
    const cache = { enabled: false, ttlMs: 0, forceRefresh: false, dir: '' }
    const list = await runCommand(ctx, { ...common, cache, command: 'list', filter: {} })
    if (list.command !== 'list' || list.jobs.length !== JOBS) throw new Error('the list came back short')
    await runCommand(ctx, {
      ...common,
      cache,
      command: 'run',
      job: jobName,
      parameters: [],
      failOn: 'failure',
      failOnCounter: []
    })
  } catch (failure) {
    error = failure instanceof Error ? failure.message : String(failure)
  } finally {
    sim.faults.rateLimitEvery = 0
    client.close()
  }
  return {
    finished: error === undefined,
    error,
    calls: sim.counts.total,
    refused: sim.requests.filter((request) => request.status === 429).length,
    listPages: sim.counts.listJobs,
    backoffMs,
    wallMs: since(start)
  }
}

function ordinal(n: number): string {
  return n === 2 ? 'second' : n === 3 ? 'third' : `${n}th`
}
