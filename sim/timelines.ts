// Progress shapes and whole job timelines, as pure functions of the time since submit: the
// simulator's runs follow a shape (Timeline.shape), and tests and the bench replay poll
// schedules against these without sleeping. Progress is a whole percent (alma-api.md §7.14).

export const PROGRESS_SHAPES = ['steady', 'speeding-up', 'slowing-down', 'stall-99', 'jumps', 'none'] as const
export type ProgressShape = (typeof PROGRESS_SHAPES)[number]

/** Where 'stall-99' reaches 99 %: the rest of the running time sits there. */
const STALL_FROM_SHARE = 0.6
/** 'jumps' moves in steps of a quarter: 0, 25, 50, 75 %. */
const JUMP_STEPS = 4

/** The share of the work done (0–1) after `share` (0–1) of the running time. */
export function shareDone(shape: ProgressShape, share: number): number {
  const s = Math.min(1, Math.max(0, share))
  switch (shape) {
    case 'steady':
      return s
    case 'speeding-up':
      return s * s
    case 'slowing-down':
      return Math.sqrt(s)
    case 'stall-99':
      return Math.min(0.99, (0.99 * s) / STALL_FROM_SHARE)
    case 'jumps':
      return Math.floor(s * JUMP_STEPS) / JUMP_STEPS
    case 'none':
      return 0
  }
}

/** The whole percent shown after `ranMs` of `runningMs`, out of `cap` (where a failing run stops). */
export function progressAt(shape: ProgressShape, ranMs: number, runningMs: number, cap = 100): number {
  const ofMs = Math.max(1, runningMs)
  // Steady in whole numbers first: no rounding at the exact moment a percent is reached.
  if (shape === 'steady') return Math.floor((cap * Math.max(0, Math.min(ranMs, ofMs))) / ofMs)
  return Math.floor(cap * shareDone(shape, ranMs / ofMs))
}

export interface TimelineReading {
  status: string
  progress: number
}

export interface JobTimeline {
  /** Status and progress a poll `elapsedMs` after submit would see. */
  at(elapsedMs: number): TimelineReading
  /** When the run reaches its end state. */
  endMs: number
  totalMs: number
  shape: ProgressShape
}

export interface JobTimelineOptions {
  shape?: ProgressShape
  /** The run fails at this moment instead (status FAILED, progress 0, §7.14). */
  failAtMs?: number
}

/**
 * A run of `totalMs` from submit to end: queued for 1/120 of it, initializing and finalizing
 * 1/240 each (a 2 h job: 60 s, 30 s, 30 s), running in between along `shape`.
 */
export function jobTimeline(totalMs: number, options: JobTimelineOptions = {}): JobTimeline {
  const shape = options.shape ?? 'steady'
  const queuedMs = totalMs / 120
  const initializingMs = totalMs / 240
  const finalizingMs = totalMs / 240
  const runningFrom = queuedMs + initializingMs
  const runningMs = totalMs - runningFrom - finalizingMs
  const failAtMs = options.failAtMs
  const endMs = failAtMs !== undefined && failAtMs < totalMs ? failAtMs : totalMs
  const at = (elapsedMs: number): TimelineReading => {
    if (failAtMs !== undefined && elapsedMs >= failAtMs) return { status: 'FAILED', progress: 0 }
    if (elapsedMs < queuedMs) return { status: 'QUEUED', progress: 0 }
    if (elapsedMs < runningFrom) return { status: 'INITIALIZING', progress: 0 }
    if (elapsedMs < runningFrom + runningMs)
      return { status: 'RUNNING', progress: progressAt(shape, elapsedMs - runningFrom, runningMs) }
    if (elapsedMs < totalMs) return { status: 'FINALIZING', progress: 100 }
    return { status: 'COMPLETED_SUCCESS', progress: 100 }
  }
  return { at, endMs, totalMs, shape }
}
