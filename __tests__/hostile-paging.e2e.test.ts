// Job lists that never end or lie about their size (promise 5), and a job name too long to
// look up politely (promise 10). Every test bounds the bundle's run: the old client pages on
// until it is killed, which is the bug these tests show.
import { describe, expect, test } from 'vitest'
import {
  assertClearActionError,
  assertCleanAction,
  listBody,
  longestLine,
  plainJob,
  runHostileAction,
  sendJson,
  withAlma,
  type HostileAlma
} from './support/hostile.js'
import { errorLines } from './support/action.js'

/** A small heap for the child: the old client's 1e12-page plan would otherwise eat gigabytes before it dies. */
const SMALL_HEAP = { NODE_OPTIONS: '--max-old-space-size=512' }
/** Enough for 105 pages at the client's 20 calls a second, with room to spare; the old client is killed here. */
const RUN_LIMIT_MS = 15_000
const MAX_LIST_REQUESTS = 105

/** Full 100-job pages; `ids(offset)` picks the ids of the page at `offset`. */
function fullPages(alma: HostileAlma, total: number | undefined, ids: (offset: number) => number): void {
  alma.on('listJobs', ({ seen, res }) => {
    const offset = Number(seen.query.get('offset') ?? 0)
    const first = ids(Number.isSafeInteger(offset) ? offset : 0)
    const jobs = Array.from({ length: 100 }, (_, i) => plainJob(`M${first + i + 1}`, `Export number ${first + i + 1}`, alma.url))
    sendJson(res, 200, listBody('job', total, jobs))
  })
}

describe.concurrent('promise 5: paging is bounded', () => {
  test('(a) total_record_count 1,000,000 with full pages of fresh ids: a clear error within 105 requests', async () => {
    await withAlma({}, async (alma) => {
      fullPages(alma, 1_000_000, (offset) => offset)
      const run = await runHostileAction(alma, { cmd: 'list' }, { env: SMALL_HEAP, timeoutMs: RUN_LIMIT_MS })
      expect(alma.count('listJobs'), 'list requests').toBeLessThanOrEqual(MAX_LIST_REQUESTS)
      assertClearActionError(run)
      assertCleanAction(run, alma.key)
    })
  })

  test('(b) total_record_count 1e12: a clear error, no "Invalid array length"', async () => {
    await withAlma({}, async (alma) => {
      fullPages(alma, 1e12, (offset) => offset)
      const run = await runHostileAction(alma, { cmd: 'list' }, { env: SMALL_HEAP, timeoutMs: RUN_LIMIT_MS })
      const crash = /Invalid array length|heap limit|out of memory/i.exec(`${run.stdout}${run.stderr}`)
      expect(crash?.[0], 'a crash of the paging plan').toBeUndefined()
      expect(alma.count('listJobs'), 'list requests').toBeLessThanOrEqual(MAX_LIST_REQUESTS)
      assertClearActionError(run)
      assertCleanAction(run, alma.key)
    })
  })

  test('(c) no count, and the same full page whatever the offset: ends within seconds after at most 3 requests', async () => {
    await withAlma({}, async (alma) => {
      fullPages(alma, undefined, () => 0)
      const run = await runHostileAction(alma, { cmd: 'list' }, { env: SMALL_HEAP, timeoutMs: 10_000 })
      expect(run.wallMs, 'wall time').toBeLessThan(6000)
      expect(alma.count('listJobs'), 'list requests').toBeLessThanOrEqual(3)
      // Either outcome is fine: the 100 jobs it has, or a clear error.
      if (run.exitCode === 0) expect(JSON.parse(run.outputs.jobs ?? '[]')).toHaveLength(100)
      else assertClearActionError(run)
      assertCleanAction(run, alma.key)
    })
  })

  test('(d) no count, and full pages of fresh ids for ever: a clear error within 105 requests', async () => {
    await withAlma({}, async (alma) => {
      fullPages(alma, undefined, (offset) => offset)
      const run = await runHostileAction(alma, { cmd: 'list' }, { env: SMALL_HEAP, timeoutMs: RUN_LIMIT_MS })
      expect(alma.count('listJobs'), 'list requests').toBeLessThanOrEqual(MAX_LIST_REQUESTS)
      assertClearActionError(run)
      assertCleanAction(run, alma.key)
    })
  })
})

describe('promise 10: a 100,000-character job name', () => {
  test('ends within 5 s, fails, and prints no line longer than 2,000 characters', async () => {
    await withAlma({ jobs: 300 }, async (alma) => {
      alma.jobs.push(plainJob('M99999', 'Export Things & Stuff', alma.url))
      const job = 'Export Things & Stuff, again '.repeat(4000).slice(0, 100_000)
      expect(job).toHaveLength(100_000)
      const run = await runHostileAction(alma, { cmd: 'run', job }, { timeoutMs: 10_000 })
      expect(run.wallMs, 'wall time').toBeLessThan(5000)
      expect(run.exitCode).not.toBe(0)
      expect(run.exitCode).not.toBeNull()
      expect(errorLines(run)).toHaveLength(1)
      expect(longestLine(run.stdout, run.stderr), 'longest log line').toBeLessThanOrEqual(2000)
      expect(alma.count('listJobs')).toBeLessThanOrEqual(4)
      expect(alma.count('runJob')).toBe(0)
      assertCleanAction(run, alma.key)
    })
  })
})
