// The action's inputs, read once into Settings. Nothing else reads inputs.
// Every problem is a ConfigError raised before any request is made.
import { homedir } from 'node:os'
import { join } from 'node:path'
import { ConfigError, resolveBaseUrl } from './alma/index.js'
import type { JobType } from './alma/types.js'
import { parseParameters } from './alma/parameters.js'
import { parseBoolean, parseChoice, parseDate, parseDuration } from './inputs.js'
import { COMMANDS, ENVIRONMENTS, FAIL_ON, type Settings } from './settings.js'

/** Input names as in action.yml; `INPUT_<NAME>` keeps the hyphens (action-conventions.md §3). */
export const Inputs = {
  Command: 'cmd',
  Env: 'env',
  Job: 'job',
  InstanceId: 'id',
  ApiKey: 'api-key',
  Region: 'region',
  BaseUrl: 'base-url',
  Parameters: 'parameters',
  Wait: 'wait',
  Timeout: 'timeout',
  PollInterval: 'poll-interval',
  MaxPollInterval: 'max-poll-interval',
  FailOn: 'fail-on',
  Type: 'type',
  Category: 'category',
  From: 'from',
  To: 'to',
  InstanceStatus: 'instance-status',
  Cache: 'cache',
  CacheTtl: 'cache-ttl',
  ForceRefresh: 'force-refresh',
  CacheDir: 'cache-dir',
  QuotaWarnBelow: 'quota-warn-below'
} as const

/** Defaults shared by action.yml and the CLI. */
export const Defaults = {
  env: 'sandbox',
  region: 'na',
  timeout: '6h',
  pollInterval: '1s',
  maxPollInterval: '60s',
  failOn: 'failure',
  cacheTtl: '24h',
  quotaWarnBelow: 1000
} as const

export const JOB_TYPES: readonly JobType[] = ['MANUAL', 'SCHEDULED', 'OTHER']
/** A floor that keeps polling gentle on the institution's quota (action-conventions.md §6). */
export const MIN_POLL_INTERVAL_MS = 1000

export type GetInput = (name: string) => string

/** `maskSecret` is called with the API key as soon as it is read, before anything can log it. */
export function readSettings(
  getInput: GetInput,
  env: NodeJS.ProcessEnv = process.env,
  maskSecret: (secret: string) => void = () => {}
): Settings {
  const input = (name: string, fallback = ''): string => getInput(name).trim() || fallback
  if (!input(Inputs.Command)) throw new ConfigError(`${Inputs.Command}: required; one of ${COMMANDS.join(', ')}`)
  const command = parseChoice(Inputs.Command, input(Inputs.Command), COMMANDS)
  const environment = parseChoice(Inputs.Env, input(Inputs.Env, Defaults.env), ENVIRONMENTS)

  // Like the old script, the environment picks the key when no key is passed.
  const envKeyName = `ALMA_API_KEY_${environment.toUpperCase()}`
  const apiKey = getInput(Inputs.ApiKey).trim() || env[envKeyName]?.trim() || env.ALMA_API_KEY?.trim() || ''
  if (!apiKey) {
    throw new ConfigError(
      `${Inputs.ApiKey}: no Alma API key; pass api-key: \${{ secrets.ALMA_API_KEY }}, or set ${envKeyName} or ALMA_API_KEY`
    )
  }
  maskSecret(apiKey)

  const job = input(Inputs.Job) || undefined
  if (!job && command !== 'list') {
    throw new ConfigError(`${Inputs.Job}: required for cmd ${command}; give the job's exact name or its id (M…, S…)`)
  }
  const instanceId = input(Inputs.InstanceId) || undefined
  if (command === 'status' && !instanceId) {
    throw new ConfigError(`${Inputs.InstanceId}: required for cmd status; give the instance id a run printed`)
  }
  if (instanceId && !/^\d+$/.test(instanceId)) {
    throw new ConfigError(`${Inputs.InstanceId}: "${instanceId}" is not an instance id; it is all digits, e.g. 9876543210000123`)
  }

  const pollIntervalMs = parseDuration(Inputs.PollInterval, input(Inputs.PollInterval, Defaults.pollInterval))
  const maxPollIntervalMs = parseDuration(Inputs.MaxPollInterval, input(Inputs.MaxPollInterval, Defaults.maxPollInterval))
  if (pollIntervalMs < MIN_POLL_INTERVAL_MS) {
    throw new ConfigError(`${Inputs.PollInterval}: at least 1s, to spare the institution's API quota`)
  }
  if (maxPollIntervalMs < pollIntervalMs) {
    throw new ConfigError(`${Inputs.MaxPollInterval}: must be at least ${Inputs.PollInterval}`)
  }

  const type = input(Inputs.Type)
  const quota = input(Inputs.QuotaWarnBelow, String(Defaults.quotaWarnBelow))
  if (!/^\d+$/.test(quota)) {
    throw new ConfigError(`${Inputs.QuotaWarnBelow}: "${quota}" is not a whole number of API calls`)
  }

  return {
    command,
    env: environment,
    job,
    instanceId,
    apiKey,
    baseUrl: apiRoot(input(Inputs.Region, Defaults.region), input(Inputs.BaseUrl)),
    parameters: parseParameters(getInput(Inputs.Parameters)),
    wait: {
      enabled: parseBoolean(Inputs.Wait, input(Inputs.Wait, 'false')),
      timeoutMs: parseDuration(Inputs.Timeout, input(Inputs.Timeout, Defaults.timeout)),
      pollIntervalMs,
      maxPollIntervalMs
    },
    failOn: parseChoice(Inputs.FailOn, input(Inputs.FailOn, Defaults.failOn), FAIL_ON),
    listFilter: {
      type: type ? parseChoice(Inputs.Type, type, JOB_TYPES) : undefined,
      category: input(Inputs.Category) || undefined
    },
    instanceFilter: {
      from: input(Inputs.From) ? parseDate(Inputs.From, input(Inputs.From)) : undefined,
      to: input(Inputs.To) ? parseDate(Inputs.To, input(Inputs.To)) : undefined,
      status: input(Inputs.InstanceStatus) || undefined
    },
    cache: {
      enabled: parseBoolean(Inputs.Cache, input(Inputs.Cache, 'true')),
      ttlMs: parseDuration(Inputs.CacheTtl, input(Inputs.CacheTtl, Defaults.cacheTtl)),
      forceRefresh: parseBoolean(Inputs.ForceRefresh, input(Inputs.ForceRefresh, 'false')),
      dir: input(Inputs.CacheDir) || defaultCacheDir(env)
    },
    quotaWarnBelow: Number(quota)
  }
}

/** The client's message, led by the input the user has to fix. */
function apiRoot(region: string, baseUrl: string): string {
  try {
    return resolveBaseUrl({ region, baseUrl: baseUrl || undefined })
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    throw new ConfigError(`${baseUrl ? Inputs.BaseUrl : Inputs.Region}: ${error.message}`)
  }
}

/** `$XDG_CACHE_HOME/almajob`, else `~/.cache/almajob`: where the old script's 24-hour file lived, properly. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'almajob')
}
