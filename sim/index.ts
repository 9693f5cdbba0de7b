// A loopback HTTP simulator of Alma's Jobs API (alma-jobs-api.md), quirks included, for
// tests, the demo and the bench. The contract is "Simulator public API" in notes/design.md.
import { randomBytes } from 'node:crypto'
import { defaultFaults } from './faults.js'
import { seedJobs } from './seed.js'
import { createSimServer, type Grant } from './server.js'
import { SimState, DEFAULT_TIMELINE } from './state.js'

export { WELL_KNOWN_JOBS, WELL_KNOWN_NAMES, CATEGORIES } from './seed.js'
export { DEFAULT_TIMELINE, STATUS_TABLE, instanceSnapshot } from './state.js'
export type { InstanceSnapshot } from './state.js'

export type JobType = 'MANUAL' | 'SCHEDULED' | 'OTHER'
export type Environment = 'sandbox' | 'production'

export interface SimJob {
  /** M… manual, S… scheduled, O… other (§3.2). */
  id: string
  name: string
  description: string
  type: JobType
  /** A code of CATEGORIES (seed.ts); its desc comes from there. */
  category: string
  /** A code of CONTENTS (seed.ts). */
  content?: string
  /** A code of SCHEDULES (seed.ts). */
  schedule?: string
  creator: string
  /** Shown on GET; most jobs show none (§7.9). */
  parameters: { name: string; value: string; desc?: string }[]
  /** A run without one of these answers 402228, with it empty 402229 (§5). */
  requiredParameters: string[]
  /** Integration profile id (scheduled jobs); matched by `profile_id` (§2). */
  relatedProfile?: string
}

export interface SimInstance {
  /** 16-digit decimal string above 2^53 (§7.4). */
  id: string
  externalId: string
  jobId: string
  env: Environment
  /** Epoch ms when the run was submitted; the timeline counts from here. */
  submittedAt: number
  /** true for runs started through POST …?op=run; false for seeded history. */
  viaApi: boolean
  name: string
  parameters: { name: string; value: string }[]
  timeline: Timeline
  /** Varies counters and the progress where failed runs stop. */
  seq: number
}

export interface SimulatorOptions {
  port?: number
  jobCount?: number
  seed?: number
  latencyMs?: number
  timeline?: Timeline
  /** Fixed keys instead of random ones (e.g. a CI workflow that starts the simulator and the action apart). */
  keys?: Partial<Simulator['keys']>
}

export type Endpoint =
  'listJobs' | 'getJob' | 'runJob' | 'listInstances' | 'getInstance' | 'events' | 'statusTable' | 'test' | 'other'

export interface Timeline {
  queuedMs: number
  initializingMs: number
  runningMs: number
  finalizingMs?: number
  end:
    | 'COMPLETED_SUCCESS'
    | 'COMPLETED_WARNING'
    | 'COMPLETED_NO_BULKS'
    | 'COMPLETED_FAILED'
    | 'FAILED'
    | 'USER_ABORTED'
    | 'SYSTEM_ABORTED'
    | 'SKIPPED'
    | 'MANUAL_HANDLING_REQUIRED'
  counters?: { type: string; desc: string; value: string }[]
  alerts?: { code: string; desc: string }[]
}

export interface Faults {
  latencyMs: number
  rateLimitEvery: number
  rateLimitNext: number
  retryAfterSeconds?: number
  dailyQuotaExceeded: boolean
  serverErrorNext: number
  serverErrorStatus: number
  serverErrorHtml: boolean
  dropAfterRunNext: number
  resetBeforeRunNext: number
  truncateNext: number
  xmlErrors: boolean
  remainingStart: number
  unknownInstanceMs: number
  throttle: boolean
}

export interface RecordedRequest {
  method: string
  /** Path and query exactly as received (so a test can see a key that was put in the URL). */
  url: string
  endpoint: Endpoint
  /** 0 when the socket was destroyed without an answer. */
  status: number
  /** A known key that may make this call (a read-only key POSTing is not authorized). */
  authorized: boolean
  /** Where the key came from; the key itself is never recorded. */
  keyVia: 'header' | 'query' | 'none'
}

export interface Simulator {
  url: string
  keys: { sandbox: string; production: string; readOnly: string }
  apiKey: string
  jobs: SimJob[]
  addJob(job: Partial<SimJob> & { name: string }): SimJob
  findJobsByName(name: string): SimJob[]
  setTimeline(jobId: string, timeline: Timeline): void
  /** Runs created through the API (seeded history is left out), oldest first. */
  instances(jobId?: string): SimInstance[]
  faults: Faults
  counts: Record<Endpoint, number> & { total: number }
  /** Every request received, in order. */
  requests: RecordedRequest[]
  /** Zeroes `counts` and empties `requests`. */
  resetCounts(): void
  close(): Promise<void>
}

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

/** Alma keys are "l7xx" + 32 hex digits. */
const newKey = () => `l7xx${randomBytes(16).toString('hex')}`

function definedKeys(keys: SimulatorOptions['keys'] = {}): Partial<Simulator['keys']> {
  return Object.fromEntries(Object.entries(keys).filter(([, key]) => key !== undefined && key !== ''))
}

export async function startSimulator(opts: SimulatorOptions = {}): Promise<Simulator> {
  const state = new SimState(seedJobs(opts.jobCount ?? 300, opts.seed ?? 1), opts.timeline ?? DEFAULT_TIMELINE, Date.now())
  const keys = { sandbox: newKey(), production: newKey(), readOnly: newKey(), ...definedKeys(opts.keys) }
  if (new Set(Object.values(keys)).size !== 3) throw new Error('simulator keys must differ from each other')
  // §1: the key decides the environment and whether writes are allowed.
  const grants = new Map<string, Grant>([
    [keys.sandbox, { env: 'sandbox', write: true }],
    [keys.production, { env: 'production', write: true }],
    [keys.readOnly, { env: 'sandbox', write: false }]
  ])
  const faults = defaultFaults(opts.latencyMs ?? 0)
  const counts = Object.fromEntries([...ENDPOINTS, 'total'].map((name) => [name, 0])) as Simulator['counts']
  const requests: RecordedRequest[] = []
  const server = createSimServer({ state, faults, grants, counts, requests, baseUrl: () => url })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve())
  })
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('simulator did not bind a TCP port')
  const url = `http://127.0.0.1:${address.port}/almaws/v1`

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
    faults,
    counts,
    requests,
    resetCounts() {
      for (const name of Object.keys(counts) as (keyof typeof counts)[]) counts[name] = 0
      requests.length = 0
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        // Keep-alive sockets would otherwise hold close() (and the test process) open.
        server.closeAllConnections()
      })
  }
}
