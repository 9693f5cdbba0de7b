// The request pacer that keeps a client under Alma's calls-per-second limit (alma-jobs-api.md §6),
// on a fake clock.
import { describe, expect, test } from 'vitest'
import { RequestPacer, type PacerClock } from '../src/alma/pace.js'

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
