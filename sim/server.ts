// The simulator's HTTP side: routing (alma-api.md §2), auth (§1), format choice (§1),
// Alma's validation and error codes (§5), and the per-request faults of faults.ts.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import { XMLParser } from 'fast-xml-parser'
import { FaultGate } from './faults.js'
import type { ControlHandler } from './control.js'
import type { Endpoint, Environment, Faults, RecordedRequest, SimInstance, SimJob, Simulator } from './types.js'
import * as render from './render.js'
import { CATEGORIES, JOB_TYPE_DESC } from './seed.js'
import { instanceEvents, instanceSnapshot, STATUS_DESC, type SimState } from './state.js'

export interface Grant {
  env: Environment
  write: boolean
}

export interface ServerDeps {
  state: SimState
  faults: Faults
  grants: Map<string, Grant>
  counts: Simulator['counts']
  requests: RecordedRequest[]
  baseUrl: () => string
  /** The control endpoint (control.ts) when it is on: it answers /_sim/ before any Alma logic. */
  control?: ControlHandler
}

interface Route {
  endpoint: Endpoint
  jobId?: string
  instanceId?: string
}

/** An Alma business error: 400 with a numeric code unless said otherwise (§5). */
class Reject extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400
  ) {
    super(message)
  }
}

const BASE_PATH = '/almaws/v1/'
const UNAUTHORIZED = 'API-key not defined or not configured to allow this API.'
const QUOTA_MESSAGES = {
  // §8: Alma's message really ends with a space.
  PER_SECOND_THRESHOLD: 'HTTP requests are more than allowed per second ',
  DAILY_THRESHOLD:
    'Daily API Request Threshold has been reached. For details see: https://developers.exlibrisgroup.com/alma/apis/#threshold'
}
const SERVER_ERRORS: Record<number, [string, string]> = {
  500: ['INTERNAL_SERVER_ERROR', 'Internal server error.'],
  503: ['ROUTING_ERROR', 'Routing error: the service is temporarily unavailable.']
}

export function createSimServer(deps: ServerDeps): Server {
  const { state, faults, grants } = deps
  const gate = new FaultGate(faults)
  const xml = new XMLParser({ parseTagValue: false, ignoreAttributes: true, isArray: (name) => name === 'parameter' })

  const server = createServer((req, res) => {
    // Not an Alma call: no faults, no latency, not counted or recorded.
    const controlled = deps.control?.(req, res)
    if (controlled) return void controlled
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy()
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end(`simulator bug: ${String(error)}`)
    })
  })
  return server

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET'
    const url = new URL(req.url ?? '/', 'http://sim.invalid')
    const target = route(method, url.pathname)
    deps.counts[target.endpoint] += 1
    deps.counts.total += 1
    // §1: header `Authorization: apikey KEY`, or `?apikey=` as real Alma also allows.
    const headerKey = /^apikey\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1]
    const queryKey = url.searchParams.get('apikey') ?? undefined
    const key = headerKey ?? queryKey
    const grant = key === undefined ? undefined : grants.get(key)
    const record: RecordedRequest = {
      method,
      url: req.url ?? '',
      endpoint: target.endpoint,
      status: 0,
      authorized: grant !== undefined && (method === 'GET' || grant.write),
      keyVia: headerKey ? 'header' : queryKey ? 'query' : 'none'
    }
    deps.requests.push(record)
    const body = await readBody(req, MAX_REQUEST_BODY_BYTES)
    if (body === undefined) {
      // A gateway's refusal of an oversized upload; the connection closes, the rest is not read.
      record.status = 413
      res.writeHead(413, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' })
      return void res.end('Request body too large')
    }
    if (faults.latencyMs > 0) await sleep(faults.latencyMs)
    const format = chooseFormat(req, url)
    const errorFormat = faults.xmlErrors ? 'xml' : format
    const remaining = gate.nextRemaining()

    const send = (status: number, text: string, type: render.Format | 'html', headers: Record<string, string> = {}) => {
      record.status = status
      const bytes = Buffer.from(text, 'utf8')
      res.writeHead(status, {
        'Content-Type': render.CONTENT_TYPES[type],
        'Content-Length': String(bytes.length),
        'X-Exl-Api-Remaining': String(remaining),
        ...headers
      })
      // Content-Length promises the whole body; the client sees the connection end early.
      if (gate.takeTruncate()) res.write(bytes.subarray(0, bytes.length >> 1), () => res.destroy())
      else res.end(bytes)
    }
    const sendError = (status: number, code: string, message: string, type: render.Format, headers?: Record<string, string>) =>
      send(status, render.renderError(type, [{ code, message }]), type, headers)

    const verdict = gate.admit(target.endpoint)
    if (verdict?.kind === 'reset') return void req.socket.destroy()
    if (verdict?.kind === 'quota') {
      const retryAfter = faults.retryAfterSeconds
      return sendError(
        429,
        verdict.code,
        QUOTA_MESSAGES[verdict.code],
        errorFormat,
        retryAfter === undefined ? {} : { 'Retry-After': String(retryAfter) }
      )
    }
    if (verdict?.kind === 'server-error') {
      if (faults.serverErrorHtml) return send(verdict.status, render.gatewayHtml(verdict.status), 'html')
      const [code, message] = SERVER_ERRORS[verdict.status] ?? ['GENERAL_ERROR', 'General error.']
      return sendError(verdict.status, code, message, 'xml')
    }
    // §5: in the asked format (a live capture; Ex Libris's Node library reads no other), or as
    // XML whatever was asked, as some public clients' fixtures have it (faults.unauthorizedFormat).
    if (!record.authorized || grant === undefined) {
      return sendError(400, 'UNAUTHORIZED', UNAUTHORIZED, faults.unauthorizedFormat === 'xml' ? 'xml' : errorFormat)
    }

    // §7.13, §7.15: links carry no key, however it came, and point where the client called.
    const ctx: render.RenderContext = { base: linkBase(req, deps.baseUrl()), readings: faults }
    try {
      const answer = dispatch(target, method, url.searchParams, body, grant.env, ctx)
      if (answer.created && gate.takeDropAfterRun()) return void req.socket.destroy()
      send(200, render.serialize(format, answer.node), format)
    } catch (error) {
      if (!(error instanceof Reject)) throw error
      sendError(error.status, error.code, error.message, errorFormat)
    }
  }

  function dispatch(
    target: Route,
    method: string,
    query: URLSearchParams,
    body: string,
    env: Environment,
    ctx: render.RenderContext
  ): { node: render.Node; created?: SimInstance } {
    const now = Date.now()
    switch (target.endpoint) {
      case 'listJobs':
        return { node: listJobs(query, ctx) }
      case 'getJob':
        return { node: render.jobNode(knownJob(target.jobId!), ctx) }
      case 'runJob':
        return runJob(target.jobId!, query, body, env, now, ctx)
      case 'listInstances':
        return { node: listInstances(knownJob(target.jobId!), query, env, now, ctx) }
      case 'getInstance': {
        const job = knownJob(target.jobId!)
        const run = knownRun(job, target.instanceId!, env, now)
        return { node: render.instanceNode(run, instanceSnapshot(run, now), job, ctx) }
      }
      case 'events': {
        const job = knownJob(target.jobId!)
        const run = knownRun(job, target.instanceId!, env, now)
        if (!CATEGORIES[job.category]?.events)
          throw new Reject('60332', 'Events are available only for jobs of type USERS or SIS.')
        const { limit, offset } = paging(query)
        const events = instanceEvents(run, instanceSnapshot(run, now))
        return { node: render.eventListNode(events.slice(offset, offset + limit), events.length) }
      }
      case 'statusTable':
        return { node: render.statusTableNode() }
      case 'test':
        return { node: render.testNode(`${method} - OK - institutionCode: 01SIM_INST`) }
      case 'other':
        // §5: SCR saw an unknown path answered as 500 INTERNAL_SERVER_ERROR.
        throw new Reject('INTERNAL_SERVER_ERROR', 'Path not found', 500)
    }
  }

  function listJobs(query: URLSearchParams, ctx: render.RenderContext) {
    const { limit, offset } = paging(query)
    const type = query.get('type') || undefined
    const category = query.get('category') || undefined
    const profile = query.get('profile_id') || undefined
    if (type !== undefined && !(type in JOB_TYPE_DESC))
      throw new Reject('40166410', `Invalid type: ${type}. Valid values are MANUAL, SCHEDULED, OTHER.`)
    if (category !== undefined && !(category in CATEGORIES)) throw new Reject('40166410', `Invalid category: ${category}.`)
    const matching = state.jobs.filter(
      (job) =>
        (type === undefined || job.type === type) &&
        (category === undefined || job.category === category) &&
        (profile === undefined || job.relatedProfile === profile)
    )
    return render.jobListNode(matching.slice(offset, offset + limit), matching.length, ctx)
  }

  function runJob(jobId: string, query: URLSearchParams, body: string, env: Environment, now: number, ctx: render.RenderContext) {
    const op = query.get('op')
    if (!op) throw new Reject('402220', 'Missing op parameter. The only supported op is run.')
    if (op !== 'run') throw new Reject('402221', `Operation ${op} is not supported. The only supported op is run.`)
    const job = knownJob(jobId)
    // §3.3: only some scheduled-job groups may be submitted by API.
    if (job.type === 'SCHEDULED' && !CATEGORIES[job.category]?.submittable) {
      throw new Reject('402248', `Scheduled job ${job.id} of category ${job.category} cannot be submitted.`)
    }
    const parameters = parseRunBody(body)
    for (const name of job.requiredParameters) {
      const given = parameters.find((p) => p.name === name)
      if (given === undefined) throw new Reject('402228', `Mandatory parameter ${name} is missing.`)
      if (given.value.trim() === '') throw new Reject('402229', `Mandatory parameter ${name} is empty.`)
    }
    const throttled = faults.throttle ? state.throttle(env, job, now) : undefined
    if (throttled) throw new Reject(throttled.code, throttled.message)
    const run = state.run(env, job, parameters, now)
    return { node: render.jobNode(job, ctx, { parameters, instanceId: run.id, at: now }), created: run }
  }

  function listInstances(job: SimJob, query: URLSearchParams, env: Environment, now: number, ctx: render.RenderContext) {
    const from = dateParam(query, 'submit_date_from')
    const to = dateParam(query, 'submit_date_to')
    const status = query.get('status') || undefined
    if (status !== undefined && !(status in STATUS_DESC)) throw new Reject('40166410', `Invalid status: ${status}.`)
    const { limit, offset } = paging(query)
    // Newest submit first: the simulator's choice, as Alma's default order is unconfirmed (§3.4).
    const matching = state
      .runsOf(env, job.id)
      .filter((run) => !justCreated(run, now))
      .map((run) => ({ run, snap: instanceSnapshot(run, now), day: new Date(run.submittedAt).toISOString().slice(0, 10) }))
      // §2: both dates are days of submission (here the UTC day of submit_time); `to` is inclusive.
      .filter(({ snap, day }) => (!from || day >= from) && (!to || day <= to) && (!status || snap.status === status))
    const page = matching.slice(offset, offset + limit).map(({ run, snap }) => render.instanceNode(run, snap, job, ctx))
    return render.instanceListNode(page, matching.length)
  }

  function knownJob(jobId: string): SimJob {
    if (!/^[MSO]\d+$/.test(jobId)) throw new Reject('402215', `Invalid job id format: ${jobId}.`)
    const job = state.findJob(jobId)
    // §8: worded as Alma's public samples.
    if (job === undefined) throw new Reject('402216', 'Invalid job id.')
    return job
  }

  function knownRun(job: SimJob, instanceId: string, env: Environment, now: number): SimInstance {
    const run = state.instances.find((r) => r.id === instanceId && r.jobId === job.id && r.env === env)
    if (run === undefined || justCreated(run, now)) throw new Reject('402218', 'Invalid job instance id.')
    return run
  }

  /** §7.12: right after a run Alma may not know the instance yet (faults.unknownInstanceMs). */
  function justCreated(run: SimInstance, now: number): boolean {
    return run.viaApi && now - run.submittedAt < faults.unknownInstanceMs
  }

  /** §3.3 run bodies: JSON `{"parameter":[…]}`, `{}`, `null`, XML `<job/>` or `<job><parameters>…`. */
  function parseRunBody(body: string): SimInstance['parameters'] {
    const text = body.trim()
    if (text === '' || text === 'null') return []
    let items: unknown
    try {
      items = text.startsWith('<')
        ? (xml.parse(text, true) as { job?: { parameters?: { parameter?: unknown } } }).job?.parameters?.parameter
        : (JSON.parse(text) as { parameter?: unknown } | null)?.parameter
    } catch {
      throw new Reject('GENERAL_ERROR', 'The request body could not be parsed.')
    }
    const list = items === undefined ? [] : Array.isArray(items) ? items : [items]
    return list.flatMap((item: { name?: unknown; value?: unknown }) => {
      const name = typeof item?.name === 'object' ? (item.name as { value?: unknown } | null)?.value : item?.name
      return typeof name === 'string' ? [{ name, value: item.value == null ? '' : String(item.value) }] : []
    })
  }
}

function route(method: string, pathname: string): Route {
  if (!pathname.startsWith(BASE_PATH)) return { endpoint: 'other' }
  const parts = pathname.slice(BASE_PATH.length).split('/').filter(Boolean).map(safeDecode)
  const [area, resource, jobId, sub, instanceId, leafName] = parts
  const get = method === 'GET'
  if (area === 'conf' && resource === 'jobs') {
    if (parts.length === 2 && get) return { endpoint: 'listJobs' }
    if (parts.length === 3 && (get || method === 'POST')) return { endpoint: get ? 'getJob' : 'runJob', jobId }
    if (sub === 'instances' && get) {
      if (parts.length === 4) return { endpoint: 'listInstances', jobId }
      if (parts.length === 5) return { endpoint: 'getInstance', jobId, instanceId }
      if (parts.length === 6 && leafName === 'events') return { endpoint: 'events', jobId, instanceId }
    }
  }
  if (area === 'conf' && resource === 'code-tables' && jobId === 'systemJobStatus' && parts.length === 3 && get)
    return { endpoint: 'statusTable' }
  if (area === 'conf' && resource === 'test' && parts.length === 2 && (get || method === 'POST')) return { endpoint: 'test' }
  return { endpoint: 'other' }
}

/** A path segment decoded, or as it came when it is not valid percent-encoding. */
export function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i

/** The first value of a header that may come as several, or as a comma-separated list. */
function firstOf(header: string | string[] | undefined): string | undefined {
  const text = Array.isArray(header) ? header[0] : header
  const first = text?.split(',')[0]?.trim()
  return first || undefined
}

/** RFC 7239 `Forwarded: for=…;host=…;proto=…, …`: the pairs of the first element (the client's side). */
function forwardedPairs(header: string | undefined): Record<string, string | undefined> {
  const pairs: Record<string, string | undefined> = {}
  // Commas inside quoted values are rare enough to ignore: a bad value only falls back.
  for (const pair of (header?.split(',')[0] ?? '').split(';')) {
    const at = pair.indexOf('=')
    if (at <= 0) continue
    const value = pair.slice(at + 1).trim()
    pairs[pair.slice(0, at).trim().toLowerCase()] = value.startsWith('"') ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value
  }
  return pairs
}

/**
 * §7.15: the API root as the client called it. The host is the first well-formed of
 * `Forwarded: host=`, `X-Forwarded-Host` (with `X-Forwarded-Port`) and `Host`; the scheme
 * `Forwarded: proto=`, else `X-Forwarded-Proto`, else http. With no well-formed host, the
 * listen address: a header is the caller's text, and a link must stay a plain URL.
 */
export function linkBase(req: IncomingMessage, listenBase: string): string {
  const forwarded = forwardedPairs(req.headers.forwarded)
  const proto = (forwarded.proto ?? firstOf(req.headers['x-forwarded-proto']))?.toLowerCase()
  const scheme = proto === 'https' || proto === 'http' ? proto : 'http'
  let proxied = firstOf(req.headers['x-forwarded-host'])
  const port = firstOf(req.headers['x-forwarded-port'])
  if (proxied && port && /^\d{1,5}$/.test(port) && port !== (scheme === 'https' ? '443' : '80') && !/:\d+$/.test(proxied)) {
    proxied = `${proxied}:${port}`
  }
  const host = [forwarded.host, proxied, req.headers.host].find((candidate) => candidate !== undefined && HOST.test(candidate))
  if (host === undefined) return listenBase
  return `${scheme}://${host.toLowerCase()}${BASE_PATH.replace(/\/$/, '')}`
}

/** §1: `format=` wins, then the first of json/xml in Accept; no Accept means XML. */
function chooseFormat(req: IncomingMessage, url: URL): render.Format {
  const asked = url.searchParams.get('format')
  if (asked === 'json' || asked === 'xml') return asked
  const accept = (req.headers.accept ?? '').toLowerCase()
  const json = accept.indexOf('json')
  const xmlAt = accept.indexOf('xml')
  return json >= 0 && (xmlAt < 0 || json < xmlAt) ? 'json' : 'xml'
}

/** §7.7: limit 0–100 (default 10), offset ≥ 0. */
function paging(query: URLSearchParams): { limit: number; offset: number } {
  const limit = intParam(query, 'limit', 10)
  if (limit > 100) throw new Reject('40166410', `Invalid limit: ${limit}. Valid values are 0-100.`)
  return { limit, offset: intParam(query, 'offset', 0) }
}

function intParam(query: URLSearchParams, name: string, fallback: number): number {
  const raw = query.get(name)
  if (raw === null || raw === '') return fallback
  if (!/^\d{1,9}$/.test(raw)) throw new Reject('40166410', `Invalid ${name}: ${raw}.`)
  return Number(raw)
}

function dateParam(query: URLSearchParams, name: string): string | undefined {
  const raw = query.get(name) || undefined
  if (raw !== undefined && !isCalendarDay(raw)) throw new Reject('40166410', `Invalid ${name}: ${raw}. Expected YYYY-MM-DD.`)
  return raw
}

/** YYYY-MM-DD naming a day that exists (not 2025-02-30). */
function isCalendarDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return false
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** No Alma call takes a body this large; a client that sends one is refused, not buffered. */
const MAX_REQUEST_BODY_BYTES = 1024 * 1024

/**
 * The request body, or undefined when it is larger than maxBytes: at once for a Content-Length
 * over it, else at the first chunk past it. Reading then stops, so the answer must close the connection.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length']) > maxBytes) return resolve(undefined)
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= maxBytes) return void chunks.push(chunk)
      req.pause()
      resolve(undefined)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}
