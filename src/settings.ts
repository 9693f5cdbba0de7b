// What a command needs, by command, and the one validator both shells read into it. A shell
// (action inputs; CLI flags, environment and almajob.ini) hands over the text the user typed
// and how to name each field in its own words; every problem is one SettingError naming it.
import { homedir } from 'node:os'
import { join } from 'node:path'
import {
  ConfigError,
  DEFAULT_QUOTA_WARN_BELOW,
  JOB_TYPES,
  parseParameters,
  resolveBaseUrl,
  type InstanceListFilter,
  type JobListFilter,
  type JobParameter,
  type PollScheduleOptions
} from './alma/index.js'
import { clip } from './alma/text.js'

export const COMMANDS = ['list', 'run', 'status', 'instances', 'check', 'report'] as const
export type Command = (typeof COMMANDS)[number]

export const ENVIRONMENTS = ['sandbox', 'production'] as const
export type Environment = (typeof ENVIRONMENTS)[number]

export const FAIL_ON = ['failure', 'warning', 'never'] as const
export type FailOn = (typeof FAIL_ON)[number]

/** Every setting, by the name the validator uses; each shell maps these to its own names. */
export type Field =
  | 'command'
  | 'env'
  | 'job'
  | 'instanceId'
  | 'apiKey'
  | 'region'
  | 'baseUrl'
  | 'parameters'
  | 'wait'
  | 'timeout'
  | 'pollInterval'
  | 'maxPollInterval'
  | 'failOn'
  | 'failOnCounter'
  | 'waitForSlot'
  | 'profileId'
  | 'since'
  | 'stuckAfter'
  | 'type'
  | 'category'
  | 'from'
  | 'to'
  | 'instanceStatus'
  | 'cache'
  | 'cacheTtl'
  | 'forceRefresh'
  | 'cacheDir'
  | 'quotaWarnBelow'

/** Defaults as a person types them: action.yml and --help show these very strings. */
export const Defaults = {
  env: 'sandbox',
  region: 'na',
  timeout: '6h',
  pollInterval: '1s',
  // Large enough that a 2 h job takes ≤ 60 polls (docs/how-it-works.md, Waiting); the end is seen at most this late.
  maxPollInterval: '3m',
  failOn: 'failure',
  cacheTtl: '24h',
  since: '24h',
  stuckAfter: '12h',
  quotaWarnBelow: DEFAULT_QUOTA_WARN_BELOW
} as const

/** Where a key is looked for besides the shell's own input, by environment; the old script's names. */
export const API_KEY_VARIABLES: Record<Environment, string> = {
  sandbox: 'ALMA_API_KEY_SANDBOX',
  production: 'ALMA_API_KEY_PRODUCTION'
}
/** A key for either environment, used when the environment's own variable is unset. */
export const ANY_API_KEY_VARIABLE = 'ALMA_API_KEY'

/** A floor that keeps polling gentle on the institution's quota (runner.md §6). */
const MIN_POLL_INTERVAL_MS = 1000

/**
 * Longest text a field takes. Real values are far shorter (job names are under 255
 * characters, the wizard's parameter XML a few KB); the caps keep a pasted file or a
 * runaway template from costing minutes of CPU in name suggestions or flooding the log.
 */
const MAX_FIELD_CHARS: Partial<Record<Field, number>> & { default: number } = {
  default: 2000,
  // One name a line for check; each name is held to MAX_JOB_CHARS.
  job: 65_536,
  instanceId: 30,
  parameters: 65_536,
  cacheDir: 4096,
  profileId: 30
}

/** Longest job name or id; Alma's names are under 255 characters. */
const MAX_JOB_CHARS = 1000
/** Jobs one check may name; a check of a whole category uses a selection instead. */
const MAX_CHECKED_NAMES = 500
/** How far back a check may look: Alma keeps job history for months, and each day costs pages. */
const MAX_SINCE_MS = 400 * 86_400_000

/** A `fail-on-counter` pattern: `*failed*` as typed, and what it matches (code or description). */
export interface CounterPattern {
  text: string
  regex: RegExp
}

/** Patterns a `fail-on-counter` may hold; a few are enough for any job's counters. */
const MAX_COUNTER_PATTERNS = 50

export interface CacheSettings {
  /** false bypasses the cache entirely. */
  enabled: boolean
  /** A list older than this is never used. */
  ttlMs: number
  /** Refetch now and rewrite the cache. */
  forceRefresh: boolean
  /** File-cache directory (CLI, self-hosted runners without the cache service). */
  dir: string
}

interface CommonSettings {
  env: Environment
  apiKey: string
  /** Where the key came from (an input, a variable, an ini line), to name it in messages; never the key. */
  apiKeyFrom: string
  /** Resolved API root, e.g. https://api-na.hosted.exlibrisgroup.com/almaws/v1 */
  baseUrl: string
  cache: CacheSettings
  /** Warn when X-Exl-Api-Remaining (calls left today) falls below this. */
  quotaWarnBelow: number
}

export interface ListSettings extends CommonSettings {
  command: 'list'
  filter: JobListFilter
}

/** Which job: its exact name or id, optionally within an integration profile; or a profile's one job. */
export type JobTarget = { job: string; profileId?: string } | { job?: undefined; profileId: string }

/** How a run's or status's end is judged. */
export interface JudgeSettings {
  failOn: FailOn
  /** Counters that fail the step when above 0, unless failOn is never; empty: none. */
  failOnCounter: CounterPattern[]
}

export type RunSettings = CommonSettings &
  JobTarget &
  JudgeSettings & {
    command: 'run'
    /** Empty when the job takes none. */
    parameters: JobParameter[]
    /** Present when the run is waited on. */
    wait?: PollScheduleOptions
    /** How long a run refused by Alma's job throttle (402222/402223) is tried again; absent: not at all. */
    waitForSlotMs?: number
  }

export interface StatusSettings extends CommonSettings, JudgeSettings {
  command: 'status'
  /** A job's exact name or its id. */
  job: string
  /** All digits. */
  instanceId: string
  wait?: PollScheduleOptions
}

export type InstancesSettings = CommonSettings &
  JobTarget & {
    command: 'instances'
    filter: InstanceListFilter
  }

export interface CheckSettings extends CommonSettings, JudgeSettings {
  command: 'check'
  /** Jobs named by id or exact name: a job with no run in the window fails the step. */
  jobs: string[]
  /** Jobs picked from the job list: a job with no run in the window is reported, not failed. */
  selection?: JobListFilter
  /** Runs submitted at or after this moment (ms since the epoch) are looked at. */
  sinceMs: number
  /** A run that has not ended this long after it started is stuck. */
  stuckAfterMs: number
}

/**
 * `report`: the JOB_END event a relay forwarded as a repository_dispatch (runner.md §7), read from
 * the event file; nothing is asked of Alma, so there is no key, cache or quota here.
 */
export interface ReportSettings extends JudgeSettings {
  command: 'report'
  env: Environment
  /** The API root the instance link is built on (as status builds it); nothing is called there. */
  baseUrl: string
  /**
   * The job this step reports on: an id (M…, S…, O…) is compared with the event's
   * `job_info.id`, anything else with its `job_info.name`, exactly. Absent: any job's event.
   */
  job?: string
  /** The event file (the action: GITHUB_EVENT_PATH, runner.md §7). */
  eventFile: string
  /** What started the workflow (GITHUB_EVENT_NAME), to name it when the event is no dispatch. */
  eventName?: string
}

export type Settings = ListSettings | RunSettings | StatusSettings | InstancesSettings | CheckSettings | ReportSettings
/** The commands that talk to Alma, and so have a key, a cache and a quota. */
export type AlmaSettings = Exclude<Settings, ReportSettings>

/** A place a key may come from, highest precedence first. */
export interface KeySource {
  key: string | undefined
  /** The input, variable or ini line, as the user would look for it. */
  label: string
}

/** What a shell hands the validator. */
export interface SettingsSource {
  /** What the user gave for a field, as typed; undefined or blank when not given. */
  text(field: Field): string | undefined
  /** The field in this shell's words: `job` (action), `--job` (CLI), or where a value came from (`ALMA_REGION`). */
  label(field: Field): string
  /** Where the API key may be for this environment, highest precedence first. */
  apiKeys(env: Environment): KeySource[]
  /** The sentence for no key at all, in this shell's words. */
  missingKey(env: Environment): string
  /** The process environment defaults are read from (XDG_CACHE_HOME). */
  processEnv: NodeJS.ProcessEnv
  /**
   * The file of the event that started the workflow, for `report` (the action: GITHUB_EVENT_PATH,
   * runner.md §7); undefined or blank where the shell has none.
   */
  eventFile?: string
  /** What started the workflow (the action: GITHUB_EVENT_NAME), for report's messages. */
  eventName?: string
}

/** A setting that cannot be used; `field` tells the shell which one (the CLI shows usage for a flag). */
export class SettingError extends ConfigError {
  readonly field: Field
  constructor(field: Field, message: string) {
    super(message)
    this.name = 'SettingError'
    this.field = field
  }
}

/**
 * Validates every setting once. `onSecret` gets the API key as soon as it is found, before
 * anything can print it (the action masks it).
 */
export function readSettings(source: SettingsSource, onSecret: (secret: string) => void = () => {}): Settings {
  const given = (field: Field): string => {
    const text = source.text(field)?.trim() ?? ''
    const max = MAX_FIELD_CHARS[field] ?? MAX_FIELD_CHARS.default
    if (text.length > max) {
      throw new SettingError(field, `${source.label(field)}: ${text.length} characters is too long (at most ${max})`)
    }
    return text
  }
  const fail: (field: Field, problem: string) => never = (field, problem) => {
    throw new SettingError(field, `${source.label(field)}: ${problem}`)
  }
  const parsed = <T>(field: Field, parse: (name: string, text: string) => T, fallback?: string): T =>
    asSettingError(field, () => parse(source.label(field), given(field) || (fallback ?? '')))

  if (!given('command')) fail('command', `required; one of ${COMMANDS.join(', ')}`)
  const command = parsed('command', (name, text) => parseChoice(name, text, COMMANDS))
  const env = parsed('env', (name, text) => parseChoice(name, text, ENVIRONMENTS), Defaults.env)

  const keySource = source.apiKeys(env).find((candidate) => candidate.key?.trim())
  // report calls nothing, so it needs no key; one given anyway is still masked.
  if (command === 'report') {
    if (keySource) onSecret(keySource.key!.trim())
    return readReport(source, given, parsed, env)
  }
  if (!keySource) throw new SettingError('apiKey', source.missingKey(env))
  const apiKey = keySource.key!.trim()
  onSecret(apiKey)
  // Node refuses to send a header with a line break or a non-Latin-1 character; say so now, before a request.
  if (!/^[\x21-\x7e]{1,200}$/.test(apiKey)) {
    throw new SettingError(
      'apiKey',
      `${keySource.label}: the API key must be printable ASCII without spaces or line breaks, at most 200 characters, as Ex Libris issues it; check its value`
    )
  }

  const common: CommonSettings = {
    env,
    apiKey,
    apiKeyFrom: keySource.label,
    baseUrl: readBaseUrl(source, given),
    cache: {
      enabled: parsed('cache', parseBoolean, 'true'),
      ttlMs: parsed('cacheTtl', (name, text) => parseDuration(name, text, { allowZero: true }), Defaults.cacheTtl),
      forceRefresh: parsed('forceRefresh', parseBoolean, 'false'),
      dir: given('cacheDir') || defaultCacheDir(source.processEnv)
    },
    quotaWarnBelow: parsed('quotaWarnBelow', parseCount, String(Defaults.quotaWarnBelow))
  }

  const profileId = given('profileId') && parsed('profileId', parseProfileId)
  const type = given('type')
  const category = given('category')
  const selection: JobListFilter = {
    ...(type && { type: parsed('type', (name, text) => parseChoice(name, text, JOB_TYPES)) }),
    ...(category && { category: parsed('category', parseCode) }),
    ...(profileId && { profileId })
  }
  if (command === 'list') return { command, ...common, filter: selection }

  const judge = readJudge(parsed)
  const names = given('job')
    .split(/\r?\n/)
    .map((name) => name.trim())
    .filter(Boolean)
  for (const name of names) {
    if (name.length > MAX_JOB_CHARS) fail('job', `${name.length} characters is too long (at most ${MAX_JOB_CHARS})`)
  }
  if (command === 'check') {
    const selected = Object.keys(selection).length > 0
    if (!names.length && !selected) {
      fail(
        'job',
        `required for ${source.label('command')} check; give job ids or exact names, one a line, or ${source.label('category')}, ${source.label('type')} or ${source.label('profileId')}`
      )
    }
    if (names.length > MAX_CHECKED_NAMES)
      fail('job', `${names.length} jobs; at most ${MAX_CHECKED_NAMES} (select a category instead)`)
    return {
      command,
      ...common,
      ...judge,
      jobs: [...new Set(names)],
      ...(selected && { selection }),
      sinceMs: parsed('since', parseSince, Defaults.since),
      stuckAfterMs: parsed('stuckAfter', parseDuration, Defaults.stuckAfter)
    }
  }
  if (names.length > 1) fail('job', `one job for ${source.label('command')} ${command}; ${names.length} were given, one a line`)
  const job = names[0] ?? ''
  const target: JobTarget | undefined = job ? { job, ...(profileId && { profileId }) } : profileId ? { profileId } : undefined
  const jobHint = `give the job's exact name or its id (M…, S…)`

  if (command === 'instances') {
    if (!target)
      fail('job', `required for ${source.label('command')} instances; ${jobHint}, or give ${source.label('profileId')}`)
    const dates = { from: given('from'), to: given('to') }
    const status = given('instanceStatus')
    return {
      command,
      ...common,
      ...target,
      filter: {
        ...(dates.from && { from: parsed('from', parseDate) }),
        ...(dates.to && { to: parsed('to', parseDate) }),
        ...(status && { status: parsed('instanceStatus', parseCode) })
      }
    }
  }

  // The wait's numbers are checked even without wait: a typo there is still a typo.
  const limits = readWait(source, parsed)
  const wait = parsed('wait', parseBoolean, 'false') ? limits : undefined
  if (command === 'run') {
    if (!target) fail('job', `required for ${source.label('command')} run; ${jobHint}, or give ${source.label('profileId')}`)
    const waitForSlot = given('waitForSlot')
    return {
      command,
      ...common,
      ...target,
      ...judge,
      parameters: parsed('parameters', (name, text) => parseParameters(text, name)),
      wait,
      ...(waitForSlot && { waitForSlotMs: parsed('waitForSlot', parseDuration) })
    }
  }
  if (!job) fail('job', `required for ${source.label('command')} status; ${jobHint}`)
  const instanceId = given('instanceId')
  if (!instanceId) fail('instanceId', `required for ${source.label('command')} status; give the instance id a run printed`)
  if (!/^\d+$/.test(instanceId))
    fail('instanceId', `'${clip(instanceId, 40)}' is not an instance id; it is all digits, e.g. 9876543210000123`)
  return { command, ...common, ...judge, job, instanceId, wait }
}

type Given = (field: Field) => string
type Parsed = <T>(field: Field, parse: (name: string, text: string) => T, fallback?: string) => T

function readJudge(parsed: Parsed): JudgeSettings {
  return {
    failOn: parsed('failOn', (name, text) => parseChoice(name, text, FAIL_ON), Defaults.failOn),
    failOnCounter: parsed('failOnCounter', parseCounterPatterns)
  }
}

function readReport(source: SettingsSource, given: Given, parsed: Parsed, env: Environment): ReportSettings {
  const eventFile = source.eventFile?.trim()
  if (!eventFile) {
    throw new SettingError(
      'command',
      `${source.label('command')} report reads the repository_dispatch event from the runner's event file (GITHUB_EVENT_PATH), and there is none here; report is for the action, in a workflow started on: repository_dispatch`
    )
  }
  const lines = given('job')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
  if (lines.length > 1) {
    throw new SettingError(
      'job',
      `${source.label('job')}: one job for ${source.label('command')} report; ${lines.length} were given, one a line`
    )
  }
  const job = lines[0]
  if (job !== undefined && job.length > MAX_JOB_CHARS) {
    throw new SettingError('job', `${source.label('job')}: ${job.length} characters is too long (at most ${MAX_JOB_CHARS})`)
  }
  const eventName = source.eventName?.trim()
  return {
    command: 'report',
    env,
    baseUrl: readBaseUrl(source, given),
    ...readJudge(parsed),
    ...(job !== undefined && { job }),
    eventFile,
    ...(eventName && { eventName })
  }
}

function readWait(
  source: SettingsSource,
  parsed: <T>(field: Field, parse: (name: string, text: string) => T, fallback?: string) => T
): PollScheduleOptions {
  const timeoutMs = parsed('timeout', parseDuration, Defaults.timeout)
  const pollIntervalMs = parsed('pollInterval', parseDuration, Defaults.pollInterval)
  const maxPollIntervalMs = parsed('maxPollInterval', parseDuration, Defaults.maxPollInterval)
  if (pollIntervalMs < MIN_POLL_INTERVAL_MS) {
    throw new SettingError(
      'pollInterval',
      `${source.label('pollInterval')}: at least ${MIN_POLL_INTERVAL_MS / 1000}s, to spare the institution's API quota`
    )
  }
  if (maxPollIntervalMs < pollIntervalMs) {
    throw new SettingError(
      'maxPollInterval',
      `${source.label('maxPollInterval')}: must be at least ${source.label('pollInterval')}`
    )
  }
  return { timeoutMs, pollIntervalMs, maxPollIntervalMs }
}

/** A base URL wins over a region; the message leads with the one the user has to fix. */
function readBaseUrl(source: SettingsSource, given: (field: Field) => string): string {
  const baseUrl = given('baseUrl')
  const field: Field = baseUrl ? 'baseUrl' : 'region'
  return asSettingError(field, () => {
    try {
      return resolveBaseUrl({ region: given('region') || Defaults.region, baseUrl: baseUrl || undefined })
    } catch (error) {
      if (error instanceof ConfigError) throw new ConfigError(`${source.label(field)}: ${error.message}`)
      throw error
    }
  })
}

/** A ConfigError from a parser becomes the field's SettingError, message unchanged. */
function asSettingError<T>(field: Field, parse: () => T): T {
  try {
    return parse()
  } catch (error) {
    if (error instanceof ConfigError && !(error instanceof SettingError)) throw new SettingError(field, error.message)
    throw error
  }
}

/** `$XDG_CACHE_HOME/almajob`, else `~/.cache/almajob`: where the old script's 24-hour file lived, properly. */
function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'almajob')
}

// ---- value parsers: each failure is a ConfigError of one line, led by the field's name ---------

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
    throw new ConfigError(`${name}: '${clip(given, 60)}' ${why}`)
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
    throw new ConfigError(`${name}: '${clip(given, 60)}' is not one of ${allowed.join(', ')}`)
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
  throw new ConfigError(`${name}: '${clip(text.trim(), 60)}' is not a boolean; use true or false`)
}

/** YYYY-MM-DD, a real calendar date (the instance filters of alma-api.md §2). */
export function parseDate(name: string, text: string): string {
  const given = text.trim()
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(given)
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
    const date = new Date(Date.UTC(year, month - 1, day))
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return given
  }
  throw new ConfigError(`${name}: '${clip(given, 60)}' is not a date; use YYYY-MM-DD, e.g. 2025-01-31`)
}

/** Alma's codes (categories, status codes) are upper case with underscores (§3.4, §4). */
function parseCode(name: string, text: string): string {
  const code = text.trim().toUpperCase()
  if (!/^[A-Z0-9_]{1,100}$/.test(code)) {
    throw new ConfigError(
      `${name}: '${clip(text.trim(), 60)}' is not an Alma code; use letters, digits and _ (e.g. COMPLETED_FAILED)`
    )
  }
  return code
}

function parseCount(name: string, text: string): number {
  if (!/^\d{1,9}$/.test(text.trim()))
    throw new ConfigError(`${name}: '${clip(text.trim(), 60)}' is not a whole number of API calls`)
  return Number(text.trim())
}

/** Integration profile ids are digits, like every Alma id of an object (§3.2). */
function parseProfileId(name: string, text: string): string {
  if (!/^\d{1,30}$/.test(text.trim())) {
    throw new ConfigError(`${name}: '${clip(text.trim(), 40)}' is not an integration profile id; it is all digits`)
  }
  return text.trim()
}

/**
 * `*failed*, *error*` (commas or lines): each matched against a counter's code and its
 * description, in any case, `*` standing for any text; the whole code or description must match.
 */
export function parseCounterPatterns(name: string, text: string): CounterPattern[] {
  const patterns = text
    .split(/[,\n]/)
    .map((part) => part.trim())
    .filter(Boolean)
  if (patterns.length > MAX_COUNTER_PATTERNS)
    throw new ConfigError(`${name}: ${patterns.length} patterns; at most ${MAX_COUNTER_PATTERNS}`)
  return patterns.map((pattern) => {
    if (pattern.length > 200 || !/^[\w.*\- ]+$/u.test(pattern)) {
      throw new ConfigError(
        `${name}: '${clip(pattern, 40)}' is not a counter pattern; use letters, digits, . _ - spaces and * (e.g. *failed*)`
      )
    }
    const body = pattern
      .split('*')
      .map((part) => part.replace(/[.-]/g, '\\$&'))
      .join('.*')
    return { text: pattern, regex: new RegExp(`^${body}$`, 'i') }
  })
}

/**
 * How far back a check looks: a duration back from now (`26h`, `7d`), or a moment, ISO
 * (`2026-11-30T06:00:00Z`; a bare `2026-11-30` is that day's UTC midnight). Gives ms since the epoch.
 */
export function parseSince(name: string, text: string, now = Date.now()): number {
  const given = text.trim()
  let at: number
  if (/^\d{4}-\d{2}-\d{2}/.test(given)) {
    const iso = /^\d{4}-\d{2}-\d{2}$/.test(given) ? `${parseDate(name, given)}T00:00:00Z` : given
    at = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(iso) ? Date.parse(iso) : Number.NaN
    if (Number.isNaN(at)) {
      throw new ConfigError(`${name}: '${clip(given, 60)}' is not a moment; use a duration (26h, 7d) or 2026-11-30T06:00:00Z`)
    }
  } else {
    try {
      at = now - parseDuration(name, given)
    } catch {
      throw new ConfigError(`${name}: '${clip(given, 60)}' is neither a duration (26h, 7d) nor a moment (2026-11-30T06:00:00Z)`)
    }
  }
  if (at > now) throw new ConfigError(`${name}: '${clip(given, 60)}' is in the future`)
  if (now - at > MAX_SINCE_MS) throw new ConfigError(`${name}: '${clip(given, 60)}' is more than 400 days back`)
  return at
}
