// cmd: report through the bundled action, as a workflow started by the relay's repository_dispatch
// runs it: the JOB_END event (alma-api.md §10) sits in client_payload of the runner's event file
// (runner.md §7). No api-key is given and base-url points at a loopback server that counts
// requests: a report must make none.
import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { STATUS_TABLE, startSimulator, type Simulator } from '../sim/index.js'
import { errorLines, runAction, type ActionRun } from './support/action.js'

/** How each end state of the simulator's status table is judged (README "End statuses and fail-on"). */
const END_STATES: Record<string, 'success' | 'warning' | 'failure'> = {
  COMPLETED_SUCCESS: 'success',
  COMPLETED_WARNING: 'warning',
  COMPLETED_NO_BULKS: 'warning',
  COMPLETED_FAILED: 'failure',
  FAILED: 'failure',
  USER_ABORTED: 'failure',
  SYSTEM_ABORTED: 'failure',
  SKIPPED: 'failure',
  MANUAL_HANDLING_REQUIRED: 'failure'
}
const STILL_GOING = ['QUEUED', 'PENDING', 'INITIALIZING', 'RUNNING', 'FINALIZING']
const FAIL_ON = ['failure', 'warning', 'never'] as const

let sim: Simulator
let alma: Server
let almaUrl = ''
let almaRequests = 0
/** One job per end state, each with one ended run; their JOB_END events, as the relay forwards them. */
const events = new Map<string, { jobId: string; jobName: string; instanceId: string; payload: Record<string, unknown> }>()

/** The instance exactly as Alma's GET answers it in JSON: what §10 says job_instance is. */
async function instanceJson(jobId: string, instanceId: string): Promise<Record<string, unknown>> {
  const answer = await fetch(`${sim.url}/conf/jobs/${jobId}/instances/${instanceId}`, {
    headers: { authorization: `apikey ${sim.keys.sandbox}`, accept: 'application/json' }
  })
  expect(answer.status).toBe(200)
  return (await answer.json()) as Record<string, unknown>
}

function jobEnd(jobInstance: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: '17331234560001', action: 'JOB_END', time: '2026-12-01T05:00:00.000Z', job_instance: jobInstance, ...extra }
}

/** The event file of a repository_dispatch (runner.md §7) carrying `clientPayload`. */
function dispatchEvent(clientPayload: unknown): string {
  return JSON.stringify({
    action: 'alma-job-end',
    branch: 'main',
    client_payload: clientPayload,
    repository: { full_name: 'library/alma-jobs', default_branch: 'main' },
    sender: { login: 'alma-relay[bot]' }
  })
}

function report(event: string, extra: Record<string, string> = {}, env?: Record<string, string>): Promise<ActionRun> {
  return runAction({ inputs: { cmd: 'report', 'base-url': almaUrl, ...extra }, event, env })
}

/** The failing step's one clear line: one ::error::, no stack trace anywhere. */
function expectOneErrorLine(run: ActionRun, pattern: RegExp): void {
  expect(run.exitCode).toBe(1)
  const errors = errorLines(run)
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatch(pattern)
  for (const text of [run.stdout, run.stderr]) expect(text).not.toMatch(/^\s+at .+:\d+/m)
  expect(run.outputs).toEqual({})
}

beforeAll(async () => {
  sim = await startSimulator()
  alma = createServer((request, response) => {
    almaRequests++
    request.resume()
    response.writeHead(500).end()
  })
  await new Promise<void>((resolve) => alma.listen(0, '127.0.0.1', resolve))
  const address = alma.address()
  if (address === null || typeof address === 'string') throw new Error('no port')
  almaUrl = `http://127.0.0.1:${address.port}/almaws/v1`
  const submittedAt = Date.now() - 3_600_000
  for (const code of Object.keys(END_STATES)) {
    const job = sim.addJob({ name: `Nightly export ${code}` })
    const run = sim.addRun(job.id, { submittedAt, status: code })
    events.set(code, {
      jobId: job.id,
      jobName: job.name,
      instanceId: run.id,
      payload: jobEnd(await instanceJson(job.id, run.id))
    })
  }
})
afterAll(async () => {
  await sim?.close()
  await new Promise<void>((resolve) => (alma ? alma.close(() => resolve()) : resolve()))
  // Nothing in this file may have asked the Alma behind base-url anything.
  expect(almaRequests).toBe(0)
})
beforeEach(() => {
  almaRequests = 0
})

describe('every end state against fail-on', () => {
  test("the simulator's status table is every end state here plus the five still going", () => {
    expect(new Set([...Object.keys(END_STATES), ...STILL_GOING])).toEqual(new Set(STATUS_TABLE.map((row) => row.code)))
  })

  const cases = Object.keys(END_STATES).flatMap((code) => FAIL_ON.map((failOn) => [code, failOn] as const))
  test.each(cases)('%s with fail-on %s', async (code, failOn) => {
    const event = events.get(code)!
    const run = await report(dispatchEvent(event.payload), { 'fail-on': failOn })
    const outcome = END_STATES[code]
    const fails = failOn !== 'never' && (outcome === 'failure' || (outcome === 'warning' && failOn === 'warning'))
    expect(run.exitCode).toBe(fails ? 1 : 0)
    expect(run.outputs).toMatchObject({
      matched: 'true',
      status: code,
      'status-description': STATUS_TABLE.find((row) => row.code === code)!.description,
      'instance-id': event.instanceId,
      'job-id': event.jobId,
      'job-name': event.jobName,
      'instance-url': `${almaUrl}/conf/jobs/${event.jobId}/instances/${event.instanceId}`,
      'cache-hit': 'false'
    })
    if (fails) expect(errorLines(run)).toEqual([expect.stringContaining(event.instanceId)])
    else expect(errorLines(run)).toEqual([])
    // An end that passes but is not clean still says so.
    if (!fails && outcome !== 'success') expect(run.stdout).toMatch(new RegExp(`^::warning::Alma job .*${code}`, 'm'))
    expect(run.summary).toContain(code)
    expect(almaRequests).toBe(0)
  })
})

describe('what status would say', () => {
  test('the same outputs and summary as cmd: status for that instance, with no call to Alma', async () => {
    const event = events.get('COMPLETED_WARNING')!
    const status = await runAction({
      inputs: {
        cmd: 'status',
        job: event.jobId,
        id: event.instanceId,
        'api-key': sim.keys.sandbox,
        'base-url': sim.url,
        cache: 'false'
      }
    })
    sim.resetCounts()
    const reported = await runAction({ inputs: { cmd: 'report', 'base-url': sim.url }, event: dispatchEvent(event.payload) })
    expect(sim.counts.total).toBe(0)
    expect(reported.exitCode).toBe(status.exitCode)
    expect(reported.outputs).toEqual({ ...status.outputs, matched: 'true' })
    expect(reported.summary).toBe(status.summary)
  })

  test("the simulator's own JOB_END body, forwarded as client_payload, reads the same", async () => {
    const received: string[] = []
    const receiver = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://receiver.invalid')
      const challenge = url.searchParams.get('challenge')
      let body = ''
      request.on('data', (chunk) => (body += chunk))
      request.on('end', () => {
        if (request.method === 'POST') received.push(body)
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ challenge }))
      })
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    const port = (receiver.address() as { port: number }).port
    const sending = await startSimulator({ webhook: { url: `http://127.0.0.1:${port}/alma`, secret: 'relay-secret' } })
    try {
      const job = sending.addJob({ name: 'Export to the discovery layer' })
      const run = sending.addRun(job.id, { submittedAt: Date.now() - 600_000, status: 'COMPLETED_FAILED' })
      await expect.poll(() => received.length, { timeout: 5000 }).toBe(1)
      const reported = await report(dispatchEvent(JSON.parse(received[0]!)), { job: job.id })
      expect(reported.exitCode).toBe(1)
      expect(reported.outputs).toMatchObject({
        matched: 'true',
        status: 'COMPLETED_FAILED',
        'instance-id': run.id,
        'job-id': job.id
      })
      expect(errorLines(reported)).toEqual([expect.stringMatching(/ended COMPLETED_FAILED/)])
    } finally {
      await sending.close()
      await new Promise<void>((resolve) => receiver.close(() => resolve()))
    }
  })
})

describe('fail-on-counter', () => {
  const counted = (value: string) =>
    jobEnd({
      ...(events.get('COMPLETED_SUCCESS')!.payload.job_instance as Record<string, unknown>),
      counter: [
        { type: { value: 'label.new.records', desc: 'New records' }, value: '120' },
        { type: { value: 'label.failed.records', desc: 'Records failed' }, value }
      ]
    })

  test.each([
    ['3', '*failed*', 'failure', 1],
    ['3', '*failed*', 'never', 0],
    ['0', '*failed*', 'failure', 0],
    ['3', '', 'failure', 0]
  ])('failed records %s, fail-on-counter %o, fail-on %s: exit %i', async (value, patterns, failOn, exitCode) => {
    const run = await report(dispatchEvent(counted(value)), { 'fail-on-counter': patterns, 'fail-on': failOn })
    expect(run.exitCode).toBe(exitCode)
    expect(run.outputs.status).toBe('COMPLETED_SUCCESS')
    expect(JSON.parse(run.outputs.counters!)).toContainEqual({
      type: 'label.failed.records',
      description: 'Records failed',
      value
    })
    if (exitCode) expect(errorLines(run)).toEqual([expect.stringMatching(/"Records failed" \(label.failed.records\) is 3/)])
    // Failed records under a success are worth a warning even when they do not fail the step (§4).
    else if (value !== '0') expect(run.stdout).toMatch(/^::warning::.*Records failed/m)
  })
})

describe('job: this step reports on one job', () => {
  const success = () => events.get('COMPLETED_SUCCESS')!
  const failed = () => events.get('FAILED')!

  test("another job's event, by id: a notice naming both, matched=false, exit 0, nothing else", async () => {
    const run = await report(dispatchEvent(failed().payload), { job: success().jobId })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toEqual({ matched: 'false' })
    const notices = run.stdout.split('\n').filter((line) => line.startsWith('::notice::'))
    expect(notices).toHaveLength(1)
    expect(notices[0]).toContain('Not this job')
    expect(notices[0]).toContain(failed().jobId)
    expect(notices[0]).toContain(success().jobId)
    expect(errorLines(run)).toEqual([])
    expect(run.summary).toBe('')
  })

  test("another job's event, by name: the same", async () => {
    const run = await report(dispatchEvent(failed().payload), { job: success().jobName })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toEqual({ matched: 'false' })
    expect(run.stdout).toMatch(new RegExp(`^::notice::Not this job: .*${failed().jobId}.*"${success().jobName}"`, 'm'))
  })

  test.each([
    ['its id', () => failed().jobId],
    ['its exact name', () => failed().jobName]
  ])('the job named by %s: matched=true and judged', async (_how, job) => {
    const run = await report(dispatchEvent(failed().payload), { job: job() })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ matched: 'true', status: 'FAILED', 'job-id': failed().jobId })
  })

  test('a hostile job name from the event cannot start a workflow command', async () => {
    const instance = { ...(failed().payload.job_instance as Record<string, unknown>) }
    instance.job_info = { ...(instance.job_info as object), name: 'Evil\n::warning::pwned\r\n::add-mask::x' }
    const run = await report(dispatchEvent(jobEnd(instance)), { job: success().jobId })
    expect(run.exitCode).toBe(0)
    expect(run.stdout).not.toMatch(/^::warning::pwned/m)
    expect(run.stdout).not.toMatch(/^::add-mask::x/m)
    expect(run.outputs).toEqual({ matched: 'false' })
  })
})

describe('a payload that is no JOB_END event: one clear line, exit 1', () => {
  const good = () => events.get('COMPLETED_SUCCESS')!.payload
  const instance = () => good().job_instance as Record<string, unknown>

  test('no event file at all (not set)', async () => {
    const run = await runAction({ inputs: { cmd: 'report', 'base-url': almaUrl } })
    expectOneErrorLine(run, /^cmd report reads the repository_dispatch event from the runner's event file \(GITHUB_EVENT_PATH\)/)
  })

  test('an event file that is not there', async () => {
    const run = await report('{}', {}, { GITHUB_EVENT_PATH: '/nonexistent/event.json' })
    expectOneErrorLine(run, /^Cannot open the event file \/nonexistent\/event\.json: ENOENT\.$/)
  })

  test.each<[string, () => string, RegExp]>([
    ['not JSON', () => 'client_payload: yes', /is not a JSON object/],
    ['truncated JSON', () => dispatchEvent(good()).slice(0, 200), /cannot be read: malformed JSON/],
    ['a JSON array', () => '[{"client_payload": {}}]', /is not a JSON object/],
    [
      'no client_payload (a push)',
      () => JSON.stringify({ ref: 'refs/heads/main', commits: [] }),
      /^The event has no client_payload object/
    ],
    [
      'a client_payload without job_instance',
      () => dispatchEvent({ id: '1', action: 'JOB_END' }),
      /no Alma JOB_END event.*without a job_instance/
    ],
    [
      'a job_instance without a status',
      () => dispatchEvent(jobEnd({ ...instance(), status: undefined })),
      /no Alma JOB_END event.*status is missing/
    ],
    ['a job_instance whose id is no id', () => dispatchEvent(jobEnd({ ...instance(), id: '../../x' })), /is not all digits/],
    ['another action', () => dispatchEvent({ ...good(), action: 'JOB_START' }), /action is 'JOB_START', not JOB_END/],
    ['no action', () => dispatchEvent({ ...good(), action: undefined }), /action is missing, not JOB_END/],
    [
      'a job id that is none',
      () => dispatchEvent(jobEnd({ ...instance(), job_info: { id: 'M1/../../S2', name: 'x' } })),
      /job_info\.id 'M1\/\.\.\/\.\.\/S2', which is no job id/
    ],
    ['over 1 MiB', () => `{"client_payload": {}, "pad": "${'x'.repeat(1024 * 1024)}"}`, /is over 1024 KiB/]
  ])('%s', async (_what, event, pattern) => {
    expectOneErrorLine(await report(event()), pattern)
    expect(almaRequests).toBe(0)
  })

  test('the push that started the workflow is named when there is no client_payload', async () => {
    const run = await report('{"ref": "refs/heads/main"}', {}, { GITHUB_EVENT_NAME: 'push' })
    expectOneErrorLine(run, /\(this run was started by push\)/)
  })

  test('action job_end in lower case is JOB_END (§10)', async () => {
    const run = await report(dispatchEvent({ ...good(), action: 'job_end' }))
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({ matched: 'true', status: 'COMPLETED_SUCCESS' })
  })
})

describe("the event's text is clipped and printable in the log, the outputs and the summary", () => {
  const good = () => events.get('COMPLETED_SUCCESS')!
  const instance = () => good().payload.job_instance as Record<string, unknown>
  const ESC = '\u001b'

  test('a job name of almost 1 MB: every fact still in the summary, the heading and job-name bounded', async () => {
    const name = '&'.repeat(1_000_000 - 2000)
    const run = await report(dispatchEvent(jobEnd({ ...instance(), job_info: { id: good().jobId, name } })))
    expect(run.exitCode).toBe(0)
    expect(run.summary).not.toContain('Summary cut')
    expect(run.summary).toContain(`| **Instance** | \`${good().instanceId}\` |`)
    expect(run.summary).toContain('| **Status** | ✅ Completed Successfully (`COMPLETED_SUCCESS`) |')
    const heading = run.summary.split('\n').find((line) => line.startsWith('## '))!
    expect(heading).toMatch(/^## ✅ (&amp;){199}…: Completed Successfully$/)
    expect(run.outputs['job-name']).toBe(`${'&'.repeat(999)}…`)
    for (const line of run.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(2000)
  })

  test('control characters in the name and status reach neither the summary nor the log raw', async () => {
    const hostile = `Job\n::error::jobname${ESC}[31m`
    const run = await report(
      dispatchEvent(
        jobEnd({
          ...instance(),
          job_info: { id: good().jobId, name: hostile },
          status: { value: 'COMPLETED_SUCCESS', desc: `ok${ESC}]0;t\u0007` }
        })
      )
    )
    expect(run.exitCode).toBe(0)
    for (const text of [run.summary, run.stdout]) expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
    expect(run.summary.split('\n').find((line) => line.startsWith('## '))).toBe('## ✅ Job ::error::jobname \\[31m: ok \\]0;t')
    expect(run.stdout).not.toMatch(/^::error::jobname/m)
    expect(run.outputs['job-name']).toBe('Job\\n::error::jobname\\u001b[31m')
  })

  test('progress 1e308 is left out everywhere: no Infinity% in the log, no progress output or row', async () => {
    const run = await report(dispatchEvent(jobEnd({ ...instance(), progress: 1e308 })))
    expect(run.exitCode).toBe(0)
    expect(run.stdout).not.toMatch(/Infinity|1e\+308/)
    expect(run.summary).not.toContain('**Progress**')
    expect(run.outputs.progress).toBe('')
  })
})
