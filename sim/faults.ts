// Switchable misbehaviour (the Faults of types.ts): gateway throttling and quota (§6), 5xx,
// lost or cut answers. Decided per request, before any Alma logic runs.
import type { Endpoint, Faults, Readings } from './types.js'

/** The better-supported reading of each open point (§7.19, §9); types.ts says why. */
export const DEFAULT_READINGS: Readings = {
  countersWhenNone: 'absent',
  startTimeWhileQueued: false,
  endTimeOnManualHandling: false,
  unauthorizedFormat: 'asked'
}

export function defaultFaults(latencyMs: number): Faults {
  return {
    latencyMs,
    perSecondLimit: 0,
    rateLimitEvery: 0,
    rateLimitNext: 0,
    retryAfterSeconds: undefined, // §6: Alma is not known to send Retry-After
    dailyQuotaExceeded: false,
    serverErrorNext: 0,
    serverErrorStatus: 503,
    serverErrorHtml: false,
    dropAfterRunNext: 0,
    resetBeforeRunNext: 0,
    truncateNext: 0,
    xmlErrors: false,
    remainingStart: 250_000,
    unknownInstanceMs: 0,
    throttle: true,
    ...DEFAULT_READINGS
  }
}

export type GateVerdict =
  | { kind: 'reset' }
  | { kind: 'quota'; code: 'PER_SECOND_THRESHOLD' | 'DAILY_THRESHOLD' }
  | { kind: 'server-error'; status: number }

export class FaultGate {
  private seen = 0
  private quotaStart = Number.NaN
  private remaining = 0
  /** When the requests admitted under `perSecondLimit` in the last second arrived, oldest first. */
  private admitted: number[] = []

  constructor(private readonly faults: Faults) {}

  /** X-Exl-Api-Remaining for this request (§6): the first answer shows `remainingStart`,
   *  each later one a call less. Changing `remainingStart` restarts the count. */
  nextRemaining(): number {
    if (this.faults.remainingStart !== this.quotaStart) {
      this.quotaStart = this.faults.remainingStart
      this.remaining = this.quotaStart
    } else {
      this.remaining = Math.max(0, this.remaining - 1)
    }
    return this.remaining
  }

  /** The fault this request meets before routing, if any. Call after nextRemaining(). */
  admit(endpoint: Endpoint): GateVerdict | undefined {
    const f = this.faults
    this.seen += 1
    if (endpoint === 'runJob' && f.resetBeforeRunNext > 0) {
      f.resetBeforeRunNext -= 1
      return { kind: 'reset' }
    }
    if (f.perSecondLimit > 0 && !this.withinPerSecondLimit(f.perSecondLimit)) {
      return { kind: 'quota', code: 'PER_SECOND_THRESHOLD' }
    }
    if (f.dailyQuotaExceeded || this.remaining <= 0) return { kind: 'quota', code: 'DAILY_THRESHOLD' }
    if (f.rateLimitNext > 0) {
      f.rateLimitNext -= 1
      return { kind: 'quota', code: 'PER_SECOND_THRESHOLD' }
    }
    if (f.rateLimitEvery > 0 && this.seen % f.rateLimitEvery === 0) return { kind: 'quota', code: 'PER_SECOND_THRESHOLD' }
    if (f.serverErrorNext > 0) {
      f.serverErrorNext -= 1
      return { kind: 'server-error', status: f.serverErrorStatus }
    }
    return undefined
  }

  /** A rolling second over all clients; a refused request does not count against the limit. */
  private withinPerSecondLimit(limit: number): boolean {
    const now = performance.now()
    let aged = 0
    while (aged < this.admitted.length && now - this.admitted[aged]! >= 1000) aged++
    if (aged > 0) this.admitted = this.admitted.slice(aged)
    if (this.admitted.length >= limit) return false
    this.admitted.push(now)
    return true
  }

  /** Consumes one `dropAfterRunNext`: the run was created, its answer is lost. */
  takeDropAfterRun(): boolean {
    if (this.faults.dropAfterRunNext <= 0) return false
    this.faults.dropAfterRunNext -= 1
    return true
  }

  takeTruncate(): boolean {
    if (this.faults.truncateNext <= 0) return false
    this.faults.truncateNext -= 1
    return true
  }
}
