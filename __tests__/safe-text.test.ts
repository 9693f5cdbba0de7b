// The one escape every log line and terminal line goes through (src/text/safe.ts).
import { describe, expect, test } from 'vitest'
import { MAX_LINE_CHARS, neutralizeCommands, printable, safeLine } from '../src/text/safe.js'

describe('safeLine', () => {
  test.each([
    ['Nightly\n::error::INJECTED', 'Nightly\\n::error::INJECTED'],
    ['x\r\n::add-mask::INJECTED', 'x\\r\\n::add-mask::INJECTED'],
    ['::stop-commands::INJECTED', ': :stop-commands::INJECTED'],
    ['   ::warning::INJECTED', '   : :warning::INJECTED'],
    ['a ##[error]INJECTED', 'a ## [error]INJECTED'],
    ['OSC \x1b]52;c;ZXZpbA==\x07 bell', 'OSC \\u001b]52;c;ZXZpbA==\\u0007 bell'],
    ['line\u2028sep\u0085nel', 'line\\u2028sep\\u0085nel'],
    ['Export Things & Stuff (M11111)', 'Export Things & Stuff (M11111)']
  ])('%j → %j', (text, shown) => {
    expect(safeLine(text)).toBe(shown)
    expect(safeLine(text)).not.toMatch(/^\s*::/)
    expect(safeLine(text)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/)
  })

  test('a line has a bounded length', () => {
    expect(safeLine('x'.repeat(100_000))).toHaveLength(MAX_LINE_CHARS)
  })

  test('printable keeps text on one line; neutralizeCommands leaves ordinary lines alone', () => {
    expect(printable('a\tb\nc')).toBe('a\\tb\\nc')
    expect(neutralizeCommands('ID: M1\t\tName: x')).toBe('ID: M1\t\tName: x')
  })
})
