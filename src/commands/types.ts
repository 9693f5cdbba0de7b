// What the commands take and give. Both shells (action, CLI) only render a CommandResult.
import type { AlmaClient, AlmaError, Counter, Job, JobInstance, StatusOutcome } from '../alma/index.js'
import type { JobCatalog } from '../catalog/index.js'
import type { Field } from '../settings.js'

export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
}

/** What the commands call on Alma; AlmaClient fits, and so does a test fake. */
export type JobsClient = Pick<AlmaClient, 'listJobs' | 'runJob' | 'listInstances' | 'getInstance' | 'getStatusTable' | 'close'>

export interface CommandContext {
  client: JobsClient
  catalog: JobCatalog
  log: Logger
  /** API root the client talks to; instance links are built on it, never on a link Alma sent. */
  baseUrl: string
  /** Aborted on SIGINT/SIGTERM: no new request starts, waiting stops and reports what it knows. */
  signal?: AbortSignal
  /** A setting in the shell's own words (`job` for the action, `--job` for the CLI), for messages. */
  label: (field: Field) => string
  /** Injectable for tests: the pause between tries for a slot (resolves early on abort). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  /** While waiting: called on each change of status or progress, not on every poll. */
  onProgress?: (instance: JobInstance, elapsedMs: number) => void
}

/** What a command that calls nobody (report) needs: no client, no catalog. */
export type LocalContext = Pick<CommandContext, 'log' | 'label'>

export interface JobRef {
  id: string
  name?: string
}

export interface InstanceReport {
  job: JobRef
  instanceId: string
  /** Keyless API link to the instance. */
  instanceUrl: string
  /** Absent for a run without wait: no extra call is made for it. */
  instance?: JobInstance
  /**
   * How the command ended: submitted (run, not waited), running (seen still running,
   * not waited), finished (an end state), timeout or cancelled (while waiting), or error
   * (Alma failed us while waiting; `error` says how).
   */
  end: 'submitted' | 'running' | 'finished' | 'timeout' | 'cancelled' | 'error'
  /** With end 'error': what ended the wait. The run itself was accepted. */
  error?: AlmaError
  /** Outcome of the last status seen. */
  outcome?: StatusOutcome
  /** Length of the wait, when there was one. */
  elapsedMs?: number
  /** True when the job list used to resolve a name came from the cache. */
  cacheHit: boolean
  /** True when the run's answer was lost and the instance was found afterwards. */
  reconciled?: boolean
}

/** Whether a run's or status's end fails the step, under `fail-on`, in one sentence either way. */
export type Verdict = { failed: true; reason: string } | { failed: false; warning?: string }

export interface JobListResult {
  command: 'list'
  jobs: Job[]
  cacheHit: boolean
}

export interface InstanceListResult {
  command: 'instances'
  job: JobRef
  instances: JobInstance[]
  cacheHit: boolean
}

export interface InstanceResult {
  command: 'run' | 'status'
  report: InstanceReport
  verdict: Verdict
}

/** ok, warning, failed, running, stuck (running past stuck-after), or missing (no run in the window). */
export type CheckVerdict = 'ok' | 'warning' | 'failed' | 'running' | 'stuck' | 'missing'

export interface CheckedJob {
  job: JobRef
  /** Named in `job` (a missing run fails), or picked by a selection (a missing run is reported). */
  named: boolean
  verdict: CheckVerdict
  /** Whether this job's verdict fails the step, under fail-on and fail-on-counter. */
  fails: boolean
  /** The newest run in the window. */
  newest?: JobInstance
  /** Runs submitted in the window. */
  runs: number
  /** Runs in the window that failed, newest first, the newest run included when it failed. */
  failedRuns: JobInstance[]
  /** Counters of the newest run that fail-on-counter matched (none under fail-on never). */
  failingCounters: Counter[]
  /** Counters of a newest run that ended well but report failed, erroneous or rejected records. */
  hiddenFailures: Counter[]
}

export interface CheckResult {
  command: 'check'
  /** Worst first. */
  jobs: CheckedJob[]
  /** Jobs whose verdict fails the step. */
  failed: number
  /** The window began then (ms since the epoch); the check ran at `checkedAt`. */
  sinceMs: number
  checkedAt: number
  cacheHit: boolean
}

/**
 * `report`: the instance of a JOB_END event, judged as status judges one. `matched` is false
 * when `job` names another job: then the verdict never fails and `report` is the event's own.
 */
export interface ReportResult {
  command: 'report'
  report: InstanceReport
  verdict: Verdict
  matched: boolean
  /** The job the step was told to report on, as typed; absent: any job. */
  expected?: string
  /** The event's own id and time, as sent (untrusted text). */
  event: { id?: string; time?: string }
}

export type CommandResult = JobListResult | InstanceListResult | InstanceResult | CheckResult | ReportResult
