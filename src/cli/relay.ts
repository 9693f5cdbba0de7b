// `almajob relay --port N …`: serves the webhook relay (src/relay/) until a stop signal,
// one line per request on stdout. The secrets come from the environment only: a flag would
// show in `ps` to every user of the machine.
import { ConfigError } from '../alma/errors.js'
import { DEFAULT_EVENT_TYPE, serveRelay, type RelayOutcome, type RelayServer } from '../relay/index.js'
import { safeLine } from '../text/safe.js'
import { ExitCode } from './constants.js'

const RELAY_ENV = { secret: 'ALMA_WEBHOOK_SECRET', token: 'GITHUB_TOKEN', repository: 'GITHUB_REPOSITORY' } as const

export const RELAY_FLAGS = ['port', 'host', 'repository', 'event-type', 'jobs', 'github-api-url'] as const
type Flag = (typeof RELAY_FLAGS)[number]
const SECRET_FLAGS: Record<string, string> = {
  secret: RELAY_ENV.secret,
  'webhook-secret': RELAY_ENV.secret,
  token: RELAY_ENV.token,
  'github-token': RELAY_ENV.token
}

const RELAY_USAGE = `Usage: almajob relay --port N [--host 127.0.0.1] [--repository owner/name]
                     [--event-type ${DEFAULT_EVENT_TYPE}] [--jobs M1,M2] [--github-api-url URL]
Receives Alma's JOB_END webhook, checks its signature and starts GitHub workflows
\`on: repository_dispatch\`. Serve it behind HTTPS: Alma calls only https URLs.
Environment: ${RELAY_ENV.secret} (the Alma webhook secret), ${RELAY_ENV.token} (a token with
Contents: read and write on the repository), ${RELAY_ENV.repository} (default of --repository).
Stops on Ctrl-C or SIGTERM. Exit status: 0 stopped, 2 bad flags or environment, 3 cannot listen.
`

export interface RelayIo {
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
  /** Subscribes to the stop signals (main.ts: SIGINT/SIGTERM/SIGBREAK); returns the unsubscribe. */
  onSignal(handler: (signal: NodeJS.Signals) => void): () => void
  /** Told once the relay listens (tests use it to learn the port). */
  onListening?(server: RelayServer): void
}

/** `--flag value` and `--flag=value` (the word `relay` already taken off); anything else is a ConfigError naming it. */
function parseFlags(args: readonly string[]): Partial<Record<Flag, string>> & { help?: boolean } {
  const values: Partial<Record<Flag, string>> & { help?: boolean } = {}
  for (let i = 0; i < args.length; i++) {
    const token = args[i]!
    if (token === '--help' || token === '-h') {
      values.help = true
      continue
    }
    const match = /^--([a-z-]+)(?:=(.*))?$/s.exec(token)
    const name = match?.[1]
    if (name === undefined) throw new ConfigError(`unexpected argument "${token}"; flags are --${RELAY_FLAGS.join(', --')}`)
    if (name in SECRET_FLAGS)
      throw new ConfigError(`--${name} is not a flag: set ${SECRET_FLAGS[name]} in the environment (flags show in ps)`)
    if (!(RELAY_FLAGS as readonly string[]).includes(name))
      throw new ConfigError(`unknown flag --${name}; flags are --${RELAY_FLAGS.join(', --')}`)
    const value = match![2] ?? args[++i]
    if (value === undefined || (match![2] === undefined && value.startsWith('--')))
      throw new ConfigError(`--${name} needs a value`)
    if (values[name as Flag] !== undefined) throw new ConfigError(`--${name} is given twice`)
    values[name as Flag] = value
  }
  return values
}

/** The relay's option names, as this command spells them. */
const OPTION_NAMES: [string, string][] = [
  ['relay githubApiUrl', '--github-api-url'],
  ['relay githubToken', RELAY_ENV.token],
  ['relay repository', '--repository'],
  ['relay eventType', '--event-type'],
  ['relay jobs', '--jobs'],
  ['relay port', '--port'],
  ['relay host', '--host'],
  ['relay secret', RELAY_ENV.secret]
]
const flagWords = (message: string) => OPTION_NAMES.reduce((text, [option, flag]) => text.replace(option, flag), message)

/** One line for a request's outcome: ids and codes the relay checked, and its own words. */
function outcomeLine(outcome: RelayOutcome): string {
  const parts = [new Date().toISOString(), outcome.kind, String(outcome.status)]
  if (outcome.jobId) parts.push(`job ${outcome.jobId}`)
  if (outcome.instanceId) parts.push(`instance ${outcome.instanceId}`)
  if (outcome.jobStatus) parts.push(outcome.jobStatus)
  const github = outcome.githubMessage ? ` (GitHub says: ${outcome.githubMessage})` : ''
  return safeLine(`${parts.join(' ')}: ${outcome.reason}${github}`)
}

/** `argv` is what follows `relay`; `io` is main's, so the relay stops on the same signals as every command. */
export async function runRelayCommand(argv: readonly string[], env: NodeJS.ProcessEnv, io: RelayIo): Promise<number> {
  const fail = (line: string, code: number = ExitCode.Usage) => {
    io.stderr.write(`almajob relay: ${safeLine(line)}\n`)
    return code
  }
  let server: RelayServer
  let jobs: string[] | undefined
  try {
    const flags = parseFlags(argv)
    if (flags.help) {
      io.stdout.write(RELAY_USAGE)
      return ExitCode.Success
    }
    if (flags.port === undefined) throw new ConfigError('--port is required (0 picks a free port)')
    if (!/^\d{1,5}$/.test(flags.port) || Number(flags.port) > 65_535)
      throw new ConfigError(`--port must be a whole number from 0 to 65535`)
    const secret = env[RELAY_ENV.secret]
    if (!secret)
      throw new ConfigError(`${RELAY_ENV.secret} is not set: give it the secret of Alma's Webhooks integration profile`)
    const githubToken = env[RELAY_ENV.token]
    if (!githubToken)
      throw new ConfigError(`${RELAY_ENV.token} is not set: give it a token with Contents: read and write on the repository`)
    const repository = flags.repository ?? env[RELAY_ENV.repository]
    if (!repository) throw new ConfigError(`--repository owner/name is required (or ${RELAY_ENV.repository})`)
    jobs = flags.jobs
      ?.split(',')
      .map((id) => id.trim())
      .filter(Boolean)
    const options = {
      port: Number(flags.port),
      host: flags.host,
      secret,
      githubToken,
      repository,
      eventType: flags['event-type'],
      jobs,
      githubApiUrl: flags['github-api-url'],
      onOutcome: (outcome: RelayOutcome) => void io.stdout.write(`${outcomeLine(outcome)}\n`)
    }
    try {
      server = await serveRelay(options)
    } catch (error) {
      if (error instanceof ConfigError) throw error
      const code = (error as NodeJS.ErrnoException)?.code
      return fail(`cannot listen on ${flags.host ?? '127.0.0.1'}:${flags.port}${code ? ` (${code})` : ''}`, ExitCode.AlmaError)
    }
  } catch (error) {
    if (error instanceof ConfigError) return fail(flagWords(error.message))
    throw error
  }
  io.stderr.write(
    `almajob relay: listening on ${server.url}; forwarding signed JOB_END events of ${jobs ? jobs.join(', ') : 'every job'}. Ctrl-C stops it.\n`
  )
  io.onListening?.(server)
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    const off = io.onSignal((received) => {
      off()
      resolve(received)
    })
  })
  io.stderr.write(`almajob relay: ${signal}, stopping\n`)
  await server.close()
  return ExitCode.Success
}
