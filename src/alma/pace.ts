// Staying under Alma's per-second limit: 25 calls/s per institution, shared by every key and
// program of the institution (alma-jobs-api.md §6). Concurrency alone cannot promise that,
// since the rate it gives depends on how fast Alma answers; counting request starts can.

/** A fifth of the institution's 25 calls/s is left to its other programs. */
export const DEFAULT_REQUESTS_PER_SECOND = 20

const WINDOW_MS = 1000

export interface PacerClock {
  now(): number
  sleep(ms: number): Promise<void>
}

/**
 * Real time, whatever clock the client was given: tests that fake the client's clock to skip
 * backoff must not fake away the pause that keeps Alma from refusing requests.
 */
const realClock: PacerClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
}

/** At most `perSecond` requests begin in any rolling second; the rest wait their turn, first come first served. */
export class RequestPacer {
  /** When the requests of the last second began, oldest first. */
  private readonly starts: number[] = []
  private lastTurn: Promise<void> = Promise.resolve()

  constructor(
    private readonly perSecond: number,
    private readonly clock: PacerClock = realClock
  ) {}

  /** Resolves when a request may begin, and counts it as begun. */
  take(): Promise<void> {
    const turn = this.lastTurn.then(() => this.waitForRoom())
    this.lastTurn = turn
    return turn
  }

  private async waitForRoom(): Promise<void> {
    for (;;) {
      const now = this.clock.now()
      while (this.starts.length > 0 && now - this.starts[0] >= WINDOW_MS) this.starts.shift()
      if (this.starts.length < this.perSecond) {
        this.starts.push(now)
        return
      }
      await this.clock.sleep(this.starts[0] + WINDOW_MS - now)
    }
  }
}
