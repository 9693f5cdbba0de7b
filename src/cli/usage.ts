// The help and usage texts, generated from the option table so they cannot drift from
// what the parser accepts.
import { ANY_API_KEY_VARIABLE, API_KEY_VARIABLES, Defaults } from '../settings.js'
import type { Command } from '../settings.js'

type Subcommand = (typeof SUBCOMMANDS)[number]
import { SUBCOMMANDS } from './args.js'
import { EnvVars, ExitCode, INI_FILE_NAME } from './constants.js'
import { ERROR_CODES } from './errors.js'
import { OPTION_GROUPS, type OptionSpec, takesValue } from './options.js'

const SYNOPSIS: Record<Subcommand | 'any', string> = {
  any: 'almajob {list|run|status|instances|check|relay} [--env production] [options]',
  list: 'almajob list [--env production] [--type TYPE] [--category CODE]',
  run: 'almajob run --job "{job}" [--env production] [--parameters P] [--wait]',
  status: 'almajob status --job "{job}" --id "{id}" [--env production] [--wait]',
  instances: 'almajob instances --job "{job}" [--env production] [--from DATE] [--to DATE] [--status CODE]',
  check: 'almajob check {--job "{job}"...|--category CODE} [--env production] [--since 24h]'
}

/** What a usage error prints: the synopsis for the command (as the old script did), then the problem. */
export function usageErrorText(problem: string, command?: Command): string {
  const synopsis = SYNOPSIS[SUBCOMMANDS.find((name) => name === command) ?? 'any']
  return `Usage:\n  ${synopsis}\n\n  Error: ${problem}\n\nRun "almajob --help" for every option.\n`
}

export function helpText(version: string): string {
  const lines = [
    `almajob ${version}: run, watch and list Ex Libris Alma jobs.`,
    '',
    'Usage:',
    ...SUBCOMMANDS.map((command) => `  ${SYNOPSIS[command]}`),
    '  almajob relay [relay options]     (almajob relay --help for its own options)',
    '',
    '  list       one line per job: its id and name',
    '  run        submit the job; prints "Job Instance ID: …" (with --wait, also how it ended)',
    '  status     the job, its id, the instance, its times and "STATUS - description"',
    '  instances  recent runs of the job, one line each, as Alma lists them',
    '  check      one line per job: did it run since --since, and end well? exit 1 when one needs attention',
    "  relay      forward Alma's JOB_END webhooks to GitHub as repository_dispatch events",
    '',
    `  The command may also be given as --cmd (the old script's form): almajob --env sandbox --cmd list.`,
    `  --env defaults to ${Defaults.env}, as in the action; give --env production for production.`,
    '  Times are shown in UTC, ISO 8601 (2026-12-01T06:00:03Z); --local-time shows the local zone.',
    ''
  ]
  for (const group of OPTION_GROUPS) {
    lines.push(`${group.title}:`)
    for (const option of group.options) lines.push(...describeOption(option))
    lines.push('')
  }
  lines.push(
    'Durations are a number with a unit: 90s, 15m, 2h, 1h30m (a bare number is seconds).',
    'Option names may use _ for - (--cache_dir, --ini_file) and --flag=value or --flag value.',
    '',
    'Configuration:',
    `  API keys and region come from ${INI_FILE_NAME}, in the old script's format:`,
    '      api_key_production = l8xx...',
    '      api_key_sandbox = l8xx...',
    '      domain = na            ; na, eu, ap, aps, ca or cn',
    '      base_url = https://... ; optional, instead of domain',
    `  It is read from --ini-file, else ./${INI_FILE_NAME}, else $XDG_CONFIG_HOME/almajob/${INI_FILE_NAME}`,
    `  (~/.config/almajob/${INI_FILE_NAME}). Keep it private: chmod 600.`,
    '  Environment variables override the file:',
    `      ${API_KEY_VARIABLES.sandbox}, ${API_KEY_VARIABLES.production}  the key for that --env`,
    `      ${ANY_API_KEY_VARIABLE}  a key for either --env (when the one above is unset)`,
    `      ${EnvVars.Region}, ${EnvVars.BaseUrl}  where Alma is`,
    '  and flags override both. Keys are never taken from flags: other users can see command lines.',
    `  The job list is cached for ${Defaults.cacheTtl} per environment and institution (--cache-dir, --force, --no-cache).`,
    '',
    'Output:',
    '  Results go to stdout; progress, notes and errors go to stderr. While waiting on a terminal',
    '  the progress line redraws in place; on a pipe, or with NO_COLOR or CI set, it prints one',
    '  line per change.',
    '',
    'Exit codes:',
    `  ${ExitCode.Success}    success (the job ended well, or was submitted, or was listed)`,
    `  ${ExitCode.JobFailed}    the job failed, needs a person, timed out, or (with --fail-on warning) warned`,
    `  ${ExitCode.Usage}    usage or configuration error, including an API key Alma refuses (the error names`,
    '       where the key came from), a job or instance Alma does not know, and a Node older than almajob needs',
    `  ${ExitCode.AlmaError}    Alma or network error`,
    `  ${ExitCode.Interrupted}  interrupted (Ctrl-C, SIGINT); a job already started goes on in Alma, and the`,
    '       instance id is printed with the command that checks on it later; before the run was sent,',
    '       it says the job was not started.',
    `  ${ExitCode.Terminated}  the same after SIGTERM (e.g. a CI runner cancelling the job).`,
    '',
    'Errors with --format json:',
    '  besides the line on stderr, stdout gets {"error": {"message": "…", "code": "…", "exit": N}}; the codes:',
    ...Object.entries(ERROR_CODES).map(([code, meaning]) => `      ${code.padEnd(13)}${meaning}`),
    ''
  )
  return lines.join('\n')
}

function describeOption(option: OptionSpec): string[] {
  const names = [option.short, `--${option.name}${takesValue(option) ? ` ${option.value}` : ''}`].filter(Boolean).join(', ')
  const scope = option.commands ? ` (${option.commands.join(', ')})` : ''
  return [`  ${names}`, `      ${option.help}${scope}`, `      e.g. ${option.example}`]
}
