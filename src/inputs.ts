// The action's inputs: the only reader of them. Names as in action.yml; the runner passes each
// as INPUT_<NAME> with the hyphens kept (runner.md §3). Validation is settings.ts's.
import {
  ANY_API_KEY_VARIABLE,
  API_KEY_VARIABLES,
  readSettings,
  type Environment,
  type Field,
  type Settings,
  type SettingsSource
} from './settings.js'

export const Inputs: Record<Field, string> = {
  command: 'cmd',
  env: 'env',
  job: 'job',
  instanceId: 'id',
  apiKey: 'api-key',
  region: 'region',
  baseUrl: 'base-url',
  parameters: 'parameters',
  wait: 'wait',
  timeout: 'timeout',
  pollInterval: 'poll-interval',
  maxPollInterval: 'max-poll-interval',
  failOn: 'fail-on',
  failOnCounter: 'fail-on-counter',
  waitForSlot: 'wait-for-slot',
  profileId: 'profile-id',
  since: 'since',
  stuckAfter: 'stuck-after',
  type: 'type',
  category: 'category',
  from: 'from',
  to: 'to',
  instanceStatus: 'instance-status',
  cache: 'cache',
  cacheTtl: 'cache-ttl',
  forceRefresh: 'force-refresh',
  cacheDir: 'cache-dir',
  quotaWarnBelow: 'quota-warn-below'
}

export type GetInput = (name: string) => string

/** `maskSecret` is called with the API key as soon as it is read, before anything can log it. */
export function readActionSettings(
  getInput: GetInput,
  env: NodeJS.ProcessEnv = process.env,
  maskSecret: (secret: string) => void = () => {}
): Settings {
  const source: SettingsSource = {
    processEnv: env,
    text: (field) => getInput(Inputs[field]),
    label: (field) => Inputs[field],
    // Like the old script, the environment picks the key when no key is passed.
    apiKeys: (environment: Environment) => [
      { key: getInput(Inputs.apiKey), label: Inputs.apiKey },
      { key: env[API_KEY_VARIABLES[environment]], label: API_KEY_VARIABLES[environment] },
      { key: env[ANY_API_KEY_VARIABLE], label: ANY_API_KEY_VARIABLE }
    ],
    missingKey: (environment) =>
      `${Inputs.apiKey}: no Alma API key; pass api-key: \${{ secrets.ALMA_API_KEY }}, or set ${API_KEY_VARIABLES[environment]} or ${ANY_API_KEY_VARIABLE}`,
    // cmd: report reads the dispatch event the runner hands every step (runner.md §7); no key.
    eventFile: env.GITHUB_EVENT_PATH,
    eventName: env.GITHUB_EVENT_NAME
  }
  return readSettings(source, maskSecret)
}
