// The simulator's own control endpoint (`--control`): change how the next runs end and which
// faults are on while the simulator runs, and read what it is set to. Under /_sim/, never under
// /almaws/v1, so it cannot pass for Alma; when it is off, /_sim/ is a path like any other.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { describeFaults, parseFaults, type FaultValue } from './fault-switches.js'
import { DEFAULT_READINGS } from './faults.js'
import {
  applyOutcome,
  describeTimeline,
  parseDuration,
  parseEndStatus,
  parseProgressShape,
  quote,
  type Outcome
} from './outcomes.js'
import { instanceSnapshot, type SimState } from './state.js'
import { readBody, safeDecode } from './server.js'
import type { Faults, Readings, Simulator, Timeline, WebhookDelivery } from './types.js'

export const CONTROL_PREFIX = '/_sim'
/** A control body is a few fields; anything longer is refused unread. */
export const CONTROL_BODY_LIMIT = 16 * 1024
/** GET /_sim/state lists at most this many runs, the newest. */
const STATE_RUNS = 50
/** The readings GET /_sim/state shows: every one there is, as DEFAULT_READINGS names them. */
const READING_NAMES = Object.keys(DEFAULT_READINGS) as (keyof Readings)[]

export const CONTROL_ROUTES = [
  { method: 'GET', path: '/_sim/state', help: 'what the simulator is set to, calls and recent runs (never the keys)' },
  {
    method: 'POST',
    path: '/_sim/jobs/JOB/outcome',
    help: 'how runs of JOB started from now on go: {"end":"COMPLETED_FAILED","duration":"30s","progress":"steady"}'
  },
  { method: 'DELETE', path: '/_sim/jobs/JOB/outcome', help: 'runs of JOB go as by default again' },
  { method: 'GET', path: '/_sim/faults', help: 'the faults by name' },
  { method: 'POST', path: '/_sim/faults', help: 'switch faults by name, as --fault: {"rate-limit-every":3}' }
] as const

export interface ControlDeps {
  state: SimState
  faults: Faults
  /** The timeline of a job that has none of its own. */
  defaultTimeline: Timeline
  counts: Simulator['counts']
  baseUrl: () => string
  webhookDeliveries?: () => readonly WebhookDelivery[]
  /** Told of each change, in one line made only of checked values. */
  log?: (line: string) => void
}

/** Answers a request under /_sim/ and resolves when done; undefined for any other path. */
export type ControlHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | undefined

class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {}
  ) {
    super(message)
  }
}

export function createControl(deps: ControlDeps): ControlHandler {
  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!
    if (path !== CONTROL_PREFIX && !path.startsWith(`${CONTROL_PREFIX}/`)) return undefined
    return serve(req, res, path).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy()
      const refusal = error instanceof Refusal ? error : new Refusal(500, `simulator bug: ${String(error)}`)
      const text = `${refusal.message.replace(/[\r\n]+/g, ' ')}\n`
      res.writeHead(refusal.status, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Content-Length': String(Buffer.byteLength(text)),
        ...refusal.headers
      })
      res.end(text)
    })
  }

  async function serve(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const method = req.method ?? 'GET'
    const allow = (...methods: string[]) => {
      if (!methods.includes(method))
        throw new Refusal(405, `${path} takes ${methods.join(' or ')}`, { Allow: methods.join(', ') })
    }
    const outcomePath = /^\/_sim\/jobs\/([^/]+)\/outcome$/.exec(path)
    if (path === '/_sim/state') {
      allow('GET')
      return send(res, stateSummary())
    }
    if (path === '/_sim/faults') {
      allow('GET', 'POST')
      if (method === 'POST') setFaults(await readJson(req))
      return send(res, describeFaults(deps.faults))
    }
    if (outcomePath) {
      allow('POST', 'DELETE')
      const jobId = safeDecode(outcomePath[1]!)
      if (deps.state.findJob(jobId) === undefined) throw new Refusal(404, `the simulator has no job ${quote(jobId)}`)
      if (method === 'DELETE') {
        deps.state.timelines.delete(jobId)
        deps.log?.(`control: runs of ${jobId} go as by default`)
      } else {
        setOutcome(jobId, readOutcome(await readJson(req)))
      }
      return send(res, { job: jobId, ...describeTimeline(deps.state.timelines.get(jobId) ?? deps.defaultTimeline) })
    }
    throw new Refusal(
      404,
      `no control path ${quote(path)}; there are ${CONTROL_ROUTES.map((r) => `${r.method} ${r.path}`).join(', ')}`
    )
  }

  function setOutcome(jobId: string, outcome: Outcome): void {
    const base = deps.state.timelines.get(jobId) ?? deps.defaultTimeline
    const timeline = applyOutcome(base, outcome, deps.defaultTimeline)
    deps.state.timelines.set(jobId, timeline)
    const { end, duration, progress } = describeTimeline(timeline)
    deps.log?.(`control: runs of ${jobId} started from now on end ${end} after ${duration}, progress ${progress}`)
  }

  function setFaults(body: Record<string, unknown>): void {
    const entries = Object.entries(body).map(([name, value]): [string, FaultValue] => {
      if (value !== null && !['string', 'number', 'boolean'].includes(typeof value))
        throw new Refusal(400, `fault ${quote(name)} must be a string, number, boolean or null`)
      return [name, value as FaultValue]
    })
    const parsed = parseFaults(entries)
    if (!parsed.ok) throw new Refusal(400, parsed.error)
    Object.assign(deps.faults, parsed.faults)
    const now = describeFaults(deps.faults)
    deps.log?.(`control: faults ${entries.map(([name]) => `${name}=${String(now[name])}`).join(', ') || 'unchanged'}`)
  }

  function stateSummary() {
    const { state, faults } = deps
    const now = Date.now()
    const runs = state.instances.filter((run) => run.viaApi)
    const deliveries = deps.webhookDeliveries?.() ?? []
    return {
      url: deps.baseUrl(),
      jobs: state.jobs.length,
      outcomes: {
        default: describeTimeline(deps.defaultTimeline),
        ...Object.fromEntries([...state.timelines].map(([jobId, timeline]) => [jobId, describeTimeline(timeline)]))
      },
      faults: describeFaults(faults),
      readings: Object.fromEntries(READING_NAMES.map((name) => [name, faults[name]])),
      calls: { ...deps.counts },
      runsStarted: runs.length,
      runs: runs.slice(-STATE_RUNS).map((run) => {
        const snap = instanceSnapshot(run, now)
        return {
          job: run.jobId,
          instance: run.id,
          env: run.env,
          status: snap.status,
          progress: snap.progress,
          submitted: new Date(run.submittedAt).toISOString(),
          ...(snap.endTime === undefined ? {} : { ended: new Date(snap.endTime).toISOString() })
        }
      }),
      webhookDeliveries: deliveries.length
    }
  }
}

const OUTCOME_FIELDS = ['end', 'duration', 'progress']

/** `{"end": …, "duration": …, "progress": …}`: at least one, nothing else. */
function readOutcome(body: Record<string, unknown>): Outcome {
  const unknown = Object.keys(body).filter((name) => !OUTCOME_FIELDS.includes(name))
  if (unknown.length > 0)
    throw new Refusal(400, `unknown field ${quote(unknown[0]!)}; an outcome has "end", "duration" and "progress"`)
  if (OUTCOME_FIELDS.every((name) => body[name] === undefined))
    throw new Refusal(400, 'an outcome needs one or more of "end", "duration" and "progress"')
  const outcome: Outcome = {}
  if (body.end !== undefined) {
    const end = typeof body.end === 'string' ? parseEndStatus(body.end) : { error: 'must be a status code string' }
    if (typeof end === 'object') throw new Refusal(400, `"end" ${end.error}`)
    outcome.end = end
  }
  if (body.duration !== undefined) {
    const durationMs = typeof body.duration === 'string' ? parseDuration(body.duration) : 'must be a string such as "30s"'
    if (typeof durationMs === 'string') throw new Refusal(400, `"duration" ${durationMs}`)
    outcome.durationMs = durationMs
  }
  if (body.progress !== undefined) {
    const shape = typeof body.progress === 'string' ? parseProgressShape(body.progress) : { error: 'must be a shape name string' }
    if (typeof shape === 'object') throw new Refusal(400, `"progress" ${shape.error}`)
    outcome.progress = shape
  }
  return outcome
}

/** A JSON object from the body: the right type, at most CONTROL_BODY_LIMIT bytes, well-formed. */
async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  // Asking for JSON also keeps a web page from posting here: a browser must ask first (CORS).
  if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) {
    req.resume()
    throw new Refusal(415, 'send the body as JSON, with Content-Type: application/json')
  }
  const text = await readBody(req, CONTROL_BODY_LIMIT)
  // Reading stopped there; the answer closes the connection, so the rest is never read.
  if (text === undefined) throw new Refusal(413, `the body is larger than ${CONTROL_BODY_LIMIT} bytes`, { Connection: 'close' })
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new Refusal(400, 'the body is not valid JSON')
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new Refusal(400, 'the body must be a JSON object')
  return value as Record<string, unknown>
}

function send(res: ServerResponse, value: unknown): void {
  const text = `${JSON.stringify(value, null, 2)}\n`
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(text)) })
  res.end(text)
}
