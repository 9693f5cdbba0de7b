// The faults of faults.ts under stable kebab-case names, for `--fault NAME=VALUE` and
// `POST /_sim/faults`: one table, read by the parser, --help and GET /_sim/state.
import { formatDuration, parseDuration, quote } from './outcomes.js'
import type { Faults } from './types.js'

type Kind = 'count' | 'switch' | 'duration' | 'status' | 'seconds-or-none'

interface FaultSwitch {
  name: string
  key: keyof Faults
  kind: Kind
  help: string
}

/** What each kind takes, as --help shows it. */
export const KIND_VALUES: Record<Kind, string> = {
  count: 'N',
  switch: 'true|false',
  duration: 'DURATION',
  status: '500-599',
  'seconds-or-none': 'SECONDS|none'
}

export const FAULT_SWITCHES: readonly FaultSwitch[] = [
  { name: 'latency', key: 'latencyMs', kind: 'duration', help: 'wait this long before every answer' },
  {
    name: 'per-second-limit',
    key: 'perSecondLimit',
    kind: 'count',
    // §6: the limit is the institution's, shared by all its keys.
    help: 'past N calls in any second, from all clients together, answer 429 PER_SECOND_THRESHOLD (0 = off)'
  },
  {
    name: 'rate-limit-every',
    key: 'rateLimitEvery',
    kind: 'count',
    help: 'every Nth call answers 429 PER_SECOND_THRESHOLD (0 = off)'
  },
  { name: 'rate-limit-next', key: 'rateLimitNext', kind: 'count', help: 'the next N calls answer 429 PER_SECOND_THRESHOLD' },
  {
    name: 'retry-after',
    key: 'retryAfterSeconds',
    kind: 'seconds-or-none',
    // §6: Alma is not known to send Retry-After.
    help: 'send Retry-After with every 429 (default none, as Alma)'
  },
  { name: 'daily-quota-exceeded', key: 'dailyQuotaExceeded', kind: 'switch', help: 'every call answers 429 DAILY_THRESHOLD' },
  {
    name: 'remaining-start',
    key: 'remainingStart',
    kind: 'count',
    help: 'X-Exl-Api-Remaining of the next answer, one less on each after; at 0, 429 DAILY_THRESHOLD'
  },
  { name: 'server-error-next', key: 'serverErrorNext', kind: 'count', help: 'the next N calls answer server-error-status' },
  { name: 'server-error-status', key: 'serverErrorStatus', kind: 'status', help: 'the status of those answers' },
  { name: 'server-error-html', key: 'serverErrorHtml', kind: 'switch', help: "send them as a gateway's HTML page" },
  {
    name: 'drop-after-run-next',
    key: 'dropAfterRunNext',
    kind: 'count',
    help: 'the next N runs are started, then the connection closes without an answer'
  },
  {
    name: 'reset-before-run-next',
    key: 'resetBeforeRunNext',
    kind: 'count',
    help: 'the next N run calls are cut off before a run is started'
  },
  { name: 'truncate-next', key: 'truncateNext', kind: 'count', help: 'the next N answers stop halfway through the body' },
  { name: 'xml-errors', key: 'xmlErrors', kind: 'switch', help: 'error bodies in XML whatever was asked' },
  {
    name: 'unknown-instance-for',
    key: 'unknownInstanceMs',
    kind: 'duration',
    // §7.12: right after a run, Alma may not know its instance yet.
    help: "a new run's instance answers 402218 for this long after the run"
  },
  {
    name: 'job-throttle',
    key: 'throttle',
    kind: 'switch',
    // §3.3: 402222 and 402223.
    help: "Alma's job throttle: 3 runs from the API at once, 5 runs of a job an hour (default true)"
  }
]

export const FAULT_NAMES = FAULT_SWITCHES.map((fault) => fault.name)

const MAX_COUNT = 1_000_000_000

/** A value as typed (`--fault`) or sent as JSON (POST /_sim/faults); null means none. */
export type FaultValue = string | number | boolean | null

/** The fault's value for Faults, or an Error's message (one line, naming the fault). */
function parseValue(fault: FaultSwitch, given: FaultValue): number | boolean | undefined | string {
  const text = given === null ? 'none' : String(given).trim()
  const wrong = (allowed: string) => `fault ${fault.name} must be ${allowed}, got ${quote(String(given))}`
  switch (fault.kind) {
    case 'count':
    case 'status':
    case 'seconds-or-none': {
      if (fault.kind === 'seconds-or-none' && text === 'none') return undefined
      const number = /^\d{1,10}$/.test(text) ? Number(text) : Number.NaN
      if (fault.kind === 'status') return number >= 500 && number <= 599 ? number : wrong('a status from 500 to 599')
      if (number <= MAX_COUNT) return number
      return wrong(fault.kind === 'count' ? `a whole number up to ${MAX_COUNT}` : 'a whole number of seconds or none')
    }
    case 'switch':
      if (text === 'true' || text === 'false') return text === 'true'
      return wrong('true or false')
    case 'duration': {
      if (typeof given !== 'string') return wrong('a duration such as 500ms or 2s')
      const ms = parseDuration(text, fault.name === 'latency')
      return typeof ms === 'number' ? ms : `fault ${fault.name} ${ms}`
    }
  }
}

/**
 * Settings for Faults from NAME → value pairs, all checked before any is applied: the settings,
 * or one line naming the first that is wrong.
 */
export function parseFaults(
  entries: [string, FaultValue][]
): { ok: true; faults: Partial<Faults> } | { ok: false; error: string } {
  const faults: Record<string, unknown> = {}
  for (const [name, given] of entries) {
    const fault = FAULT_SWITCHES.find((candidate) => candidate.name === name)
    if (fault === undefined) return { ok: false, error: `unknown fault ${quote(name)}; known faults: ${FAULT_NAMES.join(', ')}` }
    const value = parseValue(fault, given)
    if (typeof value === 'string') return { ok: false, error: value }
    faults[fault.key] = value
  }
  return { ok: true, faults: faults as Partial<Faults> }
}

/** The faults by name, as POST /_sim/faults takes them back. */
export function describeFaults(faults: Faults): Record<string, number | boolean | string | null> {
  return Object.fromEntries(
    FAULT_SWITCHES.map((fault) => {
      const value = faults[fault.key]
      if (fault.kind === 'duration') return [fault.name, formatDuration(value as number)]
      return [fault.name, (value as number | boolean | undefined) ?? null]
    })
  )
}
