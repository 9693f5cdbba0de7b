// The webhook relay: Alma's signed JOB_END (alma-api.md §10) in, GitHub's repository_dispatch
// (runner.md §7, §8) out. A function on the standard Fetch API, so the same code runs on a
// serverless platform and behind serve.ts. The request is untrusted until its signature
// checks; no answer carries its text, and the GitHub token goes only into one header.
import { ConfigError, redact } from '../alma/errors.js'
import { BodyParseError } from '../alma/parse.js'
import { clip } from '../alma/text.js'
import { answerChallenge, isJobEndAction, readWebhookBody, verifyWebhookSignature } from '../alma/webhook.js'
import { loadXmlParser, looksLikeXml } from '../alma/xml.js'
import { boundedText } from '../text/bounded-body.js'
import { printable } from '../text/safe.js'

/** runner.md §7: GitHub takes a client_payload under 64 KB, so a larger body cannot be relayed. */
export const RELAY_MAX_BODY_BYTES = 64 * 1024
/** §10: Alma waits 5 s for the relay's answer; GitHub must answer well within that. */
export const DEFAULT_GITHUB_TIMEOUT_MS = 4_000
export const DEFAULT_EVENT_TYPE = 'alma-job-end'
export const DEFAULT_GITHUB_API_URL = 'https://api.github.com'
/** runner.md §8. */
const GITHUB_API_VERSION = '2022-11-28'
/** runner.md §7: the body's own fields; GitHub takes at most 10 top-level properties. */
const PAYLOAD_FIELDS = ['id', 'action', 'time', 'job_instance'] as const
/**
 * §10: Alma's last retry comes about 10 h (1 + 3 + 6) after the first try; an event whose `time`
 * is much older is a replay of a captured body, or a delivery Alma no longer makes.
 */
export const DEFAULT_MAX_EVENT_AGE_MS = 24 * 3_600_000
/** Instances already forwarded, so a retry of Alma's after a late answer is not sent twice. */
const REMEMBERED_INSTANCES = 1024
/** What is read of GitHub's error answer, for its `message` (runner.md §8); the rest is not needed. */
const GITHUB_ERROR_BYTES = 8 * 1024
const GITHUB_MESSAGE_CHARS = 200

export interface WebhookRelayOptions {
  /** The secret of Alma's Webhooks integration profile (§10). */
  secret: string
  /** A token that may create repository_dispatch events on `repository` (runner.md §8). */
  githubToken: string
  /** `owner/name` of the repository whose workflows the event starts. */
  repository: string
  /** The dispatch's `event_type`, matched by `on: repository_dispatch: types:`; default alma-job-end. */
  eventType?: string
  /** Job ids (M…, S…, O…) whose ends are forwarded; every job's by default (§10: Alma sends all). */
  jobs?: readonly string[]
  /** GitHub's REST API root; default https://api.github.com. Plain http only to a loopback host. */
  githubApiUrl?: string
  /** How long GitHub may take to answer; default 4000 ms, at most 4500 ms (Alma's 5 s, §10). */
  githubTimeoutMs?: number
  /**
   * An event whose `time` is older than this is refused (400), not forwarded; default 24 h, well
   * past Alma's last retry (§10). A time the relay cannot read, or one ahead of its clock, passes.
   */
  maxEventAgeMs?: number
  /** Told of every request's outcome, e.g. for a log line; its fields are safe to print. */
  onOutcome?: (outcome: RelayOutcome) => void
}

/**
 * What became of one request. `forwarded`: GitHub took the dispatch. `ignored`: a valid event
 * not to forward (not JOB_END, another job, already forwarded or being forwarded), answered 200
 * so Alma does not retry. `refused`: a 4xx (unsigned, mis-signed, too big, unreadable, too old,
 * wrong method).
 * `failed`: GitHub erred or was slow, answered 502 so Alma retries (§10). `challenge`: the URL check.
 */
export interface RelayOutcome {
  kind: 'challenge' | 'forwarded' | 'ignored' | 'refused' | 'failed'
  /** The relay's answer. */
  status: number
  /** Why, in the relay's own words (never the request's text). */
  reason: string
  /** Only when they have the form of ids and codes (§3.2, §3.4, §4), so they are safe to print. */
  jobId?: string
  instanceId?: string
  jobStatus?: string
  /** GitHub's answer, when it was asked. */
  githubStatus?: number
  /**
   * The `message` of GitHub's error answer (runner.md §8), for the log only, never for Alma: the
   * token removed, control characters escaped, at most 200 characters.
   */
  githubMessage?: string
}

const JOB_ID = /^[MSO]\d{1,30}$/
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/
const REPO_NAME = /^[A-Za-z0-9._-]{1,100}$/
const VISIBLE_ASCII = /^[\x21-\x7e]+$/
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

interface Settings {
  secret: string
  githubToken: string
  dispatchUrl: string
  repository: string
  eventType: string
  jobs: ReadonlySet<string> | undefined
  timeoutMs: number
  maxEventAgeMs: number
  onOutcome: ((outcome: RelayOutcome) => void) | undefined
}

/** The options checked; a ConfigError names the one that is wrong (never a secret's value). */
export function checkRelayOptions(options: WebhookRelayOptions): Settings {
  if (typeof options !== 'object' || options === null) throw new ConfigError('relay options must be an object')
  const { secret, githubToken, repository } = options
  if (typeof secret !== 'string' || secret === '')
    throw new ConfigError('relay secret must be a non-empty string (the Alma webhook secret)')
  if (typeof githubToken !== 'string' || !VISIBLE_ASCII.test(githubToken) || githubToken.length > 1000) {
    throw new ConfigError('relay githubToken must be a GitHub token: 1-1000 visible ASCII characters, no spaces')
  }
  const [owner, name, ...rest] = typeof repository === 'string' ? repository.split('/') : []
  if (
    owner === undefined ||
    name === undefined ||
    rest.length > 0 ||
    !OWNER.test(owner) ||
    !REPO_NAME.test(name) ||
    name === '.' ||
    name === '..'
  ) {
    throw new ConfigError('relay repository must be owner/name, e.g. my-org/alma-jobs')
  }
  const eventType = options.eventType ?? DEFAULT_EVENT_TYPE
  // runner.md §7: at most 100 characters.
  if (typeof eventType !== 'string' || eventType.length > 100 || !VISIBLE_ASCII.test(eventType)) {
    throw new ConfigError('relay eventType must be 1-100 visible ASCII characters, no spaces')
  }
  let jobs: Set<string> | undefined
  if (options.jobs !== undefined) {
    if (
      !Array.isArray(options.jobs) ||
      options.jobs.length === 0 ||
      !options.jobs.every((id) => typeof id === 'string' && JOB_ID.test(id))
    ) {
      throw new ConfigError('relay jobs must be a non-empty list of job ids such as M28147 or S1234567890000561')
    }
    jobs = new Set(options.jobs)
  }
  const timeoutMs = options.githubTimeoutMs ?? DEFAULT_GITHUB_TIMEOUT_MS
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > 4_500) {
    throw new ConfigError('relay githubTimeoutMs must be a whole number of milliseconds from 1 to 4500')
  }
  const maxEventAgeMs = options.maxEventAgeMs ?? DEFAULT_MAX_EVENT_AGE_MS
  if (!Number.isSafeInteger(maxEventAgeMs) || maxEventAgeMs < 1) {
    throw new ConfigError('relay maxEventAgeMs must be a whole number of milliseconds, at least 1')
  }
  return {
    secret,
    githubToken,
    dispatchUrl: `${apiRoot(options.githubApiUrl ?? DEFAULT_GITHUB_API_URL)}/repos/${owner}/${name}/dispatches`,
    repository: `${owner}/${name}`,
    eventType,
    jobs,
    timeoutMs,
    maxEventAgeMs,
    onOutcome: options.onOutcome
  }
}

/** The API root without a trailing slash; https, or http to this machine only (the token is in a header). */
function apiRoot(raw: string): string {
  let url: URL | undefined
  try {
    url = typeof raw === 'string' ? new URL(raw) : undefined
  } catch {
    url = undefined
  }
  const plainOk = url?.protocol === 'http:' && LOOPBACK.has(url.hostname)
  if (url === undefined || !(url.protocol === 'https:' || plainOk) || url.username || url.password || url.search || url.hash) {
    throw new ConfigError('relay githubApiUrl must be an https URL without query (http only to 127.0.0.1, localhost or [::1])')
  }
  return url.href.replace(/\/+$/, '')
}

/**
 * The relay: `GET ?challenge=X` answers the check (§10); `POST` with a signed JOB_END body is
 * sent on to GitHub as a repository_dispatch whose client_payload is the body (runner.md §7).
 */
export function createWebhookRelay(options: WebhookRelayOptions): (request: Request) => Promise<Response> {
  const settings = checkRelayOptions(options)
  const forwarded = new Set<string>()
  // Claimed before GitHub is asked, so a copy that arrives meanwhile is not sent too.
  const inFlight = new Set<string>()

  const finish = (outcome: RelayOutcome, body: string): Response => {
    try {
      settings.onOutcome?.(outcome)
    } catch {
      // A logger's failure must not change what Alma is told.
    }
    return new Response(body, {
      status: outcome.status,
      headers: {
        'Content-Type': 'application/json',
        'Cache-Control': 'no-store',
        ...(outcome.status === 405 && { Allow: 'GET, POST' })
      }
    })
  }
  const answer = (kind: RelayOutcome['kind'], status: number, reason: string, extra: Partial<RelayOutcome> = {}) =>
    finish({ kind, status, reason, ...extra }, JSON.stringify({ result: kind, reason }))

  const remember = (instanceId: string) => {
    forwarded.add(instanceId)
    if (forwarded.size > REMEMBERED_INSTANCES) forwarded.delete(forwarded.values().next().value!)
  }

  return async function relay(request: Request): Promise<Response> {
    if (request.method === 'GET') {
      const challenge = answerChallenge(request.url)
      if (challenge === undefined) {
        return answer('refused', 400, `a GET must carry ?challenge= (1-256 visible ASCII characters)`)
      }
      return finish({ kind: 'challenge', status: 200, reason: 'answered the challenge' }, challenge)
    }
    if (request.method !== 'POST') return answer('refused', 405, 'only GET (the challenge) and POST (events) are answered')

    let raw: string | undefined
    try {
      raw = await boundedText(request, RELAY_MAX_BODY_BYTES)
    } catch {
      return answer('refused', 400, 'the body could not be read to its end')
    }
    if (raw === undefined) return answer('refused', 413, `body over ${RELAY_MAX_BODY_BYTES} bytes`)
    const signature = request.headers.get('x-exl-signature')
    if (signature === null || signature.trim() === '') return answer('refused', 401, 'no X-Exl-Signature header')
    if (!verifyWebhookSignature(raw, signature, settings.secret))
      return answer('refused', 401, 'X-Exl-Signature does not match the body')

    let read: ReturnType<typeof readWebhookBody>
    // §10: Alma may send XML; the parser is loaded only then, and the bundle has no node_modules.
    if (looksLikeXml(raw)) await loadXmlParser()
    try {
      read = readWebhookBody(raw)
    } catch (error) {
      if (!(error instanceof BodyParseError)) throw error
      return answer('refused', 400, 'the body is not a readable webhook event')
    }
    const { event, tree } = read
    const jobId = event.instance.jobInfo?.id
    const ids: Partial<RelayOutcome> = {
      ...(jobId !== undefined && JOB_ID.test(jobId) && { jobId }),
      instanceId: event.instance.id,
      ...(/^[A-Z_]{1,40}$/.test(event.instance.status.value) && { jobStatus: event.instance.status.value })
    }
    if (!isJobEndAction(event.action)) return answer('ignored', 200, 'not a JOB_END event', ids)
    if (settings.jobs && (jobId === undefined || !settings.jobs.has(jobId))) {
      return answer('ignored', 200, 'a job the relay does not forward', ids)
    }
    // NaN (no time, or none Date reads) compares false: such an event passes.
    const ageMs = Date.now() - (event.time === undefined ? Number.NaN : Date.parse(event.time))
    if (ageMs > settings.maxEventAgeMs) {
      const [size, unit] = spanUnit(settings.maxEventAgeMs)
      const words = `from ${Math.floor(ageMs / size)} ${unit} ago, older than the ${settings.maxEventAgeMs / size} ${unit}`
      return answer('refused', 400, `the event is ${words} the relay accepts; not forwarded`, ids)
    }
    const instanceId = event.instance.id
    if (forwarded.has(instanceId)) return answer('ignored', 200, 'this instance was already forwarded', ids)
    if (inFlight.has(instanceId)) return answer('ignored', 200, 'this instance is already being forwarded', ids)

    const payload: Record<string, unknown> = {}
    for (const field of PAYLOAD_FIELDS) if (tree[field] !== undefined) payload[field] = tree[field]
    const dispatch = JSON.stringify({ event_type: settings.eventType, client_payload: payload })
    if (new TextEncoder().encode(dispatch).byteLength >= RELAY_MAX_BODY_BYTES) {
      return answer('refused', 413, `the dispatch would be over GitHub's ${RELAY_MAX_BODY_BYTES} bytes`, ids)
    }
    inFlight.add(instanceId)
    try {
      const result = await dispatchToGitHub(settings, dispatch)
      if ('error' in result) return answer('failed', 502, result.error, ids)
      const { status: githubStatus, message } = result
      if (githubStatus < 200 || githubStatus > 299) {
        const failure = { ...ids, githubStatus, ...(message !== undefined && { githubMessage: message }) }
        return answer('failed', 502, refusalReason(githubStatus, settings.repository), failure)
      }
      remember(instanceId)
      return answer('forwarded', 200, `dispatched ${settings.eventType} to ${settings.repository}`, { ...ids, githubStatus })
    } finally {
      // Released on failure too, so Alma's retry (§10) can forward it.
      inFlight.delete(instanceId)
    }
  }
}

/** The dispatch sent (runner.md §8): GitHub's status and error message, or why there is none. */
async function dispatchToGitHub(
  settings: Settings,
  dispatch: string
): Promise<{ status: number; message?: string } | { error: string }> {
  let github: Response
  try {
    github = await fetch(settings.dispatchUrl, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${settings.githubToken}`,
        Accept: 'application/vnd.github+json',
        'X-GitHub-Api-Version': GITHUB_API_VERSION,
        'User-Agent': 'almajob-relay',
        'Content-Type': 'application/json'
      },
      body: dispatch,
      redirect: 'error',
      signal: AbortSignal.timeout(settings.timeoutMs)
    })
  } catch (error) {
    const late = error instanceof Error && error.name === 'TimeoutError'
    return { error: late ? `GitHub did not answer within ${settings.timeoutMs} ms` : 'GitHub could not be reached' }
  }
  if (github.status >= 200 && github.status <= 299) {
    await github.body?.cancel().catch(() => undefined)
    return { status: github.status }
  }
  const message = await errorMessage(github, settings.githubToken)
  return { status: github.status, ...(message !== undefined && { message }) }
}

/** What GitHub's refusal means, in terms of what to fix (runner.md §8). */
function refusalReason(status: number, repository: string): string {
  switch (status) {
    case 401:
      return `GitHub refused the token (401): it is wrong or expired; give the relay a token with Contents: read and write on ${repository}`
    case 403:
      return `GitHub refused the token (403): it may not dispatch to ${repository}; it needs Contents: read and write there`
    case 404:
      return `GitHub answered 404: the token cannot see ${repository}; check the repository's name and the token's repository access`
    case 422:
      return `GitHub refused the dispatch as invalid (422)`
    default:
      return `GitHub refused the dispatch (${status})`
  }
}

/** The `message` of GitHub's JSON error (runner.md §8), safe to log; undefined when there is none. */
async function errorMessage(github: Response, token: string): Promise<string | undefined> {
  let message: unknown
  try {
    const text = await boundedText(github, GITHUB_ERROR_BYTES)
    message = text === undefined ? undefined : (JSON.parse(text) as { message?: unknown } | null)?.message
  } catch {
    return undefined
  }
  if (typeof message !== 'string' || message.trim() === '') return undefined
  // Scrubbed before it is cut: a cut token is still a token.
  return clip(printable(redact(message, [token])), GITHUB_MESSAGE_CHARS)
}

/** The largest of h, min, s, ms that measures `ms` whole, for a reason's wording. */
function spanUnit(ms: number): [number, string] {
  if (ms % 3_600_000 === 0) return [3_600_000, 'h']
  if (ms % 60_000 === 0) return [60_000, 'min']
  if (ms % 1_000 === 0) return [1_000, 's']
  return [1, 'ms']
}
