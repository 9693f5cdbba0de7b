// Alma bodies (XML or JSON) → the shapes of types.ts (alma-jobs-api.md §3, §5, §7).
// XML is first turned into the tree JSON would have given (attributes and text become
// plain keys, §7.3), so one set of mappers serves both formats.
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { AlmaErrorBody } from './errors.js'
import type { CodeValue, Counter, InstanceAction, Job, JobInstance, JobParameter, StatusTableRow } from './types.js'

/** A body that is not the XML/JSON it should be: truncated, HTML where data was expected… */
export class BodyParseError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BodyParseError'
  }
}

type Tree = Record<string, unknown>

/** A parsed body: the root element's name (XML only) and its content. */
export interface ParsedBody {
  rootName?: string
  data: Tree
}

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  // §7.4: ids of 16+ digits must stay exact, and in XML everything is text anyway.
  parseTagValue: false,
  parseAttributeValue: false,
  removeNSPrefix: true, // §5: web_service_result comes with a namespace
  ignoreDeclaration: true,
  ignorePiTags: true,
  htmlEntities: true // numeric character references such as &#233;
})

/** Picks the parser: the body's first character decides, Content-Type breaks ties (§5). */
export function parseBody(body: string, contentType: string | undefined): ParsedBody {
  const text = body.trimStart() // also drops a byte-order mark
  const start = text[0]
  if (start === '<') return parseXml(text)
  if (start === '{') return { data: parseJson(text) }
  if (start === undefined) throw new BodyParseError('empty body')
  if (contentType?.includes('json')) return { data: parseJson(text) }
  throw new BodyParseError(`neither XML nor JSON (Content-Type ${contentType ?? 'missing'})`)
}

/** §7.11: escape `&` that starts no entity, as a lenient parser would read it. */
function escapeRawAmpersands(xml: string): string {
  return xml.replace(/&(?!(?:[A-Za-z][\w.-]*|#\d+|#x[0-9A-Fa-f]+);)/g, '&amp;')
}

function parseXml(text: string): ParsedBody {
  const xml = escapeRawAmpersands(text)
  // fast-xml-parser happily returns half a document; the validator catches truncation.
  const valid = XMLValidator.validate(xml)
  if (valid !== true) throw new BodyParseError(`malformed XML: ${valid.err.msg} (line ${valid.err.line})`)
  const doc = xmlParser.parse(xml) as Tree
  const rootName = Object.keys(doc)[0]
  if (rootName === undefined) throw new BodyParseError('XML without a root element')
  const root = xmlToTree(doc[rootName])
  return { rootName, data: isTree(root) ? root : { value: root } }
}

/** `@_desc` → `desc`, `#text` → `value`; namespace declarations dropped (§7.3). */
function xmlToTree(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(xmlToTree)
  if (!isTree(node)) return node
  const out: Tree = {}
  for (const [key, value] of Object.entries(node)) {
    if (key === '#text') out.value = value
    else if (key.startsWith('@_')) {
      const name = key.slice(2)
      if (name !== 'xmlns' && !name.startsWith('xmlns:')) out[name] = value
    } else out[key] = xmlToTree(value)
  }
  return out
}

function parseJson(text: string): Tree {
  let value: unknown
  try {
    // §7.4: a number too big to be exact (an id sent unquoted) keeps its source digits.
    value = JSON.parse(text, (_key, parsed: unknown, context?: { source?: string }) =>
      typeof parsed === 'number' && !Number.isSafeInteger(parsed) && context?.source && /^-?\d+$/.test(context.source)
        ? context.source
        : parsed
    )
  } catch (error) {
    throw new BodyParseError(`malformed JSON: ${(error as Error).message}`)
  }
  if (!isTree(value)) throw new BodyParseError('JSON body is not an object')
  return value
}

// ---- small coercions -------------------------------------------------------------------

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** §7.1: one XML child looks like an object, none looks absent. */
function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null || value === '') return []
  return Array.isArray(value) ? value : [value]
}

/** §7.2: JSON drops the wrapper (`parameter`), XML keeps it (`parameters/parameter`). */
function listOf(node: Tree, item: string, wrapper: string): unknown[] {
  if (node[item] !== undefined) return asArray(node[item])
  const outer = node[wrapper]
  return isTree(outer) ? asArray(outer[item]) : []
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (isTree(value)) return text(value.value)
  return undefined
}

function codeValue(value: unknown): CodeValue | undefined {
  if (value === undefined || value === null) return undefined
  if (!isTree(value)) {
    const plain = text(value)
    return plain === undefined ? undefined : { value: plain }
  }
  const desc = text(value.desc)
  return { value: text(value.value) ?? '', ...(desc !== undefined && { desc }) }
}

function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value
  if (typeof value !== 'string' || value.trim() === '') return undefined
  const parsed = Number(value.trim())
  return Number.isFinite(parsed) ? parsed : undefined
}

/** §3.5: JSON booleans, XML text "true"/"false". */
function booleanOf(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value
  if (value === 'true') return true
  if (value === 'false') return false
  return undefined
}

function tree(value: unknown, what: string): Tree {
  if (!isTree(value)) throw new BodyParseError(`expected ${what}, got ${value === undefined ? 'nothing' : typeof value}`)
  return value
}

function required(value: unknown, what: string): string {
  const found = text(value)
  if (found === undefined || found === '') throw new BodyParseError(`${what} is missing`)
  return found
}

/** Drops undefined fields so results compare cleanly and serialise small. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

// ---- lists ------------------------------------------------------------------------------

export interface Page<T> {
  /** `total_record_count`: JSON number, XML attribute (§3.1). */
  total: number | undefined
  items: T[]
}

function page<T>(body: ParsedBody, item: string, map: (node: unknown) => T): Page<T> {
  const { data } = body
  const total = numberOf(data.total_record_count)
  // §7.2: a zero-count list carries only the count; with neither this is not a list.
  if (total === undefined && data[item] === undefined) throw new BodyParseError(`not a ${item} list`)
  return { total, items: asArray(data[item]).map(map) }
}

export function toJobPage(body: ParsedBody): Page<Job> {
  return page(body, 'job', toJob)
}

export function toInstancePage(body: ParsedBody): Page<JobInstance> {
  return page(body, 'job_instance', toInstance)
}

// ---- objects ----------------------------------------------------------------------------

export function toJob(value: unknown): Job {
  const node = tree(value, 'a job')
  const profile = node.related_profile
  return compact<Job>({
    id: required(node.id, 'job id'),
    name: text(node.name) ?? '',
    description: text(node.description),
    type: codeValue(node.type),
    category: codeValue(node.category),
    content: codeValue(node.content),
    schedule: codeValue(node.schedule),
    creator: text(node.creator),
    nextRun: text(node.next_run),
    parameters: listOf(node, 'parameter', 'parameters').map(toParameter),
    relatedProfile:
      profile === undefined
        ? undefined
        : compact({ value: text(profile) ?? '', link: isTree(profile) ? text(profile.link) : undefined }),
    link: text(node.link)
  })
}

function toParameter(value: unknown): JobParameter {
  const node = tree(value, 'a parameter')
  return { name: required(node.name, 'parameter name'), value: text(node.value) ?? '' }
}

export function toInstance(value: unknown): JobInstance {
  const node = tree(value, 'a job instance')
  const status = codeValue(node.status)
  if (!status?.value) throw new BodyParseError('job instance status is missing')
  const info = isTree(node.job_info) ? node.job_info : undefined
  return compact<JobInstance>({
    id: required(node.id, 'instance id'),
    externalId: text(node.external_id),
    name: text(node.name),
    link: text(node.link),
    submittedBy: codeValue(node.submitted_by),
    submitTime: text(node.submit_time),
    startTime: text(node.start_time),
    endTime: text(node.end_time),
    progress: numberOf(node.progress),
    status,
    statusDate: text(node.status_date),
    alerts: listOf(node, 'alert', 'alerts').map((alert) => codeValue(alert) ?? { value: '' }),
    counters: listOf(node, 'counter', 'counters').map(toCounter),
    actions: listOf(node, 'action', 'actions').map(toAction),
    jobInfo:
      info &&
      compact({
        id: text(info.id),
        name: text(info.name),
        description: text(info.description),
        type: codeValue(info.type),
        category: codeValue(info.category),
        link: text(info.link)
      })
  })
}

function toCounter(value: unknown): Counter {
  const node = tree(value, 'a counter')
  // §3.4: counter values are strings even in JSON; keep them so.
  return { type: codeValue(node.type) ?? { value: '' }, value: text(node.value) ?? '' }
}

function toAction(value: unknown): InstanceAction {
  const node = tree(value, 'an action')
  return compact<InstanceAction>({
    link: text(node.link),
    type: codeValue(node.type),
    population: codeValue(node.population),
    members: numberOf(node.members)
  })
}

/** `GET /conf/code-tables/systemJobStatus` in either format (§3.5). */
export function toStatusTable(body: ParsedBody): StatusTableRow[] {
  const rows = listOf(body.data, 'row', 'rows')
  if (rows.length === 0) throw new BodyParseError('status table has no rows')
  return rows.map((value) => {
    const row = tree(value, 'a status row')
    return compact<StatusTableRow>({
      code: required(row.code, 'status code'),
      description: text(row.description) ?? '',
      default: booleanOf(row.default),
      enabled: booleanOf(row.enabled)
    })
  })
}

// ---- run response -----------------------------------------------------------------------

export interface RunResponse {
  job: Job
  /** undefined when neither the link nor the text names the instance (§7.6). */
  instanceId: string | undefined
  instanceLink?: string
  message?: string
}

/** `requestedJobId` stands in when the echoed job lacks its id. */
export function toRunResponse(body: ParsedBody, requestedJobId: string): RunResponse {
  const info = body.data.additional_info
  const link = isTree(info) ? text(info.link) : undefined
  const message = text(info)
  return compact<RunResponse>({
    job: toJob({ id: requestedJobId, ...body.data }),
    instanceId: instanceIdFrom(link, message),
    instanceLink: link,
    message
  })
}

/**
 * §3.3/§7.6: the last path segment of `additional_info.link` (query and trailing '/'
 * stripped), else the digits of "Job no. N"; kept a string (§7.4).
 */
export function instanceIdFrom(link: string | undefined, message: string | undefined): string | undefined {
  if (link) {
    const segments = link.split(/[?#]/)[0]!.replace(/\/+$/, '').split('/')
    const last = segments.at(-1)
    if (last && segments.at(-2) === 'instances') return decodeURIComponent(last)
  }
  return message?.match(/Job no\. (\d+)/)?.[1]
}

// ---- error bodies -----------------------------------------------------------------------

/** Reads any error body of §5; never throws. */
export function parseErrorBody(bodyText: string, contentType: string | undefined): AlmaErrorBody {
  const trimmed = bodyText.trim()
  if (trimmed === '') return { source: 'empty' }
  if (/^<(!doctype\s+html|html)\b/i.test(trimmed) || contentType?.includes('text/html')) {
    return { source: 'html', message: htmlHeadline(trimmed) }
  }
  let body: ParsedBody | undefined
  try {
    body = parseBody(trimmed, contentType)
  } catch {
    body = undefined
  }
  const alma = body && almaErrorFrom(body.data)
  if (alma) return alma
  return { source: 'text', message: oneLine(trimmed, 300) }
}

function almaErrorFrom(data: Tree): AlmaErrorBody | undefined {
  // §5: JSON may arrive wrapped in web_service_result; the XML root already is it.
  const result = isTree(data.web_service_result) ? data.web_service_result : data
  const list = result.errorList
  const errors = (isTree(list) ? asArray(list.error) : []).filter(isTree)
  if (errors.length === 0) return undefined
  const [first, ...others] = errors.map((error) => ({
    code: text(error.errorCode)?.trim(),
    message: text(error.errorMessage)?.trim(),
    trackingId: text(error.trackingId)?.trim()
  }))
  const message = [first!.message, ...others.map((o) => o.message)].filter(Boolean).join('; ')
  return compact<AlmaErrorBody>({
    source: 'alma',
    code: first!.code || undefined,
    message: message || undefined,
    trackingId: first!.trackingId || undefined
  })
}

function htmlHeadline(html: string): string | undefined {
  const match = html.match(/<title[^>]*>([\s\S]*?)<\/title>/i) ?? html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/i)
  const headline = match && oneLine(match[1]!.replace(/<[^>]*>/g, ''), 200)
  return headline || undefined
}

function oneLine(value: string, max: number): string {
  const flat = value.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max)}…` : flat
}
