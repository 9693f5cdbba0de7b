// The JOB_END webhook as Alma's Webhooks integration profile sends it (alma-api.md §10): a
// challenge when it starts, then one signed POST per run that ends, retried on a 5xx or silence.
// Runs are a function of the clock (state.ts), so this is the simulator's one source of timers:
// one per run until it ends, one per retry; close() clears them all.
import { createHmac, randomBytes } from 'node:crypto'
import { boundedText } from '../src/text/bounded-body.js'
import * as render from './render.js'
import { instanceSnapshot, type SimState } from './state.js'
import type { Faults, SimInstance, WebhookDelivery, WebhookOptions } from './types.js'

/** §10: Alma waits this long for an answer before counting the try as failed. */
export const WEBHOOK_ANSWER_MS = 5_000
/** §10: after a 5xx or no answer, Alma tries again 1 h, 3 h and 6 h later. */
export const WEBHOOK_RETRY_DELAYS_MS: readonly number[] = [3_600_000, 3 * 3_600_000, 6 * 3_600_000]
/**
 * Deliveries kept for tests to read, the latest last; an older one is dropped with its body, so a
 * simulator left running for days holds at most this many (a body is a few KB).
 */
export const WEBHOOK_DELIVERIES_KEPT = 1000
/** What the simulator reads of a challenge answer; `{"challenge": "…"}` is far smaller. */
const CHALLENGE_ANSWER_BYTES = 4096
/** setTimeout's longest delay; a later end is reached in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1

export interface WebhookDeps {
  options: WebhookOptions
  state: SimState
  faults: Faults
  /** The simulator's API root, for the instance's links as GET would show them. */
  baseUrl: () => string
}

export interface WebhookSender {
  /** The last WEBHOOK_DELIVERIES_KEPT deliveries, in the order their answers came; the same array throughout. */
  readonly deliveries: WebhookDelivery[]
  /** §10: `GET url?challenge=RANDOM` must answer `{"challenge": "RANDOM"}`; throws otherwise. */
  challenge(): Promise<void>
  /** Sends the run's JOB_END when it ends (at once if it has already ended); no-op for a run that never ends. */
  watch(run: SimInstance): void
  close(): void
}

/** The largest retryScale taken: Alma's retry delays (§10) times 1000 are months already. */
export const MAX_WEBHOOK_RETRY_SCALE = 1000

/** Which option checkWebhookOptions refuses and the rule it breaks; never the value (a secret must not show). */
export class WebhookOptionError extends Error {
  constructor(
    readonly option: keyof WebhookOptions,
    readonly rule: string
  ) {
    super(`webhook ${option} ${rule}`)
  }
}

/** Checks the options (the one place their rules are, args.ts uses it too); throws one line naming what is wrong. */
export function checkWebhookOptions(options: WebhookOptions): Required<WebhookOptions> {
  let url: URL | undefined
  try {
    url = new URL(options.url)
  } catch {
    url = undefined
  }
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    throw new WebhookOptionError('url', 'must be an absolute http:// or https:// URL')
  if (typeof options.secret !== 'string' || options.secret === '')
    throw new WebhookOptionError('secret', 'must be a non-empty string')
  const retryScale = options.retryScale ?? 1
  if (!Number.isFinite(retryScale) || retryScale < 0 || retryScale > MAX_WEBHOOK_RETRY_SCALE)
    throw new WebhookOptionError('retryScale', `must be a number from 0 to ${MAX_WEBHOOK_RETRY_SCALE}`)
  return { url: url.href, secret: options.secret, retryScale }
}

/** §10: base64 of HMAC-SHA256 of the raw body, keyed with the secret. */
export function signWebhookBody(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body, 'utf8').digest('base64')
}

export function createWebhookSender(deps: WebhookDeps): WebhookSender {
  const options = checkWebhookOptions(deps.options)
  const deliveries: WebhookDelivery[] = []
  const timers = new Set<NodeJS.Timeout>()
  const closing = new AbortController()
  let events = 0

  const later = (ms: number, task: () => void) => {
    if (closing.signal.aborted) return
    const timer = setTimeout(
      () => {
        timers.delete(timer)
        task()
      },
      Math.min(Math.max(0, ms), MAX_TIMER_MS)
    )
    timers.add(timer)
  }

  /** The body of the run's event: the instance exactly as GET answers it in JSON (§10, §3.4). */
  const eventBody = (run: SimInstance, eventId: string): string | undefined => {
    const job = deps.state.findJob(run.jobId)
    if (job === undefined) return undefined
    const ctx: render.RenderContext = { base: deps.baseUrl(), readings: deps.faults }
    const instance = render.serialize('json', render.instanceNode(run, instanceSnapshot(run), job, ctx))
    const head = JSON.stringify({ id: eventId, action: 'JOB_END', time: new Date().toISOString() })
    return `${head.slice(0, -1)},"job_instance":${instance}}`
  }

  const post = async (body: string, signature: string): Promise<number> => {
    try {
      const answer = await fetch(options.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Exl-Signature': signature },
        body,
        redirect: 'manual',
        signal: AbortSignal.any([closing.signal, AbortSignal.timeout(WEBHOOK_ANSWER_MS)])
      })
      await answer.body?.cancel()
      return answer.status
    } catch {
      return 0
    }
  }

  const deliver = (run: SimInstance, eventId: string, body: string, signature: string, attempt: number) => {
    const sentAt = Date.now()
    void post(body, signature).then((status) => {
      if (closing.signal.aborted) return
      deliveries.push({ eventId, jobId: run.jobId, instanceId: run.id, attempt, sentAt, status, body, signature })
      if (deliveries.length > WEBHOOK_DELIVERIES_KEPT) deliveries.splice(0, deliveries.length - WEBHOOK_DELIVERIES_KEPT)
      // §10: a 2xx or 4xx ends it (a 3xx too: not followed, not retried); a 5xx or silence is retried.
      const delay = WEBHOOK_RETRY_DELAYS_MS[attempt - 1]
      if ((status === 0 || status >= 500) && delay !== undefined) {
        later(delay * options.retryScale, () => deliver(run, eventId, body, signature, attempt + 1))
      }
    })
  }

  const watch = (run: SimInstance) => {
    const endAt = instanceSnapshot(run, Number.POSITIVE_INFINITY).endTime
    if (endAt === undefined) return
    const fire = () => {
      const left = endAt - Date.now()
      if (left > 0) return later(left, fire)
      const eventId = `${Date.now()}${String(++events).padStart(4, '0')}`
      const body = eventBody(run, eventId)
      if (body !== undefined) deliver(run, eventId, body, signWebhookBody(body, options.secret), 1)
    }
    later(endAt - Date.now(), fire)
  }

  const challenge = async () => {
    const value = randomBytes(16).toString('hex')
    const url = new URL(options.url)
    url.searchParams.set('challenge', value)
    let status: number
    let text: string
    try {
      const answer = await fetch(url, {
        redirect: 'manual',
        signal: AbortSignal.any([closing.signal, AbortSignal.timeout(WEBHOOK_ANSWER_MS)])
      })
      status = answer.status
      text = (await boundedText(answer, CHALLENGE_ANSWER_BYTES)) ?? ''
    } catch {
      throw new Error(`webhook challenge failed: no answer from the receiver within ${WEBHOOK_ANSWER_MS / 1000} s`)
    }
    let echoed: unknown
    try {
      echoed = (JSON.parse(text) as { challenge?: unknown } | null)?.challenge
    } catch {
      echoed = undefined
    }
    if (status < 200 || status > 299 || echoed !== value) {
      throw new Error(`webhook challenge failed: the receiver answered ${status} without {"challenge": <the value sent>}`)
    }
  }

  return {
    deliveries,
    challenge,
    watch,
    close() {
      closing.abort()
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
    }
  }
}
