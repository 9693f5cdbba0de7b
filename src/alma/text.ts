// The one home of text clipping for the whole project: whatever is shown to a person on one
// line (an error message, a log line, a table cell) is flattened and cut here.

/** Whitespace and control characters: a line break in a log line could start a new workflow command. */
const BREAKS = /[\s\p{Cc}]+/gu

/** Every run of whitespace or control characters becomes one space; the ends are trimmed. */
export function flatten(text: string): string {
  return text.replace(BREAKS, ' ').trim()
}

/**
 * `text` on one line (flatten), at most `maxChars` code points, '…' included when cut. Cuts
 * between code points, so no half of a surrogate pair is left behind.
 */
export function clip(text: string, maxChars: number): string {
  const flat = flatten(text)
  const max = Math.max(1, Math.floor(maxChars))
  if (flat.length <= max) return flat // code units ≥ code points
  let kept = 0
  let end = 0
  for (const char of flat) {
    if (kept === max - 1) {
      // Room for the rest only if exactly one code point is left.
      return end + char.length === flat.length ? flat : `${flat.slice(0, end)}…`
    }
    kept++
    end += char.length
  }
  return flat
}
