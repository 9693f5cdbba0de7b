// A loopback HTTP simulator of Alma's Jobs API (docs/alma-api.md), quirks included, for
// tests, the demo and the bench. Its shapes are in types.ts.
import { randomBytes } from 'node:crypto'
import { defaultFaults } from './faults.js'
import { seedJobs } from './seed.js'
import { createSimServer, type Grant } from './server.js'
import { SimState, DEFAULT_TIMELINE } from './state.js'
import { createWebhookSender } from './webhook.js'
import { createControl } from './control.js'
import type { Endpoint, Faults, RecordedRequest, SimJob, Simulator, SimulatorOptions } from './types.js'

export { WELL_KNOWN_JOBS, WELL_KNOWN_NAMES, HISTORY_JOBS, HISTORY_NAMES, HISTORY_CATEGORIES, CATEGORIES } from './seed.js'
export { DEFAULT_TIMELINE, EXL_SAMPLE_COUNTERS, STATUS_TABLE, instanceSnapshot } from './state.js'
export { DEFAULT_READINGS, defaultFaults } from './faults.js'
export type { InstanceSnapshot } from './state.js'
export { WEBHOOK_ANSWER_MS, WEBHOOK_RETRY_DELAYS_MS, signWebhookBody } from './webhook.js'
export type * from './types.js'

const ENDPOINTS: Endpoint[] = [
  'listJobs',
  'getJob',
  'runJob',
  'listInstances',
  'getInstance',
  'events',
  'statusTable',
  'test',
  'other'
]

function definedFaults(faults: SimulatorOptions['faults'] = {}): Partial<Faults> {
  return Object.fromEntries(Object.entries(faults).filter(([, value]) => value !== undefined))
}

/** Alma keys are "l7xx" + 32 hex digits. */
const newKey = () => `l7xx${randomBytes(16).toString('hex')}`

function definedKeys(keys: SimulatorOptions['keys'] = {}): Partial<Simulator['keys']> {
  return Object.fromEntries(Object.entries(keys).filter(([, key]) => key !== undefined && key !== ''))
}

export async function startSimulator(opts: SimulatorOptions = {}): Promise<Simulator> {
  const seed = opts.seed ?? 1
  const state = new SimState(seedJobs(opts.jobCount ?? 300, seed), opts.timeline ?? DEFAULT_TIMELINE, Date.now(), seed)
  const keys = { sandbox: newKey(), production: newKey(), readOnly: newKey(), ...definedKeys(opts.keys) }
  if (new Set(Object.values(keys)).size !== 3) throw new Error('simulator keys must differ from each other')
  // §1: the key decides the environment and whether writes are allowed.
  const grants = new Map<string, Grant>([
    [keys.sandbox, { env: 'sandbox', write: true }],
    [keys.production, { env: 'production', write: true }],
    [keys.readOnly, { env: 'sandbox', write: false }]
  ])
  const faults = { ...defaultFaults(opts.latencyMs ?? 0), ...definedFaults(opts.faults) }
  const counts = Object.fromEntries([...ENDPOINTS, 'total'].map((name) => [name, 0])) as Simulator['counts']
  const requests: RecordedRequest[] = []
  // Checks the webhook options before the server listens: a bad one leaves nothing open.
  const webhook = opts.webhook && createWebhookSender({ options: opts.webhook, state, faults, baseUrl: () => url })
  const timeline = opts.timeline ?? DEFAULT_TIMELINE
  const control = opts.control
    ? createControl({
        state,
        faults,
        defaultTimeline: timeline,
        counts,
        baseUrl: () => url,
        webhookDeliveries: () => webhook?.deliveries ?? [],
        log: opts.onControl
      })
    : undefined
  const server = createSimServer({ state, faults, grants, counts, requests, baseUrl: () => url, control })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve())
  })
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('simulator did not bind a TCP port')
  const url = `http://127.0.0.1:${address.port}/almaws/v1`
  const stopServer = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve())
      // Keep-alive sockets would otherwise hold close() (and the test process) open.
      server.closeAllConnections()
    })
  // §10: the receiver must pass the challenge before any event is sent, as when a profile is saved.
  if (webhook) {
    try {
      await webhook.challenge()
    } catch (error) {
      webhook.close()
      await stopServer()
      throw error
    }
    state.onRunAdded = (run) => webhook.watch(run)
  }

  return {
    url,
    keys,
    apiKey: keys.sandbox,
    get jobs() {
      return state.jobs
    },
    set jobs(list: SimJob[]) {
      state.jobs = list
    },
    addJob: (job) => state.addJob(job),
    findJobsByName: (name) => state.jobs.filter((job) => job.name === name),
    setTimeline: (jobId, timeline) => {
      state.timelines.set(jobId, timeline)
    },
    instances: (jobId) => state.instances.filter((run) => run.viaApi && (jobId === undefined || run.jobId === jobId)),
    addRun: (jobId, run) => {
      const job = state.findJob(jobId)
      if (job === undefined) throw new Error(`addRun: the simulator has no job ${jobId}`)
      return state.addRun(run.env ?? 'sandbox', job, run)
    },
    faults,
    counts,
    requests,
    resetCounts() {
      for (const name of Object.keys(counts) as (keyof typeof counts)[]) counts[name] = 0
      requests.length = 0
    },
    webhookDeliveries: webhook?.deliveries ?? [],
    close: () => {
      webhook?.close()
      return stopServer()
    }
  }
}
