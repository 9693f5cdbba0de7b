// Flags + almajob.ini + environment → Settings. Precedence, highest first:
//   flags  >  environment variables  >  almajob.ini  >  defaults (settings.ts Defaults)
// The CLI hands settings.ts the text of each field and names each field its own way: a flag
// (`--timeout`), a variable (`ALMA_REGION`) or an ini line (`domain in ./almajob.ini`).
import { readFileSync, statSync } from 'node:fs'
import { homedir } from 'node:os'
import { isAbsolute, join, resolve } from 'node:path'
import { ConfigError, isExLibrisHost } from '../alma/index.js'
import { clip } from '../alma/text.js'
import {
  ANY_API_KEY_VARIABLE,
  API_KEY_VARIABLES,
  COMMANDS,
  readSettings,
  SettingError,
  type Command,
  type Environment,
  type Field,
  type AlmaSettings,
  type Settings,
  type SettingsSource
} from '../settings.js'
import { REPORT_REFUSED, SUBCOMMANDS, UsageError } from './args.js'
import { EnvVars, INI_FILE_NAME, OUTPUT_FORMATS, type OutputFormat } from './constants.js'
import { type IniValues, parseIni } from './ini.js'
import { type CliArgs, OPTIONS, takesValue } from './options.js'

export interface CliConfig {
  settings: AlmaSettings
  format: OutputFormat
  verbose: boolean
  /** Times in the machine's zone, as the old script showed them, instead of UTC ISO 8601. */
  localTime: boolean
  /** Things the user should fix but that do not stop the run (e.g. a world-readable ini). */
  warnings: string[]
  /** The almajob.ini that was read, if any. */
  iniPath?: string
}

/** What config reading may look at; tests pass their own. */
export interface ConfigSources {
  env: NodeJS.ProcessEnv
  cwd: string
  home?: string
  platform?: NodeJS.Platform
}

/** The flag that sets each field; none for the key (never a flag: others can see command lines). */
const FLAG_KEYS: Record<Field, keyof CliArgs | undefined> = {
  command: 'cmd',
  env: 'env',
  job: 'job',
  instanceId: 'id',
  apiKey: undefined,
  region: 'region',
  baseUrl: 'baseUrl',
  parameters: 'parameters',
  wait: 'wait',
  timeout: 'timeout',
  pollInterval: 'pollInterval',
  maxPollInterval: 'maxPollInterval',
  failOn: 'failOn',
  failOnCounter: 'failOnCounter',
  waitForSlot: 'waitForSlot',
  profileId: 'profileId',
  since: 'since',
  stuckAfter: 'stuckAfter',
  type: 'type',
  category: 'category',
  from: 'from',
  to: 'to',
  instanceStatus: 'status',
  cache: 'noCache',
  cacheTtl: 'cacheTtl',
  forceRefresh: 'force',
  cacheDir: 'cacheDir',
  quotaWarnBelow: undefined
}

export function flagOf(field: Field): string {
  const key = FLAG_KEYS[field]
  const option = key && OPTIONS.find((candidate) => candidate.key === key)
  return option ? `--${option.name}` : field
}

export function loadCliConfig(args: CliArgs, sources: ConfigSources): CliConfig {
  const { env, cwd } = sources
  const home = sources.home ?? homedir()
  // The CLI's commands are checked here (report is the action's); settings.ts checks the rest.
  const typedCommand = COMMANDS.find((command) => command === args.cmd?.trim().toLowerCase())
  // The action's report reads the runner's event file; a shell has none to give it.
  if (typedCommand === 'report') throw new UsageError(REPORT_REFUSED)
  if (args.cmd === undefined || args.cmd.trim() === '') {
    throw new UsageError(
      `give a command: ${SUBCOMMANDS.slice(0, -1).join(', ')} or ${SUBCOMMANDS.at(-1)} (almajob list, or --cmd list)`
    )
  }
  if (!typedCommand) throw new UsageError(`--cmd: '${clip(args.cmd.trim(), 40)}' is not one of ${SUBCOMMANDS.join(', ')}`)
  // The old script required --env; it now defaults to the sandbox, as the action does.
  if (args.env !== undefined && args.env.trim() === '') {
    throw new UsageError('--env is empty; it must be "sandbox" or "production"', typedCommand)
  }
  const format = readFormat(args)

  const warnings: string[] = []
  const iniPath = findIniFile(args.iniFile, env, cwd, home)
  const ini: IniValues = iniPath ? readIni(iniPath) : {}
  if (iniPath && holdsKeys(ini) && (sources.platform ?? process.platform) !== 'win32') {
    const warning = permissionWarning(iniPath)
    if (warning) warnings.push(warning)
  }

  const location = readLocation(args, env, ini, iniPath)
  const values: Partial<Record<Field, string>> = {
    command: args.cmd,
    env: args.env,
    job: args.job,
    instanceId: args.id,
    region: location.region,
    baseUrl: location.baseUrl,
    parameters: args.parameters === undefined ? undefined : readParameters(args.parameters, cwd, home, typedCommand),
    wait: String(args.wait),
    timeout: args.timeout,
    pollInterval: args.pollInterval,
    maxPollInterval: args.maxPollInterval,
    failOn: args.failOn,
    failOnCounter: args.failOnCounter,
    waitForSlot: args.waitForSlot,
    profileId: args.profileId,
    since: args.since,
    stuckAfter: args.stuckAfter,
    type: args.type,
    category: args.category,
    from: args.from,
    to: args.to,
    instanceStatus: args.status,
    cache: String(!args.noCache),
    cacheTtl: args.cacheTtl,
    forceRefresh: String(args.force),
    cacheDir: args.cacheDir === undefined ? undefined : expandPath(args.cacheDir, cwd, home)
  }
  const source: SettingsSource = {
    processEnv: env,
    text: (field) => values[field],
    label: (field) => (field === 'region' ? location.regionLabel : field === 'baseUrl' ? location.baseUrlLabel : flagOf(field)),
    apiKeys: (environment: Environment) => [
      { key: env[API_KEY_VARIABLES[environment]], label: API_KEY_VARIABLES[environment] },
      { key: env[ANY_API_KEY_VARIABLE], label: ANY_API_KEY_VARIABLE },
      { key: ini[`api_key_${environment}`], label: `api_key_${environment} in ${iniPath ?? INI_FILE_NAME}` }
    ],
    missingKey: (environment) => {
      const looked = iniPath
        ? `api_key_${environment} in ${iniPath}`
        : `api_key_${environment} in an ${INI_FILE_NAME} (${iniCandidates(env, cwd, home).join(', ')})`
      const defaulted = args.env === undefined ? ` (${environment} is the default; --env production for the other)` : ''
      return `no API key for ${environment}${defaulted}: set ${API_KEY_VARIABLES[environment]} (or ${ANY_API_KEY_VARIABLE}), or ${looked}`
    }
  }

  let settings: Settings
  try {
    settings = readSettings(source)
    // Refused above already; this narrows the type to the commands that talk to Alma.
    if (settings.command === 'report') throw new UsageError(REPORT_REFUSED)
  } catch (error) {
    // A bad flag shows the usage; a bad variable or ini line is just named.
    throw error instanceof SettingError && cameFromFlag(error.field, location)
      ? new UsageError(error.message, typedCommand)
      : error
  }
  checkOptionsApply(args, settings.command)
  const redirect = keyRedirectWarning(settings, location)
  if (redirect) warnings.push(redirect)
  return { settings, format, verbose: args.verbose, localTime: args.localTime, warnings, iniPath }
}

function cameFromFlag(field: Field, location: Location): boolean {
  if (field === 'region' || field === 'baseUrl') return location.fromFlags
  return FLAG_KEYS[field] !== undefined
}

/** An option meant for another command is a mistake worth telling (e.g. --status on list). */
function checkOptionsApply(args: CliArgs, command: Command): void {
  for (const option of OPTIONS) {
    if (!option.commands || option.commands.includes(command)) continue
    const given = takesValue(option) ? args[option.key] !== undefined : args[option.key]
    if (given) {
      throw new UsageError(`--${option.name} applies to --cmd ${option.commands.join(' or ')}, not ${command}`, command)
    }
  }
}

function readFormat(args: CliArgs): OutputFormat {
  if (args.format === undefined) return 'text'
  const format = OUTPUT_FORMATS.find((candidate) => candidate === args.format?.trim().toLowerCase())
  if (!format) throw new UsageError(`--format "${args.format}" must be ${quoteList(OUTPUT_FORMATS)}`)
  return format
}

/**
 * A cloned repository's almajob.ini could send the key from the user's environment to a host
 * of its choosing. When the base URL and the key come from different kinds of source (the
 * environment, an ini file) and the host is not an Ex Libris API host, say so, naming both.
 * A --base-url on the command line is the user's own choice.
 */
function keyRedirectWarning(settings: AlmaSettings, location: Location): string | undefined {
  if (location.fromFlags || location.baseUrl === undefined) return undefined
  const host = new URL(settings.baseUrl).hostname
  if (isExLibrisHost(host)) return undefined
  // An ini line is labelled `base_url in PATH`; a variable by its name.
  const keyFromIni = settings.apiKeyFrom.includes(' in ')
  const urlFromIni = location.baseUrlLabel.includes(' in ')
  if (keyFromIni === urlFromIni) return undefined
  return `${location.baseUrlLabel} sends the API key from ${settings.apiKeyFrom} to ${host}, which is not an Ex Libris API host; check that this is meant`
}

/** Where almajob.ini may be, in the order looked at (after --ini-file). */
export function iniCandidates(env: NodeJS.ProcessEnv, cwd: string, home: string): string[] {
  const configHome = env.XDG_CONFIG_HOME || join(home, '.config')
  return [join(cwd, INI_FILE_NAME), join(configHome, 'almajob', INI_FILE_NAME)]
}

export function findIniFile(given: string | undefined, env: NodeJS.ProcessEnv, cwd: string, home: string): string | undefined {
  if (given !== undefined) {
    const path = expandPath(given, cwd, home)
    if (!isFile(path)) throw new ConfigError(`--ini-file: no file at ${path}`)
    return path
  }
  return iniCandidates(env, cwd, home).find(isFile)
}

function readIni(path: string): IniValues {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new ConfigError(`cannot read ${path}: ${systemReason(error)}`)
  }
  return parseIni(text, path)
}

function holdsKeys(ini: IniValues): boolean {
  return Object.entries(ini).some(([key, value]) => key.startsWith('api_key') && value.trim() !== '')
}

/** API keys are write keys (running a job is a POST); others on the machine should not read them. */
export function permissionWarning(path: string): string | undefined {
  let mode: number
  try {
    mode = statSync(path).mode
  } catch {
    return undefined
  }
  if ((mode & 0o044) === 0) return undefined
  const shown = (mode & 0o777).toString(8).padStart(3, '0')
  return `${path} holds API keys and other users can read it (mode ${shown}); run: chmod 600 ${shellQuote(path)}`
}

interface Location {
  region?: string
  baseUrl?: string
  /** How to name each in a message: a flag, an environment variable, or a line of the ini. */
  regionLabel: string
  baseUrlLabel: string
  fromFlags: boolean
}

/** The highest layer that names a region or base URL decides; within it a base URL wins. */
function readLocation(args: CliArgs, env: NodeJS.ProcessEnv, ini: IniValues, iniPath: string | undefined): Location {
  if (args.region !== undefined && args.baseUrl !== undefined) {
    throw new UsageError('give --region or --base-url, not both')
  }
  if (args.region !== undefined || args.baseUrl !== undefined) {
    return { region: args.region, baseUrl: args.baseUrl, regionLabel: '--region', baseUrlLabel: '--base-url', fromFlags: true }
  }
  const envRegion = env[EnvVars.Region]?.trim()
  const envBaseUrl = env[EnvVars.BaseUrl]?.trim()
  if (envRegion || envBaseUrl) {
    return {
      region: envBaseUrl ? undefined : envRegion,
      baseUrl: envBaseUrl || undefined,
      regionLabel: EnvVars.Region,
      baseUrlLabel: EnvVars.BaseUrl,
      fromFlags: false
    }
  }
  // The old script called it "domain"; "region" is accepted too.
  const iniRegionKey = ini.domain?.trim() ? 'domain' : 'region'
  const iniBaseUrl = ini.base_url?.trim()
  return {
    region: iniBaseUrl ? undefined : ini[iniRegionKey]?.trim() || undefined,
    baseUrl: iniBaseUrl || undefined,
    regionLabel: `${iniRegionKey} in ${iniPath ?? INI_FILE_NAME}`,
    baseUrlLabel: `base_url in ${iniPath ?? INI_FILE_NAME}`,
    fromFlags: false
  }
}

/** `--parameters @file` reads the file; anything else is the parameters themselves. */
function readParameters(value: string, cwd: string, home: string, command: Command | undefined): string {
  if (!value.startsWith('@')) return value
  const path = expandPath(value.slice(1), cwd, home)
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    throw new UsageError(`--parameters: cannot read ${path}: ${systemReason(error)}`, command)
  }
}

function expandPath(path: string, cwd: string, home: string): string {
  // `--ini-file=~/x` reaches us unexpanded: the shell expands ~ only at a word's start.
  const expanded = path === '~' ? home : path.startsWith('~/') ? join(home, path.slice(2)) : path
  return isAbsolute(expanded) ? expanded : resolve(cwd, expanded)
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EACCES') return 'permission denied'
  if (code === 'EISDIR') return 'it is a directory'
  return error instanceof Error ? error.message : String(error)
}

function quoteList(values: readonly string[]): string {
  const quoted = values.map((value) => `"${value}"`)
  return quoted.length <= 2 ? quoted.join(' or ') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`
}

/** POSIX single-quoting, only when needed, for commands we suggest the user run. */
export function shellQuote(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`
}
