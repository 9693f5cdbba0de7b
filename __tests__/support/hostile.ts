// A hostile Alma, and the checks that go with it. startHostileAlma() is a node:http server on
// 127.0.0.1 (port 0) that answers the Jobs API endpoints the client calls in Alma's JSON shapes
// (alma-api.md §2, §3, §5), as a well-behaved Alma would, until a test overrides one
// route to make it broken or malicious (alma.on('getInstance', …)). It records every request,
// with how many answer bytes it wrote and whether the client hung up before the end.
//
// Every loop here is bounded in count and in time (trickles, streams, hangs), and close()
// ends every exchange still open, so a test can never outlive its own timeout because of us.
import { randomBytes } from 'node:crypto'
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, relative } from 'node:path'
import { STATUS_TABLE } from '../../sim/index.js'
import { errorLines, newWorkspace, runAction, type ActionOptions, type ActionRun } from './action.js'
import { newSandbox, runCli, type CliOptions, type CliRun, type Sandbox } from './cli.js'

// ---- keys and payloads ------------------------------------------------------------------

/** A key shaped like Alma's: `l7xx` and 32 hex digits, 36 characters. */
function makeKey(): string {
  return `l7xx${randomBytes(16).toString('hex')}`
}

/** Workflow-command payloads: each puts the marker INJECTED right after a command. */
export const INJECTIONS = [
  'Nightly\n::error::INJECTED',
  'x\r\n::add-mask::INJECTED',
  '\n::stop-commands::INJECTED',
  '\n##[error]INJECTED',
  '  ::warning::INJECTED',
  // The runner reads its output line by line the .NET way: a bare \r ends a line too.
  'Report\r::error::INJECTED'
] as const

/** Terminal payloads for the CLI: OSC 52 (clipboard write), clear screen, a bare \r, BEL. */
export const TERMINAL_ESCAPES = ['Evil\x1b]52;c;ZXZpbA==\x07', 'Wipe\x1b[2J', 'Export\rALL JOBS SUCCEEDED', 'Ding\x07'] as const

// ---- the server -------------------------------------------------------------------------

export type Route = 'listJobs' | 'getJob' | 'runJob' | 'listInstances' | 'getInstance' | 'statusTable' | 'other'

/** One request as the server saw it, and what became of its answer. */
export interface Seen {
  seq: number
  route: Route
  method: string
  /** Path and query as sent, e.g. /almaws/v1/conf/jobs?limit=100&offset=0. */
  url: string
  query: URLSearchParams
  jobId?: string
  instanceId?: string
  headers: IncomingHttpHeaders
  body: string
  /** performance.now() when the request had arrived (body read). */
  at: number
  status?: number
  /** Answer body bytes handed to the socket so far. */
  bytesSent: number
  /** When the response closed, finished or not. */
  closedAt?: number
  /** The response closed before it was finished: the client hung up (or close() ended it). */
  closedEarly?: boolean
}

/** What an override gets: the request, the response, the server, and the default behaviour. */
export interface Exchange {
  seen: Seen
  res: ServerResponse
  alma: HostileAlma
  /** Answer as a well-behaved Alma would. */
  fallback(): Promise<void>
}

export type Handler = (exchange: Exchange) => void | Promise<void>

export interface AlmaJob {
  id: string
  name: string
  description?: string
  type?: { value: string; desc?: string }
  category?: { value: string; desc?: string }
  link?: string
  [key: string]: unknown
}

export interface Timeline {
  queuedMs: number
  runningMs: number
  end: string
}

export interface HostileInstance {
  id: string
  jobId: string
  submittedAt: number
  timeline: Timeline
}

export interface HostileOptions {
  key?: string
  /** The job list: a count of plain jobs (M11111, M11112, …), or the jobs themselves. Default 3. */
  jobs?: number | AlmaJob[]
  /** How a run started through the default runJob unfolds. Default: 200 ms queued, 800 ms running, success. */
  timeline?: Timeline
  /** Answer 429 PER_SECOND_THRESHOLD beyond this many served requests in any rolling second. */
  perSecond?: number
}

export interface HostileAlma {
  key: string
  /** The API root to pass as base-url: http://127.0.0.1:PORT/almaws/v1. */
  url: string
  jobs: AlmaJob[]
  instances: HostileInstance[]
  requests: Seen[]
  /** Runs the default runJob accepted, per job id. */
  acceptedRuns: Map<string, number>
  /** Requests answered 429 by the per-second limit. */
  throttled: number
  timeline: Timeline
  /** Makes one route hostile; undefined restores the default. */
  on(route: Route, handler: Handler | undefined): void
  /** Requests seen, of one route (and method) or all. */
  count(route?: Route, method?: string): number
  /** An instance the default getInstance/listInstances answer for. */
  addInstance(jobId: string, timeline?: Timeline): HostileInstance
  /** Alma's JSON for an instance now; decorateInstance, when set, rewrites it. */
  instanceJson(instance: HostileInstance): Record<string, unknown>
  /** The run answer for a new instance (additional_info names it). */
  runAnswer(jobId: string, instance: HostileInstance): Record<string, unknown>
  job(jobId: string): AlmaJob
  decorateInstance?: (json: Record<string, unknown>, instance: HostileInstance) => Record<string, unknown>
  decorateRunAnswer?: (json: Record<string, unknown>) => Record<string, unknown>
  /** A timer that close() clears; use it for anything a handler schedules. */
  later(ms: number, fn: () => void): void
  close(): Promise<void>
}

/** The hostile Alma speaks the simulator's status table: one fake Alma's table, not two. */
const STATUS_DESCRIPTIONS: Record<string, string> = Object.fromEntries(STATUS_TABLE.map((row) => [row.code, row.description]))

const DEFAULT_TIMELINE: Timeline = { queuedMs: 200, runningMs: 800, end: 'COMPLETED_SUCCESS' }
/** A request body we read at most; the client sends small ones. */
const MAX_REQUEST_BODY = 1 << 20
/** No exchange of ours outlives this, whatever a handler does. */
const EXCHANGE_LIMIT_MS = 45_000

let instanceSeq = 0

/** Instance ids as Alma's look: 16 digits, above Number.MAX_SAFE_INTEGER. */
function newInstanceId(): string {
  instanceSeq++
  return `98765432100${String((process.pid % 90) * 1000 + instanceSeq).padStart(5, '0')}`
}

export function plainJob(id: string, name: string, base: string, extra: Partial<AlmaJob> = {}): AlmaJob {
  return {
    id,
    name,
    description: `${name} (job ${id})`,
    type: { value: 'MANUAL', desc: 'Manual' },
    category: { value: 'EXPORT', desc: 'Export' },
    link: `${base}/conf/jobs/${id}`,
    ...extra
  }
}

export async function startHostileAlma(options: HostileOptions = {}): Promise<HostileAlma> {
  const key = options.key ?? makeKey()
  const overrides = new Map<Route, Handler>()
  const timers = new Set<NodeJS.Timeout>()
  const open = new Set<ServerResponse>()
  const served: number[] = []
  let seq = 0

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const url = `http://127.0.0.1:${port}/almaws/v1`

  const jobsOption = options.jobs ?? 3
  const alma: HostileAlma = {
    key,
    url,
    jobs:
      typeof jobsOption === 'number'
        ? Array.from({ length: jobsOption }, (_, i) => plainJob(`M${11111 + i}`, `Export number ${i + 1}`, url))
        : jobsOption,
    instances: [],
    requests: [],
    acceptedRuns: new Map(),
    throttled: 0,
    timeline: options.timeline ?? DEFAULT_TIMELINE,
    on(route, handler) {
      if (handler) overrides.set(route, handler)
      else overrides.delete(route)
    },
    count(route, method) {
      return alma.requests.filter((r) => (!route || r.route === route) && (!method || r.method === method)).length
    },
    addInstance(jobId, timeline) {
      const instance = { id: newInstanceId(), jobId, submittedAt: Date.now(), timeline: timeline ?? alma.timeline }
      alma.instances.push(instance)
      return instance
    },
    instanceJson(instance) {
      const json = instanceJson(alma, instance, Date.now())
      return alma.decorateInstance ? alma.decorateInstance(json, instance) : json
    },
    runAnswer(jobId, instance) {
      const job = alma.job(jobId)
      const json = {
        ...job,
        additional_info: {
          value: `Job no. ${instance.id} triggered on ${new Date(instance.submittedAt).toUTCString()}`,
          link: `${url}/conf/jobs/${jobId}/instances/${instance.id}`
        }
      }
      return alma.decorateRunAnswer ? alma.decorateRunAnswer(json) : json
    },
    job(jobId) {
      return alma.jobs.find((job) => job.id === jobId) ?? plainJob(jobId, `Job ${jobId}`, url)
    },
    later(ms, fn) {
      const timer = setTimeout(() => {
        timers.delete(timer)
        fn()
      }, ms)
      timers.add(timer)
    },
    async close() {
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      for (const res of open) res.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readRequestBody(req)
    const target = new URL(req.url ?? '/', 'http://127.0.0.1')
    const where = route(req.method ?? 'GET', target.pathname)
    const seen: Seen = {
      seq: ++seq,
      route: where.route,
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      query: target.searchParams,
      jobId: where.jobId,
      instanceId: where.instanceId,
      headers: req.headers,
      body,
      at: performance.now(),
      bytesSent: 0
    }
    alma.requests.push(seen)
    instrument(res, seen, open)
    // Nothing of ours stays open for ever.
    const limit = setTimeout(() => res.destroy(), EXCHANGE_LIMIT_MS)
    res.once('close', () => clearTimeout(limit))

    if (options.perSecond !== undefined) {
      const now = performance.now()
      while (served.length > 0 && now - served[0]! >= 1000) served.shift()
      if (served.length >= options.perSecond) {
        alma.throttled++
        sendAlmaError(res, 429, 'PER_SECOND_THRESHOLD', 'HTTP requests are more than allowed per second')
        return
      }
      served.push(now)
    }

    const exchange: Exchange = { seen, res, alma, fallback: () => defaultAnswer(alma, seen, res) }
    const override = overrides.get(seen.route)
    await (override ? override(exchange) : exchange.fallback())
  }

  return alma
}

function route(method: string, pathname: string): { route: Route; jobId?: string; instanceId?: string } {
  const match = /^\/almaws\/v1\/conf\/(.*?)\/?$/.exec(pathname)
  if (!match) return { route: 'other' }
  const rest = match[1]!
  const decode = (s: string): string => {
    try {
      return decodeURIComponent(s)
    } catch {
      return s
    }
  }
  if (rest === 'jobs' && method === 'GET') return { route: 'listJobs' }
  if (rest === 'code-tables/systemJobStatus' && method === 'GET') return { route: 'statusTable' }
  let m = /^jobs\/([^/]+)$/.exec(rest)
  if (m) return { route: method === 'POST' ? 'runJob' : 'getJob', jobId: decode(m[1]!) }
  m = /^jobs\/([^/]+)\/instances$/.exec(rest)
  if (m && method === 'GET') return { route: 'listInstances', jobId: decode(m[1]!) }
  m = /^jobs\/([^/]+)\/instances\/([^/]+)$/.exec(rest)
  if (m && method === 'GET') return { route: 'getInstance', jobId: decode(m[1]!), instanceId: decode(m[2]!) }
  return { route: 'other' }
}

function readRequestBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_REQUEST_BODY) chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', () => resolve(Buffer.concat(chunks).toString('utf8')))
  })
}

/** Counts the body bytes a handler writes, and notes when and how the response closed. */
function instrument(res: ServerResponse, seen: Seen, open: Set<ServerResponse>): void {
  open.add(res)
  const size = (chunk: unknown): number =>
    typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk instanceof Uint8Array ? chunk.length : 0
  const write = res.write.bind(res) as (...args: unknown[]) => boolean
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
  res.write = ((...args: unknown[]) => {
    seen.bytesSent += size(args[0])
    return write(...args)
  }) as ServerResponse['write']
  res.end = ((...args: unknown[]) => {
    if (typeof args[0] !== 'function') seen.bytesSent += size(args[0])
    return end(...args)
  }) as ServerResponse['end']
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
  res.writeHead = ((...args: unknown[]) => {
    seen.status = args[0] as number
    return writeHead(...args)
  }) as ServerResponse['writeHead']
  res.on('close', () => {
    open.delete(res)
    seen.closedAt = performance.now()
    seen.closedEarly = !res.writableFinished
  })
}

// ---- a well-behaved Alma ----------------------------------------------------------------

async function defaultAnswer(alma: HostileAlma, seen: Seen, res: ServerResponse): Promise<void> {
  if (seen.headers.authorization !== `apikey ${alma.key}`) {
    sendAlmaError(res, 400, 'UNAUTHORIZED', 'API-key not defined or not configured to allow this API.')
    return
  }
  switch (seen.route) {
    case 'listJobs': {
      const { limit, offset } = paging(seen.query)
      const type = seen.query.get('type')
      const category = seen.query.get('category')
      const jobs = alma.jobs.filter(
        (job) => (!type || job.type?.value === type) && (!category || job.category?.value === category)
      )
      sendJson(res, 200, listBody('job', jobs.length, jobs.slice(offset, offset + limit)))
      return
    }
    case 'getJob': {
      const job = alma.jobs.find((j) => j.id === seen.jobId)
      if (!job) sendAlmaError(res, 400, '402216', 'Invalid job id.')
      else sendJson(res, 200, job)
      return
    }
    case 'runJob': {
      const jobId = seen.jobId!
      if (seen.query.get('op') !== 'run') {
        sendAlmaError(res, 400, '402220', 'op is missing.')
        return
      }
      const instance = alma.addInstance(jobId)
      alma.acceptedRuns.set(jobId, (alma.acceptedRuns.get(jobId) ?? 0) + 1)
      sendJson(res, 200, alma.runAnswer(jobId, instance))
      return
    }
    case 'listInstances': {
      const { limit, offset } = paging(seen.query)
      const mine = alma.instances
        .filter((instance) => instance.jobId === seen.jobId)
        .sort((a, b) => b.submittedAt - a.submittedAt)
        .map((instance) => alma.instanceJson(instance))
      sendJson(res, 200, listBody('job_instance', mine.length, mine.slice(offset, offset + limit)))
      return
    }
    case 'getInstance': {
      const instance = alma.instances.find((i) => i.id === seen.instanceId && i.jobId === seen.jobId)
      if (!instance) sendAlmaError(res, 400, '402218', 'Invalid job instance id.')
      else sendJson(res, 200, alma.instanceJson(instance))
      return
    }
    case 'statusTable':
      sendJson(res, 200, statusTable())
      return
    case 'other':
      sendAlmaError(res, 400, 'GENERAL_ERROR', `No such API: ${seen.method} ${seen.url}`)
  }
}

function paging(query: URLSearchParams): { limit: number; offset: number } {
  const int = (name: string, fallback: number): number => {
    const value = Number(query.get(name) ?? fallback)
    return Number.isSafeInteger(value) && value >= 0 ? value : fallback
  }
  return { limit: Math.min(100, int('limit', 10)), offset: int('offset', 0) }
}

/** §7.2: a zero-count list has only the count. */
export function listBody(item: 'job' | 'job_instance', total: number | undefined, items: unknown[]): Record<string, unknown> {
  return {
    ...(total !== undefined && { total_record_count: total }),
    ...(items.length > 0 && { [item]: items })
  }
}

function instanceStatus(instance: HostileInstance, now: number): { status: string; progress: number } {
  const elapsed = now - instance.submittedAt
  const { queuedMs, runningMs, end } = instance.timeline
  if (elapsed < queuedMs) return { status: 'QUEUED', progress: 0 }
  if (elapsed < queuedMs + runningMs) return { status: 'RUNNING', progress: Math.floor(((elapsed - queuedMs) / runningMs) * 100) }
  return { status: end, progress: 100 }
}

function instanceJson(alma: HostileAlma, instance: HostileInstance, now: number): Record<string, unknown> {
  const { status, progress } = instanceStatus(instance, now)
  const job = alma.job(instance.jobId)
  const { queuedMs, runningMs } = instance.timeline
  const iso = (ms: number): string => new Date(ms).toISOString()
  const started = status !== 'QUEUED'
  const ended = now - instance.submittedAt >= queuedMs + runningMs
  return {
    id: instance.id,
    external_id: `E${instance.id.slice(-6)}`,
    name: `${job.name} - via API - 2025-01-06 11:00 AM`,
    link: `${alma.url}/conf/jobs/${job.id}/instances/${instance.id}`,
    submitted_by: { value: 'exl_api', desc: 'Ex Libris, API' },
    submit_time: iso(instance.submittedAt),
    ...(started && { start_time: iso(instance.submittedAt + queuedMs) }),
    ...(ended && { end_time: iso(instance.submittedAt + queuedMs + runningMs) }),
    progress,
    status: { value: status, desc: STATUS_DESCRIPTIONS[status] ?? status },
    status_date: `${iso(now).slice(0, 10)}Z`,
    ...(ended && {
      counter: [{ type: { value: 'label.new.records', desc: 'New records' }, value: '12' }],
      alert: [{ value: 'alert_general_success', desc: 'The job completed successfully' }]
    }),
    job_info: { id: job.id, name: job.name, link: `${alma.url}/conf/jobs/${job.id}` }
  }
}

function statusTable(): Record<string, unknown> {
  return {
    name: 'systemJobStatus',
    description: 'System Job Status',
    sub_system: { value: 'ADMINISTRATION', desc: 'Administration' },
    patron_facing: false,
    language: { value: 'en', desc: 'English' },
    row: Object.entries(STATUS_DESCRIPTIONS).map(([code, description]) => ({ code, description, default: false, enabled: true }))
  }
}

// ---- answer writers for overrides -------------------------------------------------------

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  send(res, status, JSON.stringify(body), { 'content-type': 'application/json;charset=UTF-8', ...headers })
}

export function send(res: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}): void {
  if (res.destroyed || res.writableEnded) return
  res.writeHead(status, { 'x-exl-api-remaining': '99000', ...headers, 'content-length': String(Buffer.byteLength(body)) })
  res.end(body)
}

/** §5's JSON error body. */
export function almaErrorJson(code: string, message: string, trackingId = 'E01-0101010101-ABCDE-AWAE1234567890'): unknown {
  return { errorsExist: true, errorList: { error: [{ errorCode: code, errorMessage: message, trackingId }] }, result: null }
}

export function sendAlmaError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {}
): void {
  sendJson(res, status, almaErrorJson(code, message), headers)
}

export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Writes `text` one character per `everyMs`, for at most `maxMs`, stopping when the client hangs up. */
export function trickle(alma: HostileAlma, res: ServerResponse, text: string, everyMs = 1000, maxMs = 30_000): void {
  res.writeHead(200, { 'content-type': 'application/json;charset=UTF-8', 'content-length': String(Buffer.byteLength(text)) })
  const deadline = performance.now() + maxMs
  let at = 0
  const step = (): void => {
    if (res.destroyed || res.writableEnded) return
    if (at >= text.length || performance.now() > deadline) {
      res.destroy()
      return
    }
    res.write(text[at++]!)
    alma.later(everyMs, step)
  }
  step()
}

/** Sends no answer at all; the exchange is ended by the client, by close(), or after `maxMs`. */
export function hang(alma: HostileAlma, res: ServerResponse, maxMs = 30_000): void {
  alma.later(maxMs, () => res.destroy())
}

export interface StreamSpec {
  status?: number
  contentType?: string
  head: string
  /** Filler, repeated up to `fillBytes`. */
  fill: string
  fillBytes: number
  tail?: string
  /** Send a content-length (the whole size) instead of chunked encoding. */
  contentLength?: boolean
  /** Gives up (destroying the answer) after this long. */
  maxMs?: number
}

/** Streams head + fill… + tail with backpressure; stops when the client hangs up. Resolves when done. */
export async function streamAnswer(res: ServerResponse, spec: StreamSpec): Promise<void> {
  const tail = spec.tail ?? ''
  const total = Buffer.byteLength(spec.head) + spec.fillBytes + Buffer.byteLength(tail)
  res.writeHead(spec.status ?? 200, {
    'content-type': spec.contentType ?? 'application/json;charset=UTF-8',
    ...(spec.contentLength !== false && { 'content-length': String(total) })
  })
  const deadline = performance.now() + (spec.maxMs ?? 30_000)
  let closed = false
  res.once('close', () => (closed = true))
  const chunk = Buffer.from(spec.fill.repeat(Math.max(1, Math.ceil(65_536 / spec.fill.length))))
  const wait = (): Promise<void> =>
    new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer)
        res.off('drain', done)
        res.off('close', done)
        resolve()
      }
      const timer = setTimeout(done, Math.max(0, deadline - performance.now()))
      res.once('drain', done)
      res.once('close', done)
    })
  if (!res.write(spec.head)) await wait()
  let sent = 0
  while (!closed && sent < spec.fillBytes) {
    if (performance.now() > deadline) {
      res.destroy()
      return
    }
    const piece = chunk.subarray(0, Math.min(chunk.length, spec.fillBytes - sent))
    sent += piece.length
    if (!res.write(piece)) await wait()
  }
  if (!closed) res.end(tail)
}

// ---- running the bundles against it -----------------------------------------------------

export interface HostileActionRun extends ActionRun {
  /** Wall time around the run, spawn to close. */
  wallMs: number
  /** Every file left under the runner's root (workspace, temp, HOME with its cache), by relative path. */
  files: Record<string, string>
}

/** The bundled action against `alma`, with its key and base-url unless `inputs` say otherwise. */
export async function runHostileAction(
  alma: HostileAlma,
  inputs: Record<string, string>,
  options: Omit<ActionOptions, 'inputs' | 'workspace'> = {}
): Promise<HostileActionRun> {
  const root = newWorkspace()
  try {
    const started = performance.now()
    const run = await runAction({ ...options, inputs: { 'api-key': alma.key, 'base-url': alma.url, ...inputs }, workspace: root })
    return { ...run, wallMs: performance.now() - started, files: readTree(root) }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

export interface HostileCliRun extends CliRun {
  wallMs: number
  files: Record<string, string>
  sandbox: Sandbox
}

export interface HostileCliOptions extends Omit<CliOptions, 'env'> {
  env?: Record<string, string>
  /** Leave out `--base-url URL` (e.g. to take it from an almajob.ini). */
  noBaseUrl?: boolean
  /** Leave out ALMA_API_KEY_SANDBOX=key. */
  noKeyEnv?: boolean
  /** Called with the fresh sandbox before the run, e.g. to write an almajob.ini. */
  prepare?: (sandbox: Sandbox) => void
}

/** The bundled CLI against `alma`: key in ALMA_API_KEY_SANDBOX, `--base-url` appended. */
export async function runHostileCli(alma: HostileAlma, argv: string[], options: HostileCliOptions = {}): Promise<HostileCliRun> {
  const sandbox = newSandbox()
  try {
    options.prepare?.(sandbox)
    const env = { ...(!options.noKeyEnv && { ALMA_API_KEY_SANDBOX: alma.key }), ...options.env }
    const args = options.noBaseUrl ? argv : [...argv, '--base-url', alma.url]
    const started = performance.now()
    const run = await runCli(sandbox, args, { ...options, env })
    return { ...run, wallMs: performance.now() - started, files: readTree(sandbox.root), sandbox }
  } finally {
    rmSync(sandbox.root, { recursive: true, force: true })
  }
}

/** Every regular file below `root` (up to 200 files, 20 MB each), as text. */
function readTree(root: string): Record<string, string> {
  const files: Record<string, string> = {}
  let budget = 200
  const walk = (dir: string): void => {
    let names: string[]
    try {
      names = readdirSync(dir)
    } catch {
      return
    }
    for (const name of names) {
      if (budget <= 0) return
      const path = join(dir, name)
      let stats
      try {
        stats = statSync(path)
      } catch {
        continue
      }
      if (stats.isDirectory()) walk(path)
      else if (stats.isFile()) {
        budget--
        files[relative(root, path)] = stats.size > 20 << 20 ? '' : readFileSync(path, 'utf8')
      }
    }
  }
  walk(root)
  return files
}

// ---- the checks -------------------------------------------------------------------------

/** Lines as the runner reads them (.NET ReadLine): \r\n, \n and a bare \r all end one. */
function runnerLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/)
}

/**
 * A line the runner would obey as a command whose data (or bracketed name) is followed by
 * the marker: `::cmd props::INJECTED` (the first `::` after the name ends the command, so a
 * warning of ours whose text holds `%0A::error::INJECTED` later on is not one) or `##[cmd]INJECTED`.
 */
const INJECTED_LINE = /^\s*(::[\w-]+(?:[^:\n]|:(?!:))*::|##\[[\w-]+[^\]\n]*\])INJECTED/

function injectedCommandLines(text: string): string[] {
  return runnerLines(text).filter((line) => INJECTED_LINE.test(line))
}

/** No line of `text` is a workflow command carrying a planted INJECTED marker. */
function assertNoInjectedCommand(text: string, where = 'output'): void {
  const lines = injectedCommandLines(text)
  if (lines.length > 0) {
    throw new Error(
      `${where}: ${lines.length} line(s) start an injected workflow command, e.g. ${JSON.stringify(lines[0]!.slice(0, 200))}`
    )
  }
}

/** @actions/core's escaping of a command's data (%, \r, \n). */
function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export type Texts = Array<[label: string, text: string]>

/**
 * No 8-character window of `key` (any case) appears in any of `texts`, except in one
 * `::add-mask::<whole key>` line (raw, or escaped as @actions/core writes it), which the
 * runner consumes and never shows.
 */
function assertNoKeyFragment(key: string, texts: Texts): void {
  const allowed = new Set([`::add-mask::${key}`, `::add-mask::${escapeCommandData(key)}`])
  let maskLineUsed = false
  const windows: string[] = []
  for (let i = 0; i + 8 <= key.length; i++) windows.push(key.slice(i, i + 8).toLowerCase())
  for (const [label, text] of texts) {
    let checked = text
    if (!maskLineUsed) {
      const lines = text.split('\n')
      const at = lines.findIndex((line) => allowed.has(line.replace(/\r$/, '')))
      if (at >= 0) {
        maskLineUsed = true
        lines.splice(at, 1)
        checked = lines.join('\n')
      }
    }
    const lower = checked.toLowerCase()
    for (const window of windows) {
      const at = lower.indexOf(window)
      if (at >= 0) {
        const context = checked.slice(Math.max(0, at - 60), at + 68)
        throw new Error(`${label}: holds a fragment of the API key (${JSON.stringify(window)}) in ${JSON.stringify(context)}`)
      }
    }
  }
}

/** No ESC, BEL, other C0 controls but \n and \t, and no \r. */
export function assertNoTerminalEscapes(text: string, where = 'output'): void {
  const match = /[\x00-\x08\x0b-\x1f\x7f]/.exec(text)
  if (match) {
    const context = text.slice(Math.max(0, match.index - 40), match.index + 40)
    throw new Error(`${where}: raw control character ${JSON.stringify(match[0])} in ${JSON.stringify(context)}`)
  }
}

/** Everything an action run left that a person or the next step can read. */
function actionTexts(run: HostileActionRun): Texts {
  return [
    ['stdout', run.stdout],
    ['stderr', run.stderr],
    ['summary', run.summary],
    ...Object.entries(run.outputs).map(([name, value]): [string, string] => [`output ${name}`, value]),
    ...Object.entries(run.files).map(([path, text]): [string, string] => [`file ${path}`, text])
  ]
}

function cliTexts(run: HostileCliRun): Texts {
  return [
    ['stdout', run.stdout],
    ['stderr', run.stderr],
    ...Object.entries(run.files).map(([path, text]): [string, string] => [`file ${path}`, text])
  ]
}

/** The checks every hostile action test makes: no key fragment, no injected command. */
export function assertCleanAction(run: HostileActionRun, key: string): void {
  assertNoKeyFragment(key, actionTexts(run))
  assertNoInjectedCommand(run.stdout, 'stdout')
  assertNoInjectedCommand(run.stderr, 'stderr')
}

export function assertCleanCli(run: HostileCliRun, key: string): void {
  assertNoKeyFragment(key, cliTexts(run))
  assertNoInjectedCommand(run.stdout, 'stdout')
  assertNoInjectedCommand(run.stderr, 'stderr')
}

/** A clear failure: exit 1, exactly one `::error::` line, no stack frame, no "Unexpected error". */
export function assertClearActionError(run: HostileActionRun): string {
  const errors = errorLines(run)
  const stack = [...run.stdout.split('\n'), ...run.stderr.split('\n')].find((line) => /^\s+at /.test(line))
  const problems = [
    run.exitCode !== 1 && `exit ${run.exitCode}${run.signal ? ` (${run.signal})` : ''} after ${Math.round(run.wallMs)} ms, not 1`,
    errors.length !== 1 && `${errors.length} ::error:: lines, not 1`,
    stack && `a stack frame: ${JSON.stringify(stack.slice(0, 120))}`,
    /Unexpected error/.test(run.stdout) && 'an "Unexpected error"'
  ].filter(Boolean)
  if (problems.length > 0) throw new Error(`not a clear error: ${problems.join('; ')}; log: ${tail(run.stdout + run.stderr)}`)
  return errors[0]!
}

/** The end of a log, short enough for a failure message. */
function tail(text: string, chars = 600): string {
  const flat = JSON.stringify(text.length > chars ? `…${text.slice(-chars)}` : text)
  return flat
}

/** The longest line of some texts (by the runner's line rules). */
export function longestLine(...texts: string[]): number {
  return Math.max(0, ...texts.flatMap((text) => runnerLines(text).map((line) => line.length)))
}

/** Starts a server, runs `fn`, and always closes it. */
export async function withAlma<T>(options: HostileOptions, fn: (alma: HostileAlma) => Promise<T>): Promise<T> {
  const alma = await startHostileAlma(options)
  try {
    return await fn(alma)
  } finally {
    await alma.close()
  }
}
