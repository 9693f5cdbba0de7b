// Command-line flags → CliArgs. Accepts the old PHP script's spellings (getopt long options:
// `--cache_dir`, `--ini_file`) next to the dashed ones, and both `--flag value` and
// `--flag=value`. Anything unknown is a usage error, never silently ignored.
import { ConfigError } from '../alma/errors.js'
import type { Command } from '../settings.js'
import { type CliArgs, OPTIONS, type OptionSpec, takesValue } from './options.js'
import { closest } from '../text/edit-distance.js'

/** A mistake on the command line: main prints the usage with it and exits 2. */
export class UsageError extends ConfigError {
  /** When known, the usage shown is this command's. */
  readonly command?: Command
  constructor(message: string, command?: Command) {
    super(message)
    this.name = 'UsageError'
    this.command = command
  }
}

const SWITCH_VALUES: Record<string, boolean> = { true: true, yes: true, '1': true, false: false, no: false, '0': false }

/** Commands that may be named without --cmd: `almajob list`, `almajob run --job M26710`. */
export const SUBCOMMANDS = ['list', 'run', 'status', 'instances', 'check'] as const

/** The action's `cmd: report` reads the runner's event file; a shell has none to give it. */
export const REPORT_REFUSED =
  'report is for the GitHub Action only: it reads the repository_dispatch event that started the workflow; here, use status --job JOB --id INSTANCE'

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {
    help: false,
    version: false,
    wait: false,
    noCache: false,
    force: false,
    verbose: false,
    localTime: false
  }
  let subcommand: string | undefined
  for (let index = 0; index < argv.length; index++) {
    const token = argv[index]
    if (!token.startsWith('-') || token === '-') {
      if (token.toLowerCase() === 'report') throw new UsageError(REPORT_REFUSED)
      const command = SUBCOMMANDS.find((name) => name === token.toLowerCase())
      if (command && subcommand === undefined) {
        subcommand = command
        continue
      }
      const near = subcommand === undefined ? closest(token, SUBCOMMANDS, (name) => name, 1)[0] : undefined
      throw new UsageError(
        near
          ? `unknown command "${token}"; did you mean ${near}? The commands are ${SUBCOMMANDS.join(', ')} and relay`
          : `unexpected argument "${token}"; every value belongs to an option, and a job name with spaces needs quotes: --job "Job Name"`
      )
    }
    if (token === '--') throw new UsageError('unexpected "--"; almajob takes a command and options only')

    const equals = token.indexOf('=')
    const typed = equals === -1 ? token : token.slice(0, equals)
    const inline = equals === -1 ? undefined : token.slice(equals + 1)
    const option = findOption(typed)

    if (!takesValue(option)) {
      if (inline === undefined) {
        args[option.key] = true
        continue
      }
      const value = SWITCH_VALUES[inline.trim().toLowerCase()]
      if (value === undefined)
        throw new UsageError(`--${option.name} takes no value (got "${inline}"); use --${option.name} or --${option.name}=false`)
      args[option.key] = value
      continue
    }

    let value = inline
    if (value === undefined) {
      const next = argv[index + 1]
      // `--job --id 5` means the job was left out, not that the job is called "--id".
      if (next === undefined || (next.startsWith('--') && next.length > 2)) {
        throw new UsageError(`--${option.name} needs a value: --${option.name} ${option.value}`)
      }
      value = next
      index++
    }
    // --job may be repeated (check looks at several jobs); the names go one a line.
    args[option.key] = option.key === 'job' && args.job !== undefined ? `${args.job}\n${value}` : value
  }
  if (subcommand !== undefined) {
    if (args.cmd !== undefined && args.cmd.trim().toLowerCase() !== subcommand) {
      throw new UsageError(`the command is given twice, as ${subcommand} and as --cmd ${args.cmd}; give one`)
    }
    args.cmd = subcommand
  }
  return args
}

function findOption(typed: string): OptionSpec {
  const short = OPTIONS.find((option) => option.short === typed)
  if (short) return short
  if (typed.startsWith('--')) {
    const name = typed.slice(2).replaceAll('_', '-')
    const option = OPTIONS.find((candidate) => candidate.name === name)
    if (option) return option
  }
  const suggestion = closestOption(typed.replace(/^-+/, '').replaceAll('_', '-'))
  throw new UsageError(`unknown option ${typed}${suggestion ? `; did you mean --${suggestion}?` : ''}`)
}

/** The option name a typo most likely meant, if any is close (text/edit-distance.ts). */
function closestOption(typed: string): string | undefined {
  return closest(typed, OPTIONS, (option) => option.name, 1)[0]?.name
}
