// almajob.ini, in the old PHP script's format (PHP parse_ini_file): `key = value` lines,
// values optionally quoted, `;` and `#` comments. [sections] are tolerated and ignored:
// the old script read every key at the top level, so a sectioned file means the same.
import { ConfigError } from '../alma/errors.js'

/** Keys lower-cased; a later line wins over an earlier one, as in PHP. */
export type IniValues = Record<string, string>

export function parseIni(text: string, source = 'almajob.ini'): IniValues {
  const values: IniValues = {}
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/)
  lines.forEach((raw, index) => {
    const line = raw.trim()
    if (line === '' || line.startsWith(';') || line.startsWith('#')) return
    if (/^\[[^\]]*\]$/.test(line)) return
    const equals = line.indexOf('=')
    if (equals <= 0) {
      // The line itself is not echoed: it may be a bare API key.
      throw new ConfigError(`${source} line ${index + 1}: expected "key = value"`)
    }
    const key = line.slice(0, equals).trim().toLowerCase()
    values[key] = parseValue(line.slice(equals + 1).trim(), `${source} line ${index + 1}`)
  })
  return values
}

function parseValue(text: string, where: string): string {
  const quote = text[0]
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, 1)
    if (close === -1) throw new ConfigError(`${where}: the value's closing ${quote} is missing`)
    const rest = text.slice(close + 1).trim()
    if (rest !== '' && !rest.startsWith(';') && !rest.startsWith('#')) {
      throw new ConfigError(`${where}: unexpected text after the closing ${quote}`)
    }
    return text.slice(1, close)
  }
  // An unquoted value ends at a comment; keys and URLs never hold " ;" or " #".
  const comment = text.search(/\s[;#]/)
  return (comment === -1 ? text : text.slice(0, comment)).trim()
}
