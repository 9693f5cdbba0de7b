// Staying under Alma's per-second limit: 25 calls/s per institution, shared by every key and
// program of the institution (alma-api.md §6). Concurrency alone cannot promise that,
// since the rate it gives depends on how fast Alma answers; counting request starts can.
// Other programs share the limit, so a refusal also slows this client down (AIMD, as careful
// Alma clients do, §6 "BOD halves rate on 429"): half the rate at once, then back up slowly.
import { abortableSleep, untilAborted } from './abort.js'

/** A fifth of the institution's 25 calls/s is left to its other programs. */
export const DEFAULT_REQUESTS_PER_SECOND = 20
/** The floor after refusals: one request a second still makes progress. */
export const MIN_REQUESTS_PER_SECOND = 1

const WINDOW_MS = 1000

export interface PacerClock {
  now(): number
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

/**
 * Real time, whatever clock the client was given: tests that fake the client's clock to skip
 * backoff must not fake away the pause that keeps Alma from refusing requests.
 */
const realClock: PacerClock = {
  now: () => performance.now(),
  sleep: abortableSleep
}

/**
 * At most `rate()` requests begin in any rolling second; the rest wait their turn, first come
 * first served. The rate starts at `perSecond`, halves on a refusal and climbs back by one
 * request/s for each second without one.
 */
export class RequestPacer {
  /** When the requests of the last second began, oldest first. */
  private readonly starts: number[] = []
  private lastTurn: Promise<void> = Promise.resolve()
  /** The rate the last refusal left, and when it came. */
  private cutRate: number
  private cutAt = Number.NEGATIVE_INFINITY

  constructor(
    private readonly perSecond: number,
    private readonly clock: PacerClock = realClock
  ) {
    this.cutRate = perSecond
  }

  /** Requests per second allowed now. */
  rate(): number {
    const climbed = this.cutRate + Math.floor((this.clock.now() - this.cutAt) / WINDOW_MS)
    return Math.min(this.perSecond, climbed)
  }

  /**
   * Alma refused a request for the per-second limit. Halves the rate, at most once a second:
   * requests begun in the same second were refused for the same overload.
   */
  refused(): void {
    const now = this.clock.now()
    if (now - this.cutAt < WINDOW_MS) return
    this.cutRate = Math.max(MIN_REQUESTS_PER_SECOND, Math.floor(this.rate() / 2))
    this.cutAt = now
  }

  /**
   * Resolves when a request may begin, and counts it as begun. With `signal`: resolves at once
   * when it aborts, and the request is not counted (the caller checks the signal).
   */
  take(signal?: AbortSignal): Promise<void> {
    const turn = this.lastTurn.then(() => this.waitForRoom(signal))
    this.lastTurn = turn
    if (!signal) return turn
    return untilAborted(turn, signal).then(() => undefined)
  }

  private async waitForRoom(signal: AbortSignal | undefined): Promise<void> {
    for (;;) {
      if (signal?.aborted) return
      const now = this.clock.now()
      while (this.starts.length > 0 && now - this.starts[0]! >= WINDOW_MS) this.starts.shift()
      const rate = this.rate()
      if (this.starts.length < rate) {
        this.starts.push(now)
        return
      }
      // The oldest start that must age out before there is room at this rate.
      await this.clock.sleep(this.starts[this.starts.length - rate]! + WINDOW_MS - now, signal)
    }
  }
}
