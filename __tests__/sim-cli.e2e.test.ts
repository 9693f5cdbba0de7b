// `almajob-sim` as a user runs it: the bundle (dist/sim/index.js) copied where there is no
// node_modules, on Node 24. Flags, errors, outcomes and the control endpoint seen over HTTP.
import { spawn, type ChildProcess } from 'node:child_process'
import { createHmac } from 'node:crypto'
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterEach, beforeAll, describe, expect, test } from 'vitest'
import { SIM_OPTIONS } from '../sim/args.js'
import { WELL_KNOWN_JOBS } from '../sim/seed.js'
import { until } from './support/cli.js'

/** Bundle under test; e.g. ALMAJOB_SIM_BUNDLE=/tmp/sim-build/index.js for a scratch build. */
const SIM_BUNDLE = resolve(process.env.ALMAJOB_SIM_BUNDLE ?? 'dist/sim/index.js')
const THINGS = WELL_KNOWN_JOBS.exportThingsAndStuff
const KEY = 'l7xx-sim-cli-test-key'
const FIRST_LINE = /^Alma Jobs API simulator: (http:\/\/127\.0\.0\.1:(\d+)\/almaws\/v1)$/

let bundle: string
const running = new Set<ChildProcess>()

beforeAll(() => {
  // Without the bundle every test would fail the same way; say why, once, plainly.
  if (!existsSync(SIM_BUNDLE)) throw new Error(`no simulator bundle at ${SIM_BUNDLE}; run npm run bundle:sim`)
  // Away from the checkout: the bundle must not find a node_modules up the tree.
  const dir = mkdtempSync(join(tmpdir(), 'almajob-sim-'))
  for (const file of readdirSync(dirname(SIM_BUNDLE))) copyFileSync(join(dirname(SIM_BUNDLE), file), join(dir, file))
  bundle = join(dir, 'index.js')
  for (let up = dir; up !== dirname(up); up = dirname(up)) expect(existsSync(join(up, 'node_modules')), up).toBe(false)
})

afterEach(() => {
  for (const child of running) child.kill('SIGKILL')
  running.clear()
})

interface Exited {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs the simulator to its end (for --help and refusals). */
function runToEnd(argv: string[], env: Record<string, string> = {}): Promise<Exited> {
  const child = spawn(process.execPath, [bundle, ...argv], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  running.add(child)
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  return new Promise((done) => child.on('close', (code) => done({ code, stdout, stderr })))
}

interface Started {
  child: ChildProcess
  url: string
  port: number
  /** http://127.0.0.1:PORT, where /_sim/ lives. */
  root: string
  output: () => string
  exited: Promise<number | null>
}

/** Starts the simulator and resolves once it has printed its banner. */
async function startSim(argv: string[], env: Record<string, string> = {}): Promise<Started> {
  const child = spawn(process.execPath, [bundle, ...argv], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  running.add(child)
  let out = ''
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')))
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')))
  const exited = new Promise<number | null>((done) => child.on('close', done))
  await new Promise<void>((ready, fail) => {
    const timer = setInterval(() => out.includes('Press Ctrl-C') && (clearInterval(timer), ready()), 20)
    void exited.then((code) => (clearInterval(timer), fail(new Error(`simulator exited with ${code}: ${out}`))))
  })
  const match = FIRST_LINE.exec(out.split('\n')[0]!)
  if (!match) throw new Error(`unexpected first line: ${out.split('\n')[0]}`)
  return { child, url: match[1]!, port: Number(match[2]), root: `http://127.0.0.1:${match[2]}`, output: () => out, exited }
}

async function alma(sim: Started, method: string, path: string) {
  const answer = await fetch(`${sim.url}${path}`, {
    method,
    headers: { Authorization: `apikey ${KEY}`, Accept: 'application/json', 'Content-Type': 'application/json' },
    body: method === 'POST' ? '{}' : undefined
  })
  return { status: answer.status, body: (await answer.json()) as Record<string, unknown> }
}

async function runAndWait(sim: Started, jobId: string) {
  const run = await alma(sim, 'POST', `/conf/jobs/${jobId}?op=run`)
  expect(run.status).toBe(200)
  const instanceId = /instances\/(\d+)/.exec((run.body.additional_info as { link: string }).link)![1]!
  const deadline = Date.now() + 10_000
  const seen: string[] = []
  for (;;) {
    const { body } = await alma(sim, 'GET', `/conf/jobs/${jobId}/instances/${instanceId}`)
    const status = (body.status as { value: string }).value
    if (seen.at(-1) !== status) seen.push(status)
    if (body.end_time !== undefined || Date.now() > deadline) {
      return { instanceId, seen, body: body as { submit_time: string; end_time?: string; status: { value: string } } }
    }
    await new Promise((done) => setTimeout(done, 25))
  }
}

function oneLine(result: Exited, code: number): string {
  expect(result.code, result.stderr).toBe(code)
  expect(result.stdout).toBe('')
  const lines = result.stderr.split('\n').filter(Boolean)
  expect(lines, result.stderr).toHaveLength(1)
  expect(result.stderr).not.toMatch(/\n\s+at /)
  return lines[0]!
}

describe('the bundle', () => {
  test('is an executable ES module with a node shebang, the bin almajob-sim of package.json', () => {
    expect(readFileSync(SIM_BUNDLE, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node')
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      bin: Record<string, string>
      scripts: Record<string, string>
    }
    expect(pkg.bin['almajob-sim']).toBe('dist/sim/index.js')
    expect(pkg.scripts['bundle:sim']).toContain('sim/cli.ts -o dist/sim')
    expect(pkg.scripts.sim).toBe('tsx sim/cli.ts')
  })

  test('--help lists every flag of the option table, and exits 0', async () => {
    const result = await runToEnd(['--help'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    for (const option of SIM_OPTIONS) expect(result.stdout, option.name).toContain(`--${option.name}`)
    expect(result.stdout).toContain('POST /_sim/jobs/JOB/outcome')
  })

  test.each([
    [['--frobnicate'], 2, 'almajob-sim: unknown flag "--frobnicate"; see --help for the flags there are'],
    [['--jobs', 'lots'], 2, 'almajob-sim: --jobs must be a whole number from 0 to 100000, got "lots"'],
    [['--end', 'M11111=DONE'], 2, /^almajob-sim: --end M11111: must be one of COMPLETED_SUCCESS, .*, got "DONE"$/],
    [['--fault', 'nap=1'], 2, /^almajob-sim: --fault: unknown fault "nap"; known faults: latency, per-second-limit, /],
    [['--port', '0', '--end', 'M404=FAILED'], 2, /^almajob-sim: --end\/--duration\/--progress: the simulator has no job M404; /]
  ])('%j: exit %d, one line', async (argv, code, line) => {
    const got = oneLine(await runToEnd(argv), code)
    if (typeof line === 'string') expect(got).toBe(line)
    else expect(got).toMatch(line)
  })

  test('a port that is taken: exit 1, one line naming it', async () => {
    const blocker: Server = createServer()
    await new Promise<void>((ready) => blocker.listen(0, '127.0.0.1', ready))
    try {
      const port = (blocker.address() as { port: number }).port
      const got = oneLine(await runToEnd(['--port', String(port)]), 1)
      expect(got).toBe(
        `almajob-sim: port ${port} on 127.0.0.1 is taken (EADDRINUSE); choose another with --port, or --port 0 for any free one`
      )
    } finally {
      blocker.close()
    }
  })

  test('--port 0: the first line names the URL with the port it got, which answers; SIGTERM stops it with 0', async () => {
    const sim = await startSim(['--port', '0', '--jobs', '20', '--key', KEY])
    expect(sim.port).toBeGreaterThan(0)
    expect(sim.output().split('\n')[1]).toMatch(new RegExp(`^  port: ${sim.port}, jobs: `))
    expect(sim.output()).toContain(`sandbox key:    ${KEY}`)
    expect((await alma(sim, 'GET', '/conf/test')).status).toBe(200)
    sim.child.kill('SIGTERM')
    expect(await sim.exited).toBe(0)
  })

  test('--end and --duration: a run ends in that status, that long after its submit', async () => {
    const sim = await startSim([
      '--port',
      '0',
      '--key',
      KEY,
      '--end',
      `${THINGS}=COMPLETED_WARNING`,
      '--duration',
      `${THINGS}=800ms`
    ])
    expect(sim.output()).toContain(`  runs of ${THINGS}: end COMPLETED_WARNING after 800ms, progress steady`)
    const { seen, body } = await runAndWait(sim, THINGS)
    expect(body.status.value).toBe('COMPLETED_WARNING')
    expect(Date.parse(body.end_time!) - Date.parse(body.submit_time)).toBe(800)
    expect(seen.at(-1)).toBe('COMPLETED_WARNING')
    expect(seen.length).toBeGreaterThan(1)
  })

  test('--fault and --latency: Alma calls meet the fault', async () => {
    const sim = await startSim(['--port', '0', '--key', KEY, '--fault', 'rate-limit-every=2', '--latency', '20ms'])
    expect(sim.output()).toContain('  faults: rate-limit-every=2')
    const statuses = []
    for (let i = 0; i < 4; i++) statuses.push((await alma(sim, 'GET', '/conf/test')).status)
    expect(statuses).toEqual([200, 429, 200, 429])
  })

  test('--control: an outcome changed while the simulator runs decides the next run; without --control, no /_sim/', async () => {
    const sim = await startSim(['--port', '0', '--key', KEY, '--control', '--duration', `${THINGS}=300ms`])
    const first = await runAndWait(sim, THINGS)
    expect(first.body.status.value).toBe('COMPLETED_SUCCESS')
    const set = await fetch(`${sim.root}/_sim/jobs/${THINGS}/outcome`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ end: 'USER_ABORTED' })
    })
    expect(set.status).toBe(200)
    const second = await runAndWait(sim, THINGS)
    expect(second.body.status.value).toBe('USER_ABORTED')
    expect(Date.parse(second.body.end_time!) - Date.parse(second.body.submit_time)).toBe(300)
    expect(sim.output()).toContain(`control: runs of ${THINGS} started from now on end USER_ABORTED after 300ms, progress steady`)
    const state = await (await fetch(`${sim.root}/_sim/state`)).text()
    expect(state).not.toContain(KEY)
    expect(JSON.parse(state).runs.map((run: { status: string }) => run.status)).toEqual(['COMPLETED_SUCCESS', 'USER_ABORTED'])

    const plain = await startSim(['--port', '0', '--key', KEY])
    const answer = await fetch(`${plain.root}/_sim/state`)
    expect(answer.status).toBe(400) // UNAUTHORIZED, as any path without a key
    expect(await answer.text()).toContain('UNAUTHORIZED')
  })

  test('--webhook-url: JOB_END events signed with the secret from the environment, which is never printed', async () => {
    const secret = 'sim-cli-webhook-secret-5d1e'
    const received: { signature: string; body: string }[] = []
    const receiver = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://receiver.invalid')
      const challenge = url.searchParams.get('challenge')
      if (req.method === 'GET' && challenge)
        return void res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ challenge }))
      let body = ''
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
      req.on('end', () => {
        received.push({ signature: String(req.headers['x-exl-signature']), body })
        res.writeHead(200).end()
      })
    })
    await new Promise<void>((ready) => receiver.listen(0, '127.0.0.1', ready))
    try {
      const hook = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hook`
      const sim = await startSim(['--port', '0', '--key', KEY, '--webhook-url', hook, '--duration', `${THINGS}=200ms`], {
        ALMA_SIM_WEBHOOK_SECRET: secret
      })
      const { instanceId } = await runAndWait(sim, THINGS)
      await until(() => received.length > 0, 5000, 'the webhook')
      expect(received).toHaveLength(1)
      expect(received[0]!.signature).toBe(createHmac('sha256', secret).update(received[0]!.body).digest('base64'))
      expect(JSON.parse(received[0]!.body)).toMatchObject({ action: 'JOB_END', job_instance: { id: instanceId } })
      expect(sim.output()).not.toContain(secret)
      expect(sim.output()).toContain('  webhook: JOB_END events go to http://127.0.0.1:')
    } finally {
      receiver.close()
    }
  })

  test('--webhook-url with a receiver that fails the challenge: exit 1, one line, no secret', async () => {
    const secret = 'another-secret-never-shown'
    const got = oneLine(
      await runToEnd(['--port', '0', '--webhook-url', 'http://127.0.0.1:9/hook'], { ALMA_SIM_WEBHOOK_SECRET: secret }),
      1
    )
    expect(got).toMatch(/^almajob-sim: /)
    expect(got).not.toContain(secret)
  })
})
