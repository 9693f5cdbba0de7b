// JSON whose numbers stay exactly as written. Ids exceed 2^53 (alma-api.md §7.4): read through a
// float, 9563643080000561 becomes 9563643080000560. The JSON reviver's source text would help,
// but only on newer Node; this works on any: numbers are quoted before JSON.parse sees them.

/** A JSON number token, matched where the scan stands. */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y

/**
 * JSON.parse, with every number given back as its text (`1e3` stays "1e3"). Bad JSON throws
 * JSON.parse's own SyntaxError, whose position refers to the text as given.
 */
export function parseJsonKeepingNumbers(text: string): unknown {
  JSON.parse(text) // first as given: a mistake is reported where the user made it
  return JSON.parse(quoteNumbers(text))
}

/** Valid JSON in, valid JSON out: each number outside a string wrapped in quotes. */
function quoteNumbers(text: string): string {
  const parts: string[] = []
  let copied = 0
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '"') {
      // Skip the string; an escape takes the character after it along.
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++
      continue
    }
    if (char !== '-' && (char < '0' || char > '9')) continue
    NUMBER.lastIndex = i
    const match = NUMBER.exec(text)
    if (!match) continue
    parts.push(text.slice(copied, i), `"${match[0]}"`)
    i += match[0].length - 1
    copied = i + 1
  }
  parts.push(text.slice(copied))
  return parts.join('')
}
