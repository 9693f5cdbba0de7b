// How a job's next runs end, how long they take and how their progress moves, as `--end`,
// `--duration`, `--progress` and the control endpoint set them: a Timeline (types.ts) per job,
// in SimState.timelines.
import { PROGRESS_SHAPES, type ProgressShape } from './timelines.js'
import type { Timeline } from './types.js'

/** The ends a timeline can reach (§4): the final codes, and MANUAL_HANDLING_REQUIRED, a pause. */
export const END_STATUSES = [
  'COMPLETED_SUCCESS',
  'COMPLETED_WARNING',
  'COMPLETED_NO_BULKS',
  'COMPLETED_FAILED',
  'FAILED',
  'USER_ABORTED',
  'SYSTEM_ABORTED',
  'SKIPPED',
  'MANUAL_HANDLING_REQUIRED'
] as const satisfies readonly Timeline['end'][]

// Fails to compile when Timeline['end'] gains a code this list lacks.
const everyEndListed: Exclude<Timeline['end'], (typeof END_STATUSES)[number]> extends never ? true : never = true
void everyEndListed

export type EndStatus = (typeof END_STATUSES)[number]

export interface Outcome {
  end?: EndStatus
  /** Submit to end, in ms. */
  durationMs?: number
  /** How progress moves while the run is RUNNING (timelines.ts). */
  progress?: ProgressShape
}

/** A run may be made to take at most a week: enough for a "stuck" run, small enough to stay exact. */
export const MAX_DURATION_MS = 7 * 24 * 3_600_000

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const

/**
 * `500ms`, `30s`, `1.5m`, `2h` → milliseconds (whole), or an Error's message. With `bareMs`, a
 * plain number counts as milliseconds (`--latency 50`, as the flag always took it).
 */
export function parseDuration(text: string, bareMs = false): number | string {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim())
  if (match === null || (match[2] === undefined && !bareMs)) {
    return `must be a duration such as 500ms, 30s, 5m or 2h, got ${quote(text)}`
  }
  const ms = Math.round(Number(match[1]) * UNIT_MS[(match[2] ?? 'ms') as keyof typeof UNIT_MS])
  if (ms > MAX_DURATION_MS) return `must be at most ${formatDuration(MAX_DURATION_MS)}, got ${quote(text)}`
  return ms
}

/** The shortest exact spelling parseDuration reads back: 30000 → `30s`, 1500 → `1500ms`. */
export function formatDuration(ms: number): string {
  for (const [unit, size] of [
    ['h', UNIT_MS.h],
    ['m', UNIT_MS.m],
    ['s', UNIT_MS.s]
  ] as const) {
    if (ms >= size && ms % size === 0) return `${ms / size}${unit}`
  }
  return `${ms}ms`
}

/** A status code for `end`, or an Error's message (`{ error }`, as a bad code is a string too). */
export function parseEndStatus(text: string): EndStatus | { error: string } {
  const code = text.trim()
  return (END_STATUSES as readonly string[]).includes(code)
    ? (code as EndStatus)
    : { error: `must be one of ${END_STATUSES.join(', ')}, got ${quote(text)}` }
}

/** A progress shape of timelines.ts, or an Error's message. */
export function parseProgressShape(text: string): ProgressShape | { error: string } {
  const shape = text.trim()
  return (PROGRESS_SHAPES as readonly string[]).includes(shape)
    ? (shape as ProgressShape)
    : { error: `must be one of ${PROGRESS_SHAPES.join(', ')}, got ${quote(text)}` }
}

/** Submit to end of a timeline. */
export function timelineMs(timeline: Timeline): number {
  return timeline.queuedMs + timeline.initializingMs + timeline.runningMs + (timeline.finalizingMs ?? 0)
}

/**
 * `base` with the outcome's end, and its phases scaled so that the run ends `durationMs` after its
 * submit (a base of no length is scaled as `shape`). Other fields of `base` are kept.
 */
export function applyOutcome(base: Timeline, outcome: Outcome, shape: Timeline): Timeline {
  const timeline: Timeline = { ...base, end: outcome.end ?? base.end }
  if (outcome.progress !== undefined) timeline.shape = outcome.progress
  if (outcome.durationMs === undefined) return timeline
  const from = timelineMs(base) > 0 ? base : shape
  const total = timelineMs(from)
  const part = (ms: number) => Math.round((ms * outcome.durationMs!) / total)
  timeline.queuedMs = part(from.queuedMs)
  timeline.initializingMs = part(from.initializingMs)
  timeline.finalizingMs = part(from.finalizingMs ?? 0)
  // The running phase takes the rounding, so the phases add up to the duration exactly.
  timeline.runningMs = Math.max(0, outcome.durationMs - timeline.queuedMs - timeline.initializingMs - timeline.finalizingMs)
  return timeline
}

/** What a job's runs are set to, as the control endpoint answers and GET /_sim/state shows it. */
export function describeTimeline(timeline: Timeline): { end: EndStatus; duration: string; progress: ProgressShape } {
  return { end: timeline.end, duration: formatDuration(timelineMs(timeline)), progress: timeline.shape ?? 'steady' }
}

/** A value typed by someone, quoted for an error line: control characters escaped, long ones cut. */
export function quote(text: string): string {
  const json = JSON.stringify(text)
  return json.length <= 60 ? json : `${json.slice(0, 56)}…"`
}
