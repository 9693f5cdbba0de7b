// Waiting for a job instance to end: the poll schedule (a pure function, so the
// bench and tests can replay it without sleeping) and the loop that follows it.
import { ABORTED, abortableSleep, untilAborted } from './abort.js'
import { AlmaError } from './errors.js'
import { classifyStatus } from './statuses.js'
import type { JobInstance, StatusOutcome } from './types.js'

export interface PollScheduleOptions {
  /** First (and smallest) gap between polls. */
  pollIntervalMs: number
  /** Largest gap between polls: the end is never seen later than this. */
  maxPollIntervalMs: number
  /** Deadline, counted from the start of the wait. */
  timeoutMs: number
}

/** One answer of this wait. */
export interface PollObservation {
  /** Time since the wait started. */
  elapsedMs: number
  /** status.value of the instance. */
  status: string
  /** Percent, when Alma sent it. */
  progress?: number
}

export interface PollState extends PollObservation {
  /**
   * Every answer of this wait so far, oldest first, the newest (the fields above) last; long
   * waits keep a thinned sample (rememberObservation). Absent: the newest answer alone.
   */
  seen?: readonly PollObservation[]
  /** When the run is expected to end, counted like elapsedMs: from earlier runs, when known. */
  expectedDurationMs?: number
}

/** With nothing known: the gap grows by this share of the time already waited (1 s, 1.5 s, 2.3 s, …). */
const GROWTH_PER_ELAPSED = 0.5
/** Queued runs rarely start within a second; check them a little less often. */
const QUEUED_SLOWDOWN = 1.5
/** Aiming at an expected end: sleep this share of the time left, so the polls close in on it. */
const AIM_SHARE = 0.6
/** Past the expected end (a stall at 99 %, a long FINALIZING): the gap grows by this share of the overrun. */
const OVERRUN_GROWTH = 0.25
/**
 * Near the end the gap is this many ms per √ms of the run's length: about 2.7 s for a
 * 10-minute job, 9.3 s for 2 h, 16 s for 6 h. The end is then seen at most that late.
 */
const END_GAP_PER_ROOT_MS = 3.5
/** The rate is read from the answers of the last half of the progress so far: shapes change. */
const RATE_WINDOW_SHARE = 0.5
/** Answers kept for the rate; older ones are thinned, so a 6-hour wait stays small. */
export const MAX_SEEN = 64

/**
 * How long to sleep before the next poll. Never below `pollIntervalMs` (the user's floor on
 * quota use), never above `maxPollIntervalMs` (so an end, a failure at any moment included, is
 * seen at most that late), never past the deadline (the last gap ends exactly on it).
 *
 * Knowing nothing, the gap grows with the time waited. Once the run's end can be foreseen (the
 * progress rate over many answers, or earlier runs' length), the polls aim at it: a share of
 * the time left, then small gaps around it, growing again while the run overruns. Progress is
 * only a guide: the status alone says the run has ended (§7.14).
 */
export function nextPollDelay(state: PollState, opts: PollScheduleOptions): number {
  const remainingMs = opts.timeoutMs - state.elapsedMs
  if (remainingMs <= 0) return 0
  const floorMs = Math.max(1, opts.pollIntervalMs)
  const ceilingMs = Math.max(floorMs, opts.maxPollIntervalMs)
  const seen = withNewest(state)
  const nowMs = state.elapsedMs
  const expectedMs =
    state.expectedDurationMs !== undefined && Number.isFinite(state.expectedDurationMs) && state.expectedDurationMs > 0
      ? state.expectedDurationMs
      : undefined
  const usualMs = floorMs + GROWTH_PER_ELAPSED * Math.max(0, nowMs)

  let delayMs: number
  const endingSince = endingSinceMs(seen, state)
  if (endingSince !== undefined) {
    // FINALIZING or at 100 %: the end is near, but how near nobody says.
    delayMs = Math.max(endGapMs(nowMs), OVERRUN_GROWTH * (nowMs - endingSince))
  } else {
    const foreseen = state.status === 'RUNNING' ? foreseeEnd(seen) : undefined
    const earliestEndMs = Math.max(nowMs, foreseen?.earliestEndMs ?? nowMs)
    // This run's own rate first; earlier runs' length until it shows one.
    const aimMs = foreseen?.endMs ?? expectedMs
    if (aimMs === undefined) {
      delayMs = Math.max(isQueued(state.status) ? usualMs * QUEUED_SLOWDOWN : usualMs, AIM_SHARE * (earliestEndMs - nowMs))
    } else {
      const endMs = Math.max(aimMs, earliestEndMs)
      delayMs = Math.max(endGapMs(endMs), AIM_SHARE * (endMs - nowMs), OVERRUN_GROWTH * (nowMs - aimMs))
      if (foreseen?.oneLevel) delayMs = Math.min(delayMs, usualMs)
    }
  }
  return Math.min(Math.round(Math.min(ceilingMs, Math.max(floorMs, delayMs))), remainingMs)
}

/** `seen` with the newest answer last, even when the caller left it out. */
function withNewest(state: PollState): readonly PollObservation[] {
  const seen = state.seen ?? []
  const last = seen.at(-1)
  const isNewest = last && last.elapsedMs === state.elapsedMs && last.status === state.status && last.progress === state.progress
  return isNewest ? seen : [...seen, state]
}

/** FINALIZING or at 100 % since this moment (the first such answer of the current stretch). */
function endingSinceMs(seen: readonly PollObservation[], newest: PollObservation): number | undefined {
  if (!isEnding(newest)) return undefined
  let sinceMs = newest.elapsedMs
  for (let i = seen.length - 1; i >= 0 && isEnding(seen[i]!); i--) sinceMs = seen[i]!.elapsedMs
  return sinceMs
}

function isEnding(observation: PollObservation): boolean {
  return (
    observation.status === 'FINALIZING' ||
    (observation.status === 'RUNNING' && observation.progress !== undefined && observation.progress >= 100)
  )
}

function isQueued(status: string): boolean {
  return status === 'QUEUED' || status === 'PENDING'
}

function endGapMs(lengthMs: number): number {
  return END_GAP_PER_ROOT_MS * Math.sqrt(Math.max(0, lengthMs))
}

export interface ForeseenEnd {
  /** When progress reaches 100 % at the rate of the recent answers (least squares); absent without a rate. */
  endMs?: number
  /**
   * The end cannot come sooner if progress runs at an even pace: the next percent comes after the
   * newest answer, and each percent left takes longer than the current one has so far.
   */
  earliestEndMs: number
  /** `endMs` comes from one level of progress, not a rate: good only for polling sooner. */
  oneLevel?: boolean
}

/**
 * Where the RUNNING stretch that ends with the newest answer is heading. Progress is a whole
 * percent (§7.14): a reading p means somewhere in [p, p + 1), so one reading says little and
 * the rate over many pins the end down.
 */
export function foreseeEnd(seen: readonly PollObservation[]): ForeseenEnd | undefined {
  let first = seen.length
  while (first > 0 && hasRunningProgress(seen[first - 1]!)) first--
  const running = seen.slice(first)
  const newest = running.at(-1)
  if (!newest) return undefined
  const level = newest.progress!
  let levelFrom = running.length - 1
  while (levelFrom > 0 && running[levelFrom - 1]!.progress === level) levelFrom--
  const levelForMs = newest.elapsedMs - running[levelFrom]!.elapsedMs
  // At 0 % the run may not report progress at all: no bound then.
  const earliestEndMs = newest.elapsedMs + (level > 0 ? Math.max(0, 99 - level) * levelForMs : 0)

  const window = running.filter((observation) => observation.progress! >= level * RATE_WINDOW_SHARE)
  const n = window.length
  const meanP = window.reduce((sum, o) => sum + o.progress!, 0) / n + 0.5
  const meanT = window.reduce((sum, o) => sum + o.elapsedMs, 0) / n
  let spread = 0
  let covariance = 0
  for (const o of window) {
    spread += (o.progress! + 0.5 - meanP) ** 2
    covariance += (o.progress! + 0.5 - meanP) * (o.elapsedMs - meanT)
  }
  const msPerPercent = spread > 0 ? covariance / spread : 0
  if (msPerPercent > 0) return { endMs: meanT + msPerPercent * (100 - meanP), earliestEndMs }
  // One level so far: as if the run began with the wait, which errs towards fewer polls.
  if (level > 0 && newest.elapsedMs > 0) return { endMs: (newest.elapsedMs * 100) / (level + 0.5), earliestEndMs, oneLevel: true }
  return { earliestEndMs }
}

function hasRunningProgress(observation: PollObservation): boolean {
  const { status, progress } = observation
  return status === 'RUNNING' && progress !== undefined && Number.isFinite(progress) && progress >= 0 && progress < 100
}

/**
 * Adds an answer to `seen` (in place) and keeps it bounded: past MAX_SEEN, every second answer
 * of the older half goes, so old stretches grow sparse and recent ones stay whole.
 */
export function rememberObservation(seen: PollObservation[], observation: PollObservation): PollObservation[] {
  seen.push({ elapsedMs: observation.elapsedMs, status: observation.status, progress: observation.progress })
  if (seen.length > MAX_SEEN) {
    const half = Math.floor(seen.length / 2)
    const kept = seen.filter((_, index) => index >= half || index % 2 === 0)
    seen.splice(0, seen.length, ...kept)
  }
  return seen
}

export interface TimelinePoint {
  status: string
  progress?: number
}

export interface PollSimulation {
  /** Polls made, the first at 0 ms and the last the one that saw the end (or the deadline). */
  polls: number
  /** When the end state was seen, minus when it happened; undefined when the deadline came first. */
  lateMs: number | undefined
  /** The sleeps between polls, in order. */
  gaps: number[]
  /** When the last poll happened. */
  lastPollMs: number
}

/**
 * Replays the schedule against a timeline without sleeping: poll at 0, then after
 * each `nextPollDelay`, until a terminal status (classifyStatus) or the deadline.
 */
export function simulatePolls(
  timeline: (elapsedMs: number) => TimelinePoint,
  endMs: number,
  opts: PollScheduleOptions,
  expectedDurationMs?: number
): PollSimulation {
  const gaps: number[] = []
  const seen: PollObservation[] = []
  let elapsedMs = 0
  let polls = 0
  for (;;) {
    const point = timeline(elapsedMs)
    polls++
    if (classifyStatus(point.status).terminal) {
      return { polls, lateMs: elapsedMs - endMs, gaps, lastPollMs: elapsedMs }
    }
    const observation = { elapsedMs, status: point.status, progress: point.progress }
    rememberObservation(seen, observation)
    const delayMs = nextPollDelay({ ...observation, seen, expectedDurationMs }, opts)
    if (delayMs <= 0) return { polls, lateMs: undefined, gaps, lastPollMs: elapsedMs }
    gaps.push(delayMs)
    elapsedMs += delayMs
  }
}

export interface InstanceSource {
  /** `options.signal` aborts when the wait ends (deadline or cancel): the poll should stop then. */
  getInstance(jobId: string, instanceId: string, options?: { signal?: AbortSignal }): Promise<JobInstance>
}

export { abortableSleep }

export interface WaitOptions extends PollScheduleOptions {
  /**
   * Aborting stops the wait at once (mid-sleep or mid-request) with end 'cancelled'. The
   * deadline does the same with end 'timeout': a poll still under way then (a trickling answer,
   * a chain of retries) is aborted through the signal getInstance is given.
   */
  signal?: AbortSignal
  /** Called for the first instance seen and whenever status or progress changes. */
  onChange?: (instance: JobInstance, elapsedMs: number) => void
  /** Called once per status code classifyStatus does not know; the wait goes on (§4). */
  onUnknownStatus?: (code: string, instance: JobInstance) => void
  /**
   * A poll failed in a way a later poll may not (Alma or the network down for a while, after
   * the client's own retries); the wait goes on until its deadline. Called for each such poll.
   */
  onMissedPoll?: (error: AlmaError, elapsedMs: number) => void
  /** Injectable for tests; must resolve early when `signal` aborts (the loop also races it). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  now?: () => number
  /** An instance already fetched (status): it counts as the first poll's answer. */
  first?: JobInstance
  /**
   * When the run is expected to end, from the wait's start (e.g. how long earlier runs took):
   * polls aim at it until the run's own progress shows a rate. A wrong guess costs polls or
   * lateness, never more than `maxPollIntervalMs` late.
   */
  expectedDurationMs?: number
  /**
   * Asked once for expectedDurationMs when the wait is still going `expectedDurationAfterMs`
   * after its start, with the newest instance seen: the cost (one list request, history-estimate.ts)
   * is spent only on runs long enough to spare more polls than that (how-it-works.md, Waiting).
   * It has the gap before the next poll to answer: its signal aborts then, or on a cancel.
   * Undefined, a rejection or an abort: the wait goes on without an estimate, and asks no more.
   */
  expectedDuration?: (latest: JobInstance | undefined, options: { signal: AbortSignal }) => Promise<number | undefined>
  /** Default EXPECTED_DURATION_AFTER_MS. */
  expectedDurationAfterMs?: number
  /**
   * How long after the start a 402218 "invalid job instance id" is taken as Alma not
   * having registered a fresh run yet (§7.12). Default 30 s; 0 for an instance that
   * is known to exist already.
   */
  unknownInstanceGraceMs?: number
}

export interface WaitResult {
  end: 'finished' | 'timeout' | 'cancelled' | 'error'
  /** With end 'error': the Alma error no later poll could mend. */
  error?: AlmaError
  /** The last instance seen; absent only when none was seen before the wait ended. */
  instance?: JobInstance
  outcome?: StatusOutcome
  elapsedMs: number
  /** Instance GETs made (including 402218 answers), not counting `first`. */
  polls: number
}

/** §7.12: a just-submitted instance may be unknown for a few seconds. */
export const UNKNOWN_INSTANCE_CODE = '402218'
const DEFAULT_UNKNOWN_INSTANCE_GRACE_MS = 30_000
/**
 * An estimate spares polls only until the run's own progress shows a rate, so it must come early;
 * a run still going at 10 s is long enough for it to pay (replayed in __tests__/history-estimate.test.ts).
 */
export const EXPECTED_DURATION_AFTER_MS = 10_000

/** setTimeout's limit. */
const MAX_TIMER_MS = 2 ** 31 - 1

/**
 * Polls one instance until its status is terminal, the deadline passes or the
 * signal aborts. Decides on status.value alone: progress is not completion (§7.14).
 * An outage is a missed poll, not the end of a wait that may last hours; an error no later
 * poll can mend (a refused key, the daily quota, an unknown instance after the grace) ends the
 * wait with end 'error' and the last instance seen, so callers can still report it.
 */
export async function waitForInstance(
  api: InstanceSource,
  jobId: string,
  instanceId: string,
  opts: WaitOptions
): Promise<WaitResult> {
  const now = opts.now ?? Date.now
  const sleep = opts.sleep ?? abortableSleep
  const graceMs = opts.unknownInstanceGraceMs ?? DEFAULT_UNKNOWN_INSTANCE_GRACE_MS
  const startedAt = now()
  const elapsed = (): number => now() - startedAt
  const unknownCodes = new Set<string>()
  const seen: PollObservation[] = []
  let last: JobInstance | undefined
  let polls = 0
  let deadlinePoll = false
  let expectedDurationMs = opts.expectedDurationMs
  let estimateAsked = !opts.expectedDuration

  const result = (end: WaitResult['end']): WaitResult => ({
    end,
    instance: last,
    outcome: last ? classifyStatus(last.status.value).outcome : undefined,
    elapsedMs: elapsed(),
    polls
  })

  /** Records an answer; true when it is an end state. */
  const see = (instance: JobInstance): boolean => {
    const code = instance.status.value
    const changed = !last || last.status.value !== code || last.progress !== instance.progress
    last = instance
    rememberObservation(seen, { elapsedMs: elapsed(), status: code, progress: instance.progress })
    const status = classifyStatus(code)
    if (!status.known && !unknownCodes.has(code)) {
      unknownCodes.add(code)
      opts.onUnknownStatus?.(code, instance)
    }
    if (changed) opts.onChange?.(instance, elapsed())
    return status.terminal
  }

  if (opts.first && see(opts.first)) return result('finished')

  for (let pollNow = !opts.first; ; pollNow = true) {
    if (pollNow) {
      if (opts.signal?.aborted) return result('cancelled')
      const answer = await pollUntil(api, jobId, instanceId, opts.signal, opts.timeoutMs - elapsed())
      if (answer === ABORTED) return result('cancelled')
      if (answer === DEADLINE) return result('timeout')
      polls++
      if (answer.instance) {
        if (see(answer.instance)) return result('finished')
      } else if (answer.error.kind === 'cancelled') {
        // The client's own signal stopped the poll.
        return result('cancelled')
      } else if (isPassing(answer.error)) {
        opts.onMissedPoll?.(answer.error, elapsed())
      } else if (answer.error.code !== UNKNOWN_INSTANCE_CODE || elapsed() >= graceMs) {
        return { ...result('error'), error: answer.error }
      }
      if (deadlinePoll) return result('timeout')
    }
    const elapsedMs = elapsed()
    if (opts.timeoutMs - elapsedMs <= 0) return result('timeout')
    // Before the first answer (a 402218), treat the run as queued (§7.12).
    const gapMs = (): number =>
      nextPollDelay(
        { elapsedMs, status: last?.status.value ?? 'QUEUED', progress: last?.progress, seen, expectedDurationMs },
        opts
      )
    let delayMs = gapMs()
    if (!estimateAsked && elapsedMs >= (opts.expectedDurationAfterMs ?? EXPECTED_DURATION_AFTER_MS)) {
      estimateAsked = true
      // Asked within the gap the wait sleeps anyway: a slow answer holds up no poll.
      const estimate = await askOnce(opts.expectedDuration!, last, opts.signal, delayMs)
      if (opts.signal?.aborted) return result('cancelled')
      expectedDurationMs = estimate ?? expectedDurationMs
      delayMs = Math.max(0, gapMs() - (elapsed() - elapsedMs))
    }
    const remainingMs = Math.max(0, opts.timeoutMs - elapsed())
    // The gap that ends on the deadline is followed by one last poll, then the timeout.
    deadlinePoll = delayMs >= remainingMs
    delayMs = Math.min(delayMs, remainingMs)
    if (opts.signal?.aborted) return result('cancelled')
    const slept = await untilAborted(sleep(delayMs, opts.signal), opts.signal)
    if (slept === ABORTED) return result('cancelled')
  }
}

const DEADLINE = Symbol('deadline')

/** The estimate, or undefined when it fails or `withinMs` or a cancel comes first. */
async function askOnce(
  source: NonNullable<WaitOptions['expectedDuration']>,
  latest: JobInstance | undefined,
  cancel: AbortSignal | undefined,
  withinMs: number
): Promise<number | undefined> {
  const ask = new AbortController()
  const stop = (): void => ask.abort()
  cancel?.addEventListener('abort', stop, { once: true })
  const timer = setTimeout(stop, Math.min(Math.max(0, withinMs), MAX_TIMER_MS))
  try {
    const asked = Promise.resolve()
      .then(() => source(latest, { signal: ask.signal }))
      .catch(() => undefined)
    const answer = await untilAborted(asked, ask.signal)
    return answer === ABORTED ? undefined : answer
  } finally {
    clearTimeout(timer)
    cancel?.removeEventListener('abort', stop)
  }
}

type PollAnswer = { instance: JobInstance; error?: undefined } | { instance?: undefined; error: AlmaError }

/**
 * One poll, raced against the caller's signal and the wait's deadline (real time: `remainingMs`
 * from now). Either aborts the GET under way through the signal getInstance is given.
 */
async function pollUntil(
  api: InstanceSource,
  jobId: string,
  instanceId: string,
  cancel: AbortSignal | undefined,
  remainingMs: number
): Promise<PollAnswer | typeof ABORTED | typeof DEADLINE> {
  const poll = new AbortController()
  const stopPoll = (): void => poll.abort()
  cancel?.addEventListener('abort', stopPoll, { once: true })
  let timedOut = false
  // Aborted on the deadline; a poll made on (or just before) it still gets a moment to answer.
  const timer = setTimeout(
    () => {
      timedOut = true
      poll.abort()
    },
    Math.min(Math.max(remainingMs, LAST_POLL_GRACE_MS), MAX_TIMER_MS)
  )
  try {
    const answer = await untilAborted(fetchOnce(api, jobId, instanceId, poll.signal), poll.signal)
    if (answer !== ABORTED) return answer
    return cancel?.aborted ? ABORTED : timedOut ? DEADLINE : ABORTED
  } finally {
    clearTimeout(timer)
    cancel?.removeEventListener('abort', stopPoll)
  }
}

/** How long a poll made at the deadline may take: the wait ends within this of its timeout. */
const LAST_POLL_GRACE_MS = 1000

/** One GET; an Alma error comes back as a value for the loop to judge. */
async function fetchOnce(api: InstanceSource, jobId: string, instanceId: string, signal: AbortSignal): Promise<PollAnswer> {
  try {
    return { instance: await api.getInstance(jobId, instanceId, { signal }) }
  } catch (error) {
    if (error instanceof AlmaError) return { error }
    throw error
  }
}

/**
 * Failures that say nothing about the instance: the network, a gateway, the per-second limit
 * (§5, §6), an unreadable or oversized answer (not retried at once, but the next poll may do).
 */
function isPassing(error: AlmaError): boolean {
  if (error.kind === 'network' || error.kind === 'timeout' || error.kind === 'parse' || error.kind === 'too-large') return true
  if (error.code === 'DAILY_THRESHOLD') return false
  return (error.status !== undefined && error.status >= 500) || error.status === 429 || error.code === 'PER_SECOND_THRESHOLD'
}
