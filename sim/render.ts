// Alma's payloads in XML and JSON (alma-api.md §3, §5). Each shape is built once as
// a small element tree; the two serialisers apply Alma's JSON rules (§7.2, §7.3) to it, so
// XML and JSON cannot drift apart.
import { STATUS_CODES } from 'node:http'
import type { Readings, SimInstance, SimJob } from './types.js'
import { CATEGORIES, CONTENTS, JOB_TYPE_DESC, SCHEDULES } from './seed.js'
import { RUNNING_CODES, STATUS_DESC, STATUS_TABLE, type EventRow, type InstanceSnapshot } from './state.js'

export type Format = 'json' | 'xml'

export interface Node {
  tag: string
  attrs?: Record<string, string | number | undefined>
  /** Leaf text; numbers and booleans stay typed in JSON (§7.4). */
  value?: string | number | boolean
  children?: (Node | undefined)[]
  /** Always an array in JSON, even with one item (§7.1). */
  many?: boolean
  /** XML-only wrapper (parameters, alerts, counters, rows): JSON hoists its items (§7.2). */
  wrapper?: boolean
  /** A wrapper sent even without items: `<counters/>` in XML, `"counter": []` in JSON (`item` names it). */
  keepEmpty?: { item: string }
  /** A `{value, desc}` in JSON even without a desc (§7.3). */
  coded?: boolean
}

const leaf = (tag: string, value: string | number | boolean | undefined, attrs?: Node['attrs']): Node | undefined =>
  value === undefined ? undefined : { tag, value, attrs }
const coded = (tag: string, value: string | undefined, desc?: string): Node | undefined =>
  value === undefined ? undefined : { tag, value, attrs: { desc }, coded: true }
const el = (tag: string, children: (Node | undefined)[], attrs?: Node['attrs']): Node => ({ tag, children, attrs })
const wrap = (tag: string, items: Node[], keepEmpty?: Node['keepEmpty']): Node => ({
  tag,
  wrapper: true,
  children: items.map((item) => ({ ...item, many: true })),
  keepEmpty
})

/** Everything a payload needs besides its data. */
export interface RenderContext {
  /**
   * Base URL for links: the scheme, host and port the client called (or its proxy was called
   * with), e.g. http://127.0.0.1:8787/almaws/v1. Links never carry a key (§7.13, §7.15).
   */
  base: string
  /** How the open points read (§7.19). */
  readings: Readings
}

const iso = (ms: number) => new Date(ms).toISOString()
/** §7.5: next_run may lack milliseconds. */
const isoNoMs = (ms: number) => iso(ms).replace(/\.\d{3}Z$/, 'Z')
const jobLink = (ctx: RenderContext, jobId: string, tail = '') => `${ctx.base}/conf/jobs/${encodeURIComponent(jobId)}${tail}`

export function jobNode(
  job: SimJob,
  ctx: RenderContext,
  run?: { parameters: SimInstance['parameters']; instanceId: string; at: number }
): Node {
  const parameters: { name: string; value: string; desc?: string }[] = run ? run.parameters : job.parameters
  return el(
    'job',
    [
      leaf('id', job.id),
      leaf('name', job.name),
      leaf('description', job.description),
      coded('type', job.type, JOB_TYPE_DESC[job.type]),
      coded('category', job.category, CATEGORIES[job.category]?.desc),
      coded('content', job.content, job.content && CONTENTS[job.content]),
      coded('schedule', job.schedule, job.schedule && SCHEDULES[job.schedule]),
      leaf('creator', job.creator),
      leaf('next_run', job.schedule && job.schedule !== 'NOT_SCHEDULED' ? isoNoMs(nextRun(job.schedule)) : undefined),
      wrap(
        'parameters',
        parameters.map((p) => el('parameter', [coded('name', p.name, p.desc), leaf('value', p.value)]))
      ),
      leaf('related_profile', job.relatedProfile, {
        link: job.relatedProfile && `${ctx.base}/conf/integration-profiles/${job.relatedProfile}`
      }),
      // §3.2: the run answer's only mention of the new instance.
      run &&
        leaf('additional_info', `Job no. ${run.instanceId} triggered on ${new Date(run.at).toUTCString()}`, {
          link: jobLink(ctx, job.id, `/instances/${run.instanceId}`)
        })
    ],
    { link: jobLink(ctx, job.id) }
  )
}

function nextRun(schedule: string): number {
  const next = new Date()
  if (schedule === 'HOURLY') return next.setUTCHours(next.getUTCHours() + 1, 0, 0, 0)
  if (schedule === 'EVERY_6_HOURS') return next.setUTCHours(next.getUTCHours() - (next.getUTCHours() % 6) + 6, 0, 0, 0)
  const weekly = schedule.startsWith('WEEKLY')
  next.setUTCHours(weekly ? 3 : 2, 0, 0, 0)
  do next.setUTCDate(next.getUTCDate() + 1)
  while (weekly && next.getUTCDay() !== 0)
  return next.getTime()
}

export const jobListNode = (jobs: SimJob[], total: number, ctx: RenderContext): Node =>
  el(
    'jobs',
    jobs.map((job) => ({ ...jobNode(job, ctx), many: true })),
    { total_record_count: total }
  )

export function instanceNode(run: SimInstance, snap: InstanceSnapshot, job: SimJob, ctx: RenderContext): Node {
  const link = jobLink(ctx, job.id, `/instances/${run.id}`)
  const { readings } = ctx
  // §7.19: the open points, read as the switches say.
  const startTime = snap.startTime ?? (snap.status === 'QUEUED' && readings.startTimeWhileQueued ? run.submittedAt : undefined)
  const endTime =
    snap.endTime ??
    (snap.status === 'MANUAL_HANDLING_REQUIRED' && readings.endTimeOnManualHandling ? snap.statusSince : undefined)
  const finished = !RUNNING_CODES.has(snap.status)
  const emptyCounters = finished && readings.countersWhenNone === 'empty' ? { item: 'counter' } : undefined
  return el(
    'job_instance',
    [
      leaf('id', run.id),
      leaf('external_id', run.externalId),
      leaf('name', run.name),
      run.viaApi ? coded('submitted_by', 'exl_api', 'Ex Libris, API') : coded('submitted_by', 'System', 'System'),
      leaf('submit_time', iso(run.submittedAt)),
      leaf('start_time', startTime === undefined ? undefined : iso(startTime)),
      leaf('end_time', endTime === undefined ? undefined : iso(endTime)),
      leaf('progress', snap.progress),
      coded('status', snap.status, STATUS_DESC[snap.status]),
      leaf('status_date', `${iso(snap.statusSince).slice(0, 10)}Z`), // §7.5: xs:date with Z
      wrap(
        'alerts',
        snap.alerts.map((a) => coded('alert', a.code, a.desc)!)
      ),
      wrap(
        'counters',
        snap.counters.map((c) => el('counter', [coded('type', c.type, c.desc), leaf('value', c.value)])),
        emptyCounters
      ),
      el(
        'job_info',
        [
          leaf('id', job.id),
          leaf('name', job.name),
          leaf('description', job.description),
          coded('type', job.type, JOB_TYPE_DESC[job.type]),
          coded('category', job.category, CATEGORIES[job.category]?.desc)
        ],
        { link: jobLink(ctx, job.id) }
      )
    ],
    { link }
  )
}

export const instanceListNode = (items: Node[], total: number): Node =>
  el(
    'job_instances',
    items.map((item) => ({ ...item, many: true })),
    { total_record_count: total }
  )

export const eventListNode = (events: EventRow[], total: number): Node =>
  el(
    'events',
    events.map((e) => ({
      ...el('event', [coded('type', e.type, e.desc), leaf('description', e.description), leaf('creation_date', iso(e.time))]),
      many: true
    })),
    { total_record_count: total }
  )

/** §3.5 code-table shape. */
export const statusTableNode = (): Node =>
  el('code_table', [
    leaf('name', 'systemJobStatus'),
    leaf('description', 'System Job Status'),
    coded('sub_system', 'INFRA', 'INFRA'),
    leaf('patron_facing', false),
    coded('language', 'en', 'English'),
    el('scope', [coded('institution_id', '01SIM_INST', 'Simulated University'), coded('library_id', '', '')]),
    wrap(
      'rows',
      STATUS_TABLE.map((row) =>
        el('row', [leaf('code', row.code), leaf('description', row.description), leaf('default', false), leaf('enabled', true)])
      )
    )
  ])

export const testNode = (text: string): Node => ({ tag: 'test', value: text })

function toJson(node: Node): unknown {
  const attrs = Object.fromEntries(Object.entries(node.attrs ?? {}).filter(([, v]) => v !== undefined))
  if (!node.children) return node.coded || Object.keys(attrs).length > 0 ? { value: node.value, ...attrs } : node.value
  const out: Record<string, unknown> = attrs
  for (const child of node.children) {
    if (!child) continue
    if (child.wrapper) {
      const items = child.children!.filter((item) => item !== undefined)
      if (items.length > 0)
        out[items[0]!.tag] = items.map(toJson) // §7.2: empty lists are absent
      else if (child.keepEmpty) out[child.keepEmpty.item] = []
    } else if (child.many) {
      ;((out[child.tag] ??= []) as unknown[]).push(toJson(child))
    } else {
      out[child.tag] = toJson(child)
    }
  }
  return out
}

// Escape everything, including quotes in attributes, so awkward names stay valid XML (§7.11).
const escapeXml = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)

function toXml(node: Node): string {
  const kids = node.children?.filter((child) => child !== undefined)
  if (node.wrapper && kids!.length === 0) return node.keepEmpty ? `<${node.tag}/>` : ''
  const attrs = Object.entries(node.attrs ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('')
  const inner = kids ? kids.map(toXml).join('') : escapeXml(String(node.value ?? ''))
  return `<${node.tag}${attrs}>${inner}</${node.tag}>`
}

const XML_PROLOG = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

export function serialize(format: Format, node: Node): string {
  if (format === 'xml') return XML_PROLOG + toXml(node)
  return JSON.stringify(node.children ? toJson(node) : { [node.tag]: node.value })
}

export interface AlmaErrorItem {
  code: string
  message: string
}

let trackingSeq = 0
/** Looks like Alma's "E01-0611094512-ABCDE-AWAE1234567890". */
function trackingId(): string {
  const n = ++trackingSeq
  const stamp = iso(Date.now()).replace(/\D/g, '').slice(6, 16)
  const letters = Array.from({ length: 5 }, (_, i) => String.fromCharCode(65 + ((n * (i + 7)) % 26))).join('')
  return `E01-${stamp}-${letters}-AWAE${String(1_000_000_000 + n * 7919).slice(-10)}`
}

/** §5 error bodies; the XML one carries Alma's namespace. */
export function renderError(format: Format, errors: AlmaErrorItem[]): string {
  const items = errors.map((e) => ({ errorCode: e.code, errorMessage: e.message, trackingId: trackingId() }))
  if (format === 'json') return JSON.stringify({ errorsExist: true, errorList: { error: items }, result: null })
  const xmlItems = items.map(
    (e) =>
      `<error><errorCode>${escapeXml(e.errorCode)}</errorCode><errorMessage>${escapeXml(e.errorMessage)}</errorMessage><trackingId>${e.trackingId}</trackingId></error>`
  )
  return `${XML_PROLOG}<web_service_result xmlns="http://com/exlibris/urm/general/xmlbeans"><errorsExist>true</errorsExist><errorList>${xmlItems.join('')}</errorList></web_service_result>`
}

/** §5: a gateway's own page on 5xx, not an Alma body. */
export function gatewayHtml(status: number): string {
  const title = `${status} ${STATUS_CODES[status] ?? 'Error'}`
  return `<html><head><title>${title}</title></head><body><center><h1>${title}</h1></center><hr><center>Ex Libris API Gateway</center></body></html>\n`
}

export const CONTENT_TYPES: Record<Format | 'html', string> = {
  json: 'application/json;charset=UTF-8',
  xml: 'application/xml;charset=UTF-8',
  html: 'text/html'
}
