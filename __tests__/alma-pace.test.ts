// The request pacer that keeps a client under Alma's calls-per-second limit (alma-api.md §6),
// and slows it down when refused, on a fake clock.
import { describe, expect, test } from 'vitest'
import { abortableSleep } from '../src/alma/abort.js'
import { MIN_REQUESTS_PER_SECOND, RequestPacer, type PacerClock } from '../src/alma/pace.js'

/** A clock whose sleeps move time on at once, recording when each request was let through. */
function fakeClock(): PacerClock & { t: number; sleeps: number[] } {
  const clock = {
    t: 0,
    sleeps: [] as number[],
    now: () => clock.t,
    sleep: async (ms: number) => {
      clock.sleeps.push(ms)
      clock.t += ms
    }
  }
  return clock
}

describe('RequestPacer', () => {
  test('lets `perSecond` requests through at once, then the next when the first is a second old', async () => {
    const clock = fakeClock()
    const pacer = new RequestPacer(3, clock)
    const began: number[] = []
    await Promise.all(Array.from({ length: 7 }, () => pacer.take().then(() => began.push(clock.t))))
    expect(began).toEqual([0, 0, 0, 1000, 1000, 1000, 2000])
  })

  test('requests spread over time never wait', async () => {
    const clock = fakeClock()
    const pacer = new RequestPacer(2, clock)
    for (const at of [0, 600, 1000, 1600, 2000]) {
      clock.t = at
      await pacer.take()
    }
    expect(clock.sleeps).toEqual([])
  })

  test('first come, first served', async () => {
    const clock = fakeClock()
    const pacer = new RequestPacer(1, clock)
    const order: number[] = []
    await Promise.all([1, 2, 3].map((n) => pacer.take().then(() => order.push(n))))
    expect(order).toEqual([1, 2, 3])
  })
})

describe('RequestPacer adapts to refusals (AIMD)', () => {
  test('a refusal halves the rate, at most once a second, never below 1/s', () => {
    const clock = fakeClock()
    const pacer = new RequestPacer(20, clock)
    expect(pacer.rate()).toBe(20)
    pacer.refused()
    expect(pacer.rate()).toBe(10)
    // Refusals of requests begun in the same second are one signal.
    clock.t += 500
    pacer.refused()
    expect(pacer.rate()).toBe(10)
    for (const expected of [5, 3, 2, 1, 1]) {
      clock.t += 1000
      // A second later the rate has climbed by one before the next cut.
      pacer.refused()
      expect(pacer.rate()).toBe(expected)
    }
    expect(MIN_REQUESTS_PER_SECOND).toBe(1)
  })

  test('the rate climbs back by one per second without refusals, up to the configured rate', () => {
    const clock = fakeClock()
    const pacer = new RequestPacer(4, clock)
    pacer.refused()
    expect(pacer.rate()).toBe(2)
    clock.t += 999
    expect(pacer.rate()).toBe(2)
    clock.t += 1
    expect(pacer.rate()).toBe(3)
    clock.t += 10_000
    expect(pacer.rate()).toBe(4)
  })

  test('after a refusal fewer requests begin per second', async () => {
    const clock = fakeClock()
    const pacer = new RequestPacer(4, clock)
    pacer.refused()
    const began: number[] = []
    await Promise.all(Array.from({ length: 5 }, () => pacer.take().then(() => began.push(clock.t))))
    // 2/s at first, 3/s a second later.
    expect(began).toEqual([0, 0, 1000, 1000, 1000])
  })

  test('an aborted wait for a turn ends at once and takes no slot', async () => {
    const clock = { now: () => performance.now(), sleep: abortableSleep }
    const pacer = new RequestPacer(1, clock)
    await pacer.take()
    const controller = new AbortController()
    const started = performance.now()
    const waiting = pacer.take(controller.signal)
    setTimeout(() => controller.abort(), 20)
    await waiting
    expect(performance.now() - started).toBeLessThan(500)
    // The aborted request never counted: the next one waits only for the first to age out.
    await pacer.take()
    expect(performance.now() - started).toBeLessThan(1500)
  })
})
