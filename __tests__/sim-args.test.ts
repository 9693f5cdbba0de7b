// The flags of almajob-sim (sim/args.ts), the named faults (sim/fault-switches.ts) and outcomes
// (sim/outcomes.ts): every flag parsed, every error one line, --help listing all of it.
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { helpText, parseSimArgs, SIM_ENV, SIM_OPTIONS, type SimConfig } from '../sim/args.js'
import { CONTROL_ROUTES } from '../sim/control.js'
import { defaultFaults } from '../sim/faults.js'
import { describeFaults, FAULT_NAMES, FAULT_SWITCHES, KIND_VALUES, parseFaults } from '../sim/fault-switches.js'
import { applyOutcome, END_STATUSES, formatDuration, parseDuration, parseEndStatus, timelineMs } from '../sim/outcomes.js'
import { DEFAULT_TIMELINE } from '../sim/state.js'
import { PROGRESS_SHAPES } from '../sim/timelines.js'
import { codeBlocks, prose } from './support/markdown.js'

function config(argv: string[], env: Record<string, string> = {}): SimConfig {
  const parsed = parseSimArgs(argv, env)
  if (parsed.kind !== 'start') throw new Error(`expected a config, got ${JSON.stringify(parsed)}`)
  return parsed.config
}

function error(argv: string[], env: Record<string, string> = {}): string {
  const parsed = parseSimArgs(argv, env)
  if (parsed.kind !== 'usage') throw new Error(`expected a usage error, got ${parsed.kind}`)
  return parsed.error
}

describe('parseSimArgs', () => {
  test('with no flags: port 8787, 300 jobs, random keys, no outcomes, control off, no webhook', () => {
    expect(config([])).toEqual({
      port: 8787,
      jobCount: 300,
      seed: 1,
      keys: { sandbox: undefined, production: undefined },
      readings: {
        countersWhenNone: 'absent',
        startTimeWhileQueued: false,
        endTimeOnManualHandling: false,
        unauthorizedFormat: 'asked'
      },
      faults: { latencyMs: 0, perSecondLimit: 0 },
      outcomes: new Map(),
      control: false,
      webhook: undefined
    })
  })

  test.each([
    [['--port', '0'], { port: 0 }],
    [['--port=9000'], { port: 9000 }],
    [['--jobs', '20'], { jobCount: 20 }],
    [['--seed', '7'], { seed: 7 }],
    [['--latency', '50'], { faults: { latencyMs: 50, perSecondLimit: 0 } }],
    [['--latency', '1.5s'], { faults: { latencyMs: 1500, perSecondLimit: 0 } }],
    [['--per-second-limit', '25'], { faults: { latencyMs: 0, perSecondLimit: 25 } }],
    [['--key', 'l7xxA', '--production-key', 'l7xxB'], { keys: { sandbox: 'l7xxA', production: 'l7xxB' } }],
    [['--control'], { control: true }],
    [['--counters-when-none', 'empty'], { readings: expect.objectContaining({ countersWhenNone: 'empty' }) }],
    [['--start-time-while-queued'], { readings: expect.objectContaining({ startTimeWhileQueued: true }) }],
    [['--end-time-on-manual-handling'], { readings: expect.objectContaining({ endTimeOnManualHandling: true }) }],
    [['--unauthorized-format', 'xml'], { readings: expect.objectContaining({ unauthorizedFormat: 'xml' }) }],
    [
      ['--fault', 'rate-limit-every=3', '--fault', 'xml-errors=true', '--fault', 'retry-after=2'],
      { faults: { latencyMs: 0, perSecondLimit: 0, rateLimitEvery: 3, xmlErrors: true, retryAfterSeconds: 2 } }
    ]
  ])('%j', (argv, expected) => {
    expect(config(argv)).toMatchObject(expected)
  })

  test('--end and --duration are repeatable and merge by job; a later value wins', () => {
    const { outcomes } = config([
      '--end',
      'M11111=COMPLETED_FAILED',
      '--duration',
      'M11111=30s',
      '--end',
      'S8100230670000561=SKIPPED',
      '--end',
      'S8100230670000561=MANUAL_HANDLING_REQUIRED',
      '--duration',
      'M28147=500ms',
      '--progress',
      'M11111=jumps'
    ])
    expect([...outcomes]).toEqual([
      ['M11111', { end: 'COMPLETED_FAILED', durationMs: 30_000, progress: 'jumps' }],
      ['S8100230670000561', { end: 'MANUAL_HANDLING_REQUIRED' }],
      ['M28147', { durationMs: 500 }]
    ])
  })

  test('the keys come from the environment when the flags are not given; a flag wins', () => {
    const env = { [SIM_ENV.key]: 'l7xxEnvSandbox', [SIM_ENV.productionKey]: 'l7xxEnvProduction' }
    expect(config([], env).keys).toEqual({ sandbox: 'l7xxEnvSandbox', production: 'l7xxEnvProduction' })
    expect(config(['--key', 'l7xxFlag'], env).keys.sandbox).toBe('l7xxFlag')
  })

  test('the webhook: URL and secret (the variable preferred over the flag), retry scale', () => {
    expect(config(['--webhook-url', 'http://127.0.0.1:9/hook'], { [SIM_ENV.webhookSecret]: 'from-env' }).webhook).toEqual({
      url: 'http://127.0.0.1:9/hook',
      secret: 'from-env'
    })
    expect(
      config(['--webhook-url', 'https://example.org/h', '--webhook-secret', 'flag', '--webhook-retry-scale', '0.001'], {
        [SIM_ENV.webhookSecret]: 'env'
      }).webhook
    ).toEqual({ url: 'https://example.org/h', secret: 'env', retryScale: 0.001 })
    expect(config(['--webhook-url', 'https://example.org/h', '--webhook-secret', 'flag']).webhook?.secret).toBe('flag')
  })

  test('a leading -- (the habit of npm run sim -- …) is ignored; one later is still refused', () => {
    expect(parseSimArgs(['--', '--port', '0'])).toEqual(parseSimArgs(['--port', '0']))
    expect(error(['--port', '0', '--', 'x'])).toBe('unexpected argument "x"; flags start with --, see --help')
  })

  test('-h and --help ask for help, whatever else is given', () => {
    expect(parseSimArgs(['-h'])).toEqual({ kind: 'help' })
    expect(parseSimArgs(['--port', '1', '--help'])).toEqual({ kind: 'help' })
  })

  test.each([
    [['--bogus'], 'unknown flag "--bogus"; see --help for the flags there are'],
    [['--bogus=1'], 'unknown flag "--bogus"; see --help for the flags there are'],
    [['extra'], 'unexpected argument "extra"; flags start with --, see --help'],
    [['--port'], '--port needs a value: --port PORT'],
    [['--port', '--jobs', '5'], '--port needs a value: --port PORT'],
    [['--port', '1', '--port', '2'], '--port is given twice; it takes one value'],
    [['--control=yes'], '--control takes no value'],
    [['--port', '65536'], '--port must be a whole number from 0 to 65535, got "65536"'],
    [['--port', '-1'], '--port must be a whole number from 0 to 65535, got "-1"'],
    [['--jobs', 'many'], '--jobs must be a whole number from 0 to 100000, got "many"'],
    [['--seed', '1.5'], '--seed must be a whole number from 0 to 2147483648, got "1.5"'],
    [['--per-second-limit', 'x'], '--per-second-limit must be a whole number from 0 to 1000000, got "x"'],
    [['--latency', 'soon'], '--latency must be a duration such as 500ms, 30s, 5m or 2h, got "soon"'],
    [['--counters-when-none', 'nil'], '--counters-when-none must be absent or empty, got "nil"'],
    [['--unauthorized-format', 'json'], '--unauthorized-format must be asked or xml, got "json"'],
    [['--end', 'COMPLETED_FAILED'], '--end must be JOB=STATUS, e.g. M11111=COMPLETED_FAILED, got "COMPLETED_FAILED"'],
    [['--end', 'X1=FAILED'], '--end must be JOB=STATUS, e.g. M11111=COMPLETED_FAILED, got "X1=FAILED"'],
    [['--end', 'M1=DONE'], `--end M1: must be one of ${END_STATUSES.join(', ')}, got "DONE"`],
    [['--end', 'M1=RUNNING'], `--end M1: must be one of ${END_STATUSES.join(', ')}, got "RUNNING"`],
    [['--duration', 'M1'], '--duration must be JOB=DURATION, e.g. M11111=30s, got "M1"'],
    [['--duration', 'M1=30'], '--duration M1: must be a duration such as 500ms, 30s, 5m or 2h, got "30"'],
    [['--duration', 'M1=200h'], '--duration M1: must be at most 168h, got "200h"'],
    [['--progress', 'M1'], '--progress must be JOB=SHAPE, e.g. M11111=stall-99, got "M1"'],
    [['--progress', 'M1=wobbly'], `--progress M1: must be one of ${PROGRESS_SHAPES.join(', ')}, got "wobbly"`],
    [['--fault', 'rate-limit-every'], '--fault must be NAME=VALUE, e.g. rate-limit-every=3, got "rate-limit-every"'],
    [['--fault', 'slow=1'], `--fault: unknown fault "slow"; known faults: ${FAULT_NAMES.join(', ')}`],
    [
      ['--fault', 'rate-limit-every=often'],
      '--fault: fault rate-limit-every must be a whole number up to 1000000000, got "often"'
    ],
    [['--fault', 'xml-errors=yes'], '--fault: fault xml-errors must be true or false, got "yes"'],
    [['--fault', 'server-error-status=404'], '--fault: fault server-error-status must be a status from 500 to 599, got "404"'],
    [['--fault', 'retry-after=soon'], '--fault: fault retry-after must be a whole number of seconds or none, got "soon"'],
    [
      ['--fault', 'unknown-instance-for=2'],
      '--fault: fault unknown-instance-for must be a duration such as 500ms, 30s, 5m or 2h, got "2"'
    ],
    [['--webhook-url', 'ftp://x/'], '--webhook-url must be an absolute http:// or https:// URL, got "ftp://x/"'],
    [['--webhook-url', 'http://x/'], `--webhook-url needs a secret: set ${SIM_ENV.webhookSecret} (or give --webhook-secret)`],
    [['--webhook-secret', 's'], '--webhook-secret and --webhook-retry-scale need --webhook-url'],
    [
      ['--webhook-url', 'http://x/', '--webhook-secret', 's', '--webhook-retry-scale', 'fast'],
      '--webhook-retry-scale must be a number from 0 to 1000, got "fast"'
    ],
    [
      ['--webhook-url', 'http://x/', '--webhook-secret', 's', '--webhook-retry-scale', '1001'],
      '--webhook-retry-scale must be a number from 0 to 1000, got "1001"'
    ]
  ])('%j is one line: %s', (argv, line) => {
    const got = error(argv)
    expect(got).toBe(line)
    expect(got).not.toContain('\n')
  })

  test('a value is quoted with its control characters escaped, and cut when long', () => {
    expect(error(['--jobs', 'a\nb'])).toBe('--jobs must be a whole number from 0 to 100000, got "a\\nb"')
    const long = error(['--jobs', 'x'.repeat(500)])
    expect(long.length).toBeLessThan(130)
  })

  test('no error line shows the webhook secret', () => {
    const secret = 'hunter2-very-secret'
    for (const argv of [
      ['--webhook-url', 'ftp://x/', '--webhook-secret', secret],
      ['--webhook-url', 'http://x/', '--webhook-secret', secret, '--webhook-retry-scale', '-1']
    ]) {
      expect(error(argv)).not.toContain(secret)
    }
  })

  test('every flag of the table is parsed (and only those): a switch alone, a value flag with a value', () => {
    const sample: Record<string, string> = {
      end: 'M1=FAILED',
      duration: 'M1=1s',
      fault: 'rate-limit-next=1',
      'webhook-url': 'http://127.0.0.1:9/',
      'webhook-secret': 's',
      'webhook-retry-scale': '1',
      'counters-when-none': 'empty',
      'unauthorized-format': 'xml',
      latency: '1ms',
      progress: 'M1=none'
    }
    for (const option of SIM_OPTIONS.filter((candidate) => candidate.name !== 'help')) {
      const argv = option.value ? [`--${option.name}`, sample[option.name] ?? '1'] : [`--${option.name}`]
      // The webhook's flags go together: a URL needs a secret, the others need the URL.
      if (option.name !== 'webhook-url' && option.name.startsWith('webhook-')) argv.push('--webhook-url', 'http://127.0.0.1:9/')
      if (option.name !== 'webhook-secret' && option.name.startsWith('webhook-')) argv.push('--webhook-secret', 's')
      expect(parseSimArgs(argv).kind, argv.join(' ')).toBe('start')
    }
  })
})

describe('--help', () => {
  const help = helpText()

  test('lists every flag of the table with its value, default and variable', () => {
    for (const option of SIM_OPTIONS) {
      const line = help
        .split('\n')
        .find((candidate) => candidate.includes(`--${option.name}${option.value ? ` ${option.value}` : ''}`))
      expect(line, option.name).toBeDefined()
      const described = help.slice(help.indexOf(line!), help.indexOf(line!) + line!.length + 200)
      expect(described, option.name).toContain(option.help)
      if (option.default !== undefined) expect(described, option.name).toContain(`default ${option.default}`)
      if (option.env !== undefined) expect(described, option.name).toContain(`env ${option.env}`)
    }
  })

  test('lists every fault with its value, every end status and every control route', () => {
    for (const fault of FAULT_SWITCHES) expect(help).toContain(`${fault.name}=${KIND_VALUES[fault.kind]}`)
    for (const status of END_STATUSES) expect(help).toContain(status)
    for (const shape of PROGRESS_SHAPES) expect(help).toContain(shape)
    for (const route of CONTROL_ROUTES) expect(help).toContain(`${route.method} ${route.path}`)
  })

  test('the defaults it shows are the ones the parser falls back to', () => {
    const shown = (name: string) => SIM_OPTIONS.find((option) => option.name === name)!.default
    const fallback = config([])
    expect(shown('port')).toBe(String(fallback.port))
    expect(shown('jobs')).toBe(String(fallback.jobCount))
    expect(shown('seed')).toBe(String(fallback.seed))
    expect(shown('latency')).toBe(formatDuration(fallback.faults.latencyMs!))
    expect(shown('per-second-limit')).toBe(String(fallback.faults.perSecondLimit))
    expect(shown('duration')).toBe(formatDuration(timelineMs(DEFAULT_TIMELINE)))
    expect(shown('end')).toBe(DEFAULT_TIMELINE.end)
    expect(shown('progress')).toBe(DEFAULT_TIMELINE.shape ?? 'steady')
    expect(shown('counters-when-none')).toBe(fallback.readings.countersWhenNone)
    expect(shown('unauthorized-format')).toBe(fallback.readings.unauthorizedFormat)
  })
})

describe('named faults', () => {
  const valid = { count: '4', duration: '250ms', status: '502', 'seconds-or-none': '7' } as const

  test.each(FAULT_SWITCHES.map((fault) => [fault.name, fault] as const))('%s sets its Faults field', (_name, fault) => {
    // A switch is turned from its default, so the test sees it set.
    const value = fault.kind === 'switch' ? String(!defaultFaults(0)[fault.key]) : valid[fault.kind]
    const parsed = parseFaults([[fault.name, value]])
    expect(parsed.ok).toBe(true)
    const set = parsed.ok ? parsed.faults : {}
    expect(Object.keys(set)).toEqual([fault.key])
    expect(set[fault.key]).not.toEqual(defaultFaults(0)[fault.key])
  })

  test('every field of Faults that is not a reading has a name, each name once', () => {
    const readings = ['countersWhenNone', 'startTimeWhileQueued', 'endTimeOnManualHandling', 'unauthorizedFormat']
    const fields = Object.keys(defaultFaults(0)).filter((key) => !readings.includes(key))
    expect(FAULT_SWITCHES.map((fault) => fault.key).sort()).toEqual(fields.sort())
    expect(new Set(FAULT_NAMES).size).toBe(FAULT_NAMES.length)
    for (const name of FAULT_NAMES) expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/)
  })

  test('JSON values: numbers, booleans, null for retry-after; a duration only as a string', () => {
    expect(parseFaults([['rate-limit-every', 3]])).toEqual({ ok: true, faults: { rateLimitEvery: 3 } })
    expect(parseFaults([['xml-errors', true]])).toEqual({ ok: true, faults: { xmlErrors: true } })
    expect(parseFaults([['retry-after', null]])).toEqual({ ok: true, faults: { retryAfterSeconds: undefined } })
    expect(parseFaults([['latency', 50]])).toEqual({
      ok: false,
      error: 'fault latency must be a duration such as 500ms or 2s, got "50"'
    })
    expect(parseFaults([['rate-limit-every', -1]])).toMatchObject({ ok: false })
    expect(parseFaults([['rate-limit-every', 1.5]])).toMatchObject({ ok: false })
  })

  test('all are checked before any applies: one bad name refuses the lot', () => {
    expect(
      parseFaults([
        ['rate-limit-every', 3],
        ['nope', 1]
      ])
    ).toEqual({ ok: false, error: `unknown fault "nope"; known faults: ${FAULT_NAMES.join(', ')}` })
  })

  test('describeFaults gives back what parseFaults takes', () => {
    const faults = { ...defaultFaults(120), retryAfterSeconds: 3, unknownInstanceMs: 1500 }
    const parsed = parseFaults(Object.entries(describeFaults(faults)))
    expect(parsed.ok && { ...defaultFaults(0), ...parsed.faults }).toEqual(faults)
  })
})

describe('outcomes', () => {
  test.each([
    ['500ms', 500],
    ['30s', 30_000],
    ['1.5m', 90_000],
    ['2h', 7_200_000],
    ['0s', 0]
  ])('%s is %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms)
    expect(parseDuration(formatDuration(ms))).toBe(ms)
  })

  test('a bare number is milliseconds only where asked', () => {
    expect(parseDuration('50', true)).toBe(50)
    expect(typeof parseDuration('50')).toBe('string')
  })

  test('end statuses are the ends of a timeline, taken as typed', () => {
    for (const status of END_STATUSES) expect(parseEndStatus(status)).toBe(status)
    expect(parseEndStatus('completed_failed')).toMatchObject({ error: expect.any(String) })
    expect(parseEndStatus('QUEUED')).toMatchObject({ error: expect.any(String) })
  })

  test('a duration scales the phases and they add up to it exactly; the end and other fields are kept', () => {
    const base = { ...DEFAULT_TIMELINE, failedRecords: 2 }
    for (const durationMs of [0, 1, 999, 30_000, 7 * 24 * 3_600_000]) {
      const timeline = applyOutcome(base, { durationMs }, DEFAULT_TIMELINE)
      expect(timelineMs(timeline)).toBe(durationMs)
      expect(timeline).toMatchObject({ end: 'COMPLETED_SUCCESS', failedRecords: 2 })
    }
    const scaled = applyOutcome(DEFAULT_TIMELINE, { durationMs: 60_000 }, DEFAULT_TIMELINE)
    expect(scaled.queuedMs / scaled.runningMs).toBeCloseTo(DEFAULT_TIMELINE.queuedMs / DEFAULT_TIMELINE.runningMs)
    expect(applyOutcome(DEFAULT_TIMELINE, { end: 'FAILED' }, DEFAULT_TIMELINE)).toEqual({ ...DEFAULT_TIMELINE, end: 'FAILED' })
    expect(applyOutcome(DEFAULT_TIMELINE, { progress: 'jumps' }, DEFAULT_TIMELINE)).toEqual({
      ...DEFAULT_TIMELINE,
      shape: 'jumps'
    })
    const none = { queuedMs: 0, initializingMs: 0, runningMs: 0, end: 'SKIPPED' as const }
    expect(timelineMs(applyOutcome(none, { durationMs: 600 }, DEFAULT_TIMELINE))).toBe(600)
  })
})

describe('README: Test your own Alma scripts offline', () => {
  const readme = readFileSync('README.md', 'utf8')
  const start = readme.indexOf('## Test your own Alma scripts offline')
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1))

  test('is there, before the Alma section', () => {
    expect(start).toBeGreaterThan(0)
    expect(start).toBeLessThan(readme.indexOf('## In Alma: job ids, parameters, keys and limits'))
  })

  test("every flag on a simulator's command line is one of its flags; every fault and control path exists", () => {
    const blocks = codeBlocks('README.md', section)
    const simLines = blocks
      .flatMap((block) => block.text.replace(/\\\n/g, ' ').split('\n'))
      .filter((line) => /almajob-sim|dist\/sim\/index\.js|npm run sim/.test(line))
    expect(simLines.length).toBeGreaterThan(2)
    const names = SIM_OPTIONS.map((option) => option.name)
    for (const line of simLines) {
      for (const [, flag] of line.matchAll(/(?:^|\s)--([a-z][a-z-]*)/g)) expect(names, line).toContain(flag)
      for (const [, fault] of line.matchAll(/--fault[ =]([a-z-]+)=/g)) expect(FAULT_NAMES, line).toContain(fault)
    }
    const paths = [...section.matchAll(/\/_sim\/[\w/{}]*\w/g)].map((match) => match[0])
    expect(paths.length).toBeGreaterThan(2)
    for (const path of paths) {
      const shape = path.replace(/jobs\/[^/]+\/outcome/, 'jobs/JOB/outcome')
      expect(
        CONTROL_ROUTES.map((route) => route.path as string),
        path
      ).toContain(shape)
    }
    for (const [, status] of prose(section).matchAll(/`(COMPLETED_[A-Z_]+|[A-Z]+_ABORTED)`/g)) {
      expect(END_STATUSES as readonly string[]).toContain(status)
    }
  })
})
