// The simulator's switches for the points Alma leaves open (alma-api.md §7.19, §9), over plain
// HTTP: each default, each other reading, set from a test, from startSimulator and from the
// command line.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { DEFAULT_READINGS, startSimulator, type Simulator, type Timeline } from '../sim/index.js'

let sim: Simulator
const INSTANT: Timeline = { queuedMs: 0, initializingMs: 0, runningMs: 0, end: 'COMPLETED_SUCCESS' }
const ends = (end: Timeline['end']): Timeline => ({ ...INSTANT, end })

beforeAll(async () => {
  sim = await startSimulator({ jobCount: 20, timeline: INSTANT, faults: { throttle: false } })
})
afterAll(async () => {
  await sim?.close()
})
beforeEach(() => {
  Object.assign(sim.faults, DEFAULT_READINGS)
})

async function get(path: string, accept: 'json' | 'xml' = 'json') {
  const res = await fetch(sim.url + path, {
    headers: { Authorization: `apikey ${sim.apiKey}`, Accept: `application/${accept}` }
  })
  const text = await res.text()
  return { status: res.status, type: res.headers.get('content-type') ?? '', text }
}

/** Runs a new job with this timeline; the instance's path. */
async function runWith(timeline: Timeline): Promise<string> {
  const job = sim.addJob({ name: `Readings ${timeline.end} ${Math.random()}` })
  sim.setTimeline(job.id, timeline)
  const res = await fetch(`${sim.url}/conf/jobs/${job.id}?op=run`, {
    method: 'POST',
    headers: { Authorization: `apikey ${sim.apiKey}`, Accept: 'application/json', 'Content-Type': 'application/json' },
    body: '{}'
  })
  const link = ((await res.json()) as { additional_info: { link: string } }).additional_info.link
  await new Promise((resolve) => setTimeout(resolve, 5))
  return link.slice(sim.url.length)
}

const instanceJson = async (path: string) => JSON.parse((await get(path)).text) as Record<string, unknown>

test('the defaults are the better-supported readings', () => {
  expect(DEFAULT_READINGS).toEqual({
    countersWhenNone: 'absent',
    startTimeWhileQueued: false,
    endTimeOnManualHandling: false,
    unauthorizedFormat: 'asked'
  })
  expect(sim.faults).toMatchObject(DEFAULT_READINGS)
})

describe('countersWhenNone', () => {
  test.each(['FAILED', 'SKIPPED', 'MANUAL_HANDLING_REQUIRED'] as const)(
    '%s: no counters is no list by default (§7.2), an empty one when asked',
    async (end) => {
      const path = await runWith(ends(end))
      expect(await instanceJson(path)).not.toHaveProperty('counter')
      expect((await get(path, 'xml')).text).not.toContain('<counters')

      sim.faults.countersWhenNone = 'empty'
      expect((await instanceJson(path)).counter).toEqual([])
      const xml = (await get(path, 'xml')).text
      expect(xml).toContain('<counters/>')
      expect(xml).toMatch(/<status_date>[^<]+<\/status_date><alerts><alert /) // the rest of the shape unchanged
    }
  )

  test('a run that is still going shows no counters either way; one with counters shows them either way', async () => {
    sim.faults.countersWhenNone = 'empty'
    const queued = await runWith({ ...INSTANT, queuedMs: 60_000 })
    expect(await instanceJson(queued)).not.toHaveProperty('counter')
    expect((await get(queued, 'xml')).text).not.toContain('<counters')
    const done = await runWith(INSTANT)
    const counters = (await instanceJson(done)).counter as { type: { value: string } }[]
    expect(counters.map((c) => c.type.value)).toContain('label.new.records')
  })
})

describe('startTimeWhileQueued', () => {
  test('a QUEUED run has no start_time by default; with the switch, its submit time', async () => {
    const path = await runWith({ ...INSTANT, queuedMs: 60_000 })
    const plain = await instanceJson(path)
    expect(plain.status).toEqual({ value: 'QUEUED', desc: 'Queued' })
    expect(plain).not.toHaveProperty('start_time')
    expect((await get(path, 'xml')).text).not.toContain('<start_time>')

    sim.faults.startTimeWhileQueued = true
    const shown = await instanceJson(path)
    expect(shown.start_time).toBe(shown.submit_time)
    expect(shown).not.toHaveProperty('end_time')
    expect((await get(path, 'xml')).text).toContain(`<start_time>${String(shown.submit_time)}</start_time>`)
  })

  test('once started, start_time is there whatever the switch says', async () => {
    const path = await runWith({ ...INSTANT, initializingMs: 60_000 })
    const initializing = await instanceJson(path)
    expect(initializing.status).toMatchObject({ value: 'INITIALIZING' })
    expect(initializing.start_time).toMatch(/\.\d{3}Z$/)
  })
})

describe('endTimeOnManualHandling', () => {
  test('MANUAL_HANDLING_REQUIRED has no end_time by default (a pause, §4); with the switch, one', async () => {
    const path = await runWith(ends('MANUAL_HANDLING_REQUIRED'))
    const paused = await instanceJson(path)
    expect(paused.status).toMatchObject({ value: 'MANUAL_HANDLING_REQUIRED' })
    expect(paused).not.toHaveProperty('end_time')
    expect(paused.start_time).toMatch(/Z$/)

    sim.faults.endTimeOnManualHandling = true
    const ended = await instanceJson(path)
    expect(ended.end_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    expect(Date.parse(ended.end_time as string)).toBeGreaterThanOrEqual(Date.parse(ended.start_time as string))
    expect((await get(path, 'xml')).text).toContain(`<end_time>${String(ended.end_time)}</end_time>`)
  })

  test('the switch adds nothing to other ends', async () => {
    sim.faults.endTimeOnManualHandling = true
    const running = await runWith({ ...INSTANT, runningMs: 60_000 })
    expect(await instanceJson(running)).not.toHaveProperty('end_time')
    const failed = await instanceJson(await runWith(ends('FAILED')))
    expect(failed.end_time).toMatch(/Z$/)
  })
})

describe('unauthorizedFormat', () => {
  test('asked (default): JSON for a JSON call, XML for an XML call; xml: XML for both', async () => {
    const call = (accept: string) => fetch(`${sim.url}/conf/jobs`, { headers: { Accept: accept, Authorization: 'apikey nope' } })
    const asJson = await call('application/json')
    expect(asJson.status).toBe(400)
    expect(asJson.headers.get('content-type')).toContain('application/json')
    expect(await asJson.json()).toMatchObject({ errorList: { error: [{ errorCode: 'UNAUTHORIZED' }] } })
    expect((await call('application/xml')).headers.get('content-type')).toContain('application/xml')

    sim.faults.unauthorizedFormat = 'xml'
    for (const accept of ['application/json', 'application/xml']) {
      const answer = await call(accept)
      expect(answer.status).toBe(400)
      expect(answer.headers.get('content-type')).toContain('application/xml')
      expect(await answer.text()).toContain('<errorCode>UNAUTHORIZED</errorCode>')
    }
  })
})

describe('setting the readings', () => {
  test('startSimulator({ faults }) starts with them; the rest keep their defaults', async () => {
    const other = await startSimulator({ jobCount: 5, faults: { countersWhenNone: 'empty', unauthorizedFormat: 'xml' } })
    try {
      expect(other.faults).toMatchObject({
        countersWhenNone: 'empty',
        unauthorizedFormat: 'xml',
        startTimeWhileQueued: false,
        endTimeOnManualHandling: false,
        throttle: true
      })
    } finally {
      await other.close()
    }
  })

  test('npm run sim takes them as flags, prints them, and serves by them', async () => {
    const root = fileURLToPath(new URL('..', import.meta.url))
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'sim/cli.ts',
        '--port',
        '0',
        '--jobs',
        '5',
        '--counters-when-none',
        'empty',
        '--start-time-while-queued',
        '--end-time-on-manual-handling',
        '--unauthorized-format',
        'xml'
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] }
    )
    try {
      let out = ''
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')))
      await new Promise<void>((resolve, reject) => {
        const timer = setInterval(() => {
          if (!out.includes('Press Ctrl-C')) return
          clearInterval(timer)
          resolve()
        }, 20)
        child.once('exit', (code) => {
          clearInterval(timer)
          reject(new Error(`sim exited with ${code}: ${out}`))
        })
      })
      expect(out).toContain(
        'readings: counters when none empty, start_time while queued yes, end_time on manual handling yes, UNAUTHORIZED in XML'
      )
      const url = /simulator: (\S+)/.exec(out)![1]!
      const answer = await fetch(`${url}/conf/jobs`, { headers: { Accept: 'application/json' } })
      expect(answer.status).toBe(400)
      expect(answer.headers.get('content-type')).toContain('application/xml')
    } finally {
      child.kill('SIGTERM')
    }
  })

  test('npm run sim refuses a reading it does not know', async () => {
    const root = fileURLToPath(new URL('..', import.meta.url))
    const child = spawn(process.execPath, ['--import', 'tsx', 'sim/cli.ts', '--port', '0', '--counters-when-none', 'nil'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let err = ''
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')))
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
    expect(code).toBe(2)
    expect(err).toContain('--counters-when-none must be absent or empty, got "nil"')
  })
})
