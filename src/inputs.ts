// Parsing of user input shared by the action and the CLI. Every failure is a
// ConfigError of one line: the input's name, what was given, what is allowed.
import { ConfigError } from './alma/errors.js'

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

/** What the user gave, short enough for one line. */
function clip(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ')
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine
}
