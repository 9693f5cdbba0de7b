// The command line's conveniences, in-process against the simulator: subcommands beside --cmd,
// --env defaulting to the sandbox, UTC ISO times unless --local-time, errors as JSON objects with
// --format json, a refused key as a configuration error naming its source, and name suggestions.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { ERROR_CODES } from '../src/cli/errors.js'
import { main, type CliIo } from '../src/cli/main.js'
import { helpText } from '../src/cli/usage.js'
import { seedJobs } from '../sim/seed.js'
import { closest } from '../src/text/edit-distance.js'
import { quoteName } from '../src/commands/resolve.js'
import { startSimulator, WELL_KNOWN_JOBS, WELL_KNOWN_NAMES, type Simulator } from '../sim/index.js'

let sim: Simulator

beforeAll(async () => {
  sim = await startSimulator({ timeline: { queuedMs: 50, initializingMs: 50, runningMs: 200, end: 'COMPLETED_SUCCESS' } })
  sim.faults.throttle = false
})
afterAll(async () => {
  await sim?.close()
})

interface Ran {
  exit: number
  out: string
  err: string
}

async function almajob(argv: string[], env: NodeJS.ProcessEnv = { ALMA_API_KEY_SANDBOX: sim.keys.sandbox }): Promise<Ran> {
  let out = ''
  let err = ''
  const io: CliIo = {
    argv,
    env: { ALMA_BASE_URL: sim.url, XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'almajob-cmds-')), ...env },
    cwd: mkdtempSync(join(tmpdir(), 'almajob-cmds-cwd-')),
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text), isTTY: false },
    onSignal: () => () => {},
    exit: () => {}
  }
  const exit = await main(io)
  return { exit, out, err }
}

/** The error object --format json prints, checked for its shape. */
function errorOf(ran: Ran): { message: string; code: string; exit: number } {
  const json = JSON.parse(ran.out) as { error: { message: string; code: string; exit: number } }
  expect(Object.keys(json)).toEqual(['error'])
  expect(Object.keys(json.error)).toEqual(['message', 'code', 'exit'])
  expect(Object.keys(ERROR_CODES)).toContain(json.error.code)
  expect(json.error.exit).toBe(ran.exit)
  return json.error
}

describe('subcommands', () => {
  test('`almajob list` is `--cmd list`, and --env defaults to the sandbox', async () => {
    const sub = await almajob(['list', '--no-cache'])
    const old = await almajob(['--env', 'sandbox', '--cmd', 'list', '--no-cache'])
    expect(sub.exit).toBe(0)
    expect(sub.out).toBe(old.out)
    expect(sub.out).toContain(`ID: ${WELL_KNOWN_JOBS.exportPhysicalItems}\t\tName: ${WELL_KNOWN_NAMES.exportPhysicalItems}\n`)
  })

  test('each command by name, anywhere among the options; the same --cmd is allowed', async () => {
    const run = await almajob(['--job', WELL_KNOWN_JOBS.exportThingsAndStuff, 'run', '--cmd', 'run', '--wait'])
    expect(run.exit).toBe(0)
    const id = /^Job Instance ID: (\d+)$/m.exec(run.out)![1]
    const status = await almajob(['status', '--job', WELL_KNOWN_JOBS.exportThingsAndStuff, '--id', id])
    expect(status.out).toContain(`Job Instance ID:    ${id}`)
    const instances = await almajob(['instances', '--job', WELL_KNOWN_JOBS.exportThingsAndStuff])
    expect(instances.out).toContain(`ID: ${id}\t`)
    const check = await almajob(['check', '--job', WELL_KNOWN_JOBS.exportThingsAndStuff])
    expect(check.exit).toBe(0)
    expect(check.out).toMatch(/^ok/)
  })

  test('a command and a different --cmd, a second command, a typo: one usage line, exit 2', async () => {
    const twice = await almajob(['run', '--cmd', 'list'])
    expect(twice.exit).toBe(2)
    expect(twice.err).toContain('Error: the command is given twice, as run and as --cmd list; give one')
    const second = await almajob(['list', 'run'])
    expect(second.exit).toBe(2)
    expect(second.err).toContain('unexpected argument "run"')
    const typo = await almajob(['lsit'])
    expect(typo.exit).toBe(2)
    expect(typo.err).toContain('unknown command "lsit"; did you mean list?')
    expect(twice.out + second.out + typo.out).toBe('')
  })

  test("report is the action's: refused in one line, by name or --cmd", async () => {
    for (const argv of [['report'], ['--cmd', 'report']]) {
      const ran = await almajob(argv)
      expect(ran.exit).toBe(2)
      expect(ran.err).toContain('Error: report is for the GitHub Action only')
    }
  })

  test('no key for the default sandbox says the sandbox is the default', async () => {
    const ran = await almajob(['list'], { ALMA_API_KEY_PRODUCTION: 'l7xxproductionkey' })
    expect(ran.exit).toBe(2)
    expect(ran.err).toMatch(/^almajob: no API key for sandbox \(sandbox is the default; --env production for the other\)/)
  })
})

describe('times', () => {
  test('UTC ISO by default, the local form with --local-time', async () => {
    const run = await almajob(['run', '--job', WELL_KNOWN_JOBS.exportThingsAndStuff, '--wait'])
    const iso = /Job Submitted: +(.+)$/m.exec(run.out)![1]
    expect(iso).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    expect(run.out).toMatch(/Ended: +\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/m)
    const id = /^Job Instance ID: (\d+)$/m.exec(run.out)![1]
    const local = await almajob(['status', '--job', WELL_KNOWN_JOBS.exportThingsAndStuff, '--id', id, '--local-time'], {
      ALMA_API_KEY_SANDBOX: sim.keys.sandbox,
      TZ: 'UTC'
    })
    expect(local.out).toMatch(/Job Submitted: +\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d\.\d{3} \S+$/m)
    const instances = await almajob(['instances', '--job', WELL_KNOWN_JOBS.exportThingsAndStuff])
    expect(instances.out).toContain(`ID: ${id}\t\tSubmitted: ${iso}\t`)
    const check = await almajob(['check', '--job', WELL_KNOWN_JOBS.exportThingsAndStuff])
    expect(check.out).toMatch(/, submitted \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \(/)
    const checkLocal = await almajob(['check', '--job', WELL_KNOWN_JOBS.exportThingsAndStuff, '--local-time'])
    expect(checkLocal.out).toMatch(/, submitted \d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d\.\d{3} \S+ \(/)
    const onList = await almajob(['list', '--local-time'])
    expect(onList.err).toContain('--local-time applies to --cmd run or status or instances or check, not list')
  })
})

describe('--format json errors', () => {
  test('a bad flag: the usage on stderr, the error object on stdout', async () => {
    const ran = await almajob(['list', '--format', 'json', '--colour'])
    expect(ran.exit).toBe(2)
    expect(ran.err).toContain('Usage:')
    expect(errorOf(ran)).toEqual({ message: 'unknown option --colour', code: 'bad-flag', exit: 2 })
    const inline = await almajob(['--format=JSON', 'run'])
    expect(errorOf(inline).code).toBe('bad-flag')
  })

  test('text format prints no JSON', async () => {
    const ran = await almajob(['list', '--colour'])
    expect(ran.out).toBe('')
  })

  test('an unknown job name: not-found, exit 2', async () => {
    const ran = await almajob(['run', '--job', 'Nightly exprot', '--format', 'json'])
    const error = errorOf(ran)
    expect(error).toMatchObject({ code: 'not-found', exit: 2 })
    expect(error.message).toMatch(/no job named "Nightly exprot" among \d+ jobs; no close name$/)
    expect(ran.err).toBe(`almajob: ${error.message}\n`)
  })

  test('an unknown job id is not-found from Alma; exit 2, as a name that matches none', async () => {
    const ran = await almajob(['run', '--job', 'M99999999', '--format', 'json'])
    expect(ran.exit).toBe(2)
    expect(errorOf(ran)).toMatchObject({ code: 'not-found', exit: 2 })
  })
})

describe('a refused key', () => {
  test('from a variable: exit 2, the variable named, the key never', async () => {
    const key = 'l7xxthisisnotthekey0123456789'
    const ran = await almajob(['list', '--no-cache', '--format', 'json'], { ALMA_API_KEY: key })
    expect(ran.exit).toBe(2)
    expect(ran.err).toMatch(/^almajob: Alma refused the API key from ALMA_API_KEY: UNAUTHORIZED: /)
    expect(ran.err.trim().split('\n')).toHaveLength(1)
    expect(errorOf(ran)).toMatchObject({ code: 'unauthorized', exit: 2 })
    expect(ran.out + ran.err).not.toContain(key.slice(4, 12))
  })

  test('from an ini file: its line and path named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'almajob-ini-'))
    const ini = join(dir, 'almajob.ini')
    writeFileSync(ini, 'api_key_production = l7xxwrongproductionkey\n')
    chmodSync(ini, 0o600)
    const ran = await almajob(['list', '--env', 'production', '--ini-file', ini, '--no-cache'], {})
    expect(ran.exit).toBe(2)
    expect(ran.err).toContain(`Alma refused the API key from api_key_production in ${ini}: UNAUTHORIZED`)
    expect(ran.err).not.toContain('wrongproduction')
  })
})

describe('name suggestions', () => {
  const names = seedJobs().map((job) => job.name)

  test.each([
    ['Nightly exprot', []],
    ['Export Phyiscal Items', ['Export Physical Items']],
    ['publishing to primo', ['Publishing to "Primo"', 'Publishing to Summon']],
    ['Users SIS sync', ['Users SIS synchronize']],
    ['x', []]
  ])('%s → %j', (typed, expected) => {
    expect(closest(typed, names, (name) => name, 3).slice(0, expected.length)).toEqual(expected)
    if (expected.length === 0) expect(closest(typed, names, (name) => name, 3)).toEqual([])
  })

  test('a name is quoted without nesting quotes', () => {
    expect(quoteName('Export Physical Items')).toBe('"Export Physical Items"')
    expect(quoteName('Publishing to "Primo"')).toBe(`'Publishing to "Primo"'`)
    expect(quoteName(`Bob's "best"`)).toBe(String.raw`"Bob's \"best\""`)
  })

  test('against the simulator: the close name, quoted so it reads', async () => {
    const ran = await almajob(['run', '--job', 'Publishing to Primo'])
    expect(ran.exit).toBe(2)
    expect(ran.err).toContain(`closest: 'Publishing to "Primo"' (${WELL_KNOWN_JOBS.publishingToPrimo})`)
    expect(ran.err).not.toContain('"Publishing to "Primo""')
  })
})

describe('help', () => {
  test('names the subcommands, the default environment, the times and every error code', () => {
    const help = helpText('1.2.3')
    expect(help).toContain('almajob list [--env production]')
    expect(help).toContain('almajob relay')
    expect(help).toContain('--env defaults to sandbox, as in the action')
    expect(help).toContain('--local-time')
    for (const code of Object.keys(ERROR_CODES)) expect(help).toContain(`      ${code} `)
  })
})
