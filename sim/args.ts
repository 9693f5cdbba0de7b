// The flags of `almajob-sim` (`npm run sim`), once: the parser and --help both read SIM_OPTIONS,
// so a flag cannot be parsed without being listed. Bad input is one line, never a stack trace.
import { parseArgs } from 'node:util'
import { CONTROL_ROUTES } from './control.js'
import { FAULT_SWITCHES, KIND_VALUES, parseFaults, type FaultValue } from './fault-switches.js'
import {
  END_STATUSES,
  formatDuration,
  MAX_DURATION_MS,
  parseDuration,
  parseEndStatus,
  parseProgressShape,
  quote,
  timelineMs,
  type EndStatus,
  type Outcome
} from './outcomes.js'
import { DEFAULT_TIMELINE } from './state.js'
import { PROGRESS_SHAPES, type ProgressShape } from './timelines.js'
import type { Faults, Readings, WebhookOptions } from './types.js'
import { checkWebhookOptions, WebhookOptionError } from './webhook.js'

export interface SimOption {
  /** Spelled `--name` on the command line. */
  name: string
  short?: string
  /** The value's placeholder in --help; a flag without one is a switch. */
  value?: string
  /** As --help shows it. */
  default?: string
  /** Read when the flag is not given. */
  env?: string
  /** May be given more than once. */
  repeat?: boolean
  help: string
}

export const SIM_ENV = {
  key: 'ALMA_SIM_KEY',
  productionKey: 'ALMA_SIM_PRODUCTION_KEY',
  webhookSecret: 'ALMA_SIM_WEBHOOK_SECRET'
} as const

const DEFAULT_PORT = 8787
const DEFAULT_JOBS = 300
const MAX_JOBS = 100_000

export const SIM_OPTIONS: readonly SimOption[] = [
  { name: 'help', short: 'h', help: 'show this help and exit' },
  {
    name: 'port',
    value: 'PORT',
    default: String(DEFAULT_PORT),
    help: 'port on 127.0.0.1; 0 takes any free one (printed in the URL)'
  },
  { name: 'jobs', value: 'N', default: String(DEFAULT_JOBS), help: `how many jobs to make up (at most ${MAX_JOBS})` },
  { name: 'seed', value: 'N', default: '1', help: 'another seed makes up other jobs' },
  { name: 'latency', value: 'DURATION', default: '0ms', help: 'wait this long before every answer (a bare number is ms)' },
  {
    name: 'per-second-limit',
    value: 'N',
    default: '0',
    help: 'answer 429 PER_SECOND_THRESHOLD past N calls a second (0 = off)'
  },
  { name: 'key', value: 'KEY', default: 'random', env: SIM_ENV.key, help: 'the sandbox API key to accept' },
  {
    name: 'production-key',
    value: 'KEY',
    default: 'random',
    env: SIM_ENV.productionKey,
    help: 'the production API key to accept'
  },
  {
    name: 'end',
    value: 'JOB=STATUS',
    default: 'COMPLETED_SUCCESS',
    repeat: true,
    help: 'how runs of JOB end, e.g. M11111=COMPLETED_FAILED (statuses below)'
  },
  {
    name: 'duration',
    value: 'JOB=DURATION',
    default: formatDuration(timelineMs(DEFAULT_TIMELINE)),
    repeat: true,
    help: 'how long runs of JOB take from submit to end, e.g. M11111=30s'
  },
  {
    name: 'progress',
    value: 'JOB=SHAPE',
    default: 'steady',
    repeat: true,
    help: 'how progress moves while runs of JOB are RUNNING, e.g. M11111=stall-99 (shapes below)'
  },
  { name: 'fault', value: 'NAME=VALUE', repeat: true, help: 'switch on a fault (names below), e.g. rate-limit-every=3' },
  { name: 'control', default: 'off', help: 'serve the control endpoint (below) on the same port' },
  { name: 'webhook-url', value: 'URL', default: 'none', help: 'send a signed JOB_END event there when a run ends' },
  {
    name: 'webhook-secret',
    value: 'SECRET',
    env: SIM_ENV.webhookSecret,
    help: 'the webhook secret; prefer the variable, as flags show in `ps`'
  },
  {
    name: 'webhook-retry-scale',
    value: 'F',
    default: '1',
    help: "multiplies Alma's webhook retry delays of 1 h, 3 h and 6 h, e.g. 0.001"
  },
  {
    name: 'counters-when-none',
    value: 'absent|empty',
    default: 'absent',
    help: 'a run with no counters leaves the list out, or sends it empty'
  },
  { name: 'start-time-while-queued', default: 'off', help: 'a queued run shows a start_time' },
  { name: 'end-time-on-manual-handling', default: 'off', help: 'a MANUAL_HANDLING_REQUIRED run shows an end_time' },
  { name: 'unauthorized-format', value: 'asked|xml', default: 'asked', help: 'UNAUTHORIZED in the format asked for, or in XML' }
]

/** What the simulator is started with, checked. */
export interface SimConfig {
  port: number
  jobCount: number
  seed: number
  keys: { sandbox?: string; production?: string }
  readings: Readings
  /** latency, per-second-limit and every --fault. */
  faults: Partial<Faults>
  /** By job id, in the order given. */
  outcomes: Map<string, Outcome>
  control: boolean
  webhook?: WebhookOptions
}

export type ParsedArgs = { kind: 'help' } | { kind: 'start'; config: SimConfig } | { kind: 'usage'; error: string }

class UsageError extends Error {}
function usage(line: string): never {
  throw new UsageError(line)
}

/** argv (without node and the script) and the environment → a config, --help, or one line saying what is wrong. */
export function parseSimArgs(argv: readonly string[], env: Record<string, string | undefined> = {}): ParsedArgs {
  try {
    const given = readFlags(argv)
    if (given.has('help')) return { kind: 'help' }
    return { kind: 'start', config: toConfig(given, env) }
  } catch (error) {
    if (error instanceof UsageError) return { kind: 'usage', error: error.message }
    throw error
  }
}

/** Every value typed for each flag, in order; a switch is there with no values. */
function readFlags(argv: readonly string[]): Map<string, string[]> {
  // `npx almajob-sim -- --port 0`, the habit of `npm run sim -- …`: a leading `--` means nothing here.
  const { tokens } = parseArgs({
    args: argv[0] === '--' ? argv.slice(1) : [...argv],
    options: Object.fromEntries(
      SIM_OPTIONS.map((option) => [
        option.name,
        { type: option.value ? 'string' : 'boolean', ...(option.short ? { short: option.short } : {}) }
      ])
    ),
    strict: false,
    allowPositionals: true,
    tokens: true
  })
  const given = new Map<string, string[]>()
  for (const token of tokens) {
    if (token.kind === 'positional') usage(`unexpected argument ${quote(token.value)}; flags start with --, see --help`)
    if (token.kind !== 'option') continue
    const option = SIM_OPTIONS.find((candidate) => candidate.name === token.name)
    if (option === undefined) usage(`unknown flag ${quote(token.rawName)}; see --help for the flags there are`)
    const flag = `--${option.name}`
    if (option.value === undefined) {
      if (token.inlineValue) usage(`${flag} takes no value`)
      given.set(option.name, [])
      continue
    }
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))) {
      usage(`${flag} needs a value: ${flag} ${option.value}`)
    }
    if (given.has(option.name) && !option.repeat) usage(`${flag} is given twice; it takes one value`)
    given.set(option.name, [...(given.get(option.name) ?? []), token.value])
  }
  return given
}

function toConfig(given: Map<string, string[]>, env: Record<string, string | undefined>): SimConfig {
  const one = (name: string) => given.get(name)?.[0]
  const isOn = (name: string) => given.has(name)
  const whole = (name: string, fallback: number, max: number) => {
    const raw = one(name)
    if (raw === undefined) return fallback
    if (!/^\d{1,10}$/.test(raw) || Number(raw) > max)
      usage(`--${name} must be a whole number from 0 to ${max}, got ${quote(raw)}`)
    return Number(raw)
  }
  const choice = <T extends string>(name: string, allowed: readonly T[]): T => {
    const raw = one(name) ?? allowed[0]!
    if (!(allowed as readonly string[]).includes(raw)) usage(`--${name} must be ${allowed.join(' or ')}, got ${quote(raw)}`)
    return raw as T
  }

  const latency = one('latency')
  const latencyMs = latency === undefined ? 0 : parseDuration(latency, true)
  if (typeof latencyMs === 'string') usage(`--latency ${latencyMs}`)
  const faultEntries: [string, FaultValue][] = [
    ['latency', `${String(latencyMs)}ms`],
    ['per-second-limit', String(whole('per-second-limit', 0, 1_000_000))],
    ...(given.get('fault') ?? []).map((pair) => {
      const at = pair.indexOf('=')
      if (at <= 0) usage(`--fault must be NAME=VALUE, e.g. rate-limit-every=3, got ${quote(pair)}`)
      return [pair.slice(0, at), pair.slice(at + 1)] as [string, FaultValue]
    })
  ]
  const faults = parseFaults(faultEntries)
  if (!faults.ok) usage(`--fault: ${faults.error}`)

  return {
    port: whole('port', DEFAULT_PORT, 65_535),
    jobCount: whole('jobs', DEFAULT_JOBS, MAX_JOBS),
    seed: whole('seed', 1, 2 ** 31),
    keys: { sandbox: one('key') ?? env[SIM_ENV.key], production: one('production-key') ?? env[SIM_ENV.productionKey] },
    readings: {
      countersWhenNone: choice('counters-when-none', ['absent', 'empty'] as const),
      startTimeWhileQueued: isOn('start-time-while-queued'),
      endTimeOnManualHandling: isOn('end-time-on-manual-handling'),
      unauthorizedFormat: choice('unauthorized-format', ['asked', 'xml'] as const)
    },
    faults: faults.faults,
    outcomes: outcomes(given),
    control: isOn('control'),
    webhook: webhook(given, env)
  }
}

/** --end, --duration and --progress, merged by job; a later value for the same job wins. */
function outcomes(given: Map<string, string[]>): Map<string, Outcome> {
  const byJob = new Map<string, Outcome>()
  for (const [flag, example] of [
    ['end', 'M11111=COMPLETED_FAILED'],
    ['duration', 'M11111=30s'],
    ['progress', 'M11111=stall-99']
  ] as const) {
    for (const pair of given.get(flag) ?? []) {
      const at = pair.indexOf('=')
      const jobId = pair.slice(0, at)
      // §3.2: job ids are M, S or O and digits.
      if (at <= 0 || !/^[MSO]\d{1,20}$/.test(jobId))
        usage(
          `--${flag} must be ${SIM_OPTIONS.find((option) => option.name === flag)!.value}, e.g. ${example}, got ${quote(pair)}`
        )
      const value = pair.slice(at + 1)
      const outcome = byJob.get(jobId) ?? {}
      if (flag === 'end') {
        const end = parseEndStatus(value)
        if (typeof end === 'object') usage(`--end ${jobId}: ${end.error}`)
        outcome.end = end as EndStatus
      } else if (flag === 'duration') {
        const durationMs = parseDuration(value)
        if (typeof durationMs === 'string') usage(`--duration ${jobId}: ${durationMs}`)
        outcome.durationMs = durationMs as number
      } else {
        const shape = parseProgressShape(value)
        if (typeof shape === 'object') usage(`--progress ${jobId}: ${shape.error}`)
        outcome.progress = shape as ProgressShape
      }
      byJob.set(jobId, outcome)
    }
  }
  return byJob
}

function webhook(given: Map<string, string[]>, env: Record<string, string | undefined>): WebhookOptions | undefined {
  const url = given.get('webhook-url')?.[0]
  const secretFlag = given.get('webhook-secret')?.[0]
  const scaleText = given.get('webhook-retry-scale')?.[0]
  if (url === undefined) {
    if (secretFlag !== undefined || scaleText !== undefined)
      usage('--webhook-secret and --webhook-retry-scale need --webhook-url')
    return undefined
  }
  const options: WebhookOptions = { url, secret: env[SIM_ENV.webhookSecret] || secretFlag || '' }
  if (scaleText !== undefined) options.retryScale = /^\d+(\.\d+)?(e-?\d+)?$/i.test(scaleText) ? Number(scaleText) : Number.NaN
  // The rules are checkWebhookOptions'; here its refusal becomes a line about the flag.
  try {
    checkWebhookOptions(options)
  } catch (error) {
    if (!(error instanceof WebhookOptionError)) throw error
    if (error.option === 'url') usage(`--webhook-url ${error.rule}, got ${quote(url)}`)
    if (error.option === 'retryScale') usage(`--webhook-retry-scale ${error.rule}, got ${quote(scaleText ?? '')}`)
    // Never echoed: a secret stays out of every line, even a wrong one.
    usage(`--webhook-url needs a secret: set ${SIM_ENV.webhookSecret} (or give --webhook-secret)`)
  }
  return options
}

const COLUMN = 34

function row(left: string, right: string): string {
  return left.length <= COLUMN - 4 ? `  ${left.padEnd(COLUMN - 2)}${right}` : `  ${left}\n${' '.repeat(COLUMN)}${right}`
}

/** The text of --help: every flag of SIM_OPTIONS with its default, the faults, the end statuses, the control endpoint. */
export function helpText(): string {
  const flags = SIM_OPTIONS.map((option) => {
    const left = `${option.short ? `-${option.short}, ` : ''}--${option.name}${option.value ? ` ${option.value}` : ''}`
    const notes = [
      option.repeat ? 'repeatable' : undefined,
      option.default !== undefined ? `default ${option.default}` : undefined,
      option.env !== undefined ? `or env ${option.env}` : undefined
    ].filter(Boolean)
    return row(left, `${option.help}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`)
  })
  const faults = FAULT_SWITCHES.map((fault) => row(`${fault.name}=${KIND_VALUES[fault.kind]}`, fault.help))
  const control = CONTROL_ROUTES.map((route) => row(`${route.method} ${route.path}`, route.help))
  return [
    'Usage: almajob-sim [flags]',
    '',
    "A simulator of Alma's Jobs API on 127.0.0.1, for trying Alma scripts offline. Its first line",
    'of output is "Alma Jobs API simulator: <url>"; then it prints its keys. Ctrl-C stops it.',
    '',
    'Flags:',
    ...flags,
    '',
    'Faults (--fault NAME=VALUE, or POST /_sim/faults):',
    ...faults,
    '',
    `End statuses (--end): ${END_STATUSES.join(', ')}.`,
    `Durations: 500ms, 30s, 5m, 2h (at most ${formatDuration(MAX_DURATION_MS)}).`,
    `Progress shapes (--progress): ${PROGRESS_SHAPES.join(', ')}.`,
    '--end, --duration and --progress apply to the runs started after them.',
    '',
    'Control endpoint (only with --control; JSON bodies with Content-Type: application/json):',
    ...control,
    '',
    'Exit status: 0 after Ctrl-C, 1 when the simulator cannot start (a port taken), 2 for a bad flag.'
  ].join('\n')
}
