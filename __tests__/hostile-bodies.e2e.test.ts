// Answers too big or too strange to read: an endless instance body and oversized answers
// (promise 6), and run answers in XML no parser should accept (promise 8). After an accepted
// run, an answer the client cannot read means "outcome unknown": it must never send the POST
// again, and must look for the run in the instance list instead.
import { describe, expect, test } from 'vitest'
import {
  assertClearActionError,
  assertCleanAction,
  plainJob,
  runHostileAction,
  send,
  streamAnswer,
  withAlma,
  type Exchange,
  type HostileAlma
} from './support/hostile.js'
import { until } from './support/cli.js'

const JOB = 'M11111'
const MB = 1024 * 1024
/** The most of one answer a client may take in before it hangs up (promise 6a). */
const READ_LIMIT = 16 * MB
/** A `jobs` output larger than this is refused by the runner (promise 6c). */
const OUTPUT_LIMIT = 1_048_576

/** Accepts the run (Alma has started it: the instance exists) and answers with `answer`. */
function acceptedRunAnswering(alma: HostileAlma, answer: (ex: Exchange, instanceId: string) => void | Promise<void>): void {
  alma.on('runJob', (ex) => {
    const instance = alma.addInstance(ex.seen.jobId!, { queuedMs: 0, runningMs: 60_000, end: 'COMPLETED_SUCCESS' })
    alma.acceptedRuns.set(ex.seen.jobId!, (alma.acceptedRuns.get(ex.seen.jobId!) ?? 0) + 1)
    return answer(ex, instance.id)
  })
}

/** The run was looked up in the instance list after the (single) POST. */
function expectReconciled(
  alma: HostileAlma,
  run: { exitCode: number | null; stdout: string; outputs: Record<string, string> }
): void {
  expect(alma.count('runJob'), 'run POSTs').toBe(1)
  const post = alma.requests.find((r) => r.route === 'runJob')!
  expect(
    alma.requests.filter((r) => r.route === 'listInstances' && r.seq > post.seq).length,
    'GET …/instances after the POST'
  ).toBeGreaterThanOrEqual(1)
  expect(/Unexpected error/.test(run.stdout), 'an "Unexpected error"').toBe(false)
  expect(run.exitCode).toBe(0)
  expect(run.outputs['instance-id']).toBe(alma.instances[0]?.id)
}

describe.concurrent('promise 6: body size', () => {
  test('(a) an instance GET streaming 50 MB of garbage: a clear error, the connection dropped before 16 MB', async () => {
    await withAlma({}, async (alma) => {
      alma.on('getInstance', ({ res }) => streamAnswer(res, { head: '{"a":"', fill: 'x', fillBytes: 50 * MB, maxMs: 20_000 }))
      const run = await runHostileAction(alma, { cmd: 'status', job: JOB, id: '9876543210000123' }, { timeoutMs: 30_000 })
      assertClearActionError(run)
      const gets = alma.requests.filter((r) => r.route === 'getInstance')
      expect(gets.length).toBeGreaterThanOrEqual(1)
      expect(gets.length).toBeLessThanOrEqual(4)
      // The child has exited; its sockets' close may still be on its way to us.
      await until(() => gets.every((r) => r.closedAt !== undefined), 2000, 'the sockets to close')
      for (const get of gets) {
        expect(get.closedEarly, `GET #${get.seq} was read to the end (${get.bytesSent} bytes)`).toBe(true)
        expect(get.bytesSent, `bytes sent on GET #${get.seq}`).toBeLessThan(READ_LIMIT)
      }
      assertCleanAction(run, alma.key)
    })
  })

  test('(b) a run POST whose 200 answer is 20 MB: not sent again, the run is looked up in the instance list', async () => {
    await withAlma({}, async (alma) => {
      acceptedRunAnswering(alma, ({ res }, id) => {
        const answer = alma.runAnswer(
          JOB,
          alma.instances.find((i) => i.id === id)!
        )
        const head = `${JSON.stringify(answer).slice(0, -1)},"description":"`
        return streamAnswer(res, { head, fill: 'x', fillBytes: 20 * MB, tail: '"}', maxMs: 20_000 })
      })
      const run = await runHostileAction(alma, { cmd: 'run', job: JOB }, { timeoutMs: 30_000 })
      expectReconciled(alma, run)
      assertCleanAction(run, alma.key)
    })
  })

  test('(c) 5,000 jobs with 400-character names: jobs is valid JSON of at most 1 MiB, and the step succeeds', async () => {
    await withAlma({}, async (alma) => {
      alma.jobs = Array.from({ length: 5000 }, (_, i) => {
        const id = `M${10000 + i}`
        return plainJob(id, `Export ${id} `.padEnd(400, 'n'), alma.url, { description: 'A job with a long name' })
      })
      const run = await runHostileAction(alma, { cmd: 'list' }, { timeoutMs: 30_000 })
      expect(run.exitCode).toBe(0)
      const jobs = run.outputs.jobs ?? ''
      expect(Buffer.byteLength(jobs), 'bytes of the jobs output').toBeLessThanOrEqual(OUTPUT_LIMIT)
      expect(() => JSON.parse(jobs), 'jobs output is JSON').not.toThrow()
      expect(Array.isArray(JSON.parse(jobs))).toBe(true)
      expect(alma.count('listJobs')).toBe(50)
      expect(alma.count()).toBe(50)
      assertCleanAction(run, alma.key)
    })
  })
})

describe.concurrent('promise 8: an XML run answer no parser should take, after an accepted run', () => {
  const xml = (res: Exchange['res'], body: string): void =>
    send(res, 200, body, { 'content-type': 'application/xml;charset=UTF-8' })

  test('(a) 5,000 nested elements', async () => {
    await withAlma({}, async (alma) => {
      acceptedRunAnswering(alma, ({ res }) =>
        xml(res, `<?xml version="1.0"?><job><id>${JOB}</id>${'<a>'.repeat(5000)}deep${'</a>'.repeat(5000)}</job>`)
      )
      const run = await runHostileAction(alma, { cmd: 'run', job: JOB }, { timeoutMs: 30_000 })
      expectReconciled(alma, run)
      assertCleanAction(run, alma.key)
    })
  })

  test('(b) a DOCTYPE with an external entity', async () => {
    await withAlma({}, async (alma) => {
      acceptedRunAnswering(alma, ({ res }) =>
        xml(
          res,
          '<?xml version="1.0"?><!DOCTYPE job [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' +
            `<job><id>${JOB}</id><name>&xxe;</name></job>`
        )
      )
      const run = await runHostileAction(alma, { cmd: 'run', job: JOB }, { timeoutMs: 30_000 })
      expectReconciled(alma, run)
      expect(run.stdout).not.toContain('root:')
      assertCleanAction(run, alma.key)
    })
  })

  test('(b) a DOCTYPE with billion-laughs entities', async () => {
    await withAlma({}, async (alma) => {
      const entities = ['<!ENTITY lol0 "lol">']
      for (let i = 1; i <= 9; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`)
      acceptedRunAnswering(alma, ({ res }) =>
        xml(res, `<?xml version="1.0"?><!DOCTYPE job [${entities.join('')}]><job><id>${JOB}</id><name>&lol9;</name></job>`)
      )
      const run = await runHostileAction(alma, { cmd: 'run', job: JOB }, { timeoutMs: 30_000 })
      expectReconciled(alma, run)
      assertCleanAction(run, alma.key)
    })
  })
})
