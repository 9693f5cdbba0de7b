// Time against a hostile Alma: an instance GET that never finishes must not outlast `timeout`
// (promise 3), and a negative Retry-After must not turn retries into a tight loop (promise 12).
import { describe, expect, test } from 'vitest'
import {
  assertCleanAction,
  hang,
  runHostileAction,
  sendAlmaError,
  trickle,
  withAlma,
  type Exchange,
  type HostileAlma
} from './support/hostile.js'
import { errorLines } from './support/action.js'

const JOB = 'M11111'
const TIMEOUT_S = 5

describe.concurrent('promise 3: timeout holds against an answer that never ends', () => {
  const cases: [string, (alma: HostileAlma, ex: Exchange, instanceId: string) => void][] = [
    [
      'an instance GET that trickles one byte a second',
      (alma, ex, id) =>
        trickle(alma, ex.res, JSON.stringify(alma.instanceJson(alma.instances.find((i) => i.id === id)!)), 1000, 40_000)
    ],
    ['an instance GET that never answers', (alma, ex) => hang(alma, ex.res, 40_000)]
  ]

  test.each(cases)('status with wait, timeout 5s: %s ends within timeout + 5 s', async (_name, answer) => {
    await withAlma({}, async (alma) => {
      const instance = alma.addInstance(JOB, { queuedMs: 0, runningMs: 600_000, end: 'COMPLETED_SUCCESS' })
      alma.on('getInstance', (ex) => answer(alma, ex, instance.id))
      const run = await runHostileAction(
        alma,
        { cmd: 'status', job: JOB, id: instance.id, wait: 'true', timeout: `${TIMEOUT_S}s`, 'poll-interval': '1s' },
        // The old client waits 60 s per attempt, four times over; it is killed here.
        { timeoutMs: (TIMEOUT_S + 9) * 1000 }
      )
      expect(run.wallMs, 'wall time').toBeLessThan((TIMEOUT_S + 5) * 1000)
      expect(run.signal, 'killed by the test').toBeNull()
      expect(run.exitCode).not.toBe(0)
      expect(run.outputs['instance-id']).toBe(instance.id)
      expect(errorLines(run)).toHaveLength(1)
      expect(alma.count('getInstance')).toBeGreaterThanOrEqual(1)
      expect(alma.count('getInstance')).toBeLessThanOrEqual(10)
      expect(alma.count('runJob')).toBe(0)
      assertCleanAction(run, alma.key)
    })
  })
})

describe.concurrent('promise 3 and 13: what a review found could still outlast timeout', () => {
  test('an unknown status and a code table that trickles: the look-up gets only what is left of timeout', async () => {
    await withAlma({}, async (alma) => {
      const instance = alma.addInstance(JOB, { queuedMs: 0, runningMs: 600_000, end: 'COMPLETED_SUCCESS' })
      alma.decorateInstance = (json) => ({ ...json, status: { value: 'WEIRD_STATE' } })
      alma.on('statusTable', (ex) => trickle(alma, ex.res, '{"row":[]}'.padEnd(200, ' '), 1000, 40_000))
      const run = await runHostileAction(
        alma,
        { cmd: 'status', job: JOB, id: instance.id, wait: 'true', timeout: '3s', 'poll-interval': '1s' },
        { timeoutMs: 20_000 }
      )
      expect(run.wallMs, 'wall time').toBeLessThan(8000)
      expect(run.exitCode).not.toBe(0)
      expect(run.outputs.status).toBe('WEIRD_STATE')
      assertCleanAction(run, alma.key)
    })
  })

  test('a run POST refused per second forever: retried within timeout, not for two minutes', async () => {
    await withAlma({}, async (alma) => {
      alma.on('runJob', (ex) =>
        sendAlmaError(ex.res, 429, 'PER_SECOND_THRESHOLD', 'HTTP requests are more than allowed per second', {
          'retry-after': '1'
        })
      )
      const run = await runHostileAction(alma, { cmd: 'run', job: JOB, wait: 'true', timeout: '4s' }, { timeoutMs: 30_000 })
      expect(run.wallMs, 'wall time').toBeLessThan(10_000)
      expect(run.exitCode).toBe(1)
      expect(errorLines(run).join('\n')).toMatch(/not started/i)
      assertCleanAction(run, alma.key)
    })
  })
})

describe('promise 12: a negative Retry-After', () => {
  test('three 503s with Retry-After: -5, then 200: success, the four GETs spread over at least 50 ms', async () => {
    await withAlma({}, async (alma) => {
      const instance = alma.addInstance(JOB, { queuedMs: 0, runningMs: 0, end: 'COMPLETED_SUCCESS' })
      alma.on('getInstance', (ex) =>
        alma.count('getInstance') <= 3
          ? sendAlmaError(ex.res, 503, 'ROUTING_ERROR', 'Service temporarily unavailable', { 'retry-after': '-5' })
          : ex.fallback()
      )
      const run = await runHostileAction(alma, { cmd: 'status', job: JOB, id: instance.id })
      expect(run.exitCode).toBe(0)
      expect(run.outputs.status).toBe('COMPLETED_SUCCESS')
      const gets = alma.requests.filter((r) => r.route === 'getInstance')
      expect(gets).toHaveLength(4)
      expect(gets[3]!.at - gets[0]!.at, 'ms from the first GET to the fourth').toBeGreaterThanOrEqual(50)
      assertCleanAction(run, alma.key)
    })
  })
})
