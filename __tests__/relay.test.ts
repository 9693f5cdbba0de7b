// The webhook relay as a Fetch handler (alma-api.md §10 in, runner.md §7-§8 out): Request
// objects in, a loopback fake of GitHub's dispatches endpoint behind it.
import { createHmac } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { createWebhookRelay, RELAY_MAX_BODY_BYTES, type RelayOutcome, type WebhookRelayOptions } from '../src/lib.js'
import { startReceiver, type Receiver } from './support/webhook.js'

const SECRET = 'alma-profile-secret'
const TOKEN = 'github_pat_11ABCDEFG0123456789_secretTokenValue'
const sign = (body: string, secret = SECRET) => createHmac('sha256', secret).update(body, 'utf8').digest('base64')

const instance = (jobId: string, id = '9876543211000561') => ({
  id,
  name: 'Nightly export <b>MARKER-NAME</b>',
  status: { value: 'COMPLETED_SUCCESS', desc: 'Completed Successfully' },
  progress: 100,
  counter: [{ type: { value: 'label.new.records', desc: 'New Records' }, value: '3' }],
  job_info: { id: jobId, name: 'Nightly export' }
})
const eventBody = (jobId = 'M28147', action = 'JOB_END', id = '9876543211000561', time = new Date().toISOString()) =>
  JSON.stringify({ id: 'evt-1', action, time, job_instance: instance(jobId, id) })
const HOUR_MS = 3_600_000

let github: Receiver
let githubAnswer: () => { status: number; body?: string } | 'hang' = () => ({ status: 204 })
beforeAll(async () => {
  github = await startReceiver(() => githubAnswer())
})
afterAll(async () => {
  await github.close()
})
beforeEach(() => {
  github.received.length = 0
  githubAnswer = () => ({ status: 204 })
})

function relayWith(extra: Partial<WebhookRelayOptions> = {}) {
  const outcomes: RelayOutcome[] = []
  const relay = createWebhookRelay({
    secret: SECRET,
    githubToken: TOKEN,
    repository: 'my-org/alma-jobs',
    githubApiUrl: github.url,
    onOutcome: (outcome) => outcomes.push(outcome),
    ...extra
  })
  return { relay, outcomes }
}

const post = (body: string, headers: Record<string, string> = { 'X-Exl-Signature': sign(body) }) =>
  new Request('https://relay.example.org/alma', {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/json', ...headers }
  })

describe('createWebhookRelay: options', () => {
  const base: WebhookRelayOptions = { secret: SECRET, githubToken: TOKEN, repository: 'o/r' }
  test.each([
    [{ secret: '' }, /secret/],
    [{ githubToken: '' }, /githubToken/],
    [{ githubToken: 'has space' }, /githubToken/],
    [{ repository: 'no-slash' }, /owner\/name/],
    [{ repository: 'a/b/c' }, /owner\/name/],
    [{ repository: 'o/..' }, /owner\/name/],
    [{ repository: '-o/r' }, /owner\/name/],
    [{ eventType: 'x'.repeat(101) }, /eventType/],
    [{ eventType: 'two words' }, /eventType/],
    [{ jobs: [] }, /jobs/],
    [{ jobs: ['M1', 'not-a-job'] }, /jobs/],
    [{ githubApiUrl: 'http://api.example.org' }, /githubApiUrl/],
    [{ githubApiUrl: 'ftp://127.0.0.1' }, /githubApiUrl/],
    [{ githubApiUrl: 'https://api.github.com/?x=1' }, /githubApiUrl/],
    [{ githubApiUrl: 'https://user:pw@api.github.com' }, /githubApiUrl/],
    [{ githubApiUrl: 'not a url' }, /githubApiUrl/],
    [{ githubTimeoutMs: 0 }, /githubTimeoutMs/],
    [{ githubTimeoutMs: 6000 }, /githubTimeoutMs/],
    [{ maxEventAgeMs: 0 }, /maxEventAgeMs/],
    [{ maxEventAgeMs: 1.5 }, /maxEventAgeMs/],
    [{ maxEventAgeMs: '1h' }, /maxEventAgeMs/]
  ])('refuses %o with one line that names it', (bad, message) => {
    let thrown: unknown
    try {
      createWebhookRelay({ ...base, ...bad } as WebhookRelayOptions)
    } catch (error) {
      thrown = error
    }
    expect((thrown as Error).message).toMatch(message)
    expect((thrown as Error).message).not.toContain(TOKEN)
    expect((thrown as Error).message).not.toMatch(/\n/)
  })

  test('accepts GitHub Enterprise Server roots and loopback http', () => {
    expect(() => createWebhookRelay({ ...base, githubApiUrl: 'https://ghe.example.org/api/v3/' })).not.toThrow()
    expect(() => createWebhookRelay({ ...base, githubApiUrl: 'http://localhost:9999' })).not.toThrow()
    expect(() =>
      createWebhookRelay({ ...base, jobs: ['M28147', 'S1234567890000561'], eventType: 'nightly:export' })
    ).not.toThrow()
  })
})

describe('createWebhookRelay: requests', () => {
  test('answers the challenge, and nothing else on GET; other methods get 405', async () => {
    const { relay, outcomes } = relayWith()
    const ok = await relay(new Request('https://relay.example.org/alma?challenge=Rand0m-123'))
    expect(ok.status).toBe(200)
    expect(ok.headers.get('content-type')).toBe('application/json')
    expect(await ok.json()).toEqual({ challenge: 'Rand0m-123' })
    const none = await relay(new Request('https://relay.example.org/alma'))
    expect(none.status).toBe(400)
    const put = await relay(new Request('https://relay.example.org/alma', { method: 'PUT', body: 'x' }))
    expect(put.status).toBe(405)
    expect(put.headers.get('allow')).toBe('GET, POST')
    expect(outcomes.map((o) => o.kind)).toEqual(['challenge', 'refused', 'refused'])
    expect(github.received).toHaveLength(0)
  })

  test('forwards a signed JOB_END as a repository_dispatch whose client_payload is the body', async () => {
    const { relay, outcomes } = relayWith()
    const body = eventBody()
    const answer = await relay(post(body))
    expect(answer.status).toBe(200)
    const text = await answer.text()
    // Nothing of the request comes back, and never the token.
    expect(text).not.toContain('MARKER-NAME')
    expect(text).not.toContain(TOKEN)
    expect(github.received).toHaveLength(1)
    const dispatch = github.received[0]!
    expect(dispatch.method).toBe('POST')
    expect(dispatch.url).toBe('/repos/my-org/alma-jobs/dispatches')
    expect(dispatch.headers.authorization).toBe(`Bearer ${TOKEN}`)
    expect(dispatch.headers.accept).toBe('application/vnd.github+json')
    expect(dispatch.headers['x-github-api-version']).toBe('2022-11-28')
    expect(dispatch.headers['user-agent']).toBe('almajob-relay')
    expect(dispatch.headers['content-type']).toBe('application/json')
    expect(JSON.parse(dispatch.body)).toEqual({ event_type: 'alma-job-end', client_payload: JSON.parse(body) })
    expect(outcomes).toEqual([
      {
        kind: 'forwarded',
        status: 200,
        reason: 'dispatched alma-job-end to my-org/alma-jobs',
        jobId: 'M28147',
        instanceId: '9876543211000561',
        jobStatus: 'COMPLETED_SUCCESS',
        githubStatus: 204
      }
    ])
    expect(JSON.stringify(outcomes)).not.toContain(TOKEN)
  })

  test('refuses unsigned, mis-signed and altered bodies with 401, and never calls GitHub', async () => {
    const { relay } = relayWith()
    const body = eventBody()
    const cases = [
      post(body, {}),
      post(body, { 'X-Exl-Signature': '' }),
      post(body, { 'X-Exl-Signature': 'not base64 at all' }),
      post(body, { 'X-Exl-Signature': sign(body, 'another-secret') }),
      post(body.replace('COMPLETED_SUCCESS', 'COMPLETED_FAILED'), { 'X-Exl-Signature': sign(body) }),
      post(`${body}\n`, { 'X-Exl-Signature': sign(body) }),
      post(`\ufeff${body}`, { 'X-Exl-Signature': sign(body) })
    ]
    for (const request of cases) {
      const answer = await relay(request)
      expect(answer.status).toBe(401)
      expect(await answer.text()).not.toContain('MARKER-NAME')
    }
    expect(github.received).toHaveLength(0)
  })

  test('refuses a body over the cap with 413, declared or streamed, before reading it all', async () => {
    const { relay } = relayWith()
    const big = `{"pad":"${'x'.repeat(RELAY_MAX_BODY_BYTES)}"}`
    const declared = await relay(post(big, { 'X-Exl-Signature': sign(big), 'Content-Length': String(big.length) }))
    expect(declared.status).toBe(413)
    let pulled = 0
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++
        controller.enqueue(new Uint8Array(16 * 1024).fill(0x20))
      }
    })
    const streamed = await relay(
      new Request('https://relay.example.org/', {
        method: 'POST',
        body: endless,
        duplex: 'half',
        headers: { 'X-Exl-Signature': sign('') }
      } as RequestInit)
    )
    expect(streamed.status).toBe(413)
    expect(pulled).toBeLessThan(10)
    expect(github.received).toHaveLength(0)
  })

  test('a signed body that is no event is 400; a signed event of no interest is 200 and not forwarded', async () => {
    const { relay, outcomes } = relayWith({ jobs: ['M28147'] })
    for (const garbage of ['hello', '{"id":"1"}', '<a><b></a>', '{"action":"JOB_END","job_instance":{"id":"x"}}']) {
      const answer = await relay(post(garbage))
      expect(answer.status, garbage).toBe(400)
    }
    const other = await relay(post(eventBody('M99999')))
    expect(other.status).toBe(200)
    const started = await relay(post(eventBody('M28147', 'JOB_START')))
    expect(started.status).toBe(200)
    expect(github.received).toHaveLength(0)
    expect(outcomes.slice(-2).map((o) => [o.kind, o.reason])).toEqual([
      ['ignored', 'a job the relay does not forward'],
      ['ignored', 'not a JOB_END event']
    ])
    const listed = await relay(post(eventBody('M28147', 'job_end')))
    expect(listed.status).toBe(200)
    expect(github.received).toHaveLength(1)
  })

  test('forwards an XML event, its tree as the payload', async () => {
    const { relay } = relayWith({ eventType: 'nightly' })
    const time = new Date().toISOString()
    const xml =
      `<webhook_event><id>e2</id><action>JOB_END</action><time>${time}</time><job_instance><id>123</id>` +
      '<status desc="Failed">FAILED</status><job_info><id>M1</id></job_info></job_instance></webhook_event>'
    const answer = await relay(post(xml))
    expect(answer.status).toBe(200)
    expect(JSON.parse(github.received[0]!.body)).toEqual({
      event_type: 'nightly',
      client_payload: {
        id: 'e2',
        action: 'JOB_END',
        time,
        job_instance: { id: '123', status: { value: 'FAILED', desc: 'Failed' }, job_info: { id: 'M1' } }
      }
    })
  })

  test('a GitHub error, silence or absence is 502 so Alma retries; the instance is forwarded once', async () => {
    const { relay, outcomes } = relayWith({ githubTimeoutMs: 300 })
    const body = eventBody()
    for (const status of [500, 422, 401]) {
      githubAnswer = () => ({ status, body: `{"message":"${TOKEN}"}` })
      const answer = await relay(post(body))
      expect(answer.status).toBe(502)
      expect(await answer.text()).not.toContain(TOKEN)
    }
    githubAnswer = () => 'hang'
    const late = await relay(post(body))
    expect(late.status).toBe(502)
    expect(outcomes.at(-1)!.reason).toBe('GitHub did not answer within 300 ms')
    githubAnswer = () => ({ status: 204 })
    expect((await relay(post(body))).status).toBe(200)
    // Alma's retry after a lost answer: answered 200, not sent again.
    expect((await relay(post(body))).status).toBe(200)
    expect(outcomes.at(-1)!.reason).toBe('this instance was already forwarded')
    expect(github.received).toHaveLength(5)

    const gone = relayWith({ githubApiUrl: 'http://127.0.0.1:9' })
    const unreachable = await gone.relay(post(body))
    expect(unreachable.status).toBe(502)
    expect(gone.outcomes[0]!.reason).toBe('GitHub could not be reached')
  })

  test('keeps the API path of GitHub Enterprise Server, and a logger that throws changes nothing', async () => {
    const relay = createWebhookRelay({
      secret: SECRET,
      githubToken: TOKEN,
      repository: 'o/r',
      githubApiUrl: `${github.url}/api/v3/`,
      onOutcome: () => {
        throw new Error('logger down')
      }
    })
    const answer = await relay(post(eventBody()))
    expect(answer.status).toBe(200)
    expect(github.received[0]!.url).toBe('/api/v3/repos/o/r/dispatches')
  })
})

describe('createWebhookRelay: one dispatch per instance', () => {
  test('the same signed body three times at once is forwarded once; the others are answered 200', async () => {
    const { relay, outcomes } = relayWith()
    const body = eventBody('M28147', 'JOB_END', '777')
    const answers = await Promise.all([1, 2, 3].map(() => relay(post(body))))
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200])
    expect(github.received).toHaveLength(1)
    expect(outcomes.map((o) => [o.kind, o.reason]).sort()).toEqual([
      ['forwarded', 'dispatched alma-job-end to my-org/alma-jobs'],
      ['ignored', 'this instance is already being forwarded'],
      ['ignored', 'this instance is already being forwarded']
    ])
    expect((await relay(post(body))).status).toBe(200)
    expect(outcomes.at(-1)!.reason).toBe('this instance was already forwarded')
    expect(github.received).toHaveLength(1)
  })

  test('a failed dispatch releases its claim, so the retry of Alma is forwarded', async () => {
    const { relay, outcomes } = relayWith()
    const body = eventBody('M28147', 'JOB_END', '888')
    githubAnswer = () => ({ status: 500 })
    const first = await Promise.all([relay(post(body)), relay(post(body))])
    expect(first.map((a) => a.status).sort()).toEqual([200, 502])
    expect(github.received).toHaveLength(1)
    githubAnswer = () => ({ status: 204 })
    expect((await relay(post(body))).status).toBe(200)
    expect(outcomes.at(-1)!.kind).toBe('forwarded')
    expect(github.received).toHaveLength(2)
  })

  test('an event whose time is older than maxEventAgeMs (default 24 h) is refused 400 and not forwarded', async () => {
    const { relay, outcomes } = relayWith()
    const ago = (ms: number) => new Date(Date.now() - ms).toISOString()
    const stale = await relay(post(eventBody('M28147', 'JOB_END', '1001', ago(25 * HOUR_MS))))
    expect(stale.status).toBe(400)
    expect(outcomes.at(-1)).toMatchObject({ kind: 'refused', instanceId: '1001' })
    expect(outcomes.at(-1)!.reason).toBe('the event is from 25 h ago, older than the 24 h the relay accepts; not forwarded')
    expect(github.received).toHaveLength(0)
    // Alma's last retry comes about 10 h after the first try (§10): still forwarded.
    expect((await relay(post(eventBody('M28147', 'JOB_END', '1002', ago(11 * HOUR_MS))))).status).toBe(200)
    // A time ahead of the relay's clock, or one that is no time, does not block the event.
    expect((await relay(post(eventBody('M28147', 'JOB_END', '1003', ago(-HOUR_MS))))).status).toBe(200)
    expect((await relay(post(eventBody('M28147', 'JOB_END', '1004', 'yesterday')))).status).toBe(200)
    expect(github.received).toHaveLength(3)

    const strict = relayWith({ maxEventAgeMs: 60_000 })
    expect((await strict.relay(post(eventBody('M28147', 'JOB_END', '1005', ago(120_000))))).status).toBe(400)
    expect(strict.outcomes[0]!.reason).toBe('the event is from 2 min ago, older than the 1 min the relay accepts; not forwarded')
    expect(github.received).toHaveLength(3)
  })

  test("GitHub's 401, 403 and 404 are 502 with a reason that says what to fix, GitHub's message clipped and inert", async () => {
    const { relay, outcomes } = relayWith()
    const body = eventBody()
    const message = `Bad credentials ${TOKEN} \u001b[31m::error::pwned ${'x'.repeat(5_000)}`
    const cases: [number, RegExp][] = [
      [
        401,
        /^GitHub refused the token \(401\): it is wrong or expired; give the relay a token with Contents: read and write on my-org\/alma-jobs$/
      ],
      [
        403,
        /^GitHub refused the token \(403\): it may not dispatch to my-org\/alma-jobs; it needs Contents: read and write there/
      ],
      [
        404,
        /^GitHub answered 404: the token cannot see my-org\/alma-jobs; check the repository's name and the token's repository access$/
      ]
    ]
    for (const [status, reason] of cases) {
      githubAnswer = () => ({ status, body: JSON.stringify({ message, documentation_url: 'https://docs.github.com/rest' }) })
      const answer = await relay(post(body))
      expect(answer.status).toBe(502)
      const text = await answer.text()
      expect(text).not.toContain('Bad credentials')
      expect(text).not.toContain(TOKEN)
      const outcome = outcomes.at(-1)!
      expect(outcome).toMatchObject({ kind: 'failed', status: 502, githubStatus: status })
      expect(outcome.reason).toMatch(reason)
      expect(outcome.githubMessage).toMatch(/^Bad credentials \[redacted\] \\u001b\[31m::error::pwned x+…$/)
      expect(outcome.githubMessage!.length).toBeLessThanOrEqual(200)
    }
    expect(JSON.stringify(outcomes)).not.toContain(TOKEN)
    // A body that is not GitHub's JSON error gives no message.
    githubAnswer = () => ({ status: 422, body: '<html>teapot</html>' })
    expect((await relay(post(body))).status).toBe(502)
    expect(outcomes.at(-1)!.reason).toBe('GitHub refused the dispatch as invalid (422)')
    expect(outcomes.at(-1)!.githubMessage).toBeUndefined()
    expect(github.received).toHaveLength(4)
  })
})
