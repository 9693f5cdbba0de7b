import { describe, expect, test } from 'vitest'
import { ConfigError } from '../src/alma/index.js'
import { readActionSettings } from '../src/inputs.js'
import type { Settings } from '../src/settings.js'

const KEY = 'l7xx-test-key-0123456789'

function settingsFrom(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  return readActionSettings((name) => inputs[name] ?? '', env)
}

/** report has no key; every other command has one. */
function keyOf(settings: Settings): string | undefined {
  return 'apiKey' in settings ? settings.apiKey : undefined
}

function configError(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): string {
  try {
    settingsFrom(inputs, env)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    const message = (error as Error).message
    expect(message).not.toContain('\n')
    expect(message).not.toContain(KEY)
    return message
  }
  throw new Error('expected a ConfigError')
}

describe('action inputs', () => {
  test('defaults for a plain run by id', () => {
    const settings = settingsFrom({ cmd: 'run', job: 'M11111', 'api-key': KEY })
    expect(settings).toMatchObject({
      command: 'run',
      env: 'sandbox',
      job: 'M11111',
      apiKey: KEY,
      baseUrl: 'https://api-na.hosted.exlibrisgroup.com/almaws/v1',
      parameters: [],
      failOn: 'failure',
      wait: undefined,
      cache: { enabled: true, ttlMs: 24 * 3600_000, forceRefresh: false },
      quotaWarnBelow: 1000
    })
  })

  test('wait: true brings the poll schedule, with its defaults', () => {
    expect(settingsFrom({ cmd: 'status', job: 'M1', id: '123', wait: 'true', 'api-key': KEY })).toMatchObject({
      command: 'status',
      instanceId: '123',
      wait: { timeoutMs: 6 * 3600_000, pollIntervalMs: 1000, maxPollIntervalMs: 180_000 }
    })
  })

  test('the key is masked as soon as it is read', () => {
    const masked: string[] = []
    readActionSettings(
      (name) => ({ cmd: 'list', 'api-key': ` ${KEY} ` })[name as 'cmd'] ?? '',
      {},
      (secret) => masked.push(secret)
    )
    expect(masked).toEqual([KEY])
  })

  test('the key falls back to the environment: per env, then ALMA_API_KEY', () => {
    expect(
      keyOf(settingsFrom({ cmd: 'list', env: 'production' }, { ALMA_API_KEY_PRODUCTION: 'prod', ALMA_API_KEY: 'any' }))
    ).toBe('prod')
    expect(keyOf(settingsFrom({ cmd: 'list', env: 'production' }, { ALMA_API_KEY_SANDBOX: 'sb', ALMA_API_KEY: 'any' }))).toBe(
      'any'
    )
    expect(configError({ cmd: 'list' })).toMatch(/^api-key: no Alma API key/)
  })

  test('a key that cannot be sent is refused, named by where it came from, never shown', () => {
    for (const bad of ['l7xx1234\n5678abcd', 'l7xx1234 5678', 'l7xxé12345678', 'l7xx\u{1F511}12345678']) {
      const viaInput = configError({ cmd: 'list', 'api-key': bad })
      expect(viaInput).toMatch(/^api-key: the API key must be printable ASCII/)
      expect(viaInput).not.toContain('5678')
      expect(configError({ cmd: 'list' }, { ALMA_API_KEY_SANDBOX: bad })).toMatch(/^ALMA_API_KEY_SANDBOX: /)
    }
  })

  test('region and base-url', () => {
    expect(settingsFrom({ cmd: 'list', 'api-key': KEY, region: 'EU' }).baseUrl).toBe(
      'https://api-eu.hosted.exlibrisgroup.com/almaws/v1'
    )
    expect(settingsFrom({ cmd: 'list', 'api-key': KEY, 'base-url': 'http://127.0.0.1:8787/almaws/v1/' }).baseUrl).toBe(
      'http://127.0.0.1:8787/almaws/v1'
    )
    expect(configError({ cmd: 'list', 'api-key': KEY, region: 'mars' })).toMatch(/na.*eu.*ap.*ca.*cn/)
    expect(configError({ cmd: 'list', 'api-key': KEY, 'base-url': 'http://alma.example.edu/almaws/v1' })).toMatch(/http/)
  })

  test('parameters in each accepted form', () => {
    const xml = '<job><parameters><parameter><name>set_id</name><value>9563643080000561</value></parameter></parameters></job>'
    const yaml = 'set_id: 9563643080000561\njob_name: "Nightly & export"'
    expect(settingsFrom({ cmd: 'run', job: 'M1', 'api-key': KEY, parameters: xml })).toMatchObject({
      parameters: [{ name: 'set_id', value: '9563643080000561' }]
    })
    expect(settingsFrom({ cmd: 'run', job: 'M1', 'api-key': KEY, parameters: yaml })).toMatchObject({
      parameters: [
        { name: 'set_id', value: '9563643080000561' },
        { name: 'job_name', value: 'Nightly & export' }
      ]
    })
  })

  test.each([
    [{ cmd: 'start' }, /^cmd: .*list.*run.*status.*instances/],
    [{ cmd: 'list', env: 'prod' }, /^env: .*sandbox.*production/],
    [{ cmd: 'run' }, /^job: required for cmd run/],
    [{ cmd: 'status', job: 'M1' }, /^id: required for cmd status/],
    [{ cmd: 'status', job: 'M1', id: 'abc' }, /^id: 'abc' is not an instance id/],
    [{ cmd: 'run', job: 'x'.repeat(1001) }, /^job: 1001 characters is too long \(at most 1000\)$/],
    [{ cmd: 'instances', job: 'M1', 'instance-status': 'DONE; DROP' }, /^instance-status: .*not an Alma code/],
    [{ cmd: 'run', job: 'M1', wait: 'sometimes' }, /^wait: /],
    [{ cmd: 'run', job: 'M1', timeout: '2 hours' }, /^timeout: /],
    [{ cmd: 'run', job: 'M1', 'poll-interval': '100ms' }, /^poll-interval: /],
    [{ cmd: 'run', job: 'M1', 'poll-interval': '30s', 'max-poll-interval': '10s' }, /^max-poll-interval: /],
    [{ cmd: 'run', job: 'M1', 'fail-on': 'warnings' }, /^fail-on: .*failure.*warning.*never/],
    [{ cmd: 'run', job: 'M1', parameters: '<job><parameters>' }, /^parameters: /],
    [{ cmd: 'run', job: 'M1', parameters: 'set_id:\n  - a\n  - b' }, /^parameters: /],
    [{ cmd: 'list', type: 'DAILY' }, /^type: .*MANUAL.*SCHEDULED.*OTHER/],
    [{ cmd: 'instances', job: 'M1', from: '2025-13-01' }, /^from: /],
    [{ cmd: 'list', 'cache-ttl': 'forever' }, /^cache-ttl: /],
    [{ cmd: 'list', 'quota-warn-below': 'lots' }, /^quota-warn-below: /]
  ])('bad input %o is one clear line', (inputs, expected) => {
    expect(configError({ 'api-key': KEY, ...inputs })).toMatch(expected)
  })
})

describe('cmd: report', () => {
  const EVENT = {
    GITHUB_EVENT_PATH: '/home/runner/work/_temp/_github_workflow/event.json',
    GITHUB_EVENT_NAME: 'repository_dispatch'
  }

  test('needs no API key: the event file comes from GITHUB_EVENT_PATH (runner.md §7)', () => {
    expect(settingsFrom({ cmd: 'report', 'fail-on': 'warning', job: ' M50173 ' }, EVENT)).toEqual({
      command: 'report',
      env: 'sandbox',
      baseUrl: 'https://api-na.hosted.exlibrisgroup.com/almaws/v1',
      failOn: 'warning',
      failOnCounter: [],
      job: 'M50173',
      eventFile: EVENT.GITHUB_EVENT_PATH,
      eventName: 'repository_dispatch'
    })
    expect(settingsFrom({ cmd: 'REPORT' }, EVENT)).not.toHaveProperty('job')
  })

  test('a key given anyway is still masked', () => {
    const masked: string[] = []
    readActionSettings(
      (name) => ({ cmd: 'report', 'api-key': KEY })[name as 'cmd'] ?? '',
      EVENT,
      (secret) => masked.push(secret)
    )
    expect(masked).toEqual([KEY])
  })

  test.each([
    [{ cmd: 'report' }, {}, /^cmd report reads the repository_dispatch event from the runner's event file \(GITHUB_EVENT_PATH\)/],
    [{ cmd: 'report', job: 'M1\nM2' }, EVENT, /^job: one job for cmd report; 2 were given/],
    [{ cmd: 'report', 'fail-on': 'sometimes' }, EVENT, /^fail-on: /],
    [{ cmd: 'report', 'fail-on-counter': 'a;b' }, EVENT, /^fail-on-counter: /],
    [{ cmd: 'report', region: 'mars' }, EVENT, /^region: /]
  ])('bad input %o is one clear line, without a key', (inputs, env, expected) => {
    expect(configError(inputs, env)).toMatch(expected)
  })
})
