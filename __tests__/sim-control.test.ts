// The simulator's control endpoint (sim/control.ts), over HTTP: off unless asked for, outcomes
// and faults changed while the simulator runs, every bad request one line, bodies capped.
import { request } from 'node:http'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { CONTROL_BODY_LIMIT } from '../sim/control.js'
import { FAULT_NAMES } from '../sim/fault-switches.js'
import { startSimulator, WELL_KNOWN_JOBS, type Simulator } from '../sim/index.js'

const THINGS = WELL_KNOWN_JOBS.exportThingsAndStuff
const PHYSICAL = WELL_KNOWN_JOBS.exportPhysicalItems

const root = (sim: Simulator) => sim.url.replace(/\/almaws\/v1$/, '')

/** An answer with its tracking id left out: each error has its own. */
const untracked = (answer: Answer) => ({ ...answer, text: answer.text.replace(/<trackingId>[^<]*<\/trackingId>/, '') })

interface Answer {
  status: number
  type: string
  text: string
}

async function call(
  sim: Simulator,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {}
): Promise<Answer> {
  const json = body !== undefined && typeof body !== 'string'
  const answer = await fetch(`${root(sim)}${path}`, {
    method,
    headers: { ...(json ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : json ? JSON.stringify(body) : (body as string)
  })
  return { status: answer.status, type: answer.headers.get('content-type') ?? '', text: await answer.text() }
}

/** An Alma call with the sandbox key, in JSON. */
async function alma(sim: Simulator, method: string, path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const answer = await fetch(`${sim.url}${path}`, {
    method,
    headers: { Authorization: `apikey ${sim.keys.sandbox}`, Accept: 'application/json', 'Content-Type': 'application/json' },
    body: method === 'POST' ? '{}' : undefined
  })
  return { status: answer.status, body: (await answer.json()) as Record<string, unknown> }
}

async function runJob(sim: Simulator, jobId: string): Promise<string> {
  const { status, body } = await alma(sim, 'POST', `/conf/jobs/${jobId}?op=run`)
  expect(status).toBe(200)
  return /instances\/(\d+)/.exec((body.additional_info as { link: string }).link)![1]!
}

async function instance(sim: Simulator, jobId: string, instanceId: string) {
  const { body } = await alma(sim, 'GET', `/conf/jobs/${jobId}/instances/${instanceId}`)
  return body as { status: { value: string }; submit_time: string; end_time?: string }
}

async function ended(sim: Simulator, jobId: string, instanceId: string, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const run = await instance(sim, jobId, instanceId)
    if (run.end_time !== undefined || Date.now() > deadline) return run
    await new Promise((done) => setTimeout(done, 50))
  }
}

describe('with control off (the default)', () => {
  let sim: Simulator
  beforeAll(async () => {
    sim = await startSimulator({ jobCount: 20 })
  })
  afterAll(() => sim.close())

  test('/_sim/ is answered as any unknown path, with or without a key, and changes nothing', async () => {
    for (const headers of [{}, { Authorization: `apikey ${sim.keys.sandbox}` }] as Record<string, string>[]) {
      const unknown = untracked(await call(sim, 'GET', '/no-such-path', undefined, headers))
      expect(unknown.text).toContain(headers.Authorization ? 'INTERNAL_SERVER_ERROR' : 'UNAUTHORIZED')
      expect(untracked(await call(sim, 'GET', '/_sim/state', undefined, headers))).toEqual(unknown)
      const posted = await call(sim, 'POST', `/_sim/jobs/${THINGS}/outcome`, { end: 'FAILED' }, headers)
      expect(posted.status).toBe(unknown.status)
      expect(posted.text).not.toContain('FAILED')
    }
    expect(sim.faults.rateLimitEvery).toBe(0)
    const run = await runJob(sim, THINGS)
    // Off, they are calls like any other: counted as Alma calls to an unknown path.
    expect(sim.requests.filter((r) => r.url.startsWith('/_sim')).map((r) => r.endpoint)).toEqual([
      'other',
      'other',
      'other',
      'other'
    ])
    expect((await instance(sim, THINGS, run)).status.value).not.toBe('FAILED')
  })
})

describe('with control on', () => {
  let sim: Simulator
  const logged: string[] = []
  beforeAll(async () => {
    sim = await startSimulator({ jobCount: 20, control: true, onControl: (line) => logged.push(line) })
    sim.faults.throttle = false
  })
  afterAll(() => sim.close())
  afterEach(async () => {
    await call(sim, 'DELETE', `/_sim/jobs/${THINGS}/outcome`)
    await call(sim, 'POST', '/_sim/faults', { 'rate-limit-every': 0 })
  })

  test('an outcome set mid-run applies to the runs started after it; a run already going keeps its own', async () => {
    const set = await call(sim, 'POST', `/_sim/jobs/${THINGS}/outcome`, { duration: '3s', progress: 'steady' })
    expect(JSON.parse(set.text)).toEqual({ job: THINGS, end: 'COMPLETED_SUCCESS', duration: '3s', progress: 'steady' })
    const before = await runJob(sim, THINGS)
    expect((await instance(sim, THINGS, before)).status.value).not.toMatch(/^COMPLETED_|FAILED/)

    const changed = await call(sim, 'POST', `/_sim/jobs/${THINGS}/outcome`, { end: 'COMPLETED_FAILED', duration: '300ms' })
    expect(changed.status).toBe(200)
    expect(changed.type).toContain('application/json')
    expect(JSON.parse(changed.text)).toEqual({ job: THINGS, end: 'COMPLETED_FAILED', duration: '300ms', progress: 'steady' })
    const after = await runJob(sim, THINGS)

    const afterRun = await ended(sim, THINGS, after)
    expect(afterRun.status.value).toBe('COMPLETED_FAILED')
    expect(Date.parse(afterRun.end_time!) - Date.parse(afterRun.submit_time)).toBe(300)
    const beforeRun = await ended(sim, THINGS, before)
    expect(beforeRun.status.value).toBe('COMPLETED_SUCCESS')
    expect(Date.parse(beforeRun.end_time!) - Date.parse(beforeRun.submit_time)).toBe(3000)
    expect(logged).toContain(`control: runs of ${THINGS} started from now on end COMPLETED_FAILED after 300ms, progress steady`)
  })

  test('"end" alone keeps the duration set before; DELETE goes back to the default', async () => {
    await call(sim, 'POST', `/_sim/jobs/${THINGS}/outcome`, { duration: '200ms' })
    const set = await call(sim, 'POST', `/_sim/jobs/${THINGS}/outcome`, { end: 'SKIPPED' })
    expect(JSON.parse(set.text)).toEqual({ job: THINGS, end: 'SKIPPED', duration: '200ms', progress: 'steady' })
    const skipped = await ended(sim, THINGS, await runJob(sim, THINGS))
    expect(skipped.status.value).toBe('SKIPPED')

    const reset = await call(sim, 'DELETE', `/_sim/jobs/${THINGS}/outcome`)
    expect(JSON.parse(reset.text)).toEqual({ job: THINGS, end: 'COMPLETED_SUCCESS', duration: '6s', progress: 'steady' })
    expect(sim.instances(THINGS).length).toBeGreaterThan(0)
  })

  test('"progress" sets the shape of the next runs: stall-99 sits at 99 % until the end', async () => {
    await call(sim, 'POST', `/_sim/jobs/${THINGS}/outcome`, { duration: '1s', progress: 'stall-99' })
    const run = await runJob(sim, THINGS)
    const seen = new Set<number>()
    for (let at = Date.now(); Date.now() - at < 1500;) {
      const { body } = await alma(sim, 'GET', `/conf/jobs/${THINGS}/instances/${run}`)
      if ((body.status as { value: string }).value === 'RUNNING') seen.add(body.progress as number)
      if (body.end_time !== undefined) break
      await new Promise((done) => setTimeout(done, 20))
    }
    expect(seen.has(99)).toBe(true)
    expect(Math.max(...seen)).toBe(99)
  })

  test('POST /_sim/faults switches faults by name, and Alma calls meet them', async () => {
    const answer = await call(sim, 'POST', '/_sim/faults', { 'rate-limit-every': 2, 'retry-after': 1 })
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.text)).toMatchObject({ 'rate-limit-every': 2, 'retry-after': 1, 'job-throttle': false })
    expect(Object.keys(JSON.parse(answer.text))).toEqual(FAULT_NAMES)
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) statuses.push((await alma(sim, 'GET', '/conf/test')).status)
    expect(statuses.filter((status) => status === 429)).toHaveLength(2)
    expect(JSON.parse((await call(sim, 'GET', '/_sim/faults')).text)).toMatchObject({ 'rate-limit-every': 2 })
    await call(sim, 'POST', '/_sim/faults', { 'retry-after': null })
    expect(sim.faults.retryAfterSeconds).toBeUndefined()
  })

  test('GET /_sim/state: outcomes, faults, calls and runs, never a key; control calls are not Alma calls', async () => {
    await call(sim, 'POST', `/_sim/jobs/${PHYSICAL}/outcome`, { end: 'FAILED', duration: '1m', progress: 'stall-99' })
    sim.resetCounts()
    await alma(sim, 'GET', '/conf/jobs')
    const answer = await call(sim, 'GET', '/_sim/state')
    expect(answer.status).toBe(200)
    const state = JSON.parse(answer.text)
    expect(state).toMatchObject({
      url: sim.url,
      jobs: sim.jobs.length,
      outcomes: {
        default: { end: 'COMPLETED_SUCCESS', duration: '6s', progress: 'steady' },
        [PHYSICAL]: { end: 'FAILED', duration: '1m', progress: 'stall-99' }
      },
      faults: { 'job-throttle': false },
      calls: { listJobs: 1, total: 1 }
    })
    expect(state.runs.length).toBe(state.runsStarted)
    expect(state.runs[0]).toMatchObject({ job: THINGS, env: 'sandbox', status: expect.any(String) })
    for (const key of Object.values(sim.keys)) expect(answer.text).not.toContain(key)
    expect(sim.counts.total).toBe(1)
    expect(sim.requests).toHaveLength(1)
    await call(sim, 'DELETE', `/_sim/jobs/${PHYSICAL}/outcome`)
  })

  test('it is not under /almaws/v1: there /_sim/ is an unknown Alma path', async () => {
    const key = { Authorization: `apikey ${sim.keys.sandbox}` }
    const unknown = untracked(await call(sim, 'GET', '/almaws/v1/no-such-path', undefined, key))
    expect(untracked(await call(sim, 'GET', '/almaws/v1/_sim/state', undefined, key))).toEqual(unknown)
  })

  test.each([
    ['GET', '/_sim', undefined, 404, /^no control path "\/_sim"; there are GET \/_sim\/state, /],
    ['GET', '/_sim/nothing', undefined, 404, /^no control path "\/_sim\/nothing"/],
    ['PUT', '/_sim/state', undefined, 405, /^\/_sim\/state takes GET$/],
    ['GET', `/_sim/jobs/${THINGS}/outcome`, undefined, 405, /takes POST or DELETE$/],
    ['POST', '/_sim/jobs/M404/outcome', { end: 'FAILED' }, 404, /^the simulator has no job "M404"$/],
    ['POST', `/_sim/jobs/${THINGS}/outcome`, {}, 400, /^an outcome needs one or more of "end", "duration" and "progress"$/],
    ['POST', `/_sim/jobs/${THINGS}/outcome`, { end: 'FAILED', when: 'now' }, 400, /^unknown field "when"/],
    ['POST', `/_sim/jobs/${THINGS}/outcome`, { end: 'DONE' }, 400, /^"end" must be one of COMPLETED_SUCCESS, .*got "DONE"$/],
    ['POST', `/_sim/jobs/${THINGS}/outcome`, { end: 3 }, 400, /^"end" must be a status code string$/],
    ['POST', `/_sim/jobs/${THINGS}/outcome`, { duration: 30 }, 400, /^"duration" must be a string such as "30s"$/],
    ['POST', `/_sim/jobs/${THINGS}/outcome`, { duration: '30' }, 400, /^"duration" must be a duration such as 500ms/],
    ['POST', `/_sim/jobs/${THINGS}/outcome`, { progress: 'wobbly' }, 400, /^"progress" must be one of steady, .*got "wobbly"$/],
    ['POST', `/_sim/jobs/${THINGS}/outcome`, { progress: 1 }, 400, /^"progress" must be a shape name string$/],
    ['POST', '/_sim/faults', { slow: true }, 400, /^unknown fault "slow"; known faults: latency, /],
    ['POST', '/_sim/faults', { 'rate-limit-every': 'often' }, 400, /^fault rate-limit-every must be a whole number/],
    [
      'POST',
      '/_sim/faults',
      { 'rate-limit-every': [3] },
      400,
      /^fault "rate-limit-every" must be a string, number, boolean or null$/
    ],
    ['POST', '/_sim/faults', [1, 2], 400, /^the body must be a JSON object$/],
    ['POST', '/_sim/faults', 'null', 400, /^the body must be a JSON object$/],
    ['POST', '/_sim/faults', '{"rate-limit-every":', 400, /^the body is not valid JSON$/]
  ])('%s %s %j → %d, one line', async (method, path, body, status, line) => {
    const headers: Record<string, string> = typeof body === 'string' ? { 'Content-Type': 'application/json' } : {}
    const answer = await call(sim, method, path, body, headers)
    expect(answer.status).toBe(status)
    expect(answer.type).toContain('text/plain')
    expect(answer.text.endsWith('\n')).toBe(true)
    expect(answer.text.trimEnd()).not.toContain('\n')
    expect(answer.text.trimEnd()).toMatch(line)
  })

  test('a refused request changes nothing: all faults are checked before any applies', async () => {
    const answer = await call(sim, 'POST', '/_sim/faults', { 'rate-limit-every': 5, nope: 1 })
    expect(answer.status).toBe(400)
    expect(sim.faults.rateLimitEvery).toBe(0)
  })

  test('a body must be sent as JSON (which a web page cannot do without asking first)', async () => {
    for (const type of [undefined, 'text/plain', 'application/x-www-form-urlencoded', 'application/jsonp']) {
      const answer = await call(sim, 'POST', '/_sim/faults', '{"rate-limit-every":5}', type ? { 'Content-Type': type } : {})
      expect(answer.status, type).toBe(415)
      expect(answer.text).toBe('send the body as JSON, with Content-Type: application/json\n')
    }
    expect(sim.faults.rateLimitEvery).toBe(0)
    const charset = await call(sim, 'POST', '/_sim/faults', '{"rate-limit-every":0}', {
      'Content-Type': 'application/json; charset=utf-8'
    })
    expect(charset.status).toBe(200)
  })

  test.each(['with a Content-Length', 'chunked'])('a body over the limit is refused with 413, %s', async (how) => {
    const big = JSON.stringify({ 'rate-limit-every': 5, pad: 'x'.repeat(CONTROL_BODY_LIMIT) })
    const answer = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        `${root(sim)}/_sim/faults`,
        {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            ...(how === 'chunked' ? {} : { 'Content-Length': Buffer.byteLength(big) })
          }
        },
        (res) => {
          let text = ''
          res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
        }
      )
      // The server may close before it has read everything: that is the point.
      req.on('error', (error: NodeJS.ErrnoException) =>
        error.code === 'ECONNRESET' || error.code === 'EPIPE' ? undefined : reject(error)
      )
      if (how === 'chunked') for (let at = 0; at < big.length; at += 1024) req.write(big.slice(at, at + 1024))
      else req.write(big)
      req.end()
    })
    expect(answer).toEqual({ status: 413, text: `the body is larger than ${CONTROL_BODY_LIMIT} bytes\n` })
    expect(sim.faults.rateLimitEvery).toBe(0)
  })
})
