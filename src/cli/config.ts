// Flags + almajob.ini + environment → Settings. Precedence, highest first:
//   flags  >  environment variables  >  almajob.ini  >  defaults (src/config.ts Defaults)
// The values are then handed to the action's own readSettings under the action's input
// names, so both shells validate durations, ids, choices and regions the same way.
import { readFileSync, statSync } from 'node:fs'
import { homedir } from 'node:os'
import { isAbsolute, join, resolve } from 'node:path'
import { ConfigError, resolveBaseUrl } from '../alma/index.js'
import { Defaults, defaultCacheDir, Inputs, readSettings } from '../config.js'
import { COMMANDS, type Command, ENVIRONMENTS, type Environment, type Settings } from '../settings.js'
import { UsageError } from './args.js'
import { EnvVars, INI_FILE_NAME, OUTPUT_FORMATS, type OutputFormat } from './constants.js'
import { type IniValues, parseIni } from './ini.js'
import { type CliArgs, OPTIONS, takesValue } from './options.js'

const KEY_VARS: Record<Environment, string> = { sandbox: EnvVars.ApiKeySandbox, production: EnvVars.ApiKeyProduction }

export interface CliConfig {
  settings: Settings
  format: OutputFormat
  verbose: boolean
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

export function loadCliConfig(args: CliArgs, sources: ConfigSources): CliConfig {
  const { env, cwd } = sources
  const home = sources.home ?? homedir()
  const command = readCommand(args)
  const environment = readEnvironment(args, command)
  checkOptionsApply(args, command)
  requireCommandOptions(args, command)
  const format = readFormat(args)

  const warnings: string[] = []
  const iniPath = findIniFile(args.iniFile, sources.env, cwd, home)
  const ini: IniValues = iniPath ? readIni(iniPath) : {}
  if (iniPath && holdsKeys(ini) && (sources.platform ?? process.platform) !== 'win32') {
    const warning = permissionWarning(iniPath)
    if (warning) warnings.push(warning)
  }

  const apiKey = env[KEY_VARS[environment]]?.trim() || env[EnvVars.ApiKey]?.trim() || ini[`api_key_${environment}`]?.trim()
  if (!apiKey) {
    const looked = iniPath
      ? `api_key_${environment} in ${iniPath}`
      : `api_key_${environment} in an ${INI_FILE_NAME} (${iniCandidates(env, cwd, home).join(', ')})`
    throw new ConfigError(`no API key for ${environment}: set ${KEY_VARS[environment]} (or ${EnvVars.ApiKey}), or ${looked}`)
  }

  const location = readLocation(args, env, ini, iniPath)
  checkLocation(location, command)
  const inputs: Record<string, string | undefined> = {
    [Inputs.Command]: command,
    [Inputs.Env]: environment,
    [Inputs.Job]: args.job,
    [Inputs.InstanceId]: args.id,
    [Inputs.ApiKey]: apiKey,
    [Inputs.Region]: location.region,
    [Inputs.BaseUrl]: location.baseUrl,
    [Inputs.Parameters]: args.parameters === undefined ? undefined : readParameters(args.parameters, cwd, home),
    [Inputs.Wait]: String(args.wait),
    [Inputs.Timeout]: args.timeout,
    [Inputs.PollInterval]: args.pollInterval,
    [Inputs.MaxPollInterval]: args.maxPollInterval,
    [Inputs.FailOn]: args.failOn,
    [Inputs.Type]: args.type?.toUpperCase(),
    [Inputs.Category]: args.category,
    [Inputs.From]: args.from,
    [Inputs.To]: args.to,
    [Inputs.InstanceStatus]: args.status?.toUpperCase(),
    [Inputs.Cache]: String(!args.noCache),
    [Inputs.CacheTtl]: args.cacheTtl,
    [Inputs.ForceRefresh]: String(args.force),
    [Inputs.CacheDir]: args.cacheDir === undefined ? defaultCacheDir(env) : expandPath(args.cacheDir, cwd, home)
  }

  let settings: Settings
  try {
    settings = readSettings((name) => inputs[name] ?? '', env)
  } catch (error) {
    throw error instanceof ConfigError ? relabel(error, command) : error
  }
  return { settings, format, verbose: args.verbose, warnings, iniPath }
}

function readCommand(args: CliArgs): Command {
  if (args.cmd === undefined || args.cmd === '') {
    throw new UsageError(`missing --cmd; it must be one of ${quoteList(COMMANDS)}`)
  }
  const command = COMMANDS.find((candidate) => candidate === args.cmd?.trim().toLowerCase())
  if (!command) throw new UsageError(`--cmd "${args.cmd}" is not a command; it must be one of ${quoteList(COMMANDS)}`)
  return command
}

function readEnvironment(args: CliArgs, command: Command): Environment {
  // Required, as in the old script: the environment decides which key (and data) is used.
  if (args.env === undefined || args.env === '') {
    throw new UsageError(`missing --env; it must be ${quoteList(ENVIRONMENTS)}`, command)
  }
  const environment = ENVIRONMENTS.find((candidate) => candidate === args.env?.trim().toLowerCase())
  if (!environment) throw new UsageError(`--env "${args.env}" must be either ${quoteList(ENVIRONMENTS)}`, command)
  return environment
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

function requireCommandOptions(args: CliArgs, command: Command): void {
  if (command !== 'list' && !args.job?.trim()) {
    throw new UsageError(`--cmd ${command} needs --job "Job Name" (or the job's id)`, command)
  }
  if (command === 'status' && !args.id?.trim()) {
    throw new UsageError('--cmd status needs both --job "Job Name" and --id INSTANCE', command)
  }
}

function readFormat(args: CliArgs): OutputFormat {
  if (args.format === undefined) return 'text'
  const format = OUTPUT_FORMATS.find((candidate) => candidate === args.format?.trim().toLowerCase())
  if (!format) throw new UsageError(`--format "${args.format}" must be ${quoteList(OUTPUT_FORMATS)}`)
  return format
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

/** resolveBaseUrl does not know where a bad region came from; say it: the flag, the variable or the ini line. */
function checkLocation(location: Location, command: Command): void {
  try {
    resolveBaseUrl({ region: location.region ?? Defaults.region, baseUrl: location.baseUrl })
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    const label = location.baseUrl !== undefined ? location.baseUrlLabel : location.regionLabel
    throw location.fromFlags
      ? new UsageError(`${label}: ${error.message}`, command)
      : new ConfigError(`${label}: ${error.message}`)
  }
}

/** `--parameters @file` reads the file; anything else is the parameters themselves. */
function readParameters(value: string, cwd: string, home: string): string {
  if (!value.startsWith('@')) return value
  const path = expandPath(value.slice(1), cwd, home)
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    throw new UsageError(`--parameters: cannot read ${path}: ${systemReason(error)}`, 'run')
  }
}

/**
 * readSettings names the action's inputs ("timeout: …"); say it the CLI's way
 * ("--timeout: …"). A flag's bad value is a usage error. (Region and base URL were
 * checked, with their source named, by checkLocation.)
 */
function relabel(error: ConfigError, command: Command): ConfigError {
  const match = /^([a-z-]+): (.*)$/s.exec(error.message)
  if (!match) return error
  const [, input, rest] = match
  const flag = FLAG_FOR_INPUT[input] ?? input
  if (!OPTIONS.some((option) => option.name === flag)) return error
  return new UsageError(`--${flag}: ${rest}`, command)
}

/** Action inputs whose CLI flag is spelled differently. */
const FLAG_FOR_INPUT: Record<string, string> = {
  [Inputs.InstanceStatus]: 'status',
  [Inputs.ForceRefresh]: 'force',
  [Inputs.Cache]: 'no-cache'
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
