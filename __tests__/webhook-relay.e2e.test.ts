// End to end on loopback: the simulator's JOB_END webhook (alma-api.md §10) → serveRelay,
// verifying → a fake GitHub dispatches endpoint (runner.md §8). Also `almajob relay`'s flags.
import { createHmac } from 'node:crypto'
import { request as httpRequest } from 'node:http'
import { connect, type Socket } from 'node:net'
import { afterEach, describe, expect, test } from 'vitest'
import { RELAY_MAX_CONNECTIONS, serveRelay, type RelayServer } from '../src/lib.js'
import { runRelayCommand, type RelayIo } from '../src/cli/relay.js'
import { startSimulator, type Simulator } from '../sim/index.js'
import { quickTimeline, sleep, startReceiver, startRun, type Receiver } from './support/webhook.js'
import { until } from './support/cli.js'

const SECRET = 'e2e-webhook-secret'
const TOKEN = 'ghs_e2eInstallationToken0123456789'
const sign = (body: string, secret = SECRET) => createHmac('sha256', secret).update(body, 'utf8').digest('base64')

let sim: Simulator | undefined
let relay: RelayServer | undefined
let github: Receiver | undefined
afterEach(async () => {
  await sim?.close()
  await relay?.close()
  await github?.close()
  sim = relay = github = undefined
})

async function chain(githubStatus: (index: number) => number, jobs?: string[]) {
  github = await startReceiver((_request, index) => ({ status: githubStatus(index) }))
  relay = await serveRelay({
    port: 0,
    secret: SECRET,
    githubToken: TOKEN,
    repository: 'my-org/alma-jobs',
    githubApiUrl: github.url,
    jobs
  })
  sim = await startSimulator({ jobCount: 20, webhook: { url: `${relay.url}/alma`, secret: SECRET, retryScale: 1e-5 } })
  const job = sim.addJob({ name: 'Relay e2e export' })
  sim.setTimeline(job.id, quickTimeline())
  return { sim, relay, github, job }
}

const postTo = (url: string, body: string, signature?: string) =>
  fetch(url, {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/json', ...(signature !== undefined && { 'X-Exl-Signature': signature }) }
  })

describe('simulator → relay → GitHub', () => {
  test('one run that ends makes exactly one dispatch carrying the Alma body', async () => {
    const { sim, github, job } = await chain(() => 204)
    const instanceId = await startRun(sim, job.id)
    await until(() => sim.webhookDeliveries.length === 1, 5_000, 'the delivery')
    expect(sim.webhookDeliveries[0]).toMatchObject({ instanceId, attempt: 1, status: 200 })
    await sleep(200)
    expect(github.received).toHaveLength(1)
    const dispatch = github.received[0]!
    expect(dispatch.url).toBe('/repos/my-org/alma-jobs/dispatches')
    expect(dispatch.headers.authorization).toBe(`Bearer ${TOKEN}`)
    expect(dispatch.headers.accept).toBe('application/vnd.github+json')
    expect(dispatch.headers['x-github-api-version']).toBe('2022-11-28')
    expect(dispatch.headers['user-agent']).toMatch(/\S/)
    expect(JSON.parse(dispatch.body)).toEqual({
      event_type: 'alma-job-end',
      client_payload: JSON.parse(sim.webhookDeliveries[0]!.body)
    })
  })

  test('a forged signature, an altered body and a non-JOB_END action reach GitHub zero times', async () => {
    const { sim, relay, github, job } = await chain(() => 204)
    await startRun(sim, job.id)
    await until(() => sim.webhookDeliveries.length === 1, 5_000, 'the genuine delivery')
    github.received.length = 0
    const genuine = sim.webhookDeliveries[0]!
    const forged = await postTo(relay.url, genuine.body, sign(genuine.body, 'guessed-secret'))
    expect(forged.status).toBe(401)
    const unsigned = await postTo(relay.url, genuine.body)
    expect(unsigned.status).toBe(401)
    const altered = genuine.body.replace('"COMPLETED_SUCCESS"', '"COMPLETED_FAILED"')
    expect(altered).not.toBe(genuine.body)
    expect((await postTo(relay.url, altered, genuine.signature)).status).toBe(401)
    // Another instance, so that only the action can keep it from GitHub (not "already forwarded").
    const started = genuine.body
      .replace('"action":"JOB_END"', '"action":"JOB_START"')
      .replaceAll(genuine.instanceId, '1111111111111111')
    expect((await postTo(relay.url, started, sign(started))).status).toBe(200)
    const big = `{"pad":"${'x'.repeat(200_000)}"}`
    expect((await postTo(relay.url, big, sign(big))).status).toBe(413)
    expect((await fetch(`${relay.url}/alma?challenge=abc`)).status).toBe(200)
    await sleep(100)
    expect(github.received).toHaveLength(0)
  })

  test('a job outside `jobs` is answered 200 and not forwarded, so Alma does not retry', async () => {
    const { sim, github, job } = await chain(() => 204, ['M1'])
    await startRun(sim, job.id)
    await until(() => sim.webhookDeliveries.length === 1, 5_000, 'the delivery')
    expect(sim.webhookDeliveries[0]!.status).toBe(200)
    await sleep(200)
    expect(sim.webhookDeliveries).toHaveLength(1)
    expect(github.received).toHaveLength(0)
  })

  test('a GitHub 500 makes the relay answer 502, the simulator retry, and one dispatch succeed', async () => {
    const { sim, github, job } = await chain((index) => (index === 0 ? 500 : 204))
    await startRun(sim, job.id)
    await until(() => sim.webhookDeliveries.length === 2, 5_000, 'the retry')
    expect(sim.webhookDeliveries.map((d) => [d.attempt, d.status])).toEqual([
      [1, 502],
      [2, 200]
    ])
    await sleep(300)
    expect(sim.webhookDeliveries).toHaveLength(2)
    expect(github.received).toHaveLength(2)
    expect(github.received[0]!.body).toBe(github.received[1]!.body)
  })
})

describe('serveRelay', () => {
  test('reads a body only to the cap, chunked or declared, and refuses what Fetch cannot carry', async () => {
    github = await startReceiver(() => ({ status: 204 }))
    relay = await serveRelay({ port: 0, secret: SECRET, githubToken: TOKEN, repository: 'o/r', githubApiUrl: github.url })
    let sent = 0
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 16_384
        if (sent > 64_000_000) return controller.close()
        controller.enqueue(new Uint8Array(16_384).fill(0x61))
      }
    })
    const chunked = await fetch(relay.url, { method: 'POST', body: endless, duplex: 'half' } as RequestInit).catch(
      () => undefined
    )
    // Either the 413 arrives, or the socket closes before the upload ends; both stop the upload early.
    if (chunked) expect(chunked.status).toBe(413)
    expect(sent).toBeLessThan(16_000_000)
    const trace = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(`${relay!.url}/`, { method: 'TRACE' }, (res) => resolve(res.statusCode ?? 0))
      request.on('error', reject).end()
    })
    expect(trace).toBe(405)
    expect((await fetch(`${relay.url}/?challenge=still-up`)).status).toBe(200)
    expect(github.received).toHaveLength(0)
  })

  test('the same signed body three times at once makes one dispatch; each copy is answered 200', async () => {
    github = await startReceiver(() => ({ status: 204 }))
    relay = await serveRelay({ port: 0, secret: SECRET, githubToken: TOKEN, repository: 'o/r', githubApiUrl: github.url })
    const body = JSON.stringify({
      id: 'e3',
      action: 'JOB_END',
      time: new Date().toISOString(),
      job_instance: { id: '777', status: { value: 'COMPLETED_SUCCESS' }, job_info: { id: 'M123' } }
    })
    const answers = await Promise.all([1, 2, 3].map(() => postTo(relay!.url, body, sign(body))))
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200])
    await sleep(100)
    expect(github.received).toHaveLength(1)
  })

  test(`takes at most ${RELAY_MAX_CONNECTIONS} connections; one that sends nothing is closed by the read timeout`, async () => {
    github = await startReceiver(() => ({ status: 204 }))
    relay = await serveRelay({ port: 0, secret: SECRET, githubToken: TOKEN, repository: 'o/r', githubApiUrl: github.url })
    const { port } = relay
    const idle: { socket: Socket; answer: string; closed: boolean }[] = []
    for (let i = 0; i < RELAY_MAX_CONNECTIONS; i++) {
      const one = { socket: connect(port, '127.0.0.1'), answer: '', closed: false }
      one.socket.on('data', (chunk: Buffer) => (one.answer += chunk.toString('latin1')))
      one.socket.on('close', () => (one.closed = true)).on('error', () => undefined)
      idle.push(one)
    }
    await Promise.all(idle.map(({ socket }) => new Promise((resolve) => socket.once('connect', resolve))))
    await sleep(100)
    // Full: the next connection is dropped before it can send its request.
    await expect(fetch(`${relay.url}/?challenge=full`)).rejects.toThrow()
    // The headers never came: each idle connection is answered 408 and closed, which frees the slots.
    await until(() => idle.every((one) => one.closed), 9_000, 'the idle connections to be closed')
    expect(idle.every((one) => one.answer.startsWith('HTTP/1.1 408'))).toBe(true)
    expect((await fetch(`${relay.url}/?challenge=free-again`)).status).toBe(200)
  }, 15_000)

  test('refuses a bad port or host before it listens', async () => {
    await expect(serveRelay({ port: -1, secret: SECRET, githubToken: TOKEN, repository: 'o/r' })).rejects.toThrow(/port/)
    await expect(serveRelay({ port: 0, host: 'a b', secret: SECRET, githubToken: TOKEN, repository: 'o/r' })).rejects.toThrow(
      /host/
    )
    await expect(serveRelay({ port: 0, secret: SECRET, githubToken: TOKEN, repository: 'nope' })).rejects.toThrow(/owner\/name/)
  })
})

describe('almajob relay', () => {
  const env = { ALMA_WEBHOOK_SECRET: SECRET, GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: 'my-org/alma-jobs' }
  function io() {
    const out: string[] = []
    const err: string[] = []
    let stop: ((signal: NodeJS.Signals) => void) | undefined
    let listening: RelayServer | undefined
    const value: RelayIo = {
      stdout: { write: (text: string) => out.push(text) },
      stderr: { write: (text: string) => err.push(text) },
      onSignal: (handler) => {
        stop = handler
        return () => (stop = undefined)
      },
      onListening: (server) => (listening = server)
    }
    return { value, out, err, stop: (signal: NodeJS.Signals) => stop?.(signal), server: () => listening }
  }

  test.each([
    [[], env, /--port is required/],
    [['--port'], env, /--port needs a value/],
    [['--port', 'abc'], env, /--port must be a whole number/],
    [['--port', '70000'], env, /--port must be a whole number/],
    [['--port', '0', '--colour'], env, /unknown flag --colour; flags are --port, --host/],
    [['--port', '0', 'extra'], env, /unexpected argument "extra"/],
    // main.ts takes the word `relay` off; a second one is an argument like any other.
    [['relay', '--port', '0'], env, /unexpected argument "relay"/],
    [['--port', '0', '--port', '1'], env, /--port is given twice/],
    [['--port', '0', '--secret', 's'], env, /--secret is not a flag: set ALMA_WEBHOOK_SECRET/],
    [['--port', '0', '--github-token=t'], env, /--github-token is not a flag: set GITHUB_TOKEN/],
    [['--port', '0'], { ...env, ALMA_WEBHOOK_SECRET: '' }, /ALMA_WEBHOOK_SECRET is not set/],
    [['--port', '0'], { ...env, GITHUB_TOKEN: undefined }, /GITHUB_TOKEN is not set/],
    [['--port', '0'], { ...env, GITHUB_REPOSITORY: undefined }, /--repository owner\/name is required/],
    [['--port', '0', '--repository', 'nope'], env, /^almajob relay: --repository must be owner\/name/],
    [['--port', '0', '--jobs', 'M1,xyz'], env, /--jobs must be a non-empty list of job ids/],
    [['--port', '0', '--event-type', 'a b'], env, /--event-type must be/],
    [['--port', '0', '--github-api-url', 'http://evil.example'], env, /--github-api-url must be an https URL/],
    [['--port', '0', '--host', 'bad host!'], env, /--host must be/]
  ])('%j: one line and exit 2', async (argv, environment, message) => {
    const streams = io()
    const code = await runRelayCommand(argv, environment, streams.value)
    expect(code).toBe(2)
    expect(streams.err).toHaveLength(1)
    expect(streams.err[0]).toMatch(message)
    expect(streams.err[0]!.trimEnd()).not.toMatch(/\n/)
    expect(streams.err.join('')).not.toContain(TOKEN)
    expect(streams.out).toHaveLength(0)
  })

  test('--help prints the usage', async () => {
    const streams = io()
    expect(await runRelayCommand(['--help'], {}, streams.value)).toBe(0)
    expect(streams.out.join('')).toMatch(/^Usage: almajob relay --port N/)
  })

  test('serves until SIGTERM, one safe line per request', async () => {
    github = await startReceiver(() => ({ status: 204 }))
    const streams = io()
    const running = runRelayCommand(['--port', '0', '--jobs', 'M28147', `--github-api-url=${github.url}`], env, streams.value)
    await until(() => streams.server() !== undefined, 5_000, 'the relay to listen')
    const url = streams.server()!.url
    expect(streams.err[0]).toMatch(
      /^almajob relay: listening on http:\/\/127\.0\.0\.1:\d+; forwarding signed JOB_END events of M28147\./
    )
    const body = JSON.stringify({
      id: 'e',
      action: 'JOB_END',
      time: new Date().toISOString(),
      job_instance: { id: '42', name: '::error::\u001b[31mevil', status: { value: 'FAILED' }, job_info: { id: 'M28147' } }
    })
    expect((await fetch(`${url}/?challenge=xyz`)).status).toBe(200)
    expect((await postTo(url, body, sign(body))).status).toBe(200)
    expect((await postTo(url, body, 'AAAA')).status).toBe(401)
    streams.stop('SIGTERM')
    expect(await running).toBe(0)
    expect(github.received).toHaveLength(1)
    const lines = streams.out.join('').trimEnd().split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z challenge 200: answered the challenge$/)
    expect(lines[1]).toMatch(/ forwarded 200 job M28147 instance 42 FAILED: dispatched alma-job-end to my-org\/alma-jobs$/)
    expect(lines[2]).toMatch(/ refused 401: X-Exl-Signature does not match the body$/)
    expect(streams.out.join('')).not.toMatch(/evil|\u001b|::error/)
    expect(streams.err.at(-1)).toBe('almajob relay: SIGTERM, stopping\n')
    // Stopped: the port no longer answers.
    await expect(fetch(url)).rejects.toThrow()
  })

  test("GitHub's refusal of the token is one line that says what to fix, with GitHub's message", async () => {
    github = await startReceiver(() => ({ status: 401, body: `{"message":"Bad credentials\\n::error::x ${TOKEN}"}` }))
    const streams = io()
    const running = runRelayCommand(['--port', '0', `--github-api-url=${github.url}`], env, streams.value)
    await until(() => streams.server() !== undefined, 5_000, 'the relay to listen')
    const body = JSON.stringify({
      id: 'e',
      action: 'JOB_END',
      time: new Date().toISOString(),
      job_instance: { id: '43', status: { value: 'FAILED' }, job_info: { id: 'M28147' } }
    })
    const answer = await postTo(streams.server()!.url, body, sign(body))
    expect(answer.status).toBe(502)
    expect(await answer.text()).not.toContain('Bad credentials')
    streams.stop('SIGTERM')
    expect(await running).toBe(0)
    const lines = streams.out.join('').trimEnd().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      / failed 502 job M28147 instance 43 FAILED: GitHub refused the token \(401\): it is wrong or expired; give the relay a token with Contents: read and write on my-org\/alma-jobs \(GitHub says: Bad credentials\\n::error::x \[redacted\]\)$/
    )
    expect(streams.out.join('')).not.toContain(TOKEN)
  })

  test('a port in use is one line and exit 3', async () => {
    github = await startReceiver(() => ({ status: 204 }))
    const port = new URL(github.url).port
    const streams = io()
    expect(await runRelayCommand(['--port', port], env, streams.value)).toBe(3)
    expect(streams.err).toEqual([`almajob relay: cannot listen on 127.0.0.1:${port} (EADDRINUSE)\n`])
  })
})
