// The simulator's shapes, apart from its code so that no module of sim/ imports index.ts.
import type { ProgressShape } from './timelines.js'

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
  /** 16 digits too, and not the same as `id` (§3.4). */
  externalId: string
  jobId: string
  /** The job's category when it ran; picks the counters of its report (RESEARCH_ASSETS, BURSAR, others). */
  category?: string
  env: Environment
  /** Epoch ms when the run was submitted; the timeline counts from here. */
  submittedAt: number
  /** true for runs started through POST …?op=run; false for seeded history. */
  viaApi: boolean
  name: string
  parameters: { name: string; value: string }[]
  /** Where the run goes from `submittedAt`; not read when `fixed` is set. */
  timeline: Timeline
  /** A run held in one state whatever the clock (Simulator.addRun, and seeded stuck runs). */
  fixed?: FixedRun
  /** Varies counters and the progress where failed runs stop. */
  seq: number
}

/** The 14 codes of systemJobStatus (§4). */
export type JobStatusCode =
  | 'QUEUED'
  | 'PENDING'
  | 'INITIALIZING'
  | 'RUNNING'
  | 'FINALIZING'
  | 'MANUAL_HANDLING_REQUIRED'
  | 'COMPLETED_SUCCESS'
  | 'COMPLETED_WARNING'
  | 'COMPLETED_NO_BULKS'
  | 'COMPLETED_FAILED'
  | 'FAILED'
  | 'USER_ABORTED'
  | 'SYSTEM_ABORTED'
  | 'SKIPPED'

export interface CounterRow {
  type: string
  desc: string
  value: string
}

export interface AlertRow {
  code: string
  desc: string
}

/** A run's state as recorded, complete: what addRun's options become once the defaults are applied. */
export interface FixedRun {
  status: string
  startedAt?: number
  endedAt?: number
  progress: number
  counters: CounterRow[]
  alerts: AlertRow[]
}

/**
 * A past or current run for Simulator.addRun, held in this state (it follows no timeline).
 * Times are epoch ms. Defaults: `startedAt` 30 s after the submit (none for QUEUED and PENDING);
 * `endedAt` 5 min after the start for an ended status (one that is neither still going, §4, nor
 * MANUAL_HANDLING_REQUIRED, a pause; an unknown code counts as ended when it starts with
 * COMPLETED_); progress, counters and alerts as a run of the simulator that ended so would show.
 */
export interface AddRunOptions {
  submittedAt: number
  startedAt?: number
  /** Only for an ended status: a run still going has no end_time. */
  endedAt?: number
  /** A systemJobStatus code (§4); another code is taken as given, for a client's tolerance. */
  status: JobStatusCode | (string & {})
  /** Integer percent. */
  progress?: number
  counters?: CounterRow[]
  alerts?: AlertRow[]
  /** The environment whose key sees the run; sandbox by default. */
  env?: Environment
  /** The run's name; by default the job's name and the institution's local time of the submit (§3.4). */
  name?: string
}

export interface SimulatorOptions {
  port?: number
  jobCount?: number
  seed?: number
  latencyMs?: number
  timeline?: Timeline
  /** Faults and readings to start with (the defaults of defaultFaults otherwise); `faults` stays settable. */
  faults?: Partial<Faults>
  /** Fixed keys instead of random ones (e.g. a CI workflow that starts the simulator and the action apart). */
  keys?: Partial<Simulator['keys']>
  /** Send a JOB_END webhook, as Alma's Webhooks integration profile does, when a run ends (§10; webhook.ts). */
  webhook?: WebhookOptions
  /** Serve the control endpoint under /_sim/ (control.ts), as `almajob-sim --control` does. */
  control?: boolean
  /** Told of each change made through the control endpoint, in one line. */
  onControl?: (line: string) => void
}

/** Where and how the simulator sends JOB_END events (§10). */
export interface WebhookOptions {
  /** The receiver; checked with `GET url?challenge=…` when the simulator starts. */
  url: string
  /** The profile's secret: `X-Exl-Signature` is the base64 HMAC-SHA256 of the body with it. */
  secret: string
  /** Multiplies Alma's retry delays of 1 h, 3 h and 6 h (default 1), so a test need not wait hours. */
  retryScale?: number
}

/** One POST of a JOB_END event to the webhook receiver. */
export interface WebhookDelivery {
  /** The event's `id`; the same on every attempt of one event. */
  eventId: string
  jobId: string
  instanceId: string
  /** 1 for the first try, up to 4 after Alma's three retries. */
  attempt: number
  /** Epoch ms when the POST was sent. */
  sentAt: number
  /** The receiver's HTTP status; 0 when it gave none within 5 s (or the connection failed). */
  status: number
  /** The raw body sent, byte for byte what was signed. */
  body: string
  /** The `X-Exl-Signature` header sent. */
  signature: string
}

export type Endpoint =
  'listJobs' | 'getJob' | 'runJob' | 'listInstances' | 'getInstance' | 'events' | 'statusTable' | 'test' | 'other'

export interface Timeline {
  queuedMs: number
  initializingMs: number
  runningMs: number
  finalizingMs?: number
  /** How progress moves while RUNNING (sim/timelines.ts); 'steady' when absent. */
  shape?: ProgressShape
  /** Where the run ends: any code but the five a run passes through (§4). */
  end: Exclude<JobStatusCode, 'QUEUED' | 'PENDING' | 'INITIALIZING' | 'RUNNING' | 'FINALIZING'>
  /** The report's counters as given, instead of the job's usual ones (e.g. EXL_SAMPLE_COUNTERS). */
  counters?: { type: string; desc: string; value: string }[]
  alerts?: { code: string; desc: string }[]
  /**
   * Records the usual counters report as failed, whatever the end (a COMPLETED_SUCCESS with
   * failed records, §4): `label.failed.records` for most jobs,
   * `import_research_assets_files.asset_failed` and `…file_failed_to_upload` for RESEARCH_ASSETS
   * jobs. Ignored with `counters`, and by ends that report no counters (FAILED, SKIPPED,
   * MANUAL_HANDLING_REQUIRED).
   */
  failedRecords?: number
}

/**
 * The readings of the points Alma's documentation leaves open (§7.19, §9), so a test can try
 * both; each defaults to the better-supported one.
 */
export interface Readings {
  /**
   * A finished run that has no counters (FAILED, SKIPPED, MANUAL_HANDLING_REQUIRED, or `counters: []`):
   * 'absent' leaves the list out (default, §7.2: Alma leaves empty lists out), 'empty' sends
   * `"counter": []` in JSON and `<counters/>` in XML.
   */
  countersWhenNone: 'absent' | 'empty'
  /** A QUEUED run shows a `start_time` (its submit time); default false (§3.4, §7.12). */
  startTimeWhileQueued: boolean
  /** A MANUAL_HANDLING_REQUIRED run shows an `end_time`; default false: it is a pause (§4). */
  endTimeOnManualHandling: boolean
  /**
   * The body of UNAUTHORIZED: 'asked' (default) in the format asked for, as a live capture shows
   * and Ex Libris's own Node library expects; 'xml' in XML whatever was asked, as some public
   * clients' fixtures have it (§5).
   */
  unauthorizedFormat: 'asked' | 'xml'
}

export interface Faults extends Readings {
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
  /** The listen address, e.g. http://127.0.0.1:8787/almaws/v1; links use the address the client called (§7.15). */
  url: string
  keys: { sandbox: string; production: string; readOnly: string }
  apiKey: string
  jobs: SimJob[]
  addJob(job: Partial<SimJob> & { name: string }): SimJob
  findJobsByName(name: string): SimJob[]
  setTimeline(jobId: string, timeline: Timeline): void
  /** Runs created through the API (seeded history and addRun's runs are left out), oldest first. */
  instances(jobId?: string): SimInstance[]
  /**
   * Records a run of `jobId` (a scheduled run, submitted by System) in the state `run` gives, for
   * instance lists and GET like any other run. Throws on an unknown job or times out of order.
   */
  addRun(jobId: string, run: AddRunOptions): SimInstance
  faults: Faults
  counts: Record<Endpoint, number> & { total: number }
  /** Every request received, in order. */
  requests: RecordedRequest[]
  /** Zeroes `counts` and empties `requests`. */
  resetCounts(): void
  /** The last 1,000 webhook POSTs, in order (empty without the `webhook` option). */
  webhookDeliveries: WebhookDelivery[]
  /** Stops the server, and the webhook's pending deliveries and retries. */
  close(): Promise<void>
}
