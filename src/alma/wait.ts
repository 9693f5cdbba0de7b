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

export interface PollState {
  /** Time since the wait started. */
  elapsedMs: number
  /** status.value of the last instance seen. */
  status: string
  /** Percent, when Alma sent it. */
  progress?: number
}

/** The gap grows by this share of the time already waited: 1 s, 1.3 s, 1.7 s, … up to the max. */
const GROWTH_PER_ELAPSED = 0.3
/** Queued runs rarely start within a second; check them a little less often. */
const QUEUED_SLOWDOWN = 1.5
/** Near the end (FINALIZING, 100 %, or an ETA inside the next gap) wait only this share of the usual gap. */
const NEAR_END_SHARE = 0.25
/** Land a little after the ETA rather than just before it, which would cost an extra poll. */
const ETA_MARGIN = 1.1

/**
 * How long to sleep before the next poll. Quick at first, growing with the time
 * waited up to `maxPollIntervalMs`; never below `pollIntervalMs` (the user's floor
 * on quota use), never past the deadline (the last gap ends exactly on it).
 */
export function nextPollDelay(state: PollState, opts: PollScheduleOptions): number {
  const remainingMs = opts.timeoutMs - state.elapsedMs
  if (remainingMs <= 0) return 0
  const floorMs = Math.max(1, opts.pollIntervalMs)
  const ceilingMs = Math.max(floorMs, opts.maxPollIntervalMs)
  const usualMs = Math.min(ceilingMs, floorMs + GROWTH_PER_ELAPSED * Math.max(0, state.elapsedMs))
  const nearEndMs = Math.max(floorMs, usualMs * NEAR_END_SHARE)

  let delayMs = usualMs
  const progress = state.progress
  switch (state.status) {
    case 'QUEUED':
    case 'PENDING':
      delayMs = Math.min(ceilingMs, usualMs * QUEUED_SLOWDOWN)
      break
    case 'FINALIZING':
      delayMs = nearEndMs
      break
    case 'RUNNING':
      if (progress !== undefined && Number.isFinite(progress) && progress > 0) {
        if (progress >= 100) {
          delayMs = nearEndMs
        } else {
          // Progress measured from the start of the wait: with time spent queued this
          // overestimates the rest, which errs towards fewer polls, not more.
          const etaMs = (state.elapsedMs * (100 - progress)) / progress
          const targetMs = etaMs * ETA_MARGIN + floorMs / 2
          // A floor of a quarter gap: progress often sits at 99 % for a while (§7.14).
          if (targetMs < usualMs) delayMs = Math.max(nearEndMs, targetMs)
        }
      }
      break
  }
  return Math.min(Math.round(delayMs), remainingMs)
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
  opts: PollScheduleOptions
): PollSimulation {
  const gaps: number[] = []
  let elapsedMs = 0
  let polls = 0
  for (;;) {
    const point = timeline(elapsedMs)
    polls++
    if (classifyStatus(point.status).terminal) {
      return { polls, lateMs: elapsedMs - endMs, gaps, lastPollMs: elapsedMs }
    }
    const delayMs = nextPollDelay({ elapsedMs, status: point.status, progress: point.progress }, opts)
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
  let last: JobInstance | undefined
  let polls = 0
  let deadlinePoll = false

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
    const remainingMs = opts.timeoutMs - elapsedMs
    if (remainingMs <= 0) return result('timeout')
    const delayMs = nextPollDelay(
      // Before the first answer (a 402218), treat the run as queued (§7.12).
      { elapsedMs, status: last?.status.value ?? 'QUEUED', progress: last?.progress },
      opts
    )
    // The gap that ends on the deadline is followed by one last poll, then the timeout.
    deadlinePoll = delayMs >= remainingMs
    if (opts.signal?.aborted) return result('cancelled')
    const slept = await untilAborted(sleep(delayMs, opts.signal), opts.signal)
    if (slept === ABORTED) return result('cancelled')
  }
}

const DEADLINE = Symbol('deadline')

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
