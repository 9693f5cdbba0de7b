// The bundled `almajob` command against the simulator over real HTTP: each command in
// both formats, almajob.ini and environment variables, the old flag spellings, every
// usage error, waiting on a pipe and on a terminal, and Ctrl-C.
import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { startSimulator, WELL_KNOWN_JOBS, WELL_KNOWN_NAMES, type Simulator, type Timeline } from '../sim/index.js'
import { baseEnv, bundleMissingReason, CLI_BUNDLE, newSandbox, runCli, until, type CliRun, type Sandbox } from './support/cli.js'

const FAST: Timeline = { queuedMs: 150, initializingMs: 100, runningMs: 600, finalizingMs: 100, end: 'COMPLETED_SUCCESS' }
const SLOW: Timeline = { queuedMs: 100, initializingMs: 100, runningMs: 120_000, end: 'COMPLETED_SUCCESS' }
const THINGS = WELL_KNOWN_JOBS.exportThingsAndStuff
const THINGS_NAME = WELL_KNOWN_NAMES.exportThingsAndStuff

let sim: Simulator
let sandbox: Sandbox

beforeAll(async () => {
  // Without the bundle every test would fail the same way; say why, once, plainly.
  const missing = bundleMissingReason()
  if (missing) throw new Error(missing)
  sim = await startSimulator({ timeline: FAST })
  // 402222/402223 would make a long suite flaky; the run throttle has its own tests.
  sim.faults.throttle = false
})
afterAll(async () => {
  await sim?.close()
})
beforeEach(() => {
  sim.resetCounts()
  sandbox = newSandbox()
})

/** Key and location from the environment, as a script would set them. */
function keyEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { ALMA_API_KEY_SANDBOX: sim.keys.sandbox, ALMA_BASE_URL: sim.url, ...extra }
}

function almajob(
  argv: string[],
  env: Record<string, string> = keyEnv(),
  options: Parameters<typeof runCli>[2] = {}
): Promise<CliRun> {
  return runCli(sandbox, argv, { env, ...options })
}

function expectNoKey(run: CliRun): void {
  for (const key of Object.values(sim.keys)) {
    expect(run.stdout).not.toContain(key)
    expect(run.stderr).not.toContain(key)
  }
}

/** Errors are one line, never a stack trace. */
function expectNoStack(run: CliRun): void {
  expect(run.stderr).not.toMatch(/^\s+at /m)
  expect(run.stderr).not.toMatch(/\.(ts|js):\d+/)
}

function instanceIdOf(run: CliRun): string {
  const match = /^Job Instance ID: (\d+)$/m.exec(run.stdout)
  if (!match) throw new Error(`no "Job Instance ID:" line in:\n${run.stdout}`)
  return match[1]
}

describe('almajob (bundled CLI)', () => {
  test('the bundle starts with a node shebang', () => {
    expect(readFileSync(CLI_BUNDLE, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
  })

  describe('help and version', () => {
    test('--help lists every option with an example and the exit codes', async () => {
      const run = await almajob(['--help'], {})
      expect(run.exitCode).toBe(0)
      for (const flag of [
        '--env',
        '--cmd',
        '--job',
        '--id',
        '--cache-dir',
        '--force',
        '--ini-file',
        '--wait',
        '--timeout',
        '--poll-interval',
        '--max-poll-interval',
        '--fail-on',
        '--parameters',
        '--type',
        '--category',
        '--from',
        '--to',
        '--status',
        '--region',
        '--base-url',
        '--no-cache',
        '--cache-ttl',
        '--format'
      ]) {
        expect(run.stdout).toContain(flag)
      }
      expect(run.stdout).toContain('Exit codes:')
      expect(run.stdout).toContain('130  interrupted')
      expect(run.stderr).toBe('')
    })

    test('--version prints the package version', async () => {
      const { default: pkg } = await import('../package.json', { with: { type: 'json' } })
      const run = await almajob(['--version'], {})
      expect(run.exitCode).toBe(0)
      expect(run.stdout).toBe(`almajob ${pkg.version}\n`)
    })
  })

  describe('subcommands and the relay', () => {
    test('`almajob list` prints what `--cmd list` prints; --env defaults to the sandbox', async () => {
      const sub = await almajob(['list'])
      const old = await almajob(['--env', 'sandbox', '--cmd', 'list'])
      expect(sub.exitCode).toBe(0)
      expect(sub.stdout).toBe(old.stdout)
      expect(sub.stdout).toContain(`ID: ${THINGS}\t\tName: ${THINGS_NAME}\n`)
    })

    test('`almajob relay` hands its arguments to the relay, whose own usage answers --help', async () => {
      const help = await almajob(['relay', '--help'], {})
      expect(help.exitCode).toBe(0)
      expect(help.stdout).toMatch(/^Usage: almajob relay /)
      expect(help.stdout).not.toContain('Exit codes:')
      const bad = await almajob(['relay'], {})
      expect(bad.exitCode).toBe(2)
      expect(bad.stderr).toMatch(/^almajob relay: /)
      expectNoStack(bad)
      const twice = await almajob(['relay', 'relay', '--port', '0'], {})
      expect(twice.exitCode).toBe(2)
      expect(twice.stderr).toMatch(/^almajob relay: unexpected argument "relay"/)
    })

    test('--format json: an error is an object on stdout and a line on stderr', async () => {
      const run = await almajob(['run', '--job', 'Nightly exprot', '--format', 'json'])
      expect(run.exitCode).toBe(2)
      const { error } = JSON.parse(run.stdout)
      expect(error).toMatchObject({ code: 'not-found', exit: 2 })
      expect(error.message).toContain('no close name')
      expect(run.stderr).toBe(`almajob: ${error.message}\n`)
    })
  })

  describe('list', () => {
    test('text: one "ID: …\\t\\tName: …" line per job, as the old script printed', async () => {
      const run = await almajob(['--env', 'sandbox', '--cmd', 'list'])
      expect(run.exitCode).toBe(0)
      const lines = run.stdout.trimEnd().split('\n')
      expect(lines).toHaveLength(sim.jobs.length)
      expect(lines.every((line) => /^ID: [MSO]\d+\t\tName: .+$/.test(line))).toBe(true)
      expect(lines).toContain(`ID: ${THINGS}\t\tName: ${THINGS_NAME}`)
      expect(sim.counts.listJobs).toBe(Math.ceil(sim.jobs.length / 100))
      expectNoKey(run)
    })

    test('json, then from the file cache, then --force refreshes it', async () => {
      const first = await almajob(['--env', 'sandbox', '--cmd', 'list', '--format', 'json'])
      expect(first.exitCode).toBe(0)
      const json = JSON.parse(first.stdout)
      expect(json['cache-hit']).toBe(false)
      expect(json.jobs).toHaveLength(sim.jobs.length)
      expect(json.jobs).toContainEqual(expect.objectContaining({ id: THINGS, name: THINGS_NAME, type: 'MANUAL' }))
      expect(readdirSync(join(sandbox.cacheHome, 'almajob')).some((file) => file.startsWith('jobs-sandbox-'))).toBe(true)

      sim.resetCounts()
      const cached = await almajob(['--env', 'sandbox', '--cmd', 'list', '--format=json'])
      expect(JSON.parse(cached.stdout)['cache-hit']).toBe(true)
      expect(sim.counts.listJobs).toBe(0)

      const forced = await almajob(['--env', 'sandbox', '--cmd', 'list', '--format=json', '--force'])
      expect(JSON.parse(forced.stdout)['cache-hit']).toBe(false)
      expect(sim.counts.listJobs).toBe(Math.ceil(sim.jobs.length / 100))
    })

    test('--no-cache writes no cache; --cache_dir (old spelling) puts it elsewhere', async () => {
      const none = await almajob(['--env', 'sandbox', '--cmd', 'list', '--no-cache'])
      expect(none.exitCode).toBe(0)
      expect(existsSync(join(sandbox.cacheHome, 'almajob'))).toBe(false)
      const elsewhere = await almajob(['--env', 'sandbox', '--cmd', 'list', '--cache_dir', 'mycache'])
      expect(elsewhere.exitCode).toBe(0)
      expect(readdirSync(join(sandbox.cwd, 'mycache')).length).toBeGreaterThan(0)
    })

    test('--type filters', async () => {
      const run = await almajob(['--env', 'sandbox', '--cmd', 'list', '--type', 'scheduled', '--format', 'json', '--no-cache'])
      const jobs = JSON.parse(run.stdout).jobs as { type: string }[]
      expect(jobs.length).toBeGreaterThan(0)
      expect(jobs.every((job) => job.type === 'SCHEDULED')).toBe(true)
    })
  })

  describe('run', () => {
    test('by name: prints "Job Instance ID: …" and how to check on it', async () => {
      const run = await almajob(['--env', 'sandbox', '--cmd', 'run', '--job', THINGS_NAME])
      expect(run.exitCode).toBe(0)
      const instanceId = instanceIdOf(run)
      expect(sim.instances(THINGS).map((instance) => instance.id)).toContain(instanceId)
      expect(run.stdout).toContain(`Execute Job: ${THINGS_NAME}\n     Job ID: ${THINGS}\n`)
      expect(run.stderr).toContain(`almajob --env sandbox --cmd status --job ${THINGS} --id ${instanceId}`)
      expectNoKey(run)
    })

    test('--wait on a pipe: one plain progress line per change, then the end; json on stdout', async () => {
      const run = await almajob(['--env', 'sandbox', '--cmd', 'run', '--job', THINGS, '--wait', '--format', 'json'])
      expect(run.exitCode).toBe(0)
      const json = JSON.parse(run.stdout)
      expect(json).toMatchObject({
        'job-id': THINGS,
        status: 'COMPLETED_SUCCESS',
        progress: 100,
        end: 'finished',
        outcome: 'success'
      })
      expect(json['instance-id']).toMatch(/^\d{16,}$/)
      expect(Array.isArray(json.counters)).toBe(true)
      expect(json['instance-url']).toBe(`${sim.url}/conf/jobs/${THINGS}/instances/${json['instance-id']}`)
      expect(run.stderr).not.toMatch(/[\r\x1b]/)
      const progress = run.stderr.split('\n').filter((line) => /\(\d+s elapsed\)$/.test(line))
      expect(progress.length).toBeGreaterThanOrEqual(1)
      expect(new Set(progress).size).toBe(progress.length)
      expect(progress.at(-1)).toMatch(/^COMPLETED_SUCCESS - Completed Successfully 100%/)
    })

    test('--wait text: the run lines, then the status block', async () => {
      const run = await almajob(['--env', 'sandbox', '--cmd', 'run', '--job', THINGS, '--wait'])
      expect(run.exitCode).toBe(0)
      instanceIdOf(run)
      expect(run.stdout).toMatch(/^ {5}Job Status: {9}COMPLETED_SUCCESS - Completed Successfully$/m)
    })

    // Every end state against every fail-on is commands.test.ts's (verdict); these show the exit codes.
    test.each<[Timeline['end'], string, number]>([
      ['FAILED', 'failure', 1],
      ['COMPLETED_WARNING', 'failure', 0]
    ])('ends %s with --fail-on %s: exit %i', async (end, failOn, exitCode) => {
      const job = sim.addJob({ name: `CLI outcome ${end} ${failOn}` })
      sim.setTimeline(job.id, { ...FAST, end })
      const run = await almajob([
        '--env',
        'sandbox',
        '--cmd',
        'run',
        '--job',
        job.id,
        '--wait',
        '--fail-on',
        failOn,
        '--format',
        'json'
      ])
      expect(run.exitCode).toBe(exitCode)
      expect(JSON.parse(run.stdout).status).toBe(end)
      // Passing is not the same as a clean end: the rest still say so on stderr.
      if (!exitCode) expect(run.stderr).toMatch(new RegExp(`^warning: Alma job .*${end}`, 'm'))
      expectNoStack(run)
    })

    test('--timeout: exit 1, still running, and how to check later', async () => {
      const job = sim.addJob({ name: 'CLI slow export' })
      sim.setTimeline(job.id, SLOW)
      const run = await almajob([
        '--env',
        'sandbox',
        '--cmd',
        'run',
        '--job',
        job.id,
        '--wait',
        '--timeout',
        '2s',
        '--format',
        'json'
      ])
      expect(run.exitCode).toBe(1)
      const json = JSON.parse(run.stdout)
      expect(json).toMatchObject({ end: 'timeout', status: 'RUNNING' })
      expect(run.stderr).toContain(`--cmd status --job ${job.id} --id ${json['instance-id']}`)
    })

    test('--parameters from an @file (YAML) and inline XML', async () => {
      const job = WELL_KNOWN_JOBS.exportPhysicalItems
      const without = await almajob(['--env', 'sandbox', '--cmd', 'run', '--job', job])
      expect(without.exitCode).toBe(3)
      expect(without.stderr).toMatch(/402228/)
      expect(without.stderr.trim().split('\n')).toHaveLength(1)
      writeFileSync(join(sandbox.cwd, 'params.yaml'), 'set_id: "7777000000001234"\n')
      const fromFile = await almajob(['--env', 'sandbox', '--cmd', 'run', '--job', job, '--parameters', '@params.yaml'])
      expect(fromFile.exitCode).toBe(0)
      const xml = '<job><parameters><parameter><name>set_id</name><value>7777000000001234</value></parameter></parameters></job>'
      const inline = await almajob(['--env', 'sandbox', '--cmd', 'run', '--job', job, `--parameters=${xml}`])
      expect(inline.exitCode).toBe(0)
      expect(sim.instances(job).at(-1)?.parameters).toEqual([{ name: 'set_id', value: '7777000000001234' }])
    })

    test('an unknown job name is a usage-class error (exit 2) with the closest names', async () => {
      const run = await almajob(['--env', 'sandbox', '--cmd', 'run', '--job', 'Export Things and Stuff'])
      expect(run.exitCode).toBe(2)
      expect(run.stderr).toContain(`"${THINGS_NAME}" (${THINGS})`)
      expect(sim.counts.runJob).toBe(0)
    })

    test('two jobs with one name: exit 2, both ids named, nothing run', async () => {
      const run = await almajob(['--env', 'sandbox', '--cmd', 'run', '--job', WELL_KNOWN_NAMES.exportBibRecords])
      expect(run.exitCode).toBe(2)
      expect(run.stderr).toContain(WELL_KNOWN_JOBS.exportBibRecords)
      expect(run.stderr).toContain(WELL_KNOWN_JOBS.exportBibRecordsScheduled)
      expect(sim.counts.runJob).toBe(0)
    })
  })

  describe('status', () => {
    test('text: job, id, instance, submit time (UTC, or local with --local-time) and STATUS - description', async () => {
      const started = await almajob(['--env', 'sandbox', '--cmd', 'run', '--job', THINGS, '--wait'])
      const instanceId = instanceIdOf(started)
      const run = await almajob(['--env', 'sandbox', '--cmd', 'status', '--job', THINGS_NAME, '--id', instanceId])
      expect(run.exitCode).toBe(0)
      const lines = run.stdout.split('\n')
      expect(lines[0]).toBe(`     Job Name:           '${THINGS_NAME}'`)
      expect(lines[1]).toBe(`     Job ID:             ${THINGS}`)
      expect(lines[2]).toBe(`     Job Instance ID:    ${instanceId}`)
      expect(lines[3]).toMatch(/^ {5}Job Submitted: {6}\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
      expect(lines[4]).toBe('     Job Status:         COMPLETED_SUCCESS - Completed Successfully')
      // TZ=America/New_York in the child: the old script's local-time shape.
      const local = await almajob(['status', '--job', THINGS_NAME, '--id', instanceId, '--local-time'])
      expect(local.stdout.split('\n')[3]).toMatch(/^ {5}Job Submitted: {6}\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d\.\d{3} E[SD]T$/)
      expectNoKey(run)
    })

    test('json, and --wait on a running instance', async () => {
      const job = sim.addJob({ name: 'CLI status wait' })
      const started = await almajob(['--env', 'sandbox', '--cmd', 'run', '--job', job.id])
      const instanceId = instanceIdOf(started)
      const run = await almajob([
        '--env',
        'sandbox',
        '--cmd',
        'status',
        '--job',
        job.id,
        '--id',
        instanceId,
        '--wait',
        '--format',
        'json'
      ])
      expect(run.exitCode).toBe(0)
      expect(JSON.parse(run.stdout)).toMatchObject({
        'instance-id': instanceId,
        'job-id': job.id,
        status: 'COMPLETED_SUCCESS',
        end: 'finished'
      })
    })

    test('a finished failed instance exits 1 (and 0 with --fail-on never)', async () => {
      const job = sim.addJob({ name: 'CLI status failed' })
      sim.setTimeline(job.id, { ...FAST, end: 'COMPLETED_FAILED' })
      const started = await almajob(['--env', 'sandbox', '--cmd', 'run', '--job', job.id, '--wait'])
      const instanceId = instanceIdOf(started)
      const failed = await almajob(['--env', 'sandbox', '--cmd', 'status', '--job', job.id, '--id', instanceId])
      expect(failed.exitCode).toBe(1)
      expect(failed.stdout).toContain('COMPLETED_FAILED - Completed with Errors')
      const tolerated = await almajob([
        '--env',
        'sandbox',
        '--cmd',
        'status',
        '--job',
        job.id,
        '--id',
        instanceId,
        '--fail-on',
        'never'
      ])
      expect(tolerated.exitCode).toBe(0)
    })
  })

  describe('instances', () => {
    test('text and json', async () => {
      const job = WELL_KNOWN_JOBS.publishingToPrimo
      const text = await almajob(['--env', 'sandbox', '--cmd', 'instances', '--job', job])
      expect(text.exitCode).toBe(0)
      const lines = text.stdout.trimEnd().split('\n')
      expect(lines.length).toBeGreaterThan(0)
      expect(lines.every((line) => /^ID: \d+\t\tSubmitted: .+\t\tStatus: [A-Z_]+/.test(line))).toBe(true)
      const json = await almajob([
        '--env',
        'sandbox',
        '--cmd',
        'instances',
        '--job',
        job,
        '--format',
        'json',
        '--status',
        'COMPLETED_SUCCESS'
      ])
      expect(json.exitCode).toBe(0)
      const parsed = JSON.parse(json.stdout)
      expect(parsed['job-id']).toBe(job)
      expect(parsed.instances.every((instance: { status: string }) => instance.status === 'COMPLETED_SUCCESS')).toBe(true)
    })
  })

  describe('configuration', () => {
    test('almajob.ini in the current directory, old format, plus base_url', async () => {
      writeFileSync(
        join(sandbox.cwd, 'almajob.ini'),
        `api_key_production = ${sim.keys.production}\napi_key_sandbox = ${sim.keys.sandbox}\ndomain = na\nbase_url = ${sim.url}\n`
      )
      chmodSync(join(sandbox.cwd, 'almajob.ini'), 0o600)
      const run = await almajob(['--env', 'production', '--cmd', 'run', '--job', THINGS], {})
      expect(run.exitCode).toBe(0)
      // The production key was used: the instance belongs to production.
      const instanceId = instanceIdOf(run)
      expect(sim.instances(THINGS).find((instance) => instance.id === instanceId)?.env).toBe('production')
      expect(run.stderr).not.toContain('warning')
      expectNoKey(run)
    })

    test('--ini_file (old spelling) and a world-readable file warns', async () => {
      const path = join(sandbox.home, 'keys.ini')
      writeFileSync(path, `[alma]\napi_key_sandbox = "${sim.keys.sandbox}"\nbase_url = ${sim.url}\n`)
      chmodSync(path, 0o644)
      const run = await almajob(['--env=sandbox', '--cmd=list', `--ini_file=${path}`], {})
      expect(run.exitCode).toBe(0)
      expect(run.stderr).toContain(
        `warning: ${path} holds API keys and other users can read it (mode 644); run: chmod 600 ${path}`
      )
      expectNoKey(run)
    })

    test('$XDG_CONFIG_HOME/almajob/almajob.ini; environment variables override it', async () => {
      mkdirSync(join(sandbox.configHome, 'almajob'))
      const path = join(sandbox.configHome, 'almajob', 'almajob.ini')
      writeFileSync(path, `api_key_sandbox = l7xxnotavalidkey\nbase_url = ${sim.url}\n`)
      chmodSync(path, 0o600)
      const withIniKey = await almajob(['--env', 'sandbox', '--cmd', 'list'], {})
      expect(withIniKey.exitCode).toBe(2)
      expect(withIniKey.stderr).toContain(`Alma refused the API key from api_key_sandbox in ${path}`)
      const withEnvKey = await almajob(['--env', 'sandbox', '--cmd', 'list'], { ALMA_API_KEY: sim.keys.sandbox })
      expect(withEnvKey.exitCode).toBe(0)
    })

    test('no key anywhere: exit 2, one line, no usage', async () => {
      const run = await almajob(['--env', 'sandbox', '--cmd', 'list'], { ALMA_BASE_URL: sim.url })
      expect(run.exitCode).toBe(2)
      expect(run.stderr).toMatch(/^almajob: no API key for sandbox: set ALMA_API_KEY_SANDBOX/)
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
      expect(sim.counts.total).toBe(0)
    })
  })

  describe('usage errors: exit 2, the usage and the problem on stderr, nothing sent', () => {
    const cases: [string, string[], string][] = [
      ['empty --env', ['--env', '', '--cmd', 'list'], 'Error: --env is empty'],
      ['bad --env', ['--env', 'staging', '--cmd', 'list'], "Error: --env: 'staging' is not one of sandbox, production"],
      ['missing command', ['--env', 'sandbox'], 'Error: give a command: list, run, status, instances or check'],
      ['a command and another --cmd', ['list', '--cmd', 'run'], 'Error: the command is given twice'],
      ["report, the action's", ['report'], 'Error: report is for the GitHub Action only'],
      ['bad --cmd', ['--env', 'sandbox', '--cmd', 'delete'], "Error: --cmd: 'delete' is not one of list"],
      ['run without --job', ['--env', 'sandbox', '--cmd', 'run'], 'Error: --job: required for --cmd run'],
      ['status without --id', ['--env', 'sandbox', '--cmd', 'status', '--job', 'M1'], 'Error: --id: required for --cmd status'],
      ['instances without --job', ['--env', 'sandbox', '--cmd', 'instances'], 'Error: --job: required for --cmd instances'],
      ['unknown option', ['--env', 'sandbox', '--cmd', 'list', '--colour'], 'Error: unknown option --colour'],
      ['value missing', ['--env', 'sandbox', '--cmd', 'run', '--job'], 'Error: --job needs a value'],
      ['stray word', ['--env', 'sandbox', '--cmd', 'run', '--job', 'Export', 'Things'], 'Error: unexpected argument "Things"'],
      [
        'option for another command',
        ['--env', 'sandbox', '--cmd', 'list', '--wait'],
        'Error: --wait applies to --cmd run or status, not list'
      ],
      [
        'bad duration',
        ['--env', 'sandbox', '--cmd', 'run', '--job', 'M1', '--wait', '--timeout', 'soon'],
        "Error: --timeout: 'soon' is not a duration"
      ],
      [
        'bad --fail-on',
        ['--env', 'sandbox', '--cmd', 'run', '--job', 'M1', '--fail-on', 'maybe'],
        "Error: --fail-on: 'maybe' is not one of"
      ],
      [
        'bad --format',
        ['--env', 'sandbox', '--cmd', 'list', '--format', 'yaml'],
        'Error: --format "yaml" must be "text" or "json"'
      ],
      ['bad --region', ['--env', 'sandbox', '--cmd', 'list', '--region', 'mars'], 'Error: --region: Unknown Alma region "mars"'],
      [
        'bad --id',
        ['--env', 'sandbox', '--cmd', 'status', '--job', 'M1', '--id', 'latest'],
        "Error: --id: 'latest' is not an instance id"
      ]
    ]
    test.each(cases)('%s', async (_name, argv, problem) => {
      const run = await almajob(argv)
      expect(run.exitCode).toBe(2)
      expect(run.stdout).toBe('')
      expect(run.stderr).toMatch(/^Usage:\n {2}almajob (\{list\||list |run |status |instances |check )/)
      expect(run.stderr).toContain(problem)
      expect(run.stderr).toContain('Run "almajob --help" for every option.')
      expectNoStack(run)
      expect(sim.counts.total).toBe(0)
    })
  })

  describe('Alma and network errors: one line', () => {
    test('a key Alma does not know: exit 2, a setting to fix, named by where it came from', async () => {
      const run = await almajob(
        ['--env', 'sandbox', '--cmd', 'list'],
        keyEnv({ ALMA_API_KEY_SANDBOX: 'l7xx00000000000000000000000000000000' })
      )
      expect(run.exitCode).toBe(2)
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
      expect(run.stderr).toMatch(/^almajob: Alma refused the API key from ALMA_API_KEY_SANDBOX: UNAUTHORIZED/)
      expect(run.stderr).not.toContain('l7xx00000000000000000000000000000000')
      expectNoStack(run)
    })

    test('nothing listening', async () => {
      const run = await almajob(
        ['--env', 'sandbox', '--cmd', 'run', '--job', THINGS, '--no-cache'],
        keyEnv({ ALMA_BASE_URL: 'http://127.0.0.1:9/almaws/v1' })
      )
      expect(run.exitCode).toBe(3)
      expect(run.stderr).toMatch(/^almajob: /m)
      expectNoStack(run)
    })
  })

  describe('Ctrl-C while waiting', () => {
    test('prints the instance id and the status command, exits 130', async () => {
      const job = sim.addJob({ name: 'CLI long import' })
      sim.setTimeline(job.id, SLOW)
      let signalledAt = 0
      const run = await almajob(['--env', 'sandbox', '--cmd', 'run', '--job', job.id, '--wait'], keyEnv(), {
        onStart: (child, output) => {
          void until(() => /RUNNING/.test(output.stderr()), 15_000).then(() => {
            signalledAt = Date.now()
            child.kill('SIGINT')
          })
        }
      })
      expect(run.exitCode).toBe(130)
      expect(Date.now() - signalledAt).toBeLessThan(4000)
      const instanceId = sim.instances(job.id).at(-1)!.id
      expect(run.stdout).toContain(`Job Instance ID: ${instanceId}`)
      expect(run.stderr).toContain(`almajob --env sandbox --cmd status --job ${job.id} --id ${instanceId}`)
      expectNoStack(run)
    })
  })

  describe('on a terminal', () => {
    const script = spawnSync('script', ['--version'], { encoding: 'utf8' })
    const noScript = script.error ? 'util-linux `script` is not installed; cannot make a pseudo-terminal' : undefined

    test.skipIf(noScript)('the progress line redraws in place (\\r + clear line)', async () => {
      const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`
      const command = [process.execPath, CLI_BUNDLE, '--env', 'sandbox', '--cmd', 'run', '--job', THINGS, '--wait']
        .map(quote)
        .join(' ')
      // `script` gives the command a pseudo-terminal and copies what it writes to our pipe.
      const child = spawn('script', ['-qfec', command, '/dev/null'], {
        cwd: sandbox.cwd,
        env: { ...baseEnv(sandbox), ...keyEnv() },
        stdio: ['pipe', 'pipe', 'pipe']
      })
      let output = ''
      child.stdout.on('data', (chunk) => (output += chunk))
      child.stderr.on('data', (chunk) => (output += chunk))
      const exitCode = await new Promise<number | null>((done) => child.on('close', done))
      expect(exitCode, output).toBe(0)
      const redraws = output.split('\r\x1b[2K').length - 1
      expect(redraws).toBeGreaterThanOrEqual(2)
      expect(output).toMatch(/\r\x1b\[2KQUEUED/)
      expect(output).toMatch(/\r\x1b\[2KCOMPLETED_SUCCESS - Completed Successfully 100%/)
      expect(output).toMatch(/Job Instance ID: \d+/)
    })
  })
})

describe('a pipe closed early', () => {
  test('`almajob list 2>&1 | head -1` ends the output with exit 0, on stdout and stderr alike', async () => {
    // Enough jobs that the output outgrows the pipe's buffer, so head's exit really cuts it.
    const big = await startSimulator({ jobCount: 3000, timeline: FAST })
    try {
      const env = { ...baseEnv(sandbox), ALMA_API_KEY_SANDBOX: big.keys.sandbox, ALMA_BASE_URL: big.url }
      for (const redirect of ['', '2>&1']) {
        const shell = spawn(
          'bash',
          ['-c', `set -o pipefail; "${process.execPath}" "${CLI_BUNDLE}" list ${redirect} | head -1 >/dev/null`],
          {
            cwd: sandbox.cwd,
            env
          }
        )
        const status = await new Promise<number | null>((resolve) => shell.on('close', resolve))
        expect(status, redirect || 'stdout only').toBe(0)
      }
    } finally {
      await big.close()
    }
  })
})
