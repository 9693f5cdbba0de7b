// Every command-line option, once: the parser, the usage errors and `--help` all read
// this table, so an option cannot be parsed without being documented (or vice versa).
import { Defaults } from '../settings.js'
import type { Command } from '../settings.js'

/** What the command line said, as typed; config.ts turns it into Settings. */
export interface CliArgs {
  help: boolean
  version: boolean
  env?: string
  cmd?: string
  job?: string
  id?: string
  parameters?: string
  wait: boolean
  timeout?: string
  pollInterval?: string
  maxPollInterval?: string
  failOn?: string
  failOnCounter?: string
  waitForSlot?: string
  profileId?: string
  since?: string
  stuckAfter?: string
  type?: string
  category?: string
  from?: string
  to?: string
  status?: string
  region?: string
  baseUrl?: string
  iniFile?: string
  cacheDir?: string
  cacheTtl?: string
  noCache: boolean
  force: boolean
  format?: string
  verbose: boolean
  localTime: boolean
}

type SwitchKey = { [K in keyof CliArgs]-?: CliArgs[K] extends boolean ? K : never }[keyof CliArgs]
type ValueKey = Exclude<keyof CliArgs, SwitchKey>

interface OptionBase {
  /** Canonical spelling, without the dashes. `_` and `-` are interchangeable when typed. */
  name: string
  /** Short forms, with their dash (`-h`). */
  short?: string
  /** Commands the option means something to; absent = every command. */
  commands?: readonly Command[]
  help: string
  /** A complete example command line, shown in --help. */
  example: string
}
export interface SwitchOption extends OptionBase {
  key: SwitchKey
}
export interface ValueOption extends OptionBase {
  key: ValueKey
  /** Placeholder shown in help, e.g. NAME|ID. */
  value: string
}
export type OptionSpec = SwitchOption | ValueOption

export function takesValue(option: OptionSpec): option is ValueOption {
  return 'value' in option
}

export const OPTION_GROUPS: { title: string; options: OptionSpec[] }[] = [
  {
    title: 'What to do',
    options: [
      {
        name: 'env',
        key: 'env',
        value: 'sandbox|production',
        help: `The Alma environment, which picks the API key (default ${Defaults.env}, as in the action).`,
        example: 'almajob list --env production'
      },
      {
        name: 'cmd',
        key: 'cmd',
        value: 'list|run|status|instances|check',
        help: "What to do, also given as the first word (almajob list): list the jobs, run a job, show one run (status), list a job's recent runs (instances), or check that jobs ran and ended well since --since (check).",
        example: 'almajob --env sandbox --cmd instances --job M26710'
      },
      {
        name: 'job',
        key: 'job',
        value: 'NAME|ID',
        commands: ['run', 'status', 'instances', 'check'],
        help: 'The job: its exact name (quoted) or its id (M…, S…, O…). Ids need no job list. For check, repeat it for each job.',
        example: 'almajob --env sandbox --cmd run --job "Export Physical Items"'
      },
      {
        name: 'id',
        key: 'id',
        value: 'INSTANCE',
        commands: ['status'],
        help: 'The job instance id ("Process ID" in Monitor Jobs), for status.',
        example: 'almajob --env sandbox --cmd status --job M26710 --id 9563643080000561'
      },
      {
        name: 'parameters',
        key: 'parameters',
        value: 'XML|YAML|@FILE',
        commands: ['run'],
        help: 'Job parameters, as in the "API information" of the Run a job wizard: XML, YAML or JSON, inline or @file.',
        example: 'almajob --env sandbox --cmd run --job M26710 --parameters "set_id: 7777000000001234"'
      }
    ]
  },
  {
    title: 'Waiting',
    options: [
      {
        name: 'wait',
        key: 'wait',
        commands: ['run', 'status'],
        help: 'Wait until the instance ends, showing its progress.',
        example: 'almajob --env sandbox --cmd run --job M26710 --wait'
      },
      {
        name: 'timeout',
        key: 'timeout',
        value: 'DURATION',
        commands: ['run', 'status'],
        help: `Longest wait (default ${Defaults.timeout}); the job goes on in Alma after it.`,
        example: 'almajob --env sandbox --cmd run --job M26710 --wait --timeout 30m'
      },
      {
        name: 'poll-interval',
        key: 'pollInterval',
        value: 'DURATION',
        commands: ['run', 'status'],
        help: `First gap between status checks (default ${Defaults.pollInterval}); it grows up to --max-poll-interval.`,
        example: 'almajob --env sandbox --cmd run --job M26710 --wait --poll-interval 10s'
      },
      {
        name: 'max-poll-interval',
        key: 'maxPollInterval',
        value: 'DURATION',
        commands: ['run', 'status'],
        help: `Largest gap between status checks (default ${Defaults.maxPollInterval}).`,
        example: 'almajob --env sandbox --cmd run --job M26710 --wait --max-poll-interval 2m'
      },
      {
        name: 'fail-on',
        key: 'failOn',
        value: 'failure|warning|never',
        commands: ['run', 'status', 'check'],
        help: `Which endings exit 1: failure, also warning, or never (default ${Defaults.failOn}).`,
        example: 'almajob --env sandbox --cmd run --job M26710 --wait --fail-on warning'
      },
      {
        name: 'fail-on-counter',
        key: 'failOnCounter',
        value: 'PATTERNS',
        commands: ['run', 'status', 'check'],
        help: 'Also fail when a counter whose code or description matches one of these (comma-separated, * for any text) is above 0.',
        example: "almajob --env sandbox --cmd run --job M26710 --wait --fail-on-counter '*failed*,*rejected*'"
      },
      {
        name: 'wait-for-slot',
        key: 'waitForSlot',
        value: 'DURATION',
        commands: ['run'],
        help: "When Alma's job throttle refuses the run (402222/402223), try again for this long (default: not at all).",
        example: 'almajob --env sandbox --cmd run --job M26710 --wait-for-slot 30m'
      }
    ]
  },
  {
    title: 'Filters',
    options: [
      {
        name: 'type',
        key: 'type',
        value: 'MANUAL|SCHEDULED|OTHER',
        commands: ['list', 'check'],
        help: 'List (or check) only jobs of this type.',
        example: 'almajob --env sandbox --cmd list --type MANUAL'
      },
      {
        name: 'category',
        key: 'category',
        value: 'CODE',
        commands: ['list', 'check'],
        help: 'List (or check) only jobs of this category code.',
        example: 'almajob --env sandbox --cmd list --category FULFILLMENT'
      },
      {
        name: 'profile-id',
        key: 'profileId',
        value: 'ID',
        commands: ['list', 'run', 'instances', 'check'],
        help: "An integration profile's id: list (or check) its scheduled jobs; run or list the runs of its one job (or of --job within it).",
        example: 'almajob --env sandbox --cmd run --profile-id 6100230670000561'
      },
      {
        name: 'since',
        key: 'since',
        value: 'DURATION|ISO',
        commands: ['check'],
        help: `Look at runs submitted since then: a duration back from now or an ISO date-time (default ${Defaults.since}).`,
        example: 'almajob --env sandbox --cmd check --category PUBLISHING --since 26h'
      },
      {
        name: 'stuck-after',
        key: 'stuckAfter',
        value: 'DURATION',
        commands: ['check'],
        help: `A run not ended this long after it started is stuck (default ${Defaults.stuckAfter}).`,
        example: 'almajob --env sandbox --cmd check --job S7696884050001401 --stuck-after 6h'
      },
      {
        name: 'from',
        key: 'from',
        value: 'YYYY-MM-DD',
        commands: ['instances'],
        help: 'Runs submitted on or after this day (with neither --from nor --to: the last 30 days).',
        example: 'almajob --env sandbox --cmd instances --job M26710 --from 2025-01-01'
      },
      {
        name: 'to',
        key: 'to',
        value: 'YYYY-MM-DD',
        commands: ['instances'],
        help: 'Runs submitted on or before this day.',
        example: 'almajob --env sandbox --cmd instances --job M26710 --to 2025-01-31'
      },
      {
        name: 'status',
        key: 'status',
        value: 'CODE',
        commands: ['instances'],
        help: 'Runs with this status code (e.g. COMPLETED_FAILED).',
        example: 'almajob --env sandbox --cmd instances --job M26710 --status COMPLETED_FAILED'
      }
    ]
  },
  {
    title: 'Connection and cache',
    options: [
      {
        name: 'region',
        key: 'region',
        value: 'na|eu|ap|aps|ca|cn',
        help: `Alma API region (default ${Defaults.region}); overrides "domain" in almajob.ini and ALMA_REGION.`,
        example: 'almajob --env sandbox --cmd list --region eu'
      },
      {
        name: 'base-url',
        key: 'baseUrl',
        value: 'URL',
        help: 'Full API root instead of a region (overrides base_url and ALMA_BASE_URL).',
        example: 'almajob --env sandbox --cmd list --base-url https://api-eu.hosted.exlibrisgroup.com/almaws/v1'
      },
      {
        name: 'ini-file',
        key: 'iniFile',
        value: 'PATH',
        help: 'Read this almajob.ini instead of searching for one.',
        example: 'almajob --env sandbox --cmd list --ini-file ~/secrets/almajob.ini'
      },
      {
        name: 'cache-dir',
        key: 'cacheDir',
        value: 'DIR',
        help: 'Where the job list is cached (default $XDG_CACHE_HOME/almajob).',
        example: 'almajob --env sandbox --cmd list --cache-dir /var/cache/almajob'
      },
      {
        name: 'cache-ttl',
        key: 'cacheTtl',
        value: 'DURATION',
        help: `Use a cached job list only when younger than this (default ${Defaults.cacheTtl}).`,
        example: 'almajob --env sandbox --cmd list --cache-ttl 1h'
      },
      {
        name: 'force',
        key: 'force',
        help: 'Refresh the cached job list now.',
        example: 'almajob --env sandbox --cmd list --force'
      },
      {
        name: 'no-cache',
        key: 'noCache',
        help: 'Neither read nor write the cache.',
        example: 'almajob --env sandbox --cmd run --job "Export Physical Items" --no-cache'
      }
    ]
  },
  {
    title: 'Output',
    options: [
      {
        name: 'format',
        key: 'format',
        value: 'text|json',
        help: 'json prints the same fields as the GitHub Action outputs, for jq; an error is {"error": {"message", "code", "exit"}}.',
        example: 'almajob --env sandbox --cmd status --job M26710 --id 9563643080000561 --format json | jq -r .status'
      },
      {
        name: 'local-time',
        key: 'localTime',
        commands: ['run', 'status', 'instances', 'check'],
        help: "Show times in this machine's time zone, as the old script did (MM/DD/YYYY HH:MM:SS.mmm TZ), instead of UTC ISO 8601.",
        example: 'almajob instances --job M26710 --local-time'
      },
      {
        name: 'verbose',
        key: 'verbose',
        help: 'Also log each API request and retry (never the key).',
        example: 'almajob --env sandbox --cmd list --verbose'
      },
      {
        name: 'help',
        short: '-h',
        key: 'help',
        help: 'Show this help.',
        example: 'almajob --help'
      },
      {
        name: 'version',
        short: '-V',
        key: 'version',
        help: 'Show the version.',
        example: 'almajob --version'
      }
    ]
  }
]

export const OPTIONS: OptionSpec[] = OPTION_GROUPS.flatMap((group) => group.options)
