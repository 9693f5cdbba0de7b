// A cancel never starts the job (promise 4): the run POST is refused with 429 and Retry-After,
// and the cancel arrives while the client waits to send it again. After the signal, no run
// POST may reach Alma, and the step must say that the job was not started.
import type { ChildProcess } from 'node:child_process'
import { describe, expect, test } from 'vitest'
import {
  assertCleanAction,
  assertCleanCli,
  runHostileAction,
  runHostileCli,
  sendAlmaError,
  withAlma,
  type HostileAlma
} from './support/hostile.js'

const JOB = 'M11111'

/** The first run POST gets 429 PER_SECOND_THRESHOLD with Retry-After: 4; later ones are accepted. */
function throttleFirstRun(alma: HostileAlma): { refusedAt: () => number | undefined } {
  let refusedAt: number | undefined
  alma.on('runJob', async (ex) => {
    if (alma.count('runJob') > 1) {
      await ex.fallback()
      return
    }
    sendAlmaError(ex.res, 429, 'PER_SECOND_THRESHOLD', 'HTTP requests are more than allowed per second', { 'retry-after': '4' })
    refusedAt = performance.now()
  })
  return { refusedAt: () => refusedAt }
}

/** Sends `signal` about 1 s after the 429; returns when it was sent. */
function signalAfterRefusal(
  child: ChildProcess,
  refusedAt: () => number | undefined,
  signal: NodeJS.Signals,
  sent: (at: number) => void
): void {
  const started = performance.now()
  const timer = setInterval(() => {
    const at = refusedAt()
    if (at === undefined) {
      if (performance.now() - started > 15_000) clearInterval(timer)
      return
    }
    clearInterval(timer)
    setTimeout(
      () => {
        sent(performance.now())
        child.kill(signal)
      },
      Math.max(0, at + 1000 - performance.now())
    )
  }, 10)
}

describe.concurrent('promise 4: a cancel while the run waits out a 429 never starts the job', () => {
  test('action, SIGTERM', async () => {
    await withAlma({}, async (alma) => {
      const { refusedAt } = throttleFirstRun(alma)
      let signalledAt: number | undefined
      const run = await runHostileAction(
        alma,
        { cmd: 'run', job: JOB },
        { timeoutMs: 20_000, onStart: (child) => signalAfterRefusal(child, refusedAt, 'SIGTERM', (at) => (signalledAt = at)) }
      )
      const endedAt = performance.now()
      expect(signalledAt, 'the signal was sent').toBeDefined()
      expect(
        alma.requests.filter((r) => r.route === 'runJob' && r.at > signalledAt!),
        'run POSTs after the signal'
      ).toHaveLength(0)
      expect(alma.count('runJob'), 'run POSTs in all').toBe(1)
      expect(alma.acceptedRuns.size).toBe(0)
      expect(run.exitCode).not.toBeNull()
      expect(run.exitCode).not.toBe(0)
      expect(endedAt - signalledAt!, 'ms from the signal to the exit').toBeLessThan(10_000)
      expect(run.stdout).toMatch(/not started/i)
      assertCleanAction(run, alma.key)
    })
  })

  test('CLI, SIGINT: exit 130', async () => {
    await withAlma({}, async (alma) => {
      const { refusedAt } = throttleFirstRun(alma)
      let signalledAt: number | undefined
      const run = await runHostileCli(alma, ['--env', 'sandbox', '--cmd', 'run', '--job', JOB], {
        timeoutMs: 20_000,
        onStart: (child) => signalAfterRefusal(child, refusedAt, 'SIGINT', (at) => (signalledAt = at))
      })
      const endedAt = performance.now()
      expect(signalledAt, 'the signal was sent').toBeDefined()
      expect(
        alma.requests.filter((r) => r.route === 'runJob' && r.at > signalledAt!),
        'run POSTs after the signal'
      ).toHaveLength(0)
      expect(alma.count('runJob'), 'run POSTs in all').toBe(1)
      expect(alma.acceptedRuns.size).toBe(0)
      expect(run.exitCode).toBe(130)
      expect(endedAt - signalledAt!, 'ms from the signal to the exit').toBeLessThan(10_000)
      expect(`${run.stdout}\n${run.stderr}`).toMatch(/not started/i)
      assertCleanCli(run, alma.key)
    })
  })
})
