// stderr while waiting. On a terminal, one progress line redraws in place (\r + clear
// line) and its elapsed time ticks each second; log lines are written above it. On a pipe,
// or with NO_COLOR or CI set, each change is one plain line: logs and CI runners show
// control characters as garbage.
import type { JobInstance } from '../alma/types.js'
import { safeLine } from '../text/safe.js'
import { formatElapsed, statusLine } from './output.js'

export interface TextStream {
  write(text: string): unknown
  isTTY?: boolean
  /** Terminal width; the live line is cut to fit, since a wrapped line cannot be redrawn by \r. */
  columns?: number
}

const CLEAR_LINE = '\r\x1b[2K'

/** Live redraws only on an interactive terminal whose user did not opt out. */
export function wantsLiveProgress(stream: TextStream, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && !isSet(env.NO_COLOR) && !isSet(env.CI)
}

function isSet(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false'
}

/** One line of Alma's status: inert in a terminal and in a workflow log, and of bounded length. */
export function progressText(instance: JobInstance, elapsedMs: number): string {
  const percent = instance.progress === undefined ? '' : ` ${instance.progress}%`
  return safeLine(`${statusLine(instance)}${percent} (${formatElapsed(elapsedMs)} elapsed)`)
}

export interface DisplayOptions {
  live: boolean
  now?: () => number
  /** How often the live line's elapsed time is redrawn. */
  tickMs?: number
}

export class StderrDisplay {
  private readonly stream: TextStream
  private readonly live: boolean
  private readonly now: () => number
  private readonly tickMs: number
  private current?: { instance: JobInstance; startedAt: number }
  private lastPlain?: string
  private drawn = false
  private ticker?: NodeJS.Timeout

  constructor(stream: TextStream, options: DisplayOptions) {
    this.stream = stream
    this.live = options.live
    this.now = options.now ?? Date.now
    this.tickMs = options.tickMs ?? 1000
  }

  /** A log line; on a terminal it goes above the progress line, which is then redrawn. */
  line(text: string): void {
    if (this.drawn) this.stream.write(CLEAR_LINE)
    this.stream.write(`${text}\n`)
    this.drawn = false
    if (this.current) this.draw()
  }

  progress(instance: JobInstance, elapsedMs: number): void {
    this.current = { instance, startedAt: this.now() - elapsedMs }
    if (!this.live) {
      // The commands call on each change already; this also drops repeats of one state.
      const key = `${instance.status.value} ${instance.progress ?? ''}`
      if (key === this.lastPlain) return
      this.lastPlain = key
      this.stream.write(`${progressText(instance, elapsedMs)}\n`)
      return
    }
    this.draw()
    if (!this.ticker) {
      this.ticker = setInterval(() => this.draw(), this.tickMs)
      this.ticker.unref()
    }
  }

  /** Ends the live line (so what follows starts on a fresh line) and stops the ticker. */
  stop(): void {
    if (this.ticker) clearInterval(this.ticker)
    this.ticker = undefined
    if (this.drawn) this.stream.write('\n')
    this.drawn = false
    this.current = undefined
  }

  private draw(): void {
    if (!this.live || !this.current) return
    const text = progressText(this.current.instance, this.now() - this.current.startedAt)
    const width = this.stream.columns
    const fitted = width && width > 1 && text.length >= width ? `${text.slice(0, width - 2)}…` : text
    this.stream.write(`${CLEAR_LINE}${fitted}`)
    this.drawn = true
  }
}
