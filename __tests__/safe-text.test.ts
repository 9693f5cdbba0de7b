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
    ['evil\u202egnp.exe and \u2066isolate\u2069 \u200fmark', 'evil\\u202egnp.exe and \\u2066isolate\\u2069 \\u200fmark'],
    ['Export Things & Stuff (M11111)', 'Export Things & Stuff (M11111)']
  ])('%j → %j', (text, shown) => {
    expect(safeLine(text)).toBe(shown)
    expect(safeLine(text)).not.toMatch(/^\s*::/)
    expect(safeLine(text)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/)
  })

  test('a line has a bounded length', () => {
    expect(safeLine('x'.repeat(100_000))).toHaveLength(MAX_LINE_CHARS)
  })

  test('the cut never splits a character outside the BMP', () => {
    // Emoji are two code units; with one x in front, an unlucky cut falls between the halves.
    for (const text of ['😀'.repeat(5000), `x${'😀'.repeat(5000)}`]) {
      const line = safeLine(text)
      expect(line.length).toBeLessThanOrEqual(MAX_LINE_CHARS)
      expect(line).toMatch(/^(?:😀|x)+…$/u)
      expect(line).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/)
    }
  })

  test('printable keeps text on one line; neutralizeCommands leaves ordinary lines alone', () => {
    expect(printable('a\tb\nc')).toBe('a\\tb\\nc')
    expect(neutralizeCommands('ID: M1\t\tName: x')).toBe('ID: M1\t\tName: x')
  })
})
