// Alma's answers are untrusted input: whoever answers at base-url may echo the key, send
// malformed or endless bodies, lie about counts and ids, or refuse every request. Tiny scripted
// servers on 127.0.0.1; every loop is bounded in count and time.
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, test } from 'vitest'
import { AlmaClient, AlmaError, ConfigError } from '../src/alma/index.js'
import type { AlmaClientOptions, ClientEvent } from '../src/alma/index.js'
import { MAX_BODY_BYTES } from '../src/alma/http.js'
import { BodyParseError, MAX_DEPTH, parseBody } from '../src/alma/parse.js'
import { until } from './support/cli.js'
import { failure } from './support/alma.js'

/** 36 characters, as Alma's keys are. */
const KEY = 'l7xx3f9a2c8e1b7d4a6f0e9c2b5a8d1e3f7c'
const JSON_TYPE = 'application/json'

interface Seen {
  method: string
  url: string
  headers: IncomingMessage['headers']
  /** When the client closed the socket (performance.now()), if it did. */
  closedAt?: number
}

type Handler = (req: IncomingMessage, res: ServerResponse, seen: Seen) => void

const servers: Server[] = []
const clients: AlmaClient[] = []
const timers: NodeJS.Timeout[] = []

afterEach(async () => {
  for (const timer of timers.splice(0)) clearInterval(timer)
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
})

/** Answers the n-th request with script[n] (the last one repeats). */
async function serve(script: Handler[]): Promise<{ baseUrl: string; seen: Seen[] }> {
  const seen: Seen[] = []
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      const entry: Seen = { method: req.method!, url: req.url!, headers: req.headers }
      seen.push(entry)
      req.socket.once('close', () => (entry.closedAt = performance.now()))
      script[Math.min(seen.length - 1, script.length - 1)]!(req, res, entry)
    })
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/almaws/v1`, seen }
}

const send =
  (status: number, body: string, type = JSON_TYPE, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': type, ...headers })
    res.end(body)
  }
const json = (status: number, body: unknown, headers: Record<string, string> = {}): Handler =>
  send(status, JSON.stringify(body), JSON_TYPE, headers)
const almaError = (status: number, code: string, headers: Record<string, string> = {}): Handler =>
  json(status, { errorsExist: true, errorList: { error: [{ errorCode: code, errorMessage: 'x' }] } }, headers)
const hangUp: Handler = (req) => req.socket.destroy()
const instances = (list: { id: string; submit_time: string }[]): Handler =>
  json(200, {
    total_record_count: list.length,
    ...(list.length > 0 && { job_instance: list.map((i) => ({ ...i, status: { value: 'QUEUED' } })) })
  })
const runAnswer = (link: string, text = 'Job no. 5 triggered'): Handler =>
  json(200, { id: 'M1', name: 'x', additional_info: { value: text, link } })

/** Headers, then garbage as fast as the socket takes it, until the client hangs up (or 10 s). */
const endless: Handler = (req, res, seen) => {
  res.writeHead(200, { 'content-type': JSON_TYPE })
  const chunk = Buffer.alloc(64 * 1024, 'x')
  const deadline = performance.now() + 10_000
  const pump = (): void => {
    while (!res.destroyed && seen.closedAt === undefined && performance.now() < deadline) {
      if (!res.write(chunk)) return void res.once('drain', pump)
    }
    res.end()
  }
  pump()
  void req
}

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
    requestTimeoutMs: 5000,
    ...extra
  })
  clients.push(client)
  return { client, events, sleeps }
}

/** The first window of 8 characters of `key` found in `text`, if any. */
function leakedWindow(text: string, key = KEY): string | undefined {
  for (let i = 0; i + 8 <= key.length; i++) if (text.includes(key.slice(i, i + 8))) return key.slice(i, i + 8)
  return undefined
}

const everything = (errors: AlmaError[], events: ClientEvent[], data: unknown[] = []): string =>
  JSON.stringify({
    errors: errors.map((e) => ({ message: e.message, alma: e.almaMessage, tracking: e.trackingId, stack: e.stack })),
    events,
    data
  })

// ---- 1. the key -------------------------------------------------------------------------

describe('the key never leaves the client, not even a part of it', () => {
  test('a server echoing the request headers in an error body, a JSON syntax error, an XML error and a job name', async () => {
    const headers = (req: IncomingMessage) => JSON.stringify(req.headers)
    const server = await serve([
      // An error body with the key at characters 264–299: cut at 300 first, 35 of its 36 would show.
      (req, res) => {
        res.writeHead(400, { 'content-type': 'text/plain' })
        res.end(`${'.'.repeat(257)}${req.headers.authorization} and all you sent: ${headers(req)}`)
      },
      // 200s that cannot be parsed, quoting the key where the parser stops.
      (req, res) => {
        res.writeHead(200, { 'content-type': JSON_TYPE })
        res.end(`{"id": "M1", "name": ${req.headers.authorization}}`)
      },
      (req, res) => {
        res.writeHead(200, { 'content-type': 'application/xml' })
        res.end(`<job><id>M1</id><${req.headers.authorization!.slice(7, 40)}></job>`)
      },
      // A well-formed job whose texts carry the key, whole, cut, URL-encoded and escaped.
      (req, res) => {
        const auth = req.headers.authorization!
        const escaped = [...KEY].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')
        res.writeHead(200, { 'content-type': JSON_TYPE })
        res.end(
          `{"id": "M1", "name": "echo ${auth}", "description": "${KEY.slice(1, 36)} / ${escaped}", ` +
            `"link": "https://h/almaws/v1/conf/jobs/M1?apikey=${encodeURIComponent(KEY)}", ` +
            `"parameter": [{"name": {"value": "k"}, "value": "${KEY.slice(0, 20)}-${KEY.slice(20)}"}]}`
        )
      },
      // The same in XML, the key spelled as character references.
      (req, res) => {
        const refs = [...KEY].map((c) => `&#${c.charCodeAt(0)};`).join('')
        res.writeHead(200, { 'content-type': 'application/xml' })
        res.end(`<job><id>M1</id><name>${refs}</name><description>${req.headers.authorization}</description></job>`)
      },
      // A run answer whose text echoes the key.
      json(200, {
        id: 'M1',
        name: KEY,
        additional_info: { value: `Job no. 5 triggered by ${KEY}`, link: 'https://h/almaws/v1/conf/jobs/M1/instances/5' }
      })
    ])
    const { client, events } = makeClient(server.baseUrl, { maxAttempts: 1 })
    const errors = [await failure(client.getJob('M1')), await failure(client.getJob('M1')), await failure(client.getJob('M1'))]
    expect(errors.map((e) => e.kind)).toEqual(['alma', 'parse', 'parse'])
    expect(errors[0]!.almaMessage).toMatch(/^\.{257}apikey \[redacted\] and all you sent/)
    const fromJson = await client.getJob('M1')
    const fromXml = await client.getJob('M1')
    const run = await client.runJob('M1', [])
    const all = everything(errors, events, [fromJson, fromXml, run])
    expect(leakedWindow(all)).toBeUndefined()
    expect(all).toContain('[redacted]')
    expect(fromJson.name).toBe('echo apikey [redacted]')
    expect(fromJson.link).toBe('https://h/almaws/v1/conf/jobs/M1?apikey=[redacted]')
    expect(fromXml.name).toBe('[redacted]')
    expect(run.message).toBe('Job no. 5 triggered by [redacted]')
    expect(run.instanceId).toBe('5')
  })

  test('Alma error fields: message, code, tracking id, and the retry reasons', async () => {
    const body = {
      errorsExist: true,
      errorList: {
        error: [{ errorCode: `E${KEY.slice(2, 12)}`, errorMessage: `${'m'.repeat(290)}${KEY}`, trackingId: KEY.slice(0, 30) }]
      }
    }
    const server = await serve([json(503, body), json(400, body)])
    const { client, events } = makeClient(server.baseUrl)
    const error = await failure(client.getJob('M1'))
    expect(leakedWindow(everything([error], events))).toBeUndefined()
    expect(error.trackingId).toBe('[redacted]')
  })
})

// ---- 2. parser failures -----------------------------------------------------------------

describe('every parser failure is a BodyParseError', () => {
  test.each([
    ['XML nested past the limit', `${'<a>'.repeat(5000)}x${'</a>'.repeat(5000)}`, /^nested deeper than 64 levels$/],
    ['XML nested 10,000 deep', `<r>${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}</r>`, /^nested deeper than 64 levels$/],
    ['a DOCTYPE with entities', '<!DOCTYPE job [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><job><id>&b;</id></job>', /DOCTYPE/],
    ['an external entity', '<!DOCTYPE job [<!ENTITY x SYSTEM "file:///etc/passwd">]><job><id>&x;</id></job>', /DOCTYPE/],
    ['an ENTITY without DOCTYPE', '<job><!ENTITY x "y"><id>M1</id></job>', /ENTITY/],
    ['an HTML page', '<!DOCTYPE html><html><body>hi</body></html>', /HTML page/],
    // Refused before JSON.parse: its reviver recurses and would overflow the stack first.
    ['JSON nested 100,000 deep', `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, /^nested deeper than 64 levels$/],
    ['JSON objects nested 10,000 deep', `{"a":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_001)}`, /^nested deeper than 64 levels$/],
    ['JSON nested deep and cut off', `{"a":${'['.repeat(10_000)}`, /^nested deeper than 64 levels$/],
    ['JSON nested past MAX_DEPTH', `{"a":${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}}`, /nested deeper than 64 levels/],
    [
      'XML nested past MAX_DEPTH',
      `<r>${'<a>'.repeat(MAX_DEPTH + 1)}x${'</a>'.repeat(MAX_DEPTH + 1)}</r>`,
      /^nested deeper than 64 levels$/
    ]
  ])('%s', (_name, body, message) => {
    let thrown: unknown
    try {
      parseBody(body, 'application/xml')
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(BodyParseError)
    expect((thrown as Error).message).toMatch(message)
    expect((thrown as Error).message.length).toBeLessThan(300)
  })

  test('nesting is counted outside strings only: brackets and escaped quotes in text are text', () => {
    const text = `\\"${'[{'.repeat(200)}\\\\`
    const body = `{"a":${'['.repeat(MAX_DEPTH - 1)}"${text}"${']'.repeat(MAX_DEPTH - 1)},"b":"${'['.repeat(100)}"}`
    const parsed = parseBody(body, JSON_TYPE)
    let inner: unknown = parsed.data.a
    for (let depth = 2; depth <= MAX_DEPTH; depth++) inner = (inner as unknown[])[0]
    expect(inner).toBe(`"${'[{'.repeat(200)}\\`)
    expect(parsed.data.b).toBe('['.repeat(100))
  })

  test('a body Alma would send is still read, and __proto__ keys are dropped', () => {
    const parsed = parseBody(
      '{"id":"M1","__proto__":{"polluted":true},"parameter":[{"name":{"value":"a"},"value":"1"}]}',
      JSON_TYPE
    )
    expect(parsed.data.id).toBe('M1')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.keys(parsed.data)).toEqual(['id', 'parameter'])
  })

  test('GET: retried as transient, then kind parse; run POST: reconciled, not resent', async () => {
    const doctype = send(200, '<!DOCTYPE job [<!ENTITY a "x">]><job><id>&a;</id></job>', 'application/xml')
    const server = await serve([doctype, doctype, doctype, instances([{ id: '77', submit_time: new Date().toISOString() }])])
    const { client } = makeClient(server.baseUrl, { maxAttempts: 2 })
    const error = await failure(client.getJob('M1'))
    expect(error.kind).toBe('parse')
    expect(error.message).toMatch(/DOCTYPE.*\(gave up after 2 attempts\)$/)
    const run = await client.runJob('M1', [])
    expect(run).toMatchObject({ instanceId: '77', reconciled: true })
    expect(server.seen.filter((s) => s.method === 'POST')).toHaveLength(1)
  })
})

// ---- 3. body size -----------------------------------------------------------------------

describe(`answers over MAX_BODY_BYTES (${MAX_BODY_BYTES / 1024 / 1024} MiB)`, () => {
  test('a GET streaming garbage for ever: stops after about the cap, closes the socket, not retried', async () => {
    const server = await serve([endless])
    const { client } = makeClient(server.baseUrl)
    const started = performance.now()
    const error = await failure(client.getInstance('M1', '5'))
    expect(error).toMatchObject({ kind: 'too-large', status: 200 })
    expect(error.message).toBe(
      "Alma's answer to GET /conf/jobs/M1/instances/5 (HTTP 200) is larger than 4 MiB, the most the client reads; it stopped reading"
    )
    expect(server.seen).toHaveLength(1)
    // The server sees the socket closed soon after the cap, not after its 10 s.
    await until(() => server.seen[0]!.closedAt !== undefined, 3000, 'the server to see the socket closed')
    expect(server.seen[0]!.closedAt! - started).toBeLessThan(3000)
  })

  test('an oversized answer to the run POST is a lost answer: looked up, never resent', async () => {
    const server = await serve([endless, instances([{ id: '9', submit_time: new Date(Date.now() + 100).toISOString() }])])
    const { client, events } = makeClient(server.baseUrl)
    expect(await client.runJob('M1', [])).toMatchObject({ instanceId: '9', reconciled: true })
    expect(server.seen.map((s) => s.method)).toEqual(['POST', 'GET'])
    expect(events.find((e) => e.type === 'reconcile')).toMatchObject({ message: expect.stringMatching(/larger than 4 MiB/) })
  })
})

// ---- 5. instance and job ids ------------------------------------------------------------

describe('instance ids are all digits, job ids of lists M/S/O and digits', () => {
  test.each([
    ['a shell command and a new line in the link', 'https://h/almaws/v1/conf/jobs/M1/instances/$(touch x)%0Aset_id: 6666'],
    ['letters', 'https://h/almaws/v1/conf/jobs/M1/instances/12a'],
    ['more than 30 digits', `https://h/almaws/v1/conf/jobs/M1/instances/${'1'.repeat(31)}`]
  ])('run answer with %s: a lost answer, reconciled, the POST sent once', async (_name, link) => {
    const server = await serve([runAnswer(link, ''), instances([{ id: '4242', submit_time: new Date().toISOString() }])])
    const { client, events } = makeClient(server.baseUrl)
    expect(await client.runJob('M1', [])).toMatchObject({ instanceId: '4242', reconciled: true })
    expect(server.seen.filter((s) => s.method === 'POST')).toHaveLength(1)
    const lost = events.find((e) => e.type === 'reconcile')
    expect(lost).toMatchObject({ message: expect.stringContaining('which is not all digits') })
    expect(JSON.stringify(events)).not.toContain('\n')
  })

  test('"Job no." text that is not a number, or that disagrees with the link, is malformed too', async () => {
    const server = await serve([
      json(200, { id: 'M1', additional_info: { value: 'Job no. 12a triggered' } }),
      instances([]),
      instances([]),
      instances([]),
      instances([]),
      runAnswer('https://h/almaws/v1/conf/jobs/M1/instances/5', 'Job no. 6 triggered'),
      instances([{ id: '5', submit_time: new Date().toISOString() }])
    ])
    const { client } = makeClient(server.baseUrl)
    const error = await failure(client.runJob('M1', []))
    expect(error.kind).toBe('run-unknown')
    expect(error.message).toContain('names instance "12a"')
    expect(await client.runJob('M1', [])).toMatchObject({ instanceId: '5', reconciled: true })
  })

  test('the reconciled instance is checked too: a listed run with a bad id is skipped, said at debug level', async () => {
    const now = new Date().toISOString()
    const server = await serve([
      hangUp,
      json(200, {
        total_record_count: 3,
        job_instance: [
          { id: '1; rm -rf /', submit_time: now, status: { value: 'QUEUED' } },
          { id: '', submit_time: now, status: { value: 'QUEUED' } },
          { id: '31', submit_time: now, status: { value: 'QUEUED' } }
        ]
      })
    ])
    const { client, events } = makeClient(server.baseUrl)
    expect(await client.runJob('M1', [])).toMatchObject({ instanceId: '31', reconciled: true })
    const skipped = events.filter((e) => e.type === 'skipped-item')
    expect(skipped).toHaveLength(2)
    expect(skipped[0]).toMatchObject({
      method: 'GET',
      message: expect.stringMatching(
        /^Left out of \/conf\/jobs\/M1\/instances\?.*: instance id "1; rm -rf \/" is not all digits$/
      )
    })
  })

  test('GET instance with an id that is not digits: a parse error, not retried', async () => {
    const server = await serve([json(200, { id: '5/../../x', status: { value: 'RUNNING' } })])
    const { client } = makeClient(server.baseUrl)
    const error = await failure(client.getInstance('M1', '5'))
    expect(error.kind).toBe('parse')
    expect(error.message).toContain('instance id "5/../../x" is not all digits')
    expect(server.seen).toHaveLength(1)
  })

  test('a job list item whose id is no job id is left out; the rest of the list stands', async () => {
    const server = await serve([
      json(200, {
        total_record_count: 4,
        job: [{ id: 'M1', name: 'a' }, { id: 'X$(id)', name: 'b' }, { name: 'no id' }, { id: 'S22', name: 'c' }]
      })
    ])
    const { client, events } = makeClient(server.baseUrl)
    expect((await client.listJobs()).map((j) => j.id)).toEqual(['M1', 'S22'])
    expect(events.filter((e) => e.type === 'skipped-item').map((e) => e.type === 'skipped-item' && e.message)).toEqual([
      expect.stringContaining('job whose id "X$(id)" is no job id'),
      expect.stringContaining('job id is missing')
    ])
  })
})

// ---- 7. cancel --------------------------------------------------------------------------

describe('cancel: no new request after the signal aborts', () => {
  test('a run POST refused with 429 + Retry-After: 3, aborted in the backoff: not resent, "not started", sent false', async () => {
    const server = await serve([almaError(429, 'PER_SECOND_THRESHOLD', { 'retry-after': '3' })])
    const controller = new AbortController()
    // The real, abortable sleep: the backoff must end at once.
    const { client, events } = makeClient(server.baseUrl, { signal: controller.signal, sleep: undefined })
    setTimeout(() => controller.abort(), 100)
    const started = performance.now()
    const error = await failure(client.runJob('M1', []))
    expect(performance.now() - started).toBeLessThan(1000)
    expect(error).toMatchObject({ kind: 'cancelled', sent: false })
    expect(error.message).toBe(
      'Cancelled before the run of job M1 was sent (Alma had refused it: HTTP 429 PER_SECOND_THRESHOLD): the job was not started'
    )
    expect(server.seen).toHaveLength(1)
    expect(events.filter((e) => e.type === 'retry')).toMatchObject([{ delayMs: 3000 }])
  })

  test('aborted before anything: no request at all', async () => {
    const server = await serve([json(200, {})])
    const controller = new AbortController()
    controller.abort()
    const { client } = makeClient(server.baseUrl, { signal: controller.signal })
    const run = await failure(client.runJob('M1', []))
    expect(run).toMatchObject({ kind: 'cancelled', sent: false })
    expect(run.message).toContain('the job was not started')
    expect(await failure(client.listJobs())).toMatchObject({ kind: 'cancelled', sent: false })
    expect(server.seen).toHaveLength(0)
    expect(client.requestCount).toBe(0)
  })

  test('a GET in flight is aborted, and the server sees the socket closed', async () => {
    const server = await serve([() => {}])
    const controller = new AbortController()
    const { client } = makeClient(server.baseUrl, { signal: controller.signal })
    setTimeout(() => controller.abort(), 100)
    const started = performance.now()
    expect((await failure(client.getJob('M1'))).kind).toBe('cancelled')
    expect(performance.now() - started).toBeLessThan(1000)
    await until(() => server.seen[0]!.closedAt !== undefined, 3000, 'the server to see the socket closed')
    expect(server.seen).toHaveLength(1)
  })

  test('a GET backoff ends at once, and no retry follows', async () => {
    const server = await serve([almaError(503, 'ROUTING_ERROR', { 'retry-after': '30' })])
    const controller = new AbortController()
    const { client } = makeClient(server.baseUrl, {
      sleep: (_ms, signal) =>
        new Promise((resolve) => {
          controller.abort()
          signal?.addEventListener('abort', () => resolve())
        }),
      signal: controller.signal
    })
    expect((await failure(client.getJob('M1'))).kind).toBe('cancelled')
    expect(server.seen).toHaveLength(1)
  })

  test('an injected sleep that ignores the signal is cut short all the same', async () => {
    const server = await serve([almaError(503, 'ROUTING_ERROR')])
    const controller = new AbortController()
    const { client } = makeClient(server.baseUrl, {
      sleep: () => new Promise((resolve) => setTimeout(resolve, 5000)),
      signal: controller.signal
    })
    setTimeout(() => controller.abort(), 100)
    const started = performance.now()
    expect((await failure(client.getJob('M1'))).kind).toBe('cancelled')
    expect(performance.now() - started).toBeLessThan(1000)
  })

  test('a run POST in flight is left to finish: its answer names the instance', async () => {
    const server = await serve([
      (_req, res) => setTimeout(() => runAnswer('https://h/almaws/v1/conf/jobs/M1/instances/88', '')(_req, res, {} as Seen), 300)
    ])
    const controller = new AbortController()
    const { client } = makeClient(server.baseUrl, { signal: controller.signal })
    setTimeout(() => controller.abort(), 50)
    expect(await client.runJob('M1', [])).toMatchObject({ instanceId: '88', reconciled: false })
  })

  test('aborted while a lost answer is looked up: sent true, "may or may not have started", no look after it', async () => {
    const server = await serve([hangUp, instances([])])
    const controller = new AbortController()
    const { client } = makeClient(server.baseUrl, {
      signal: controller.signal,
      sleep: async () => controller.abort()
    })
    const error = await failure(client.runJob('M1', []))
    expect(error).toMatchObject({ kind: 'cancelled', sent: true })
    expect(error.message).toMatch(
      /^Cancelled while looking for the run of job M1, whose answer was lost .*may or may not have started/
    )
    expect(server.seen.map((s) => s.method)).toEqual(['POST', 'GET'])
  })

  test('a per-call signal cancels that call only', async () => {
    const server = await serve([() => {}, json(200, { id: '5', status: { value: 'RUNNING' } })])
    const { client } = makeClient(server.baseUrl)
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 50)
    expect((await failure(client.getInstance('M1', '5', { signal: controller.signal }))).kind).toBe('cancelled')
    expect((await client.getInstance('M1', '5')).id).toBe('5')
  })
})

// ---- 9. per-second refusals on a time budget --------------------------------------------

describe('per-second refusals are retried on a time budget, not a count', () => {
  test('ten 429s in a row with maxAttempts 2: still succeeds, the run POST created once', async () => {
    const refusals = Array.from({ length: 10 }, () => almaError(429, 'PER_SECOND_THRESHOLD'))
    const server = await serve([...refusals, runAnswer('https://h/almaws/v1/conf/jobs/M1/instances/7', '')])
    const { client, events } = makeClient(server.baseUrl, { maxAttempts: 2, maxRequestsPerSecond: 200 })
    expect((await client.runJob('M1', [])).instanceId).toBe('7')
    expect(server.seen).toHaveLength(11)
    expect(events.filter((e) => e.type === 'retry')).toHaveLength(10)
  })

  test('the budget ends it: every request refused, the budget counted in the time slept when the clock stands still', async () => {
    const server = await serve([almaError(429, 'PER_SECOND_THRESHOLD')])
    const { client, sleeps } = makeClient(server.baseUrl, { rateLimitBudgetMs: 3000, maxRequestsPerSecond: 200, now: () => 0 })
    const error = await failure(client.getJob('M1'))
    expect(error.code).toBe('PER_SECOND_THRESHOLD')
    expect(error.message).toMatch(/\(gave up after \d+ attempts in 3 s of per-second refusals\)$/)
    expect(sleeps.reduce((a, b) => a + b, 0)).toBe(3000)
    expect(server.seen.length).toBe(sleeps.length + 1)
    expect(server.seen.length).toBeLessThanOrEqual(3000 / 50 + 1)
  })

  test('the budget is measured from the start of the call by the client clock', async () => {
    let now = 0
    const server = await serve([almaError(429, 'PER_SECOND_THRESHOLD')])
    const { client } = makeClient(server.baseUrl, {
      rateLimitBudgetMs: 60_000,
      now: () => now,
      sleep: async () => {
        now += 30_000
      }
    })
    await failure(client.getJob('M1'))
    // At 0 and 30 s, then 60 s: the budget is spent.
    expect(server.seen).toHaveLength(3)
  })

  test('5xx keeps the attempt count; DAILY_THRESHOLD stays final at once', async () => {
    const server = await serve([
      almaError(503, 'ROUTING_ERROR'),
      almaError(503, 'ROUTING_ERROR'),
      almaError(429, 'DAILY_THRESHOLD')
    ])
    const { client } = makeClient(server.baseUrl, { maxAttempts: 2 })
    expect((await failure(client.getJob('M1'))).message).toMatch(/gave up after 2 attempts\)$/)
    expect((await failure(client.getJob('M1'))).code).toBe('DAILY_THRESHOLD')
    expect(server.seen).toHaveLength(3)
  })

  test('a 5xx answer to the POST is still never resent, whatever the budget', async () => {
    const server = await serve([almaError(429, 'PER_SECOND_THRESHOLD'), almaError(502, 'GATEWAY'), instances([])])
    const { client } = makeClient(server.baseUrl)
    expect((await failure(client.runJob('M1', []))).kind).toBe('run-unknown')
    expect(server.seen.filter((s) => s.method === 'POST')).toHaveLength(2)
  })

  test('Retry-After that is negative, garbage or past falls back to the backoff; a huge one is capped at 60 s', async () => {
    const server = await serve([
      almaError(429, 'PER_SECOND_THRESHOLD', { 'retry-after': '-5' }),
      almaError(429, 'PER_SECOND_THRESHOLD', { 'retry-after': 'soon' }),
      almaError(429, 'PER_SECOND_THRESHOLD', { 'retry-after': 'Mon, 06 Jan 2020 10:00:00 GMT' }),
      almaError(429, 'PER_SECOND_THRESHOLD', { 'retry-after': '86400000' }),
      json(200, { id: 'M1', name: 'x' })
    ])
    const { client, sleeps } = makeClient(server.baseUrl, { retryBaseMs: 100, maxRequestsPerSecond: 200 })
    await client.getJob('M1')
    expect(sleeps).toHaveLength(4)
    expect(sleeps[0]).toBeLessThan(100)
    expect(sleeps[1]).toBeLessThan(200)
    expect(sleeps[2]).toBeLessThan(400)
    expect(sleeps[3]).toBe(60_000)
  })
})

// ---- 11. the key itself -----------------------------------------------------------------

describe('the client refuses a key Node could not send', () => {
  test.each([
    ['with a space', 'l7xx 3f9a'],
    ['with a trailing newline', `${KEY}\n`],
    ['with a non-ASCII letter', 'l7xxé3f9a'],
    ['with a NUL', 'l7xx\u00003f9a'],
    ['empty', '']
  ])('%s: ConfigError, naming no part of it', (_name, apiKey) => {
    let thrown: unknown
    try {
      new AlmaClient({ apiKey, baseUrl: 'http://127.0.0.1:9/almaws/v1' })
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(ConfigError)
    expect((thrown as Error).message).not.toContain('3f9a')
  })

  test('printable ASCII of any kind is accepted', () => {
    const client = new AlmaClient({ apiKey: 'l7xx!#$%&*+-./:;=?@^_`{|}~', baseUrl: 'http://127.0.0.1:9/almaws/v1' })
    client.close()
  })
})
