// Retries, backoff, Retry-After, timeouts, quota header, and the run POST that is never
// sent twice, against tiny scripted node:http servers (alma-api.md §5, §6, §3.3).
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { AlmaClient } from '../src/alma/index.js'
import type { AlmaClientOptions, ClientEvent } from '../src/alma/index.js'
import { backoffDelayMs, retryAfterMs } from '../src/alma/retry.js'
import { CLOCK_SKEW_MS, RECONCILE_DELAYS_MS } from '../src/alma/run.js'
import { failure } from './support/alma.js'

const KEY = 'l7xx5ecret5ecret5ecret5ecret5ecret'
const JSON_TYPE = 'application/json'

interface Seen {
  method: string
  url: string
  headers: IncomingMessage['headers']
  body: string
  remotePort: number | undefined
}

type Handler = (req: IncomingMessage, res: ServerResponse, seen: Seen) => void

interface TestServer {
  baseUrl: string
  port: number
  seen: Seen[]
  close(): Promise<void>
}

const servers: Server[] = []
const clients: AlmaClient[] = []

afterEach(async () => {
  for (const client of clients.splice(0)) client.close()
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.close(() => resolve())
          server.closeAllConnections()
        })
    )
  )
  vi.restoreAllMocks()
})

/** Answers the n-th request with script[n] (the last one repeats). */
async function serve(script: Handler[], port = 0): Promise<TestServer> {
  const seen: Seen[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const entry = {
        method: req.method!,
        url: req.url!,
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
        remotePort: req.socket.remotePort
      }
      seen.push(entry)
      script[Math.min(seen.length - 1, script.length - 1)]!(req, res, entry)
    })
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const actual = (server.address() as AddressInfo).port
  return {
    baseUrl: `http://127.0.0.1:${actual}/almaws/v1`,
    port: actual,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}

// ---- canned answers ---------------------------------------------------------------------

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': JSON_TYPE, ...headers })
    res.end(typeof body === 'string' ? body : JSON.stringify(body))
  }
const almaError = (status: number, code: string, message = 'x', headers: Record<string, string> = {}): Handler =>
  json(
    status,
    { errorsExist: true, errorList: { error: [{ errorCode: code, errorMessage: message, trackingId: 'E01-T' }] }, result: null },
    headers
  )
const jobList = (ids: string[], total = ids.length): Handler =>
  json(200, { total_record_count: total, job: ids.map((id) => ({ id, name: `Job ${id}` })) })
const job = (id = 'M1'): Handler => json(200, { id, name: `Job ${id}` })
const html503: Handler = (_req, res) => {
  res.writeHead(503, { 'content-type': 'text/html' })
  res.end('<html><head><title>503 Service Unavailable</title></head><body><h1>down</h1></body></html>')
}
/** Reads the request, then drops the connection without a word. */
const hangUp: Handler = (req) => req.socket.destroy()
/** Never answers. */
const silence: Handler = () => {}
/** Headers and half the promised body, then the connection drops (the simulator fault truncateNext). */
const truncated =
  (body: string): Handler =>
  (req, res) => {
    res.writeHead(200, { 'content-type': JSON_TYPE, 'content-length': String(Buffer.byteLength(body)) })
    res.write(body.slice(0, body.length / 2))
    setTimeout(() => req.socket.destroy(), 10)
  }
const runAnswer = (instanceId: string, jobId = 'M1'): Handler =>
  json(200, {
    id: jobId,
    name: `Job ${jobId}`,
    additional_info: {
      value: `Job no. ${instanceId} triggered on Mon, 06 Jan 2025 10:00:00 GMT`,
      link: `https://h/almaws/v1/conf/jobs/${jobId}/instances/${instanceId}`
    }
  })
const instances = (list: { id: string; submit_time: string }[]): Handler =>
  json(200, {
    total_record_count: list.length,
    ...(list.length > 0 && { job_instance: list.map((i) => ({ ...i, status: { value: 'QUEUED' } })) })
  })

// ---- client under test ------------------------------------------------------------------

function makeClient(baseUrl: string, extra: Partial<AlmaClientOptions> = {}) {
  const events: ClientEvent[] = []
  const sleeps: number[] = []
  const client = new AlmaClient({
    apiKey: KEY,
    baseUrl,
    onEvent: (event) => events.push(event),
    sleep: async (ms) => {
      sleeps.push(ms)
    },
    requestTimeoutMs: 2000,
    ...extra
  })
  clients.push(client)
  return { client, events, sleeps, retries: () => events.filter((e) => e.type === 'retry') }
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = await serve([json(200, {})])
  await server.close()
  servers.pop()
  return server.port
}

// ---- GET retries ------------------------------------------------------------------------

describe('GET retries (§6)', () => {
  test('5xx then success: one retry with a jittered delay below the base', async () => {
    const server = await serve([almaError(500, 'INTERNAL_SERVER_ERROR'), job('M1')])
    const { client, sleeps, retries } = makeClient(server.baseUrl, { retryBaseMs: 300 })
    expect((await client.getJob('M1')).id).toBe('M1')
    expect(server.seen).toHaveLength(2)
    expect(client.requestCount).toBe(2)
    expect(sleeps).toHaveLength(1)
    expect(sleeps[0]).toBeGreaterThanOrEqual(0)
    expect(sleeps[0]).toBeLessThan(300)
    expect(retries()).toEqual([
      {
        type: 'retry',
        method: 'GET',
        path: '/conf/jobs/M1',
        attempt: 1,
        delayMs: sleeps[0],
        reason: 'HTTP 500 INTERNAL_SERVER_ERROR'
      }
    ])
  })

  test('full jitter: delays are random(0, min(max, base·2ⁿ)), bounded attempts', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.999)
    const server = await serve([html503])
    const { client, sleeps } = makeClient(server.baseUrl, { retryBaseMs: 100, retryMaxMs: 250, maxAttempts: 4 })
    const error = await failure(client.getJob('M1'))
    expect(server.seen).toHaveLength(4)
    expect(sleeps).toEqual([99, 199, 249])
    expect(error).toMatchObject({ kind: 'alma', status: 503 })
    expect(error.message).toBe(
      'HTTP 503 from Alma on GET /conf/jobs/M1 (gateway page: "503 Service Unavailable") (gave up after 4 attempts)'
    )
  })

  test('backoffDelayMs spans the whole range', () => {
    expect(backoffDelayMs(0, 500, 8000, () => 0)).toBe(0)
    expect(backoffDelayMs(3, 500, 8000, () => 0.5)).toBe(2000)
    expect(backoffDelayMs(10, 500, 8000, () => 0.5)).toBe(4000)
  })

  test('Retry-After in seconds is honoured', async () => {
    const server = await serve([
      almaError(429, 'PER_SECOND_THRESHOLD', 'HTTP requests are more than allowed per second ', { 'retry-after': '3' }),
      job()
    ])
    const { client, sleeps } = makeClient(server.baseUrl)
    await client.getJob('M1')
    expect(sleeps).toEqual([3000])
  })

  test('Retry-After as an HTTP date is honoured against the injected clock', async () => {
    const now = Date.parse('2025-01-06T10:00:00Z')
    const server = await serve([
      almaError(429, 'PER_SECOND_THRESHOLD', 'x', { 'retry-after': 'Mon, 06 Jan 2025 10:00:05 GMT' }),
      job()
    ])
    const { client, sleeps } = makeClient(server.baseUrl, { now: () => now })
    await client.getJob('M1')
    expect(sleeps).toEqual([5000])
    expect(retryAfterMs('garbage', now)).toBeUndefined()
    // A date in the past falls back to the normal backoff.
    expect(retryAfterMs('Mon, 06 Jan 2025 09:00:00 GMT', now)).toBeUndefined()
  })

  test('PER_SECOND_THRESHOLD is retried whatever the status', async () => {
    const server = await serve([almaError(400, 'PER_SECOND_THRESHOLD'), job()])
    const { client } = makeClient(server.baseUrl)
    await client.getJob('M1')
    expect(server.seen).toHaveLength(2)
  })

  test('DAILY_THRESHOLD is not retried and says why', async () => {
    const server = await serve([almaError(429, 'DAILY_THRESHOLD', 'Daily threshold reached')])
    const { client, retries } = makeClient(server.baseUrl)
    const error = await failure(client.listJobs())
    expect(server.seen).toHaveLength(1)
    expect(retries()).toEqual([])
    expect(error).toMatchObject({ kind: 'alma', status: 429, code: 'DAILY_THRESHOLD', trackingId: 'E01-T' })
    expect(error.message).toMatch(/retrying today will not help/)
  })

  test('UNAUTHORIZED (as XML, though JSON was asked) is not retried', async () => {
    const server = await serve([
      (_req, res) => {
        res.writeHead(400, { 'content-type': 'application/xml' })
        res.end(
          '<web_service_result xmlns="http://com/exlibris/urm/general/xmlbeans"><errorsExist>true</errorsExist><errorList><error><errorCode>UNAUTHORIZED</errorCode><errorMessage>API-key not defined or not configured to allow this API.</errorMessage></error></errorList></web_service_result>'
        )
      }
    ])
    const { client } = makeClient(server.baseUrl)
    const error = await failure(client.getJob('M1'))
    expect(server.seen).toHaveLength(1)
    expect(error.message).toBe(
      'UNAUTHORIZED: API-key not defined or not configured to allow this API (the key needs the Configuration area for this environment: read-only to read, read/write to run a job)'
    )
  })

  test('a 4xx business error is not retried; 402218 surfaces as its code', async () => {
    const server = await serve([almaError(400, '402218', 'Invalid job instance id.')])
    const { client } = makeClient(server.baseUrl)
    const error = await failure(client.getInstance('M1', '9563643080000561'))
    expect(server.seen).toHaveLength(1)
    expect(error).toMatchObject({ code: '402218', status: 400, kind: 'alma' })
  })

  test('a dropped connection is retried', async () => {
    const server = await serve([hangUp, job()])
    const { client, retries } = makeClient(server.baseUrl)
    await client.getJob('M1')
    expect(server.seen).toHaveLength(2)
    expect(retries()[0]!.reason).toBe('ECONNRESET')
  })

  test('a refused connection is retried up to maxAttempts, then a network error', async () => {
    const port = await closedPort()
    const { client } = makeClient(`http://127.0.0.1:${port}/almaws/v1`, { maxAttempts: 3 })
    const error = await failure(client.getJob('M1'))
    expect(client.requestCount).toBe(3)
    expect(error).toMatchObject({ kind: 'network', code: 'ECONNREFUSED' })
    expect(error.message).toMatch(/^Network error on GET \/conf\/jobs\/M1: .*ECONNREFUSED.*\(gave up after 3 attempts\)$/)
  })

  test('no answer within the per-request timeout: retried, then a timeout error', async () => {
    const server = await serve([silence])
    const { client, retries } = makeClient(server.baseUrl, { requestTimeoutMs: 150, maxAttempts: 2 })
    const error = await failure(client.getJob('M1'))
    expect(server.seen).toHaveLength(2)
    expect(retries()[0]!.reason).toBe('timeout')
    expect(error.kind).toBe('timeout')
    expect(error.message).toBe('No complete answer from Alma within 150 ms on GET /conf/jobs/M1 (gave up after 2 attempts)')
  })

  test('a body that stalls after the headers also times out', async () => {
    const server = await serve([
      (_req, res) => {
        res.writeHead(200, { 'content-type': JSON_TYPE, 'content-length': '100' })
        res.write('{"id":')
      },
      job()
    ])
    const { client } = makeClient(server.baseUrl, { requestTimeoutMs: 150 })
    expect((await client.getJob('M1')).id).toBe('M1')
    expect(server.seen).toHaveLength(2)
  })

  test('a truncated 200 is retried', async () => {
    const body = JSON.stringify({ id: 'M1', name: 'A job with a long enough name to cut in half' })
    const server = await serve([truncated(body), json(200, body)])
    const { client, retries } = makeClient(server.baseUrl)
    expect((await client.getJob('M1')).name).toBe('A job with a long enough name to cut in half')
    expect(server.seen).toHaveLength(2)
    expect(retries()).toHaveLength(1)
  })

  test('an unparseable 200 (no length, cut short) is retried', async () => {
    const server = await serve([
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/xml', connection: 'close' })
        res.end('<jobs total_record_count="3"><job><id>M1</id>')
      },
      jobList(['M1'])
    ])
    const { client, retries } = makeClient(server.baseUrl)
    expect((await client.listJobs()).map((j) => j.id)).toEqual(['M1'])
    expect(retries()[0]!.reason).toBe('unreadable HTTP 200 body')
  })

  test('a well-formed 200 of the wrong shape is a parse error, not retried', async () => {
    const server = await serve([json(200, { hello: 'world' })])
    const { client } = makeClient(server.baseUrl)
    const error = await failure(client.listJobs())
    expect(server.seen).toHaveLength(1)
    expect(error.kind).toBe('parse')
  })
})

// ---- transport details ------------------------------------------------------------------

describe('transport (§1)', () => {
  test('headers per format; the key only in Authorization; ids encoded in paths', async () => {
    const server = await serve([job('M1')])
    for (const format of ['json', 'xml'] as const) {
      const { client } = makeClient(server.baseUrl, { format })
      await client.getJob('M1/../x y')
    }
    expect(server.seen.map((s) => s.url)).toEqual([
      '/almaws/v1/conf/jobs/M1%2F..%2Fx%20y',
      '/almaws/v1/conf/jobs/M1%2F..%2Fx%20y'
    ])
    expect(server.seen.map((s) => s.headers.accept)).toEqual(['application/json', 'application/xml'])
    for (const s of server.seen) {
      expect(s.headers.authorization).toBe(`apikey ${KEY}`)
      expect(s.url).not.toContain(KEY)
      expect(s.headers['x-almajob-deadline']).toBeUndefined()
    }
  })

  test('GETs reuse a pooled connection; the run POST opens its own and closes it', async () => {
    const server = await serve([job(), job(), runAnswer('5')])
    const { client } = makeClient(server.baseUrl)
    await client.getJob('M1')
    await client.getJob('M1')
    await client.runJob('M1', [])
    const [first, second, post] = server.seen
    expect(second!.remotePort).toBe(first!.remotePort)
    expect(first!.headers.connection).toBe('keep-alive')
    expect(post!.headers.connection).toBe('close')
    expect(post!.remotePort).not.toBe(first!.remotePort)
  })

  test('run bodies: {} and <job/> without parameters, JSON and XML with them', async () => {
    const server = await serve([runAnswer('1')])
    const params = [
      { name: 'set_id', value: '7777000000001234' },
      { name: 'job_name', value: 'Fish & <Chips>' }
    ]
    for (const format of ['json', 'xml'] as const) {
      const { client } = makeClient(server.baseUrl, { format })
      await client.runJob('M1', [])
      await client.runJob('M1', params)
    }
    expect(server.seen.map((s) => [s.method, s.url, s.headers['content-type'], s.body])).toEqual([
      ['POST', '/almaws/v1/conf/jobs/M1?op=run', 'application/json', '{}'],
      [
        'POST',
        '/almaws/v1/conf/jobs/M1?op=run',
        'application/json',
        JSON.stringify({
          parameter: [
            { name: { value: 'set_id' }, value: '7777000000001234' },
            { name: { value: 'job_name' }, value: 'Fish & <Chips>' }
          ]
        })
      ],
      ['POST', '/almaws/v1/conf/jobs/M1?op=run', 'application/xml', '<job/>'],
      [
        'POST',
        '/almaws/v1/conf/jobs/M1?op=run',
        'application/xml',
        '<job><parameters><parameter><name>set_id</name><value>7777000000001234</value></parameter><parameter><name>job_name</name><value>Fish &amp; &lt;Chips&gt;</value></parameter></parameters></job>'
      ]
    ])
  })

  test('X-Exl-Api-Remaining: read defensively, quota-low once', async () => {
    const remaining = ['5000', ' 999 ', '998', 'lots', '']
    const server = await serve(
      remaining.map((value) => json(200, { id: 'M1', name: 'x' }, value ? { 'x-exl-api-remaining': value } : {}))
    )
    const { client, events } = makeClient(server.baseUrl, { quotaWarnBelow: 1000 })
    const seen: (number | undefined)[] = []
    for (let i = 0; i < remaining.length; i++) {
      await client.getJob('M1')
      seen.push(client.remaining)
    }
    expect(seen).toEqual([5000, 999, 998, 998, 998])
    expect(events.filter((e) => e.type === 'quota-low')).toEqual([{ type: 'quota-low', remaining: 999, threshold: 1000 }])
    expect(events.filter((e) => e.type === 'request')).toHaveLength(5)
  })

  test('the key never reaches an error, an event or a reason, wherever the server echoes it', async () => {
    const echo: Handler = (req, res) => {
      res.writeHead(400, { 'content-type': 'text/plain' })
      res.end(`Invalid API Key: ${req.headers.authorization} (${encodeURIComponent(KEY)}) apikey=${KEY}`)
    }
    const echoAlma: Handler = (req, res) => {
      res.writeHead(429, { 'content-type': JSON_TYPE })
      res.end(
        JSON.stringify({
          errorsExist: true,
          errorList: {
            error: { errorCode: 'DAILY_THRESHOLD', errorMessage: `quota for ${KEY}`, trackingId: `${req.headers.authorization}` }
          }
        })
      )
    }
    const server = await serve([echo, echoAlma, echo])
    const { client, events } = makeClient(server.baseUrl)
    const errors = [await failure(client.getJob('M1')), await failure(client.listJobs()), await failure(client.runJob('M1', []))]
    const everything = JSON.stringify([
      events,
      errors.map((e) => ({ message: e.message, alma: e.almaMessage, tracking: e.trackingId, stack: e.stack }))
    ])
    expect(everything).not.toContain(KEY)
    expect(everything).not.toContain(encodeURIComponent(KEY))
    expect(everything).toContain('[redacted]')
  })
})

// ---- the run POST (§3.3, §6) ------------------------------------------------------------

describe('run POST is never sent twice unless Alma did not take it', () => {
  test('429 is retried (POST twice), then the instance id', async () => {
    const server = await serve([almaError(429, 'PER_SECOND_THRESHOLD'), runAnswer('9563643080000561')])
    const { client, retries } = makeClient(server.baseUrl)
    const result = await client.runJob('M1', [])
    expect(result).toMatchObject({ instanceId: '9563643080000561', reconciled: false, job: { id: 'M1' } })
    expect(server.seen.map((s) => s.method)).toEqual(['POST', 'POST'])
    expect(retries()).toMatchObject([{ method: 'POST', path: '/conf/jobs/M1?op=run', attempt: 1 }])
  })

  test('a refused connection is retried: nothing was sent', async () => {
    const port = await closedPort()
    let server: TestServer | undefined
    const { client } = makeClient(`http://127.0.0.1:${port}/almaws/v1`, {
      // The server comes up while the client waits to retry.
      sleep: async () => {
        server ??= await serve([runAnswer('77')], port)
      }
    })
    const result = await client.runJob('M1', [])
    expect(result.instanceId).toBe('77')
    expect(client.requestCount).toBe(2)
    expect(server!.seen).toHaveLength(1)
  })

  test('402222 (throttle) is final: one POST, explained', async () => {
    const server = await serve([almaError(400, '402222', 'Execution threshold reached.')])
    const { client } = makeClient(server.baseUrl)
    const error = await failure(client.runJob('M1', []))
    expect(server.seen).toHaveLength(1)
    expect(error.message).toMatch(/^402222: Execution threshold reached \(.*at most 3 API-started jobs/)
  })

  test('DAILY_THRESHOLD on the POST: one POST, no retry', async () => {
    const server = await serve([almaError(429, 'DAILY_THRESHOLD')])
    const { client } = makeClient(server.baseUrl)
    expect((await failure(client.runJob('M1', []))).code).toBe('DAILY_THRESHOLD')
    expect(server.seen).toHaveLength(1)
  })

  test('connection dropped after sending: one POST, the new instance is adopted', async () => {
    const start = Date.parse('2025-01-06T10:00:00Z')
    const server = await serve([
      hangUp,
      instances([
        { id: '100', submit_time: '2025-01-06T09:40:00.000Z' }, // a colleague's run 20 minutes before: not ours
        { id: '9563643080000561', submit_time: '2025-01-06T10:00:01.000Z' },
        { id: '101', submit_time: '2025-01-06T09:59:00.000Z' } // a minute before: beyond the skew of 5 s
      ])
    ])
    const { client, events } = makeClient(server.baseUrl, { now: () => start })
    const result = await client.runJob('M1', [{ name: 'set_id', value: '1' }])
    expect(result).toMatchObject({ instanceId: '9563643080000561', reconciled: true, job: { id: 'M1' } })
    expect(server.seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      'POST /almaws/v1/conf/jobs/M1?op=run',
      // §2: the day before (start − skew): Alma's time zone for the date is not documented.
      'GET /almaws/v1/conf/jobs/M1/instances?limit=100&offset=0&submit_date_from=2025-01-05'
    ])
    expect(events.filter((e) => e.type === 'reconcile').map((e) => e.type === 'reconcile' && e.message)).toEqual([
      expect.stringMatching(
        /^The answer to the run of job M1 was lost \(Network error on POST .*ECONNRESET.*\); looking for an instance submitted since 2025-01-06T09:59:55.000Z$/
      ),
      'Adopted instance 9563643080000561 of job M1 (submitted 2025-01-06T10:00:01.000Z, 1.0 s after the run was sent)'
    ])
  })

  test('two instances submitted since the POST began: no guess, run-unknown naming both', async () => {
    const start = Date.parse('2025-01-06T10:00:00Z')
    const server = await serve([
      hangUp,
      instances([
        { id: '9563643080000561', submit_time: '2025-01-06T10:00:01.000Z' },
        { id: '102', submit_time: '2025-01-06T10:00:04.000Z' }, // a colleague's run just after ours
        { id: '103', submit_time: '2025-01-06T09:59:58.000Z' } // within the skew, but later ones exist
      ])
    ])
    const { client } = makeClient(server.baseUrl, { now: () => start })
    const error = await failure(client.runJob('M1', []))
    expect(error.kind).toBe('run-unknown')
    expect(error.message).toContain(
      'and 2 instances were submitted around it: 9563643080000561 (submitted 2025-01-06T10:00:01.000Z, 1.0 s after the run was sent), ' +
        "102 (submitted 2025-01-06T10:00:04.000Z, 4.0 s after the run was sent). Which one is this run's cannot be told"
    )
    expect(server.seen.filter((s) => s.method === 'POST')).toHaveLength(1)
    expect(server.seen.filter((s) => s.method === 'GET')).toHaveLength(1)
  })

  test('one submitted after the POST began is preferred to one just before it', async () => {
    const start = Date.parse('2025-01-06T10:00:00Z')
    const server = await serve([
      hangUp,
      instances([
        { id: '103', submit_time: '2025-01-06T09:59:58.000Z' },
        { id: '104', submit_time: '2025-01-06T10:00:00.000Z' }
      ])
    ])
    const { client, events } = makeClient(server.baseUrl, { now: () => start })
    expect((await client.runJob('M1', [])).instanceId).toBe('104')
    expect(events.at(-1)).toMatchObject({ message: expect.stringContaining('0.0 s after the run was sent') })
  })

  test(`one earlier than the skew (${CLOCK_SKEW_MS / 1000} s) is never adopted`, async () => {
    const start = Date.parse('2025-01-06T10:00:00Z')
    const server = await serve([hangUp, instances([{ id: '105', submit_time: '2025-01-06T09:59:54.900Z' }])])
    const { client } = makeClient(server.baseUrl, { now: () => start })
    expect((await failure(client.runJob('M1', []))).kind).toBe('run-unknown')
    expect(CLOCK_SKEW_MS).toBe(5000)
  })

  test('the look-back crosses midnight: submit_date_from is a day before the previous UTC day', async () => {
    const start = Date.parse('2025-01-06T00:00:02Z')
    const server = await serve([hangUp, instances([{ id: '5', submit_time: '2025-01-05T23:59:59.200Z' }])])
    const { client, events } = makeClient(server.baseUrl, { now: () => start })
    expect((await client.runJob('M1', [])).instanceId).toBe('5')
    expect(server.seen[1]!.url).toContain('submit_date_from=2025-01-04')
    expect(events.at(-1)).toMatchObject({
      type: 'reconcile',
      message:
        'Adopted instance 5 of job M1 (submitted 2025-01-05T23:59:59.200Z, 2.8 s before the run was sent, within clock skew)'
    })
  })

  test('the instance shows up late: later looks find it', async () => {
    const start = Date.now()
    const server = await serve([
      hangUp,
      instances([]),
      instances([]),
      instances([{ id: '42', submit_time: new Date(start + 500).toISOString() }])
    ])
    const { client, sleeps } = makeClient(server.baseUrl, { now: () => start })
    expect((await client.runJob('M1', [])).instanceId).toBe('42')
    expect(sleeps).toEqual(RECONCILE_DELAYS_MS.slice(1, 3))
  })

  test('reset and nothing created: run-unknown, still one POST, the whole look-back used', async () => {
    const start = Date.parse('2025-01-06T10:00:00Z')
    const server = await serve([hangUp, instances([{ id: '1', submit_time: new Date(start - CLOCK_SKEW_MS - 1).toISOString() }])])
    const { client, sleeps } = makeClient(server.baseUrl, { now: () => start })
    const error = await failure(client.runJob('S123', []))
    expect(error.kind).toBe('run-unknown')
    expect(error.message).toMatch(/^The run of job S123 got no usable answer \(.*\): the job may or may not have started/)
    expect(error.message).toContain('Admin > Monitor Jobs')
    expect(error.message).toContain('`instances` command for job S123 since 2025-01-06T09:59:55.000Z')
    expect(server.seen.filter((s) => s.method === 'POST')).toHaveLength(1)
    expect(server.seen.filter((s) => s.method === 'GET')).toHaveLength(RECONCILE_DELAYS_MS.length)
    expect(sleeps.reduce((a, b) => a + b, 0)).toBe(10_000)
  })

  test('a 5xx answer to the POST is not retried but reconciled', async () => {
    const server = await serve([html503, instances([])])
    const { client } = makeClient(server.baseUrl)
    const error = await failure(client.runJob('M1', []))
    expect(error).toMatchObject({ kind: 'run-unknown', status: 503 })
    expect(server.seen.filter((s) => s.method === 'POST')).toHaveLength(1)
  })

  test('no answer in time to the POST: reconciled, not resent', async () => {
    const server = await serve([silence, instances([{ id: '8', submit_time: new Date().toISOString() }])])
    const { client } = makeClient(server.baseUrl, { requestTimeoutMs: 150 })
    expect(await client.runJob('M1', [])).toMatchObject({ instanceId: '8', reconciled: true })
    expect(server.seen.filter((s) => s.method === 'POST')).toHaveLength(1)
  })

  test('a truncated answer to the POST: reconciled, not resent', async () => {
    const body = JSON.stringify({
      id: 'M1',
      name: 'x',
      additional_info: { value: 'Job no. 9 triggered', link: 'https://h/almaws/v1/conf/jobs/M1/instances/9' }
    })
    const server = await serve([truncated(body), instances([{ id: '9', submit_time: new Date().toISOString() }])])
    const { client } = makeClient(server.baseUrl)
    expect(await client.runJob('M1', [])).toMatchObject({ instanceId: '9', reconciled: true })
    expect(server.seen.filter((s) => s.method === 'POST')).toHaveLength(1)
  })

  test('a failing instance list during reconcile still ends in run-unknown naming the failure', async () => {
    const server = await serve([
      hangUp,
      almaError(400, 'UNAUTHORIZED', 'API-key not defined or not configured to allow this API.')
    ])
    const { client } = makeClient(server.baseUrl)
    const error = await failure(client.runJob('M1', []))
    expect(error.kind).toBe('run-unknown')
    expect(error.message).toContain('the last look failed: UNAUTHORIZED')
    expect(server.seen.filter((s) => s.method === 'POST')).toHaveLength(1)
  })

  test('an answer that names no instance is a clear error, no guessing from the list (§7.6)', async () => {
    const server = await serve([json(200, { id: 'M1', name: 'x' })])
    const { client } = makeClient(server.baseUrl)
    const error = await failure(client.runJob('M1', []))
    expect(error.kind).toBe('parse')
    expect(error.message).toMatch(/names no instance/)
    expect(server.seen).toHaveLength(1)
  })
})
