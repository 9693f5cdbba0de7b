// Flags + almajob.ini + environment → Settings: where the ini is found, who wins, and
// what is reported when something is wrong.
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, test } from 'vitest'
import { ConfigError } from '../src/alma/errors.js'
import { parseArgs, UsageError } from '../src/cli/args.js'
import { loadCliConfig, type ConfigSources } from '../src/cli/config.js'

let root: string
let cwd: string
let home: string

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'almajob-cli-config-'))
  cwd = join(root, 'work')
  home = join(root, 'home')
  mkdirSync(cwd)
  mkdirSync(home)
})

function writeIni(path: string, text: string, mode = 0o600): string {
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, text)
  chmodSync(path, mode)
  return path
}

function load(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const sources: ConfigSources = { env: { XDG_CACHE_HOME: join(root, 'cache'), ...env }, cwd, home, platform: 'linux' }
  return loadCliConfig(parseArgs(argv), sources)
}

function failure(argv: string[], env: NodeJS.ProcessEnv = {}): ConfigError {
  try {
    load(argv, env)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return error as ConfigError
  }
  throw new Error(`no error for ${argv.join(' ')}`)
}

const OLD_INI = 'api_key_production = l8xxPROD\napi_key_sandbox = l8xxSAND\ndomain = eu\n'

describe('finding almajob.ini', () => {
  test('the current directory, in the old format', () => {
    writeIni(join(cwd, 'almajob.ini'), OLD_INI)
    const config = load(['--env', 'production', '--cmd', 'list'])
    expect(config.iniPath).toBe(join(cwd, 'almajob.ini'))
    expect(config.settings.apiKey).toBe('l8xxPROD')
    expect(config.settings.baseUrl).toBe('https://api-eu.hosted.exlibrisgroup.com/almaws/v1')
    expect(config.warnings).toEqual([])
  })

  test('then $XDG_CONFIG_HOME/almajob, then ~/.config/almajob', () => {
    writeIni(join(home, '.config', 'almajob', 'almajob.ini'), 'api_key_sandbox = fromHome\n')
    expect(load(['--env', 'sandbox', '--cmd', 'list']).settings.apiKey).toBe('fromHome')
    writeIni(join(root, 'xdg', 'almajob', 'almajob.ini'), 'api_key_sandbox = fromXdg\n')
    expect(load(['--env', 'sandbox', '--cmd', 'list'], { XDG_CONFIG_HOME: join(root, 'xdg') }).settings.apiKey).toBe('fromXdg')
    writeIni(join(cwd, 'almajob.ini'), 'api_key_sandbox = fromCwd\n')
    expect(load(['--env', 'sandbox', '--cmd', 'list'], { XDG_CONFIG_HOME: join(root, 'xdg') }).settings.apiKey).toBe('fromCwd')
  })

  test('--ini-file (and --ini_file) comes first, relative to the current directory', () => {
    writeIni(join(cwd, 'almajob.ini'), 'api_key_sandbox = fromCwd\n')
    writeIni(join(cwd, 'conf', 'other.ini'), 'api_key_sandbox = fromFlag\n')
    expect(load(['--env', 'sandbox', '--cmd', 'list', '--ini-file', 'conf/other.ini']).settings.apiKey).toBe('fromFlag')
    expect(load(['--env', 'sandbox', '--cmd', 'list', '--ini_file=conf/other.ini']).settings.apiKey).toBe('fromFlag')
  })

  test('--ini-file that does not exist is an error, not a silent fallback', () => {
    writeIni(join(cwd, 'almajob.ini'), OLD_INI)
    const error = failure(['--env', 'sandbox', '--cmd', 'list', '--ini-file', 'missing.ini'])
    expect(error.message).toBe(`--ini-file: no file at ${join(cwd, 'missing.ini')}`)
  })

  test('~ in --ini-file=~/… is expanded', () => {
    writeIni(join(home, 'secret.ini'), 'api_key_sandbox = tilde\n')
    expect(load(['--env', 'sandbox', '--cmd', 'list', '--ini-file=~/secret.ini']).settings.apiKey).toBe('tilde')
  })

  test('a broken ini names the file and line', () => {
    writeIni(join(cwd, 'almajob.ini'), 'domain = na\nnonsense\n')
    expect(failure(['--env', 'sandbox', '--cmd', 'list']).message).toBe(
      `${join(cwd, 'almajob.ini')} line 2: expected "key = value"`
    )
  })
})

describe('permissions', () => {
  test('a key file others can read gets a warning with the fix', () => {
    const path = writeIni(join(cwd, 'almajob.ini'), OLD_INI, 0o644)
    const config = load(['--env', 'sandbox', '--cmd', 'list'])
    expect(config.warnings).toEqual([`${path} holds API keys and other users can read it (mode 644); run: chmod 600 ${path}`])
    expect(config.warnings.join('')).not.toContain('l8xx')
  })

  test('group-readable counts too; a file without keys does not warn', () => {
    writeIni(join(cwd, 'almajob.ini'), OLD_INI, 0o640)
    expect(load(['--env', 'sandbox', '--cmd', 'list']).warnings).toHaveLength(1)
    writeIni(join(cwd, 'almajob.ini'), 'domain = na\n', 0o644)
    expect(load(['--env', 'sandbox', '--cmd', 'list'], { ALMA_API_KEY: 'k' }).warnings).toEqual([])
  })

  test('private files do not warn', () => {
    writeIni(join(cwd, 'almajob.ini'), OLD_INI, 0o600)
    expect(load(['--env', 'sandbox', '--cmd', 'list']).warnings).toEqual([])
  })
})

describe('environment variables override the file; flags override both', () => {
  test('API key: ALMA_API_KEY_<ENV>, then ALMA_API_KEY, then the ini', () => {
    writeIni(join(cwd, 'almajob.ini'), OLD_INI)
    const argv = ['--env', 'sandbox', '--cmd', 'list']
    expect(load(argv).settings.apiKey).toBe('l8xxSAND')
    expect(load(argv, { ALMA_API_KEY: 'generic' }).settings.apiKey).toBe('generic')
    expect(load(argv, { ALMA_API_KEY: 'generic', ALMA_API_KEY_SANDBOX: 'specific' }).settings.apiKey).toBe('specific')
    // The other environment's variable is not used.
    expect(load(argv, { ALMA_API_KEY_PRODUCTION: 'prod' }).settings.apiKey).toBe('l8xxSAND')
    expect(load(['--env', 'production', '--cmd', 'list'], { ALMA_API_KEY_SANDBOX: 'sand' }).settings.apiKey).toBe('l8xxPROD')
  })

  test('region: flag > ALMA_BASE_URL/ALMA_REGION > base_url/domain in the ini > na', () => {
    const argv = ['--env', 'sandbox', '--cmd', 'list']
    const env = { ALMA_API_KEY: 'k' }
    expect(load(argv, env).settings.baseUrl).toBe('https://api-na.hosted.exlibrisgroup.com/almaws/v1')
    writeIni(join(cwd, 'almajob.ini'), 'domain = ap\n')
    expect(load(argv, env).settings.baseUrl).toBe('https://api-ap.hosted.exlibrisgroup.com/almaws/v1')
    writeIni(join(cwd, 'almajob.ini'), 'domain = ap\nbase_url = "https://api-cn.hosted.exlibrisgroup.com.cn/almaws/v1/"\n')
    expect(load(argv, env).settings.baseUrl).toBe('https://api-cn.hosted.exlibrisgroup.com.cn/almaws/v1')
    expect(load(argv, { ...env, ALMA_REGION: 'ca' }).settings.baseUrl).toBe('https://api-ca.hosted.exlibrisgroup.com/almaws/v1')
    expect(load(argv, { ...env, ALMA_REGION: 'ca', ALMA_BASE_URL: 'http://127.0.0.1:9/almaws/v1' }).settings.baseUrl).toBe(
      'http://127.0.0.1:9/almaws/v1'
    )
    expect(load([...argv, '--region', 'EU'], { ...env, ALMA_BASE_URL: 'http://127.0.0.1:9' }).settings.baseUrl).toBe(
      'https://api-eu.hosted.exlibrisgroup.com/almaws/v1'
    )
    expect(load([...argv, '--base-url', 'http://localhost:8/almaws/v1'], { ...env, ALMA_REGION: 'eu' }).settings.baseUrl).toBe(
      'http://localhost:8/almaws/v1'
    )
  })

  test('a bad region names where it came from', () => {
    const argv = ['--env', 'sandbox', '--cmd', 'list']
    writeIni(join(cwd, 'almajob.ini'), 'api_key_sandbox = k\ndomain = mars\n')
    const fromIni = failure(argv)
    expect(fromIni).not.toBeInstanceOf(UsageError)
    expect(fromIni.message).toMatch(new RegExp(`^domain in ${join(cwd, 'almajob.ini')}: Unknown Alma region "mars"`))
    expect(failure(argv, { ALMA_REGION: 'venus' }).message).toMatch(/^ALMA_REGION: Unknown Alma region "venus"/)
    const fromFlag = failure([...argv, '--region', 'pluto'])
    expect(fromFlag).toBeInstanceOf(UsageError)
    expect(fromFlag.message).toMatch(/^--region: Unknown Alma region "pluto"/)
    expect(failure([...argv, '--region', 'eu', '--base-url', 'https://x.example']).message).toBe(
      'give --region or --base-url, not both'
    )
  })

  test('no key anywhere says every place a key can come from', () => {
    const error = failure(['--env', 'production', '--cmd', 'list'])
    expect(error).not.toBeInstanceOf(UsageError)
    expect(error.message).toContain('no API key for production: set ALMA_API_KEY_PRODUCTION (or ALMA_API_KEY)')
    expect(error.message).toContain(join(cwd, 'almajob.ini'))
    expect(error.message).toContain(join(home, '.config', 'almajob', 'almajob.ini'))
  })
})

describe('settings', () => {
  const env = { ALMA_API_KEY: 'k' }

  test('run with everything', () => {
    writeFileSync(join(cwd, 'params.yaml'), 'set_id: "7777000000001234"\njob_name: nightly\n')
    const { settings, format } = load(
      [
        '--env',
        'sandbox',
        '--cmd',
        'run',
        '--job',
        'Export Physical Items',
        '--parameters',
        '@params.yaml',
        '--wait',
        '--timeout',
        '30m',
        '--poll-interval',
        '2s',
        '--max-poll-interval',
        '1m',
        '--fail-on',
        'warning',
        '--format',
        'json'
      ],
      env
    )
    expect(format).toBe('json')
    expect(settings).toMatchObject({
      command: 'run',
      env: 'sandbox',
      job: 'Export Physical Items',
      parameters: [
        { name: 'set_id', value: '7777000000001234' },
        { name: 'job_name', value: 'nightly' }
      ],
      wait: { timeoutMs: 1_800_000, pollIntervalMs: 2000, maxPollIntervalMs: 60_000 },
      failOn: 'warning'
    })
  })

  test('inline XML parameters', () => {
    const { settings } = load(
      [
        '--env',
        'sandbox',
        '--cmd',
        'run',
        '--job',
        'M1',
        '--parameters',
        '<job><parameters><parameter><name>set_id</name><value>5</value></parameter></parameters></job>'
      ],
      env
    )
    expect(settings).toMatchObject({ parameters: [{ name: 'set_id', value: '5' }] })
  })

  test('cache: --force, --no-cache, --cache-ttl, --cache_dir; default under XDG_CACHE_HOME', () => {
    const base = load(['--env', 'sandbox', '--cmd', 'list'], env).settings.cache
    expect(base).toEqual({ enabled: true, ttlMs: 86_400_000, forceRefresh: false, dir: join(root, 'cache', 'almajob') })
    const changed = load(['--env', 'sandbox', '--cmd', 'list', '--force', '--cache-ttl', '1h', '--cache_dir', 'c'], env).settings
      .cache
    expect(changed).toEqual({ enabled: true, ttlMs: 3_600_000, forceRefresh: true, dir: join(cwd, 'c') })
    expect(load(['--env', 'sandbox', '--cmd', 'list', '--no-cache'], env).settings.cache.enabled).toBe(false)
  })

  test('filters for list and instances', () => {
    expect(load(['--env', 'sandbox', '--cmd', 'list', '--type', 'manual', '--category', 'EXPORT'], env).settings).toMatchObject({
      filter: { type: 'MANUAL', category: 'EXPORT' }
    })
    const instances = load(
      [
        '--env',
        'sandbox',
        '--cmd',
        'instances',
        '--job',
        'M1',
        '--from',
        '2025-01-01',
        '--to',
        '2025-01-31',
        '--status',
        'completed_failed'
      ],
      env
    )
    expect(instances.settings).toMatchObject({ filter: { from: '2025-01-01', to: '2025-01-31', status: 'COMPLETED_FAILED' } })
  })
})

describe('usage errors', () => {
  const env = { ALMA_API_KEY: 'k' }
  const cases: [string[], string, string | undefined][] = [
    [['--env', ' ', '--cmd', 'list'], '--env is empty; it must be "sandbox" or "production"', 'list'],
    [['--env', 'staging', '--cmd', 'list'], "--env: 'staging' is not one of sandbox, production", 'list'],
    [['--env', 'sandbox'], 'give a command: list, run, status, instances or check (almajob list, or --cmd list)', undefined],
    [['--env', 'sandbox', '--cmd', 'delete'], "--cmd: 'delete' is not one of list, run, status, instances, check", undefined],
    [
      ['--env', 'sandbox', '--cmd', 'run'],
      "--job: required for --cmd run; give the job's exact name or its id (M…, S…), or give --profile-id",
      'run'
    ],
    [
      ['--env', 'sandbox', '--cmd', 'status', '--job', 'M1'],
      '--id: required for --cmd status; give the instance id a run printed',
      'status'
    ],
    [['--env', 'sandbox', '--cmd', 'list', '--wait'], '--wait applies to --cmd run or status, not list', 'list'],
    [['--env', 'sandbox', '--cmd', 'list', '--status', 'FAILED'], '--status applies to --cmd instances, not list', 'list'],
    [['--env', 'sandbox', '--cmd', 'run', '--job', 'M1', '--id', '5'], '--id applies to --cmd status, not run', 'run'],
    [['--env', 'sandbox', '--cmd', 'list', '--format', 'xml'], '--format "xml" must be "text" or "json"', undefined]
  ]
  test.each(cases)('%j', (argv, message, command) => {
    const error = failure(argv, env)
    expect(error).toBeInstanceOf(UsageError)
    expect(error.message).toBe(message)
    expect((error as UsageError).command).toBe(command)
  })

  test('bad values are named by their flag, not the action input', () => {
    expect(failure(['--env', 'sandbox', '--cmd', 'run', '--job', 'M1', '--wait', '--timeout', 'soon'], env).message).toMatch(
      /^--timeout: 'soon' is not a duration/
    )
    expect(failure(['--env', 'sandbox', '--cmd', 'run', '--job', 'M1', '--fail-on', 'sometimes'], env).message).toMatch(
      /^--fail-on: 'sometimes' is not one of failure, warning, never/
    )
    expect(failure(['--env', 'sandbox', '--cmd', 'status', '--job', 'M1', '--id', 'abc'], env).message).toMatch(
      /^--id: 'abc' is not an instance id/
    )
    expect(failure(['--env', 'sandbox', '--cmd', 'instances', '--job', 'M1', '--from', '2025-13-01'], env).message).toMatch(
      /^--from: /
    )
    const missingFile = failure(['--env', 'sandbox', '--cmd', 'run', '--job', 'M1', '--parameters', '@nope.yaml'], env)
    expect(missingFile).toBeInstanceOf(UsageError)
    expect(missingFile.message).toBe(`--parameters: cannot read ${join(cwd, 'nope.yaml')}: no such file`)
  })
})
