// main() in-process against the simulator, with a fake terminal and fake signals: the exit
// codes and what Ctrl-C prints, without needing the bundle.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { main, type CliIo } from '../src/cli/main.js'
import { VERSION } from '../src/cli/version.js'
import { startSimulator, WELL_KNOWN_JOBS, type Simulator } from '../sim/index.js'

let sim: Simulator

beforeAll(async () => {
  sim = await startSimulator({ timeline: { queuedMs: 100, initializingMs: 100, runningMs: 400, end: 'COMPLETED_SUCCESS' } })
  sim.faults.throttle = false
})
afterAll(async () => {
  await sim?.close()
})

interface FakeIo extends CliIo {
  out: string
  err: string
  exits: number[]
  /** Sends a signal to whatever main subscribed. */
  signal(name: NodeJS.Signals): void
}

function fakeIo(argv: string[], env: NodeJS.ProcessEnv = {}): FakeIo {
  const handlers = new Set<(signal: NodeJS.Signals) => void>()
  const io: FakeIo = {
    argv,
    env: {
      ALMA_API_KEY_SANDBOX: sim.keys.sandbox,
      ALMA_BASE_URL: sim.url,
      XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'almajob-main-')),
      ...env
    },
    cwd: mkdtempSync(join(tmpdir(), 'almajob-main-cwd-')),
    out: '',
    err: '',
    exits: [],
    stdout: { write: (text: string) => (io.out += text) },
    stderr: { write: (text: string) => (io.err += text), isTTY: false },
    onSignal(handler) {
      handlers.add(handler)
      return () => handlers.delete(handler)
    },
    exit: (code) => void io.exits.push(code),
    signal: (name) => handlers.forEach((handler) => handler(name))
  }
  return io
}

describe('main', () => {
  test('--help and --version win over everything else', async () => {
    const help = fakeIo(['--cmd', 'bogus', '--help'])
    expect(await main(help)).toBe(0)
    expect(help.out).toContain('Exit codes:')
    const version = fakeIo(['-V'])
    expect(await main(version)).toBe(0)
    expect(version.out).toBe(`almajob ${VERSION}\n`)
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/)
  })

  test('usage error: 2, usage on stderr, nothing on stdout', async () => {
    const io = fakeIo(['--env', 'sandbox', '--cmd', 'run'])
    expect(await main(io)).toBe(2)
    expect(io.out).toBe('')
    expect(io.err).toContain('Usage:\n  almajob run --job "{job}" [--env production]')
  })

  test('run: 0 and the instance id', async () => {
    const io = fakeIo(['--env', 'sandbox', '--cmd', 'run', '--job', WELL_KNOWN_JOBS.exportThingsAndStuff, '--no-cache'])
    expect(await main(io)).toBe(0)
    expect(io.out).toMatch(/^Job Instance ID: \d{16,}$/m)
  })

  test('Ctrl-C while waiting: 130, the instance id and the status command', async () => {
    const job = sim.addJob({ name: 'main long run' })
    sim.setTimeline(job.id, { queuedMs: 50, initializingMs: 50, runningMs: 60_000, end: 'COMPLETED_SUCCESS' })
    const io = fakeIo(['--env', 'sandbox', '--cmd', 'run', '--job', job.id, '--wait', '--no-cache'])
    const exit = main(io)
    while (!/RUNNING/.test(io.err)) await new Promise((done) => setTimeout(done, 20))
    io.signal('SIGINT')
    expect(await exit).toBe(130)
    const instanceId = sim.instances(job.id).at(-1)!.id
    expect(io.out).toContain(`Job Instance ID: ${instanceId}`)
    expect(io.err).toContain(`almajob --env sandbox --cmd status --job ${job.id} --id ${instanceId}`)
    expect(io.exits).toEqual([])
  })

  test('a second signal exits at once with its code', async () => {
    const job = sim.addJob({ name: 'main stuck run' })
    sim.setTimeline(job.id, { queuedMs: 50, initializingMs: 50, runningMs: 60_000, end: 'COMPLETED_SUCCESS' })
    const io = fakeIo(['--env', 'sandbox', '--cmd', 'run', '--job', job.id, '--wait', '--no-cache'])
    // A slow Alma keeps the first signal from finishing the command at once.
    const exit = main(io)
    while (!/RUNNING/.test(io.err)) await new Promise((done) => setTimeout(done, 20))
    sim.faults.latencyMs = 500
    io.signal('SIGTERM')
    io.signal('SIGTERM')
    expect(io.exits).toEqual([143])
    sim.faults.latencyMs = 0
    await exit
  })
})
