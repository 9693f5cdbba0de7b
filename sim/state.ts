// Jobs, runs and their timelines. A run's status is a pure function of the clock, so
// nothing here ticks in the background (the webhook's timers are webhook.ts's own).
import { historyPlan } from './history.js'
import type { AddRunOptions, CounterRow, Environment, FixedRun, SimInstance, SimJob, Timeline } from './types.js'
import { WELL_KNOWN_JOBS } from './seed.js'
import { progressAt } from './timelines.js'

/** The 14 codes of systemJobStatus with their table descriptions (§4). */
export const STATUS_TABLE: readonly { code: string; description: string }[] = [
  { code: 'QUEUED', description: 'Queued' },
  { code: 'PENDING', description: 'Pending' },
  { code: 'INITIALIZING', description: 'Initializing' },
  { code: 'RUNNING', description: 'Running' },
  { code: 'FINALIZING', description: 'Finalizing' },
  { code: 'MANUAL_HANDLING_REQUIRED', description: 'Manual Handling Required' },
  { code: 'COMPLETED_SUCCESS', description: 'Completed Successfully' },
  { code: 'COMPLETED_WARNING', description: 'Completed with Warnings' },
  { code: 'COMPLETED_NO_BULKS', description: 'Completed with no Bulks' },
  { code: 'COMPLETED_FAILED', description: 'Completed with Errors' },
  { code: 'FAILED', description: 'Failed' },
  { code: 'USER_ABORTED', description: 'Aborted by User' },
  { code: 'SYSTEM_ABORTED', description: 'Aborted by System' },
  { code: 'SKIPPED', description: 'Skipped' }
]
export const STATUS_DESC: Record<string, string> = Object.fromEntries(STATUS_TABLE.map((row) => [row.code, row.description]))

/** About 6 s from submit to the end, like a small real job seen at a fast poll. */
export const DEFAULT_TIMELINE: Timeline = {
  queuedMs: 500,
  initializingMs: 500,
  runningMs: 4500,
  finalizingMs: 500,
  end: 'COMPLETED_SUCCESS'
}

export const RUNNING_CODES: ReadonlySet<string> = new Set(['QUEUED', 'PENDING', 'INITIALIZING', 'RUNNING', 'FINALIZING'])
const HOUR_MS = 3_600_000

export interface InstanceSnapshot {
  status: string
  /** Integer percent; failed runs stop short of 100 (§7.14). */
  progress: number
  startTime?: number
  endTime?: number
  /** When the current status began (status_date). */
  statusSince: number
  counters: { type: string; desc: string; value: string }[]
  alerts: { code: string; desc: string }[]
}

/** Where a run stands at `now`: QUEUED → INITIALIZING → RUNNING → FINALIZING → end. */
export function instanceSnapshot(run: SimInstance, now = Date.now()): InstanceSnapshot {
  if (run.fixed) return fixedSnapshot(run, run.fixed)
  const t = run.timeline
  const started = run.submittedAt + t.queuedMs
  const running = started + t.initializingMs
  const finalizing = running + t.runningMs
  const ended = finalizing + (t.finalizingMs ?? 0)
  const cap = progressCap(t.end, run.seq)
  const none = { counters: [], alerts: [] }
  if (now < started) return { status: 'QUEUED', progress: 0, statusSince: run.submittedAt, ...none }
  if (now < running) return { status: 'INITIALIZING', progress: 0, startTime: started, statusSince: started, ...none }
  if (now < finalizing) {
    const progress = progressAt(t.shape ?? 'steady', now - running, t.runningMs, cap)
    return { status: 'RUNNING', progress, startTime: started, statusSince: running, ...none }
  }
  if (now < ended) return { status: 'FINALIZING', progress: cap, startTime: started, statusSince: finalizing, ...none }
  const report = defaultReport(t.end, run.seq, run.category, t.failedRecords)
  return {
    status: t.end,
    progress: cap,
    startTime: started,
    // MANUAL_HANDLING_REQUIRED is a pause, not an end (§4): no end_time.
    endTime: t.end === 'MANUAL_HANDLING_REQUIRED' ? undefined : ended,
    statusSince: ended,
    counters: t.counters ?? report.counters,
    alerts: t.alerts ?? report.alerts
  }
}

/** A run held in one state (addRun): the same at any time. */
function fixedSnapshot(run: SimInstance, fixed: FixedRun): InstanceSnapshot {
  return {
    status: fixed.status,
    progress: fixed.progress,
    startTime: fixed.startedAt,
    endTime: fixed.endedAt,
    statusSince: fixed.endedAt ?? fixed.startedAt ?? run.submittedAt,
    counters: fixed.counters,
    alerts: fixed.alerts
  }
}

const QUEUED_CODES: ReadonlySet<string> = new Set(['QUEUED', 'PENDING'])
const ADDED_RUN_START_MS = 30_000
const ADDED_RUN_LENGTH_MS = 5 * 60_000

/**
 * addRun's options with the defaults of AddRunOptions applied (types.ts), or an Error saying
 * what does not fit: times out of order, an end time on a run still going, a progress out of 0–100.
 * §4: an unknown code ends when it starts with COMPLETED_, as a client reads it.
 */
export function fixedRun(options: AddRunOptions, seq: number, category: string | undefined): FixedRun {
  const { status, submittedAt } = options
  const fail = (why: string): never => {
    throw new Error(`addRun (${status}): ${why}`)
  }
  if (typeof status !== 'string' || status === '') fail('status must be a systemJobStatus code')
  const time = (name: string, value: number | undefined) => {
    if (value !== undefined && !Number.isFinite(value)) fail(`${name} must be epoch milliseconds, got ${String(value)}`)
    return value
  }
  time('submittedAt', submittedAt)
  if (submittedAt === undefined) fail('submittedAt is required')
  const known = status in STATUS_DESC
  const going = RUNNING_CODES.has(status) || (!known && !status.startsWith('COMPLETED_'))
  const ended = !going && status !== 'MANUAL_HANDLING_REQUIRED'
  const startedAt =
    time('startedAt', options.startedAt) ?? (QUEUED_CODES.has(status) ? undefined : submittedAt + ADDED_RUN_START_MS)
  if (options.endedAt !== undefined && !ended) fail('a run that has not ended has no end time; leave endedAt out')
  const endedAt = ended ? (time('endedAt', options.endedAt) ?? (startedAt ?? submittedAt) + ADDED_RUN_LENGTH_MS) : undefined
  if (startedAt !== undefined && startedAt < submittedAt) fail('startedAt is before submittedAt')
  if (endedAt !== undefined && endedAt < (startedAt ?? submittedAt)) fail('endedAt is before the start')
  const progress =
    options.progress ??
    (ended || status === 'MANUAL_HANDLING_REQUIRED' ? progressCap(status as Timeline['end'], seq) : status === 'RUNNING' ? 50 : 0)
  if (!Number.isInteger(progress) || progress < 0 || progress > 100) fail(`progress must be a whole percent, got ${progress}`)
  const report = going ? { counters: [], alerts: [] } : defaultReport(status as Timeline['end'], seq, category, undefined)
  return {
    status,
    startedAt,
    endedAt,
    progress,
    counters: options.counters ?? report.counters,
    alerts: options.alerts ?? report.alerts
  }
}

export function isRunning(run: SimInstance, now: number): boolean {
  return RUNNING_CODES.has(instanceSnapshot(run, now).status)
}

/** §7.14: progress reaches 100 only on success; FAILED/SKIPPED stay 0, others stop midway. */
function progressCap(end: Timeline['end'], seq: number): number {
  if (end === 'COMPLETED_SUCCESS' || end === 'COMPLETED_WARNING' || end === 'COMPLETED_NO_BULKS') return 100
  if (end === 'FAILED' || end === 'SKIPPED') return 0
  return 20 + ((seq * 37) % 60)
}

/**
 * Ex Libris's own sample instance (job M50173, Import Research Assets Files), counters as
 * published: COMPLETED_SUCCESS with an asset that failed and a file that failed to upload (§4).
 */
export const EXL_SAMPLE_COUNTERS: readonly CounterRow[] = [
  { type: 'import_research_assets_files.asset_succeeded', desc: 'Number of assets succeeded', value: '0' },
  { type: 'import_research_assets_files.asset_partial_succeeded', desc: 'Number of assets partially succeeded', value: '0' },
  { type: 'import_research_assets_files.asset_failed', desc: 'Number of assets failed', value: '1' },
  { type: 'import_research_assets_files.file_uploaded', desc: 'Number of files uploaded', value: '0' },
  { type: 'import_research_assets_files.file_failed_to_upload', desc: 'Number of files failed to upload', value: '1' },
  { type: 'import_research_assets_files.file_skipped_upload', desc: 'Number of files skipped upload', value: '0' }
]

/**
 * The counters of a job's report by category, `ok` records done and `failed` not (§3.4, §4).
 * The codes and descriptions are those of real runs (Ex Libris's sample, webhook receivers),
 * except `label.failed.records`: made up in their pattern, as no failure code of record
 * exports has been seen.
 */
function reportCounters(category: string | undefined, ok: number, failed: number): CounterRow[] {
  const row = (type: string, desc: string, value: number): CounterRow => ({ type, desc, value: String(value) })
  const failedRecords = row('label.failed.records', 'Failed Records', failed)
  switch (category) {
    case 'RESEARCH_ASSETS':
      return [
        row('import_research_assets_files.asset_succeeded', 'Number of assets succeeded', ok),
        row('import_research_assets_files.asset_partial_succeeded', 'Number of assets partially succeeded', 0),
        row('import_research_assets_files.asset_failed', 'Number of assets failed', failed),
        row('import_research_assets_files.file_uploaded', 'Number of files uploaded', ok),
        row('import_research_assets_files.file_failed_to_upload', 'Number of files failed to upload', failed),
        row('import_research_assets_files.file_skipped_upload', 'Number of files skipped upload', 0)
      ]
    case 'BURSAR':
      return [
        row('com.exlibris.external.bursar.report.user_count', 'Total number of users', Math.ceil(ok / 4)),
        row('com.exlibris.external.bursar.report.fines_fees_count', 'Total number of fines and fees', ok),
        ...(failed > 0 ? [failedRecords] : [])
      ]
    default: {
      const added = Math.floor(ok / 5)
      const deleted = Math.floor(ok / 20)
      return [
        row('label.new.records', 'New Records', added),
        row('label.updated.records', 'Updated Records', ok - added - deleted),
        row('label.deleted.records', 'Deleted Records', deleted),
        failedRecords
      ]
    }
  }
}

/** What the UI's job report would show (§3.4 counters/alerts); `failedRecords` overrides the failures. */
function defaultReport(
  end: Timeline['end'],
  seq: number,
  category: string | undefined,
  failedRecords: number | undefined
): Pick<InstanceSnapshot, 'counters' | 'alerts'> {
  const processed = 120 + ((seq * 7919) % 4000)
  const counters = (ok: number, failed: number) => reportCounters(category, ok, failedRecords ?? failed)
  const alert = (code: string, desc: string) => [{ code, desc }]
  switch (end) {
    case 'COMPLETED_SUCCESS':
      return {
        counters: counters(processed, 0),
        alerts: alert('alert_general_success', 'The job completed successfully. For more information view the report details.')
      }
    case 'COMPLETED_WARNING':
      return {
        counters: counters(processed - 3, 3),
        alerts: alert('alert_general_warning', 'The job completed with warnings. For more information view the report details.')
      }
    case 'COMPLETED_NO_BULKS':
      return { counters: counters(0, 0), alerts: alert('alert_no_bulks', 'The job completed; no records were found to process.') }
    case 'COMPLETED_FAILED':
      return {
        counters: counters(processed >> 2, processed - (processed >> 2)),
        alerts: alert('alert_general_error', 'The job completed with errors. For more information view the report details.')
      }
    case 'FAILED':
      return { counters: [], alerts: alert('alert_general_failure', 'The job failed. Please contact Ex Libris Support.') }
    case 'USER_ABORTED':
      return {
        counters: counters(processed >> 1, 0),
        alerts: alert('alert_job_aborted_by_user', 'The job was aborted by a user.')
      }
    case 'SYSTEM_ABORTED':
      return {
        counters: counters(processed >> 1, 0),
        alerts: alert('alert_job_aborted_by_system', 'The job was aborted by the system.')
      }
    case 'SKIPPED':
      return { counters: [], alerts: alert('alert_job_skipped', 'The job was skipped: a previous run was still in progress.') }
    case 'MANUAL_HANDLING_REQUIRED':
      return {
        counters: [],
        alerts: alert('alert_manual_handling_required', 'The job requires manual handling. Review it in Monitor Jobs.')
      }
    default:
      // An end code the simulator does not know (a test's own): no report unless the timeline gives one.
      return { counters: [], alerts: [] }
  }
}

export interface EventRow {
  type: string
  desc: string
  description: string
  time: number
}

/** Events of a finished USERS/SIS run (§2): one per user the run touched. */
export function instanceEvents(run: SimInstance, snap: InstanceSnapshot): EventRow[] {
  if (snap.endTime === undefined) return []
  const clean = snap.status === 'COMPLETED_SUCCESS'
  return Array.from({ length: 3 + (run.seq % 4) }, (_, i) => {
    const userId = String(100_000 + run.seq * 10 + i)
    const failed = !clean && i === 0
    return {
      type: failed ? 'USER_NOT_UPDATED' : 'USER_UPDATED',
      desc: failed ? 'User not updated' : 'User updated',
      description: failed ? `User ${userId} was not updated: identifier already in use` : `User ${userId} updated`,
      time: snap.startTime! + i * 10
    }
  })
}

/** §3.4: run names carry institution-local 12-hour time, e.g. "2025-10-05 4:11 AM". */
const localTime = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/Chicago',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true
})
export function runName(base: string, at: number): string {
  const p = Object.fromEntries(localTime.formatToParts(at).map((part) => [part.type, part.value]))
  return `${base} - ${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} ${p.dayPeriod}`
}

/** The timeline of a held run: never read (instanceSnapshot reads `fixed`), there for the type. */
const HELD_TIMELINE: Timeline = { queuedMs: 0, initializingMs: 0, runningMs: 0, end: 'COMPLETED_SUCCESS' }

export type Rejection = { code: string; message: string }

export class SimState {
  instances: SimInstance[] = []
  readonly timelines = new Map<string, Timeline>()
  private seq = 0
  private addedJobs = 0
  /** Told of each run started or added after the seed (the webhook watches for its end). */
  onRunAdded: ((run: SimInstance) => void) | undefined

  constructor(
    public jobs: SimJob[],
    private readonly defaultTimeline: Timeline,
    now: number,
    seed = 1
  ) {
    this.seedHistory(now, seed)
  }

  findJob(id: string): SimJob | undefined {
    return this.jobs.find((job) => job.id === id)
  }

  addJob(job: Partial<SimJob> & { name: string }): SimJob {
    const type = job.type ?? 'MANUAL'
    let id = job.id
    while (id === undefined || this.findJob(id)) {
      const n = ++this.addedJobs
      // Same shapes as the seed (§3.2): S + 16 digits, M/O + digits.
      id = type === 'SCHEDULED' ? `S9${String(n).padStart(9, '0')}000561` : `${type[0]}9${String(n).padStart(6, '0')}`
    }
    const full: SimJob = {
      description: '',
      creator: 'exl_impl',
      parameters: [],
      requiredParameters: [],
      category: type === 'MANUAL' ? 'EXPORT' : 'PUBLISHING',
      schedule: type === 'MANUAL' ? 'NOT_SCHEDULED' : 'DAILY_0200',
      ...job,
      id,
      type
    }
    this.jobs.push(full)
    return full
  }

  /** §3.3 job-level throttle: at most 3 API-started runs at once, 5 runs of a job per hour. */
  throttle(env: Environment, job: SimJob, now: number): Rejection | undefined {
    const mine = this.instances.filter((run) => run.env === env)
    if (mine.filter((run) => run.viaApi && isRunning(run, now)).length >= 3) {
      return {
        code: '402222',
        message: 'Execution threshold reached: no more than 3 jobs submitted by API may run at the same time.'
      }
    }
    if (mine.filter((run) => run.jobId === job.id && run.submittedAt > now - HOUR_MS).length >= 5) {
      return {
        code: '402223',
        message: `Execution threshold reached: job ${job.id} was already submitted 5 times in the past hour.`
      }
    }
    return undefined
  }

  run(env: Environment, job: SimJob, parameters: SimInstance['parameters'], now: number): SimInstance {
    const jobName = parameters.find((p) => p.name === 'job_name')?.value || job.name
    const timeline = this.timelines.get(job.id) ?? this.defaultTimeline
    const run = this.create(env, job, now, true, runName(jobName, now), parameters, timeline)
    this.onRunAdded?.(run)
    return run
  }

  /**
   * Runs of a job in one environment, newest submit first (the later created first on a tie).
   * The simulator's choice: Alma's default order is unconfirmed (§3.4).
   */
  runsOf(env: Environment, jobId: string): SimInstance[] {
    return this.instances
      .filter((run) => run.env === env && run.jobId === jobId)
      .sort((a, b) => b.submittedAt - a.submittedAt || b.seq - a.seq)
  }

  /** A run held in the state `options` gives (Simulator.addRun), submitted by System. */
  addRun(env: Environment, job: SimJob, options: AddRunOptions): SimInstance {
    // Checked before creating, so a refused run leaves no trace; create() gives the run the next seq.
    const fixed = fixedRun(options, this.seq + 1, job.category)
    const name = options.name ?? runName(job.name, options.submittedAt)
    const run = this.create(env, job, options.submittedAt, false, name, [], HELD_TIMELINE)
    run.fixed = fixed
    this.onRunAdded?.(run)
    return run
  }

  private create(
    env: Environment,
    job: SimJob,
    at: number,
    viaApi: boolean,
    name: string,
    parameters: SimInstance['parameters'],
    timeline: Timeline
  ): SimInstance {
    const seq = ++this.seq
    // §7.4: ids are 16-digit strings above 2^53, ending in the institution code; they grow.
    const id = `${9876543210 + seq}000561`
    const run: SimInstance = {
      id,
      // §3.4: as long as the id and close to it in Ex Libris's sample, but never any run's id.
      externalId: `${9576543210 + seq}000561`,
      jobId: job.id,
      category: job.category,
      env,
      submittedAt: at,
      viaApi,
      name,
      parameters,
      timeline,
      seq
    }
    this.instances.push(run)
    return run
  }

  /**
   * Past nightly runs so instance lists page, filter by date and show every outcome; then the
   * histories of HISTORY_JOBS (history.ts), in both environments.
   */
  private seedHistory(now: number, seed: number): void {
    const history = [
      [WELL_KNOWN_JOBS.publishingToPrimo, 25],
      [WELL_KNOWN_JOBS.sisSynchronize, 8]
    ] as const
    const today2am = new Date(now).setUTCHours(2, 0, 0, 0)
    for (const env of ['sandbox', 'production'] as const) {
      for (const [jobId, days] of history) {
        const job = this.findJob(jobId)
        if (!job) continue
        for (let day: number = days; day >= 1; day--) {
          const end: Timeline['end'] = day === 5 ? 'FAILED' : day % 7 === 3 ? 'COMPLETED_WARNING' : 'COMPLETED_SUCCESS'
          const at = today2am - day * 24 * HOUR_MS
          const timeline: Timeline = { queuedMs: 20_000, initializingMs: 30_000, runningMs: 1_200_000, finalizingMs: 60_000, end }
          this.create(env, job, at, false, runName(job.name, at), [], timeline)
        }
      }
    }
    const plan = historyPlan(now, seed)
    for (const env of ['sandbox', 'production'] as const) {
      for (const planned of plan) {
        const job = this.findJob(planned.jobId)
        if (!job) continue
        if ('held' in planned) this.addRun(env, job, { ...planned.held, submittedAt: planned.submittedAt })
        else this.create(env, job, planned.submittedAt, false, runName(job.name, planned.submittedAt), [], planned.timeline)
      }
    }
  }
}
