// Parsing of user input shared by the action and the CLI. Every failure is a
// ConfigError of one line: the input's name, what was given, what is allowed.
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { ConfigError } from './alma/errors.js'
import type { JobParameter } from './alma/types.js'

const MS_PER_UNIT: Record<string, number> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1 }
const UNIT_ORDER = ['d', 'h', 'm', 's', 'ms']
const DURATION_HINT = 'use seconds or 90s, 30m, 2h, 1h30m'

export interface DurationLimits {
  /** Accept 0 (e.g. a TTL of 0 = always refetch). Default false. */
  allowZero?: boolean
}

/**
 * '90' (seconds), '90s', '30m', '2h', '1d', '1h30m', '1.5h', '500ms' → milliseconds.
 * Parts go from the largest unit to the smallest, each at most once.
 */
export function parseDuration(name: string, text: string, limits: DurationLimits = {}): number {
  const given = text.trim()
  const fail = (why = `is not a duration; ${DURATION_HINT}`): never => {
    throw new ConfigError(`${name}: '${clip(given)}' ${why}`)
  }
  if (given.startsWith('-')) fail(`is negative; ${DURATION_HINT}`)
  let ms: number
  if (/^\d+(\.\d+)?$/.test(given)) {
    ms = Number(given) * 1000
  } else {
    const lower = given.toLowerCase()
    // Sticky: the parts must cover the whole text, so '2 hours' or '5x' fail.
    const parts = [...lower.matchAll(/(\d+(?:\.\d+)?)(ms|[dhms])\s*/gy)]
    if (parts.length === 0 || parts.map((part) => part[0]).join('') !== lower) fail()
    let lastUnit = -1
    ms = 0
    for (const [, amount, unit] of parts) {
      const order = UNIT_ORDER.indexOf(unit!)
      if (order <= lastUnit) fail(`is not a duration; give each unit once, largest first (1h30m); ${DURATION_HINT}`)
      lastUnit = order
      ms += Number(amount) * MS_PER_UNIT[unit!]!
    }
  }
  ms = Math.round(ms)
  if (!Number.isSafeInteger(ms)) fail(`is too long; ${DURATION_HINT}`)
  if (ms === 0 && !limits.allowZero) fail('must be more than zero')
  return ms
}

/** Case-insensitive, trimmed; returns the allowed spelling. */
export function parseChoice<T extends string>(name: string, text: string, allowed: readonly T[]): T {
  const given = text.trim()
  const match = allowed.find((choice) => choice.toLowerCase() === given.toLowerCase())
  if (match === undefined) {
    throw new ConfigError(`${name}: '${clip(given)}' is not one of ${allowed.join(', ')}`)
  }
  return match
}

const TRUE_WORDS = ['true', 'yes', 'on', '1']
const FALSE_WORDS = ['false', 'no', 'off', '0']

/**
 * GitHub's getBooleanInput takes the YAML 1.2 core spellings (true/True/TRUE, false/…);
 * this also takes yes/no/on/off/1/0, in any case, since the CLI reads the same words from ini files.
 */
export function parseBoolean(name: string, text: string): boolean {
  const given = text.trim().toLowerCase()
  if (TRUE_WORDS.includes(given)) return true
  if (FALSE_WORDS.includes(given)) return false
  throw new ConfigError(`${name}: '${clip(text.trim())}' is not a boolean; use true or false`)
}

/** YYYY-MM-DD, a real calendar date (the instance filters of alma-jobs-api.md §2). */
export function parseDate(name: string, text: string): string {
  const given = text.trim()
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(given)
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
    const date = new Date(Date.UTC(year, month - 1, day))
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return given
  }
  throw new ConfigError(`${name}: '${clip(given)}' is not a date; use YYYY-MM-DD, e.g. 2025-01-31`)
}

/**
 * A run's parameters (alma-jobs-api.md §3.3) from any of:
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
      throw new ConfigError(`${name}: '${clip(parameter.name)}' is given twice; give each parameter once`)
    }
    seen.add(parameter.name)
  }
  return parameters
}

const xmlParser = new XMLParser({
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
  const valid = XMLValidator.validate(body)
  if (valid !== true) {
    throw new ConfigError(
      `${name}: the XML is not well-formed (line ${valid.err.line}, column ${valid.err.col}: ${xmlProblem(valid.err.msg)})`
    )
  }
  // The wizard never sends a DTD; refusing one rules out entity expansion tricks.
  if (/<!DOCTYPE/i.test(body)) throw new ConfigError(`${name}: XML with a <!DOCTYPE> is not accepted; paste the <job> body only`)
  const doc = xmlParser.parse(body) as Record<string, unknown>
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
        throw new ConfigError(`${name}: parameter '${clip(item.name)}' needs one <value> with text (<value/> for empty)`)
      }
      parameters.push({ name: item.name, value: item.value })
    }
  }
  return parameters
}

function parseJsonParameters(body: string, name: string): JobParameter[] {
  let doc: unknown
  try {
    // Keep numbers as their source text (Node ≥ 22 reviver context): 9563643080000561 must stay exact.
    doc = JSON.parse(body, (_key, value: unknown, context?: { source?: string }) =>
      typeof value === 'number' ? (context?.source ?? String(value)) : value
    )
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
    `${name}: the value of '${clip(paramName)}' is ${value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value}; give text or a number`
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
    if (!match) throw new ConfigError(`${where}: '${clip(line)}' is not 'name: value'`)
    const key = match[1]!
    const raw = (match[2] ?? '').trim()
    if (raw === '' || raw.startsWith('#')) {
      // `name:` followed by indented lines is a nested list or mapping in YAML.
      const next = lines.slice(index + 1).find((other) => !isBlank(other))
      if (next !== undefined && /^\s/.test(next)) {
        throw new ConfigError(
          `${where}: '${clip(key)}' holds a nested list or mapping; only flat 'name: value' lines are supported`
        )
      }
      throw new ConfigError(`${where}: '${clip(key)}' has no value; write ${key}: '' for an empty one`)
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
      throw new ConfigError(`${where}: unexpected text after the quoted value of '${clip(key)}'`)
    }
    return value
  }
  if ('[{'.includes(first))
    throw new ConfigError(`${where}: '${clip(key)}' holds a list or mapping; only single values are supported`)
  if ('|>'.includes(first))
    throw new ConfigError(`${where}: block scalars (| or >) are not supported; quote the value on one line`)
  if ('&*!@`%'.includes(first)) {
    throw new ConfigError(`${where}: a value starting with '${first}' must be quoted in YAML; write ${key}: "${clip(text)}"`)
  }
  // ` #` starts a comment; `#` inside a word does not (YAML 1.2 plain scalars).
  const value = text.replace(/\s+#.*$/, '').trimEnd()
  if (/:(\s|$)/.test(value)) {
    throw new ConfigError(`${where}: the value of '${clip(key)}' contains ': '; quote it: ${key}: "${clip(value)}"`)
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** What the user gave, short enough for one line. */
function clip(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ')
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine
}

/** fast-xml-parser lists unclosed tags as a JSON array; name them as a person would. */
function xmlProblem(message: string): string {
  const unclosed = /^Invalid '\[(.*)\]' found\.?$/s.exec(message)
  if (!unclosed) return message.replace(/\.$/, '')
  const tags = [...unclosed[1].matchAll(/"([^"]+)"/g)].map((match) => `<${match[1]}>`)
  return `${tags.join(', ')} never closed`
}
