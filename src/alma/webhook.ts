// Alma's JOB_END webhook (alma-api.md §10): its signature, its body, and the challenge that
// proves the receiver is ours. Everything here takes untrusted text and never throws on it,
// except parseWebhookEvent, whose one error is a BodyParseError saying what is wrong.
import { BodyParseError, parseBody, toJobEndEvent, type ParsedBody } from './parse.js'
import type { JobInstance } from './types.js'

export { BodyParseError } from './parse.js'

/** Far above any JOB_END body (an instance of §3.4 is a few KB); a larger one is not Alma's. */
export const MAX_WEBHOOK_BODY_BYTES = 1024 * 1024
/** The longest `?challenge=` value answered; Alma's random value is far shorter. */
export const MAX_CHALLENGE_CHARS = 256
/** §10: HMAC-SHA256 is 32 bytes, so its base64 is 44 characters ending in one `=`. */
const SIGNATURE = /^[A-Za-z0-9+/]{43}=$/

/** A JOB_END event read from its body (§10); `instance` is read as the client reads a GET's. */
export interface WebhookEvent {
  /** The event's own id (not the instance's), when sent. */
  id?: string
  /** `JOB_END`, in whatever case Alma wrote it (§10): compare with isJobEndAction. */
  action: string
  /** When Alma sent the event, ISO as sent. */
  time?: string
  instance: JobInstance
}

type Crypto = typeof import('node:crypto')
let crypto: Crypto | undefined
/**
 * node:crypto, loaded on the first check rather than at start-up: the action imports this
 * library's index but checks no signature, and loading crypto costs it a few ms.
 */
function nodeCrypto(): Crypto {
  crypto ??= process.getBuiltinModule('node:crypto')
  return crypto
}

/**
 * Whether `signature` (the `X-Exl-Signature` header) is the base64 HMAC-SHA256 of `rawBody`
 * keyed with `secret` (§10), compared in constant time. False for a missing, empty, malformed
 * or wrong-length signature, an empty secret, or anything that is not a string.
 */
export function verifyWebhookSignature(rawBody: string, signature: string, secret: string): boolean {
  if (typeof rawBody !== 'string' || typeof signature !== 'string' || typeof secret !== 'string' || secret === '') return false
  const given = signature.trim()
  if (!SIGNATURE.test(given)) return false
  const { createHmac, timingSafeEqual } = nodeCrypto()
  const expected = createHmac('sha256', secret).update(rawBody, 'utf8').digest()
  const actual = Buffer.from(given, 'base64')
  // Both are 32 bytes once the pattern matched; timingSafeEqual throws on a length mismatch.
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/** Whether an event's action is JOB_END: one Alma page writes it `job_end` (§10). */
export function isJobEndAction(action: string | undefined): boolean {
  return typeof action === 'string' && action.toUpperCase() === 'JOB_END'
}

/** Whether the text's UTF-8 is over the cap; short text (3 bytes a unit at most) is not encoded. */
function tooBig(text: string): boolean {
  if (text.length > MAX_WEBHOOK_BODY_BYTES) return true
  return text.length * 3 > MAX_WEBHOOK_BODY_BYTES && new TextEncoder().encode(text).byteLength > MAX_WEBHOOK_BODY_BYTES
}

/**
 * A JOB_END body, JSON or XML (§10), as the relay needs it: the typed event, and the body's
 * tree (what the dispatch forwards). Throws BodyParseError.
 */
export function readWebhookBody(rawBody: string, notes?: string[]): { event: WebhookEvent; tree: ParsedBody['data'] } {
  if (typeof rawBody !== 'string') throw new BodyParseError('webhook body is not text')
  if (tooBig(rawBody)) {
    throw new BodyParseError(`webhook body is over ${MAX_WEBHOOK_BODY_BYTES} bytes`)
  }
  const start = rawBody.trimStart()[0]
  if (start !== '{' && start !== '<') throw new BodyParseError('webhook body is neither a JSON object nor XML')
  const parsed = parseBody(rawBody, undefined)
  const { id, action, time, instance } = toJobEndEvent(parsed.data, notes)
  if (action === undefined || action === '') throw new BodyParseError('webhook event without an action')
  const event: WebhookEvent = { action, instance }
  if (id !== undefined) event.id = id
  if (time !== undefined) event.time = time
  return { event, tree: parsed.data }
}

/**
 * The event of a webhook body: `{id, action, time, job_instance}` in JSON, or the same
 * elements in XML (§10), with `instance` typed as the client's (§3.4). A body that is too
 * big, neither JSON nor XML, malformed, without an action or without a readable
 * `job_instance` throws a BodyParseError. Check the signature first.
 */
export function parseWebhookEvent(rawBody: string, notes?: string[]): WebhookEvent {
  return readWebhookBody(rawBody, notes).event
}

/**
 * The answer to Alma's check of the URL, `GET url?challenge=X` (§10): the JSON text
 * `{"challenge":"X"}`, or undefined when the URL has no challenge, or one that is empty,
 * longer than MAX_CHALLENGE_CHARS or not printable ASCII. Never throws.
 */
export function answerChallenge(url: string | URL): string | undefined {
  let challenge: string | null
  try {
    challenge = (typeof url === 'string' ? new URL(url, 'http://receiver.invalid') : url).searchParams.get('challenge')
  } catch {
    return undefined
  }
  if (challenge === null || challenge.length === 0 || challenge.length > MAX_CHALLENGE_CHARS) return undefined
  if (!/^[\x21-\x7e]+$/.test(challenge)) return undefined
  return JSON.stringify({ challenge })
}
