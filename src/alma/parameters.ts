// A run's parameters, one shape both ways: what the user typed (the "Run a job" wizard's XML,
// Alma's JSON body, a JSON object, or `name: value` lines) into JobParameter[], and
// JobParameter[] into the run request's body (alma-api.md §3.3). Every failure is a
// ConfigError of one line.
import { ConfigError } from './errors.js'
import { parseJsonKeepingNumbers } from './json-numbers.js'
import { clip } from './text.js'
import type { JobParameter } from './types.js'
import { lazyXmlParser, validateXml } from './xml.js'

/** How much of what the user gave a message quotes. */
const QUOTED_CHARS = 60

/**
 * A run's parameters (alma-api.md §3.3) from any of:
 * - the XML body of the "Run a job" wizard's "API information":
 *   `<job><parameters><parameter><name>set_id</name><value>…</value></parameter>…</parameters></job>`
 * - Alma's JSON body `{"parameter":[{"name":{"value":"set_id"},"value":"…"}]}`
 * - a JSON object `{"set_id": "123", …}`
 * - a flat YAML mapping, one `name: value` a line.
 * Values stay exact strings (ids exceed 2^53, §7.4). Empty text → no parameters.
 */
export function parseParameters(text: string, name = 'parameters'): JobParameter[] {
  const body = text.replace(/^\uFEFF/, '').trim()
  if (body === '') return []
  let parameters: JobParameter[]
  if (body.startsWith('<')) parameters = parseXmlParameters(body, name)
  else if (body.startsWith('{') || body.startsWith('[')) parameters = parseJsonParameters(body, name)
  else parameters = parseYamlParameters(body, name)

  const seen = new Set<string>()
  for (const parameter of parameters) {
    if (parameter.name === '') throw new ConfigError(`${name}: a parameter has an empty name`)
    if (seen.has(parameter.name)) {
      throw new ConfigError(`${name}: '${clip(parameter.name, QUOTED_CHARS)}' is given twice; give each parameter once`)
    }
    seen.add(parameter.name)
  }
  return parameters
}

const xmlParser = lazyXmlParser({
  ignoreAttributes: true, // `<name desc="…">` carries the name as text
  parseTagValue: false, // "0012" and 9563643080000561 stay as written
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
  htmlEntities: true, // also decodes &#233; and &#x41;
  isArray: (tag) => tag === 'parameter' || tag === 'parameters'
})

function parseXmlParameters(body: string, name: string): JobParameter[] {
  const valid = validateXml(body)
  if (valid !== true) {
    throw new ConfigError(
      `${name}: the XML is not well-formed (line ${valid.err.line}, column ${valid.err.col}: ${xmlProblem(valid.err.msg)})`
    )
  }
  // The wizard never sends a DTD; refusing one rules out entity expansion tricks.
  if (/<!DOCTYPE/i.test(body)) throw new ConfigError(`${name}: XML with a <!DOCTYPE> is not accepted; paste the <job> body only`)
  let doc: Record<string, unknown>
  try {
    doc = xmlParser.parse(body) as Record<string, unknown>
  } catch (error) {
    // The parser's own limits (e.g. nesting) throw plain Errors.
    throw new ConfigError(
      `${name}: the XML could not be read (${clip(String((error as Error)?.message ?? error), QUOTED_CHARS)})`
    )
  }
  const rootName = Object.keys(doc)[0]
  if (rootName !== 'job' || Object.keys(doc).length !== 1) {
    throw new ConfigError(
      `${name}: XML root is <${rootName ?? ''}>; expected <job><parameters><parameter>… as in Alma's "API information"`
    )
  }
  const job = doc.job
  if (job === '' || job === undefined) return [] // <job/>
  if (!isRecord(job)) throw new ConfigError(`${name}: <job> must hold <parameters>, not text`)
  const lists = (job.parameters ?? []) as unknown[]
  const parameters: JobParameter[] = []
  for (const list of lists) {
    if (list === '') continue // <parameters/>
    if (!isRecord(list)) throw new ConfigError(`${name}: <parameters> must hold <parameter> elements, not text`)
    for (const item of (list.parameter ?? []) as unknown[]) {
      const position = `<parameter> number ${parameters.length + 1}`
      if (!isRecord(item)) throw new ConfigError(`${name}: ${position} must hold <name> and <value>`)
      if (typeof item.name !== 'string') throw new ConfigError(`${name}: ${position} needs one <name> with text`)
      if (typeof item.value !== 'string') {
        throw new ConfigError(
          `${name}: parameter '${clip(item.name, QUOTED_CHARS)}' needs one <value> with text (<value/> for empty)`
        )
      }
      parameters.push({ name: item.name, value: item.value })
    }
  }
  return parameters
}

function parseJsonParameters(body: string, name: string): JobParameter[] {
  let doc: unknown
  try {
    // Numbers come back as their text, on every Node: 9563643080000561 must stay exact (§7.4).
    doc = parseJsonKeepingNumbers(body)
  } catch (error) {
    throw new ConfigError(`${name}: not valid JSON (${(error as Error).message.split('\n')[0]})`)
  }
  // Alma's own body (`parameter` may be one object, §7.1), or a plain list of {name, value}.
  let items: unknown[] | undefined
  if (Array.isArray(doc)) items = doc
  else if (isRecord(doc) && Array.isArray(doc.parameter)) items = doc.parameter
  else if (isRecord(doc) && isRecord(doc.parameter)) items = [doc.parameter]
  if (items) {
    return items.map((item, index) => {
      const position = `parameter number ${index + 1}`
      if (!isRecord(item))
        throw new ConfigError(`${name}: ${position} is not an object like {"name":{"value":"set_id"},"value":"…"}`)
      const paramName = isRecord(item.name) ? item.name.value : item.name
      if (typeof paramName !== 'string')
        throw new ConfigError(`${name}: ${position} has no name; use {"name":{"value":"set_id"},"value":"…"}`)
      return { name: paramName, value: scalarText(item.value, paramName, name) }
    })
  }
  if (!isRecord(doc)) throw new ConfigError(`${name}: JSON must be an object like {"set_id": "123"}`)
  return Object.entries(doc).map(([key, value]) => ({ name: key, value: scalarText(value, key, name) }))
}

function scalarText(value: unknown, paramName: string, name: string): string {
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return String(value)
  throw new ConfigError(
    `${name}: the value of '${clip(paramName, QUOTED_CHARS)}' is ${value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value}; give text or a number`
  )
}

/**
 * A strict subset of YAML: a flat block mapping. Plain values are kept as their
 * exact text (no number/boolean conversion); quoted values follow YAML's quoting.
 */
function parseYamlParameters(body: string, name: string): JobParameter[] {
  const parameters: JobParameter[] = []
  const lines = body.split(/\r?\n/)
  const isBlank = (line: string): boolean => /^\s*(#.*)?$/.test(line)
  let started = false
  for (const [index, line] of lines.entries()) {
    const where = `${name}: line ${index + 1}`
    if (isBlank(line)) continue
    // A document start marker may open the mapping, as in a copied YAML file.
    if (!started && line.trimEnd() === '---') {
      started = true
      continue
    }
    started = true
    if (/^\s/.test(line))
      throw new ConfigError(`${where}: indented lines (nested values) are not supported; write one 'name: value' a line`)
    if (/^-(\s|$)/.test(line)) throw new ConfigError(`${where}: lists are not supported; write one 'name: value' a line`)
    const match = /^([A-Za-z0-9_][\w.-]*)[ \t]*:(?:[ \t]+(.*))?$/.exec(line)
    if (!match) throw new ConfigError(`${where}: '${clip(line, QUOTED_CHARS)}' is not 'name: value'`)
    const key = match[1]!
    const raw = (match[2] ?? '').trim()
    if (raw === '' || raw.startsWith('#')) {
      // `name:` followed by indented lines is a nested list or mapping in YAML.
      const next = lines.slice(index + 1).find((other) => !isBlank(other))
      if (next !== undefined && /^\s/.test(next)) {
        throw new ConfigError(
          `${where}: '${clip(key, QUOTED_CHARS)}' holds a nested list or mapping; only flat 'name: value' lines are supported`
        )
      }
      throw new ConfigError(`${where}: '${clip(key, QUOTED_CHARS)}' has no value; write ${key}: '' for an empty one`)
    }
    parameters.push({ name: key, value: yamlValue(raw, key, where) })
  }
  return parameters
}

/** A non-empty value after `name: `, as YAML would read it, but never converted. */
function yamlValue(text: string, key: string, where: string): string {
  const first = text[0]!
  if (first === '"' || first === "'") {
    const { value, rest } = first === '"' ? doubleQuoted(text, where) : singleQuoted(text, where)
    // After the closing quote: nothing, or whitespace and a comment.
    if (!/^(\s+(#.*)?)?$/.test(rest)) {
      throw new ConfigError(`${where}: unexpected text after the quoted value of '${clip(key, QUOTED_CHARS)}'`)
    }
    return value
  }
  if ('[{'.includes(first))
    throw new ConfigError(`${where}: '${clip(key, QUOTED_CHARS)}' holds a list or mapping; only single values are supported`)
  if ('|>'.includes(first))
    throw new ConfigError(`${where}: block scalars (| or >) are not supported; quote the value on one line`)
  if ('&*!@`%'.includes(first)) {
    throw new ConfigError(
      `${where}: a value starting with '${first}' must be quoted in YAML; write ${key}: "${clip(text, QUOTED_CHARS)}"`
    )
  }
  // ` #` starts a comment; `#` inside a word does not (YAML 1.2 plain scalars).
  const value = text.replace(/\s+#.*$/, '').trimEnd()
  if (/:(\s|$)/.test(value)) {
    throw new ConfigError(
      `${where}: the value of '${clip(key, QUOTED_CHARS)}' contains ': '; quote it: ${key}: "${clip(value, QUOTED_CHARS)}"`
    )
  }
  return value
}

const YAML_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029'
}

function doubleQuoted(text: string, where: string): { value: string; rest: string } {
  let value = ''
  for (let i = 1; i < text.length; i++) {
    const char = text[i]!
    if (char === '"') return { value, rest: text.slice(i + 1) }
    if (char !== '\\') {
      value += char
      continue
    }
    const escape = text[++i]
    const hexLength = escape === 'x' ? 2 : escape === 'u' ? 4 : escape === 'U' ? 8 : 0
    if (hexLength) {
      const hex = text.slice(i + 1, i + 1 + hexLength)
      if (!new RegExp(`^[0-9a-fA-F]{${hexLength}}$`).test(hex))
        throw new ConfigError(`${where}: bad \\${escape} escape in a quoted value`)
      value += String.fromCodePoint(parseInt(hex, 16))
      i += hexLength
    } else if (escape !== undefined && escape in YAML_ESCAPES) {
      value += YAML_ESCAPES[escape]
    } else {
      throw new ConfigError(`${where}: unknown escape '\\${escape ?? ''}' in a double-quoted value`)
    }
  }
  throw new ConfigError(`${where}: the double-quoted value has no closing '"' on this line`)
}

function singleQuoted(text: string, where: string): { value: string; rest: string } {
  let value = ''
  for (let i = 1; i < text.length; i++) {
    const char = text[i]!
    if (char !== "'") {
      value += char
    } else if (text[i + 1] === "'") {
      value += "'" // '' is a quote inside single quotes
      i++
    } else {
      return { value, rest: text.slice(i + 1) }
    }
  }
  throw new ConfigError(`${where}: the single-quoted value has no closing "'" on this line`)
}

/** §3.3: JSON has no `job` wrapper; with no parameters send `{}` / `<job/>`, never nothing. */
export function runRequestBody(parameters: JobParameter[], format: 'json' | 'xml'): string {
  if (format === 'json') {
    if (parameters.length === 0) return '{}'
    return JSON.stringify({ parameter: parameters.map((p) => ({ name: { value: p.name }, value: p.value })) })
  }
  if (parameters.length === 0) return '<job/>'
  const items = parameters.map((p) => `<parameter><name>${xmlText(p.name)}</name><value>${xmlText(p.value)}</value></parameter>`)
  return `<job><parameters>${items.join('')}</parameters></job>`
}

function xmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** fast-xml-parser lists unclosed tags as a JSON array; name them as a person would. */
function xmlProblem(message: string): string {
  const unclosed = /^Invalid '\[(.*)\]' found\.?$/s.exec(message)
  if (!unclosed) return message.replace(/\.$/, '')
  const tags = [...unclosed[1].matchAll(/"([^"]+)"/g)].map((match) => `<${match[1]}>`)
  return `${tags.join(', ')} never closed`
}
