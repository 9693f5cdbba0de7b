// The one clipping of text (alma/text.ts) and the key scrubbing that must happen before it
// (errors.ts redact): a cut key is still a key.
import { describe, expect, test } from 'vitest'
import { KEY_RUN_CHARS, KeyScrubber, redact } from '../src/alma/errors.js'
import { clip, flatten } from '../src/alma/text.js'

const KEY = 'l7xx3f9a2c8e1b7d4a6f0e9c2b5a8d1e3f7c'

function leakedWindow(text: string, key = KEY): string | undefined {
  for (let i = 0; i + KEY_RUN_CHARS <= key.length; i++) {
    if (text.includes(key.slice(i, i + KEY_RUN_CHARS))) return key.slice(i, i + KEY_RUN_CHARS)
  }
  return undefined
}

describe('flatten and clip', () => {
  test('whitespace and control characters become one space, the ends trimmed', () => {
    expect(flatten('  a\n\n\tb\r\nc \u2028 d\x1b[2J\u0000e  ')).toBe('a b c d [2J e')
  })

  test('at most maxChars code points, the … included', () => {
    expect(clip('abcdef', 6)).toBe('abcdef')
    expect(clip('abcdefg', 6)).toBe('abcde…')
    expect(clip('a\n b', 3)).toBe('a b')
    expect(clip('abc', 1)).toBe('…')
  })

  test('never splits a surrogate pair, and counts it as one character', () => {
    const text = '😀😀😀😀'
    expect(clip(text, 4)).toBe(text)
    expect(clip(text, 3)).toBe('😀😀…')
    expect(clip(`${text}x`, 5)).toBe(`${text}x`)
  })
})

describe('redact', () => {
  test('any run of 8 or more characters of the key, wherever it starts', () => {
    for (let start = 0; start + KEY_RUN_CHARS <= KEY.length; start++) {
      for (const length of [KEY_RUN_CHARS, 13, KEY.length - start]) {
        const part = KEY.slice(start, start + length)
        if (part.length < KEY_RUN_CHARS) continue
        expect(redact(`<${part}>`, [KEY])).toBe('<[redacted]>')
      }
    }
  })

  test('35 of 36 characters, a key broken by one character, overlapping pieces: nothing of 8 survives', () => {
    const texts = [
      `sent: ${KEY.slice(0, 35)}…`,
      `${KEY.slice(0, 18)}-${KEY.slice(18)}`,
      `${KEY.slice(0, 12)}${KEY.slice(6, 30)}${KEY.slice(20)}`,
      `${KEY}${KEY}`
    ]
    for (const text of texts) {
      const scrubbed = redact(text, [KEY])
      expect(leakedWindow(scrubbed)).toBeUndefined()
      expect(scrubbed).toContain('[redacted]')
    }
    expect(redact(`${KEY.slice(0, 18)}-${KEY.slice(18)}`, [KEY])).toBe('[redacted]-[redacted]')
    expect(redact(`${KEY}${KEY}`, [KEY])).toBe('[redacted]')
  })

  test('fewer than 8 characters of the key are left alone, and so is other text', () => {
    expect(redact(`id ${KEY.slice(4, 11)} and l7xx of the API`, [KEY])).toBe(`id ${KEY.slice(4, 11)} and l7xx of the API`)
  })

  test('the URL-encoded form, and apikey= values of any key', () => {
    const key = 'l7xx+abc/def=ghij:klm'
    expect(redact(`?k=${encodeURIComponent(key)}&x=1`, [key])).toBe('?k=[redacted]&x=1')
    expect(redact(`GET /almaws/v1/conf/jobs?apikey=someoneelse&limit=1`, [key])).toBe(
      'GET /almaws/v1/conf/jobs?apikey=[redacted]&limit=1'
    )
  })

  test('a short key is replaced whole; one under 4 characters is not searched for', () => {
    expect(redact('a k3y_x b', ['k3y_x'])).toBe('a [redacted] b')
    expect(redact('a ab b', ['ab'])).toBe('a ab b')
  })

  test('a multi-MB text with the key in it is scrubbed in well under a second', () => {
    const filler = '0123456789abcdef'.repeat(256 * 1024) // 4 MiB of hex, like the key's characters
    const text = `${filler}${KEY.slice(2, 30)}${filler}`
    const started = performance.now()
    const scrubbed = new KeyScrubber([KEY]).scrub(text)
    expect(performance.now() - started).toBeLessThan(1000)
    expect(scrubbed.length).toBe(filler.length * 2 + '[redacted]'.length)
    expect(leakedWindow(scrubbed)).toBeUndefined()
  })
})
