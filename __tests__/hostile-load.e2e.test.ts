// LOAD TEST (promise 13; the bench has the full row): 30 steps of one institution start a run
// and wait, all at once, against an Alma that allows 25 requests in any rolling second and
// answers 429 PER_SECOND_THRESHOLD beyond. Every job ends COMPLETED_SUCCESS about 2 s after it
// is started. All 30 must pass, and no job may be started twice. Takes about 10-30 s on 2 cores.
import { describe, expect, test } from 'vitest'
import { assertCleanAction, plainJob, runHostileAction, withAlma } from './support/hostile.js'

const STEPS = 30

describe('promise 13 (load): 30 concurrent run+wait steps against a 25-per-second limit', () => {
  test('all 30 pass, and every job got exactly one accepted run', { timeout: 90_000 }, async () => {
    await withAlma({ perSecond: 25, timeline: { queuedMs: 500, runningMs: 1500, end: 'COMPLETED_SUCCESS' } }, async (alma) => {
      alma.jobs = Array.from({ length: STEPS }, (_, i) => plainJob(`M${30001 + i}`, `Load export ${i + 1}`, alma.url))
      const runs = await Promise.all(
        alma.jobs.map((job) =>
          runHostileAction(alma, { cmd: 'run', job: job.id, wait: 'true', timeout: '50s' }, { timeoutMs: 60_000 })
        )
      )
      const failed = runs.map((run, i) => [alma.jobs[i]!.id, run] as const).filter(([, run]) => run.exitCode !== 0)
      expect(
        failed.map(
          ([id, run]) =>
            `${id}: exit ${run.exitCode}; ${run.stdout
              .split('\n')
              .filter((l) => l.startsWith('::error'))
              .join(' ')}`
        ),
        'steps that failed'
      ).toEqual([])
      for (const [i, run] of runs.entries()) {
        expect(run.outputs.status, alma.jobs[i]!.id).toBe('COMPLETED_SUCCESS')
        assertCleanAction(run, alma.key)
      }
      for (const job of alma.jobs) expect(alma.acceptedRuns.get(job.id) ?? 0, `accepted runs of ${job.id}`).toBe(1)
      expect(alma.instances).toHaveLength(STEPS)
      // Not asserted, but worth seeing in the log when it changes.
      console.log(`load: ${alma.requests.length} requests, ${alma.throttled} answered 429`)
    })
  })
})
