// The simulator's shapes, apart from its code so that no module of sim/ imports index.ts.

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
  /**
   * Alma's per-second limit, shared by every client as the institution's is (§6): requests
   * admitted in any rolling second; past it, 429 PER_SECOND_THRESHOLD. 0 = no limit.
   */
  perSecondLimit: number
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
