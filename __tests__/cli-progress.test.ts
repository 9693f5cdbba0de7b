// The progress line: redrawn in place on a terminal, one plain line per change elsewhere.
import { afterEach, describe, expect, test, vi } from 'vitest'
import type { JobInstance } from '../src/alma/types.js'
import { StderrDisplay, wantsLiveProgress, type TextStream } from '../src/cli/progress.js'
import { MAX_LINE_CHARS } from '../src/text/safe.js'

function stream(isTTY: boolean, columns?: number): TextStream & { text: string } {
  const out = { text: '', isTTY, columns, write: (chunk: string) => (out.text += chunk) }
  return out
}

function instance(status: string, progress?: number): JobInstance {
  return {
    id: '1',
    status: { value: status, desc: status === 'RUNNING' ? 'Running' : undefined },
    progress,
    alerts: [],
    counters: [],
    actions: []
  }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('wantsLiveProgress', () => {
  test('only on a terminal without NO_COLOR or CI', () => {
    expect(wantsLiveProgress(stream(true), {})).toBe(true)
    expect(wantsLiveProgress(stream(false), {})).toBe(false)
    expect(wantsLiveProgress(stream(true), { NO_COLOR: '1' })).toBe(false)
    expect(wantsLiveProgress(stream(true), { CI: 'true' })).toBe(false)
    expect(wantsLiveProgress(stream(true), { NO_COLOR: '' })).toBe(true)
    expect(wantsLiveProgress(stream(true), { CI: 'false' })).toBe(true)
  })
})

describe('plain lines', () => {
  test('one line per change, repeats dropped, no control characters', () => {
    const out = stream(false)
    const display = new StderrDisplay(out, { live: false })
    display.progress(instance('QUEUED', 0), 0)
    display.progress(instance('QUEUED', 0), 1000)
    display.progress(instance('RUNNING', 40), 65_000)
    display.stop()
    expect(out.text).toBe('QUEUED 0% (0s elapsed)\nRUNNING - Running 40% (1m 05s elapsed)\n')
    expect(out.text).not.toMatch(/[\r\x1b]/)
  })

  test('a 100 KB status description from Alma yields one bounded line', () => {
    const out = stream(false)
    const display = new StderrDisplay(out, { live: false })
    const huge: JobInstance = { ...instance('RUNNING', 5), status: { value: 'RUNNING', desc: 'x'.repeat(100_000) } }
    display.progress(huge, 0)
    display.stop()
    const lines = out.text.split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0].startsWith('RUNNING - xxx')).toBe(true)
    expect(lines[0].length).toBeLessThanOrEqual(MAX_LINE_CHARS)
  })
})

describe('live line', () => {
  test('redraws in place with \\r and clear-line, ticks the elapsed time, ends with a newline', () => {
    vi.useFakeTimers()
    let now = 100_000
    const out = stream(true)
    const display = new StderrDisplay(out, { live: true, now: () => now, tickMs: 1000 })
    display.progress(instance('QUEUED', 0), 0)
    now += 1000
    vi.advanceTimersByTime(1000)
    display.progress(instance('RUNNING', 40), 2000)
    display.stop()
    expect(out.text).toBe(
      '\r\x1b[2KQUEUED 0% (0s elapsed)' + '\r\x1b[2KQUEUED 0% (1s elapsed)' + '\r\x1b[2KRUNNING - Running 40% (2s elapsed)' + '\n'
    )
    // Stopped: no more ticks.
    vi.advanceTimersByTime(5000)
    expect(out.text.endsWith('\n')).toBe(true)
  })

  test('log lines go above the progress line, which is redrawn', () => {
    const out = stream(true)
    const display = new StderrDisplay(out, { live: true, now: () => 0 })
    display.progress(instance('RUNNING', 10), 0)
    display.line('warning: something')
    display.stop()
    expect(out.text).toBe(
      '\r\x1b[2KRUNNING - Running 10% (0s elapsed)\r\x1b[2Kwarning: something\n\r\x1b[2KRUNNING - Running 10% (0s elapsed)\n'
    )
  })

  test('cut to the terminal width, since a wrapped line cannot be redrawn', () => {
    const out = stream(true, 12)
    const display = new StderrDisplay(out, { live: true, now: () => 0 })
    display.progress(instance('RUNNING', 10), 0)
    display.stop()
    expect(out.text).toBe('\r\x1b[2KRUNNING - …\n')
  })
})
