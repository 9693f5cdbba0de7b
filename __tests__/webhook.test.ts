// The JOB_END webhook (alma-api.md §10): the library's signature check, body reader and
// challenge answer, and the simulator sending events as Alma does (challenge, signature, retries).
import { createHmac } from 'node:crypto'
import { afterEach, describe, expect, test } from 'vitest'
import {
  AlmaClient,
  answerChallenge,
  BodyParseError,
  isJobEndAction,
  MAX_WEBHOOK_BODY_BYTES,
  parseWebhookEvent,
  verifyWebhookSignature
} from '../src/lib.js'
import { signWebhookBody, startSimulator, WEBHOOK_RETRY_DELAYS_MS, type Simulator } from '../sim/index.js'
import { WEBHOOK_DELIVERIES_KEPT } from '../sim/webhook.js'
import {
  challengeThen,
  getInstanceJson,
  quickTimeline,
  sleep,
  startReceiver,
  startRun,
  type Receiver
} from './support/webhook.js'
import { until } from './support/cli.js'

const SECRET = 'profile-secret-Ω'
const sign = (body: string, secret = SECRET) => createHmac('sha256', secret).update(body, 'utf8').digest('base64')

describe('verifyWebhookSignature', () => {
  const body = '{"id":"1","action":"JOB_END","time":"2026-12-01T00:00:00Z","job_instance":{"id":"1","status":{"value":"FAILED"}}}'

  test('accepts the base64 HMAC-SHA256 of the raw body with the secret', () => {
    expect(verifyWebhookSignature(body, sign(body), SECRET)).toBe(true)
    expect(verifyWebhookSignature(body, ` ${sign(body)}\t`, SECRET)).toBe(true)
    const unicode = '{"name":"Zürich – 東京 🚀"}'
    expect(verifyWebhookSignature(unicode, sign(unicode), SECRET)).toBe(true)
  })

  test('refuses another body, another secret, or a signature that is not one', () => {
    expect(verifyWebhookSignature(`${body} `, sign(body), SECRET)).toBe(false)
    expect(verifyWebhookSignature(body.replace('FAILED', 'COMPLETED_SUCCESS'), sign(body), SECRET)).toBe(false)
    expect(verifyWebhookSignature(body, sign(body, 'other'), SECRET)).toBe(false)
    expect(verifyWebhookSignature(body, sign(body), '')).toBe(false)
    // Missing, malformed, hex instead of base64, wrong lengths, url-safe alphabet.
    const hex = createHmac('sha256', SECRET).update(body).digest('hex')
    const short = Buffer.from(createHmac('sha256', SECRET).update(body).digest().subarray(0, 31)).toString('base64')
    const long = Buffer.concat([createHmac('sha256', SECRET).update(body).digest(), Buffer.from([0])]).toString('base64')
    const urlSafe = sign(body).replace(/\+/g, '-').replace(/\//g, '_')
    for (const bad of ['', ' ', 'abc', hex, short, long, `${sign(body)}=`, sign(body).slice(0, -1), `sha256=${sign(body)}`]) {
      expect(verifyWebhookSignature(body, bad, SECRET), bad).toBe(false)
    }
    if (urlSafe !== sign(body)) expect(verifyWebhookSignature(body, urlSafe, SECRET)).toBe(false)
  })

  test('never throws on what is not a string', () => {
    const odd = [undefined, null, 42, {}, [], Symbol('x')] as unknown as string[]
    for (const value of odd) {
      expect(verifyWebhookSignature(value, sign(body), SECRET)).toBe(false)
      expect(verifyWebhookSignature(body, value, SECRET)).toBe(false)
      expect(verifyWebhookSignature(body, sign(body), value)).toBe(false)
    }
  })
})

describe('answerChallenge', () => {
  test('echoes the challenge as JSON', () => {
    expect(answerChallenge('/alma?challenge=abc123')).toBe('{"challenge":"abc123"}')
    expect(answerChallenge('https://relay.example.org/hook?x=1&challenge=Zz-9_.~')).toBe('{"challenge":"Zz-9_.~"}')
    expect(answerChallenge(new URL('http://h/?challenge=a%22b%5Cc'))).toBe(JSON.stringify({ challenge: 'a"b\\c' }))
    expect(JSON.parse(answerChallenge('/?challenge=a%22b%5Cc')!)).toEqual({ challenge: 'a"b\\c' })
    expect(answerChallenge(`/?challenge=${'x'.repeat(256)}`)).toBe(JSON.stringify({ challenge: 'x'.repeat(256) }))
  })

  test('answers nothing to a missing, empty, oversized or unprintable challenge', () => {
    for (const url of [
      '/',
      '/?other=1',
      '/?challenge=',
      `/?challenge=${'x'.repeat(257)}`,
      '/?challenge=a%20b',
      '/?challenge=%0Aevil',
      '/?challenge=%C3%A9',
      'http://[bad'
    ]) {
      expect(answerChallenge(url), url).toBeUndefined()
    }
    expect(answerChallenge(undefined as unknown as string)).toBeUndefined()
  })
})

describe('parseWebhookEvent', () => {
  const instance = {
    id: '9876543211000561',
    name: 'Export – 2026-12-01 4:11 AM',
    submit_time: '2026-12-01T10:00:00.000Z',
    end_time: '2026-12-01T10:05:00.000Z',
    progress: 100,
    status: { value: 'COMPLETED_SUCCESS', desc: 'Completed Successfully' },
    counter: [{ type: { value: 'label.new.records', desc: 'New Records' }, value: '12' }],
    job_info: { id: 'M28147', name: 'Export', link: 'https://example.org/almaws/v1/conf/jobs/M28147' }
  }
  const json = JSON.stringify({ id: '77', action: 'JOB_END', time: '2026-12-01T10:05:01Z', job_instance: instance })

  test('reads a JSON body into the typed instance', () => {
    const event = parseWebhookEvent(json)
    expect(event).toMatchObject({ id: '77', action: 'JOB_END', time: '2026-12-01T10:05:01Z' })
    expect(event.instance).toMatchObject({
      id: '9876543211000561',
      status: { value: 'COMPLETED_SUCCESS', desc: 'Completed Successfully' },
      progress: 100,
      counters: [{ type: { value: 'label.new.records', desc: 'New Records' }, value: '12' }],
      jobInfo: { id: 'M28147', name: 'Export' }
    })
  })

  test('reads the same event in XML to the same instance', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><webhook_event><id>77</id><action>JOB_END</action><time>2026-12-01T10:05:01Z</time>' +
      '<job_instance><id>9876543211000561</id><name>Export – 2026-12-01 4:11 AM</name><submit_time>2026-12-01T10:00:00.000Z</submit_time>' +
      '<end_time>2026-12-01T10:05:00.000Z</end_time><progress>100</progress><status desc="Completed Successfully">COMPLETED_SUCCESS</status>' +
      '<counters><counter><type desc="New Records">label.new.records</type><value>12</value></counter></counters>' +
      '<job_info link="https://example.org/almaws/v1/conf/jobs/M28147"><id>M28147</id><name>Export</name></job_info></job_instance></webhook_event>'
    expect(parseWebhookEvent(xml)).toEqual(parseWebhookEvent(json))
  })

  test('keeps the action as sent; isJobEndAction compares without case (§10)', () => {
    const lower = parseWebhookEvent(json.replace('"JOB_END"', '"job_end"'))
    expect(lower.action).toBe('job_end')
    expect(isJobEndAction(lower.action)).toBe(true)
    expect(isJobEndAction('Job_End')).toBe(true)
    expect(isJobEndAction('JOB_START')).toBe(false)
    expect(isJobEndAction(undefined)).toBe(false)
  })

  test('anything else is one clear BodyParseError', () => {
    const cases: [string, RegExp][] = [
      ['', /neither a JSON object nor XML/],
      ['hello', /neither a JSON object nor XML/],
      ['[1,2]', /neither a JSON object nor XML/],
      ['{"id":', /malformed JSON/],
      ['<a><b></a>', /malformed XML/],
      ['<html><body>502</body></html>', /HTML page/],
      ['<!DOCTYPE x [<!ENTITY a "b">]><x/>', /DOCTYPE/],
      ['{"id":"1","action":"JOB_END"}', /without a job_instance/],
      [JSON.stringify({ action: 'JOB_END', job_instance: { id: '1' } }), /status is missing/],
      [JSON.stringify({ action: 'JOB_END', job_instance: { id: 'x;rm', status: 'FAILED' } }), /not all digits/],
      [JSON.stringify({ id: '1', job_instance: instance }), /without an action/],
      [`{"a":${'['.repeat(100)}${']'.repeat(100)}}`, /nested deeper/],
      [`{"pad":"${'x'.repeat(MAX_WEBHOOK_BODY_BYTES)}"}`, /over 1048576 bytes/],
      [`{"pad":"${'é'.repeat(MAX_WEBHOOK_BODY_BYTES / 2)}"}`, /over 1048576 bytes/]
    ]
    for (const [body, message] of cases) {
      let thrown: unknown
      try {
        parseWebhookEvent(body)
      } catch (error) {
        thrown = error
      }
      expect(thrown, body.slice(0, 40)).toBeInstanceOf(BodyParseError)
      expect((thrown as Error).message, body.slice(0, 40)).toMatch(message)
      // The message is one line and bounded: it may be printed.
      expect((thrown as Error).message).not.toMatch(/\n/)
      expect((thrown as Error).message.length).toBeLessThan(300)
    }
    expect(() => parseWebhookEvent(undefined as unknown as string)).toThrow(BodyParseError)
  })
})

describe('the simulator sends JOB_END as Alma does', () => {
  let sim: Simulator | undefined
  let receiver: Receiver | undefined
  afterEach(async () => {
    await sim?.close()
    await receiver?.close()
    sim = receiver = undefined
  })

  async function setUp(post: Parameters<typeof challengeThen>[0], retryScale = 1e-5) {
    receiver = await startReceiver(challengeThen(post))
    sim = await startSimulator({ jobCount: 20, webhook: { url: `${receiver.url}/hook?profile=1`, secret: SECRET, retryScale } })
    const job = sim.addJob({ name: 'Webhook test export' })
    sim.setTimeline(job.id, quickTimeline())
    return { sim, receiver, job }
  }

  test('checks the URL first with GET ?challenge= and refuses a receiver that does not echo it', async () => {
    const echo = await setUp(() => ({ status: 200 }))
    expect(echo.receiver.received).toHaveLength(1)
    const check = echo.receiver.received[0]!
    expect(check.method).toBe('GET')
    expect(new URL(check.url, 'http://x').searchParams.get('profile')).toBe('1')
    expect(new URL(check.url, 'http://x').searchParams.get('challenge')).toMatch(/^[0-9a-f]{32}$/)
    await echo.sim.close()
    await echo.receiver.close()

    receiver = await startReceiver(() => ({ status: 200, body: '{"challenge":"not-the-one"}' }))
    await expect(startSimulator({ jobCount: 5, webhook: { url: receiver.url, secret: SECRET } })).rejects.toThrow(
      /webhook challenge failed/
    )
    await receiver.close()
    receiver = await startReceiver(() => ({ status: 404 }))
    await expect(startSimulator({ jobCount: 5, webhook: { url: receiver.url, secret: SECRET } })).rejects.toThrow(/answered 404/)
    const closedUrl = receiver.url
    await receiver.close()
    receiver = undefined
    await expect(startSimulator({ jobCount: 5, webhook: { url: closedUrl, secret: SECRET } })).rejects.toThrow(/no answer/)
  })

  test('refuses bad webhook options before it listens', async () => {
    await expect(startSimulator({ webhook: { url: 'ftp://x', secret: SECRET } })).rejects.toThrow(
      /absolute http:\/\/ or https:\/\/ URL/
    )
    await expect(startSimulator({ webhook: { url: 'http://127.0.0.1:9', secret: '' } })).rejects.toThrow(/secret/)
    await expect(startSimulator({ webhook: { url: 'http://127.0.0.1:9', secret: 's', retryScale: -1 } })).rejects.toThrow(
      /retryScale/
    )
    await expect(startSimulator({ webhook: { url: 'http://127.0.0.1:9', secret: 's', retryScale: 1001 } })).rejects.toThrow(
      'webhook retryScale must be a number from 0 to 1000'
    )
  })

  test('POSTs one signed event per run that ends, with the instance exactly as GET shows it', async () => {
    const { sim, receiver, job } = await setUp(() => ({ status: 200 }))
    const instanceId = await startRun(sim, job.id)
    expect(sim.webhookDeliveries).toHaveLength(0)
    await until(() => sim.webhookDeliveries.length === 1, 5_000, 'the delivery')
    const post = receiver.received[1]!
    expect(post.method).toBe('POST')
    expect(post.headers['content-type']).toBe('application/json')
    expect(post.headers['x-exl-signature']).toBe(sign(post.body))
    expect(post.headers['x-exl-signature']).toBe(signWebhookBody(post.body, SECRET))
    const body = JSON.parse(post.body) as Record<string, unknown>
    expect(Object.keys(body)).toEqual(['id', 'action', 'time', 'job_instance'])
    expect(body.action).toBe('JOB_END')
    expect(new Date(body.time as string).toISOString()).toBe(body.time)
    expect(body.job_instance).toEqual(JSON.parse(await getInstanceJson(sim, job.id, instanceId)))
    expect(sim.webhookDeliveries[0]).toMatchObject({
      jobId: job.id,
      instanceId,
      attempt: 1,
      status: 200,
      body: post.body,
      eventId: body.id
    })
    // The library reads it to what the client reads from GET.
    const client = new AlmaClient({ apiKey: sim.apiKey, baseUrl: sim.url, format: 'json' })
    expect(parseWebhookEvent(post.body).instance).toEqual(await client.getInstance(job.id, instanceId))
    await sleep(200)
    expect(receiver.received).toHaveLength(2)
  })

  test('sends nothing for a run that pauses (MANUAL_HANDLING_REQUIRED) or is still going', async () => {
    const { sim, receiver, job } = await setUp(() => ({ status: 200 }))
    sim.setTimeline(job.id, quickTimeline('MANUAL_HANDLING_REQUIRED'))
    await startRun(sim, job.id)
    sim.addRun(job.id, { submittedAt: Date.now() - 1000, status: 'RUNNING' })
    await sleep(300)
    expect(receiver.received.filter((r) => r.method === 'POST')).toHaveLength(0)
    // A run added as ended (a scheduled run) is announced too.
    const ended = sim.addRun(job.id, {
      submittedAt: Date.now() - 60_000,
      endedAt: Date.now() - 1_000,
      status: 'COMPLETED_WARNING'
    })
    await until(() => sim.webhookDeliveries.length === 1, 2_000, 'the added run')
    expect(sim.webhookDeliveries[0]!.instanceId).toBe(ended.id)
    expect(JSON.parse(sim.webhookDeliveries[0]!.body).job_instance.status.value).toBe('COMPLETED_WARNING')
  })

  test('retries a 5xx after 1 h, 3 h and 6 h (scaled), the same body each time, then gives up', async () => {
    const scale = 1e-5 // 36 ms, 108 ms, 216 ms
    const { sim, job } = await setUp(() => ({ status: 500 }), scale)
    await startRun(sim, job.id)
    await until(() => sim.webhookDeliveries.length === 4, 5_000, 'four attempts')
    const tries = sim.webhookDeliveries
    expect(tries.map((t) => [t.attempt, t.status])).toEqual([
      [1, 500],
      [2, 500],
      [3, 500],
      [4, 500]
    ])
    expect(new Set(tries.map((t) => t.body)).size).toBe(1)
    expect(new Set(tries.map((t) => t.eventId)).size).toBe(1)
    for (let i = 1; i < 4; i++) {
      expect(tries[i]!.sentAt - tries[i - 1]!.sentAt).toBeGreaterThanOrEqual(WEBHOOK_RETRY_DELAYS_MS[i - 1]! * scale - 2)
    }
    await sleep(400)
    expect(sim.webhookDeliveries).toHaveLength(4)
  })

  test('a 4xx ends it, a 2xx after a 503 ends it', async () => {
    const { sim, job } = await setUp((_request, index) => ({ status: index === 1 ? 503 : index === 2 ? 200 : 400 }))
    await startRun(sim, job.id)
    await until(() => sim.webhookDeliveries.length === 2, 5_000, 'the retry')
    expect(sim.webhookDeliveries.map((t) => t.status)).toEqual([503, 200])
    await startRun(sim, job.id)
    await until(() => sim.webhookDeliveries.length === 3, 5_000, 'the second run')
    await sleep(300)
    expect(sim.webhookDeliveries.map((t) => t.status)).toEqual([503, 200, 400])
  })

  test('no answer within 5 s counts as a failure and is retried', async () => {
    const { sim, job } = await setUp((_request, index) => (index === 1 ? 'hang' : { status: 204 }))
    await startRun(sim, job.id)
    await until(() => sim.webhookDeliveries.length === 2, 9_000, 'the retry after silence')
    expect(sim.webhookDeliveries.map((t) => [t.attempt, t.status])).toEqual([
      [1, 0],
      [2, 204]
    ])
  }, 15_000)

  test(`keeps only the last ${WEBHOOK_DELIVERIES_KEPT} deliveries, bodies included`, async () => {
    const { sim, receiver, job } = await setUp(() => ({ status: 200 }))
    const ended = () =>
      sim.addRun(job.id, { submittedAt: Date.now() - 60_000, endedAt: Date.now() - 1_000, status: 'COMPLETED_SUCCESS' })
    for (let i = 0; i < 3; i++) ended()
    await until(() => sim.webhookDeliveries.length === 3, 5_000, 'the first deliveries')
    const first = new Set(sim.webhookDeliveries.map((d) => d.eventId))
    for (let i = 0; i < WEBHOOK_DELIVERIES_KEPT; i++) ended()
    const posts = () => receiver.received.filter((r) => r.method === 'POST').length
    await until(
      () => posts() === WEBHOOK_DELIVERIES_KEPT + 3 && sim.webhookDeliveries.every((d) => !first.has(d.eventId)),
      20_000,
      'the first deliveries to be dropped'
    )
    await sleep(100)
    expect(sim.webhookDeliveries).toHaveLength(WEBHOOK_DELIVERIES_KEPT)
    expect(new Set(sim.webhookDeliveries.map((d) => d.eventId)).size).toBe(WEBHOOK_DELIVERIES_KEPT)
    expect(sim.webhookDeliveries.every((d) => d.status === 200 && d.body.includes(d.eventId))).toBe(true)
  }, 30_000)

  test('close() stops the retries still pending', async () => {
    const { sim, receiver, job } = await setUp(() => ({ status: 502 }), 1e-4) // first retry after 360 ms
    await startRun(sim, job.id)
    await until(() => sim.webhookDeliveries.length === 1, 5_000, 'the first attempt')
    await sim.close()
    await sleep(600)
    expect(sim.webhookDeliveries).toHaveLength(1)
    expect(receiver.received.filter((r) => r.method === 'POST')).toHaveLength(1)
  })
})
