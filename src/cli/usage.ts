// The help and usage texts, generated from the option table so they cannot drift from
// what the parser accepts.
import { ANY_API_KEY_VARIABLE, API_KEY_VARIABLES, Defaults } from '../settings.js'
import type { Command } from '../settings.js'
import { EnvVars, ExitCode, INI_FILE_NAME } from './constants.js'
import { OPTION_GROUPS, type OptionSpec, takesValue } from './options.js'

const SYNOPSIS: Record<Command | 'any', string> = {
  any: 'almajob --env {sandbox|production} --cmd {list|run|status|instances|check} [options]',
  list: 'almajob --env {sandbox|production} --cmd list [--type TYPE] [--category CODE]',
  run: 'almajob --env {sandbox|production} --cmd run --job "{job}" [--parameters P] [--wait]',
  status: 'almajob --env {sandbox|production} --cmd status --job "{job}" --id "{id}" [--wait]',
  instances: 'almajob --env {sandbox|production} --cmd instances --job "{job}" [--from DATE] [--to DATE] [--status CODE]',
  check: 'almajob --env {sandbox|production} --cmd check {--job "{job}"...|--category CODE} [--since 24h]'
}

/** What a usage error prints: the synopsis for the command (as the old script did), then the problem. */
export function usageErrorText(problem: string, command?: Command): string {
  return `Usage:\n  ${SYNOPSIS[command ?? 'any']}\n\n  Error: ${problem}\n\nRun "almajob --help" for every option.\n`
}

export function helpText(version: string): string {
  const lines = [
    `almajob ${version}: run, watch and list Ex Libris Alma jobs.`,
    '',
    'Usage:',
    ...(['list', 'run', 'status', 'instances', 'check'] as const).map((command) => `  ${SYNOPSIS[command]}`),
    '',
    '  list       one line per job: its id and name',
    '  run        submit the job; prints "Job Instance ID: …" (with --wait, also how it ended)',
    '  status     the job, its id, the instance, submit time (local) and "STATUS - description"',
    '  instances  recent runs of the job, one line each, as Alma lists them',
    '  check      one line per job: did it run since --since, and end well? exit 1 when one needs attention',
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
    `  ${ExitCode.Usage}    usage or configuration error`,
    `  ${ExitCode.AlmaError}    Alma or network error`,
    `  ${ExitCode.Interrupted}  interrupted (Ctrl-C, SIGINT); a job already started goes on in Alma, and the`,
    '       instance id is printed with the command that checks on it later; before the run was sent,',
    '       it says the job was not started.',
    `  ${ExitCode.Terminated}  the same after SIGTERM (e.g. a CI runner cancelling the job).`,
    ''
  )
  return lines.join('\n')
}

function describeOption(option: OptionSpec): string[] {
  const names = [option.short, `--${option.name}${takesValue(option) ? ` ${option.value}` : ''}`].filter(Boolean).join(', ')
  const scope = option.commands ? ` (${option.commands.join(', ')})` : ''
  return [`  ${names}`, `      ${option.help}${scope}`, `      e.g. ${option.example}`]
}
