// Alma bodies (XML or JSON) → the shapes of types.ts (alma-api.md §3, §5, §7).
// XML is first turned into the tree JSON would have given (attributes and text become
// plain keys, §7.3), so one set of mappers serves both formats.
import type { AlmaErrorBody } from './errors.js'
import { clip } from './text.js'
import type { CodeValue, Counter, InstanceAction, Job, JobInstance, JobParameter, StatusTableRow } from './types.js'
import { lazyXmlParser, validateXml } from './xml.js'

/** A body that is not the XML/JSON it should be: truncated, HTML where data was expected… */
export class BodyParseError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BodyParseError'
  }
}

type Tree = Record<string, unknown>

/** Deeper than any Alma answer (an instance's counter type is 4 levels down): not Alma's. */
export const MAX_DEPTH = 64
const TOO_DEEP = `nested deeper than ${MAX_DEPTH} levels`
/** How much of a parser's complaint a message quotes; it may quote the body. */
const PROBLEM_CHARS = 160
/** How much of an id that is not one a message quotes. */
const ID_CHARS = 40
/** §7.4: instance ids are decimal strings of 16+ digits; 30 leaves room and bounds the text. */
const INSTANCE_ID = /^\d{1,30}$/
/** §3.2: the kind prefix, then digits; bounded like instance ids. */
const JOB_ID = /^[MSO]\d{1,30}$/

export function isInstanceId(text: string): boolean {
  return INSTANCE_ID.test(text)
}

/** A job id as a body's id must be to go into a link or an output: prefix and bounded digits (§3.2). */
export function isWellFormedJobId(text: string): boolean {
  return JOB_ID.test(text)
}

/** A parsed body: the root element's name (XML only) and its content. */
export interface ParsedBody {
  rootName?: string
  data: Tree
}

const xmlParser = lazyXmlParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  // §7.4: ids of 16+ digits must stay exact, and in XML everything is text anyway.
  parseTagValue: false,
  parseAttributeValue: false,
  removeNSPrefix: true, // §5: web_service_result comes with a namespace
  ignoreDeclaration: true,
  ignorePiTags: true,
  htmlEntities: true, // numeric character references such as &#233;
  maxNestedTags: MAX_DEPTH
})

/**
 * Picks the parser: the body's first character decides, Content-Type breaks ties (§5). Every
 * failure is a BodyParseError, whatever the parser threw. `scrub`, when given, is applied to
 * every string of the result (and to numbers whose digits it would change), in the same pass
 * that bounds the nesting: what the client returns never carries the key.
 */
export function parseBody(body: string, contentType: string | undefined, scrub?: (text: string) => string): ParsedBody {
  const text = body.trimStart() // also drops a byte-order mark
  const start = text[0]
  let parsed: ParsedBody
  if (start === '<') parsed = parseXml(text)
  else if (start === '{') parsed = { data: parseJson(text) }
  else if (start === undefined) throw new BodyParseError('empty body')
  else if (contentType?.includes('json')) parsed = { data: parseJson(text) }
  else throw new BodyParseError(`neither XML nor JSON (Content-Type ${clip(contentType ?? 'missing', ID_CHARS)})`)
  walkTree(parsed.data, scrub)
  return parsed
}

/**
 * One pass over a parsed body, without recursion (a hostile body may nest deeply): refuses
 * nesting over MAX_DEPTH, drops `__proto__` keys, scrubs strings.
 */
function walkTree(root: Tree, scrub: ((text: string) => string) | undefined): void {
  const stack: [Tree | unknown[], number][] = [[root, 1]]
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [node, depth] = entry
    if (depth > MAX_DEPTH) throw new BodyParseError(TOO_DEEP)
    const visit = (value: unknown): unknown => {
      if (typeof value === 'string') return scrub && value.length >= 4 ? scrub(value) : value
      if (typeof value === 'number' && scrub) {
        const digits = String(value)
        const scrubbed = digits.length >= 4 ? scrub(digits) : digits
        return scrubbed === digits ? value : scrubbed
      }
      if (typeof value === 'object' && value !== null) stack.push([value as Tree | unknown[], depth + 1])
      return value
    }
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) node[i] = visit(node[i])
      continue
    }
    for (const key of Object.keys(node)) {
      if (key === '__proto__') {
        delete node[key]
        continue
      }
      const value = node[key]
      const visited = visit(value)
      if (visited !== value) node[key] = visited
    }
  }
}

/** §7.11: escape `&` that starts no entity, as a lenient parser would read it. */
function escapeRawAmpersands(xml: string): string {
  return xml.replace(/&(?!(?:[A-Za-z][\w.-]*|#\d+|#x[0-9A-Fa-f]+);)/g, '&amp;')
}

function parseXml(text: string): ParsedBody {
  if (/^<(!doctype\s+html|html)\b/i.test(text)) throw new BodyParseError('an HTML page, not XML or JSON')
  // Alma never sends a DTD; refusing one rules out entity expansion (and fast-xml-parser's own DTD errors).
  if (/<!(DOCTYPE|ENTITY)/i.test(text)) throw new BodyParseError('XML with a <!DOCTYPE> or <!ENTITY>, which Alma never sends')
  const xml = escapeRawAmpersands(text)
  let doc: Tree
  try {
    // fast-xml-parser happily returns half a document; the validator catches truncation.
    const valid = validateXml(xml)
    if (valid !== true) throw new BodyParseError(`malformed XML: ${clip(valid.err.msg, PROBLEM_CHARS)} (line ${valid.err.line})`)
    doc = xmlParser.parse(xml) as Tree
  } catch (error) {
    // The parser's own limits (nesting, entities) throw plain Errors; its nesting limit is ours.
    if (error instanceof BodyParseError) throw error
    const message = String((error as Error)?.message ?? error)
    if (/nested tags/i.test(message)) throw new BodyParseError(TOO_DEEP)
    throw new BodyParseError(`malformed XML: ${clip(message, PROBLEM_CHARS)}`)
  }
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
    if (key === '__proto__' || key === '@___proto__') continue
    if (key === '#text') out.value = value
    else if (key.startsWith('@_')) {
      const name = key.slice(2)
      if (name !== 'xmlns' && !name.startsWith('xmlns:')) out[name] = value
    } else out[key] = xmlToTree(value)
  }
  return out
}

/**
 * Whether JSON text nests deeper than `max` objects and arrays: brackets are counted outside
 * strings (an escape takes the next character along), in one pass. JSON.parse with a reviver
 * recurses, so a body 10,000 levels deep would overflow the stack before walkTree refused it.
 */
function jsonNestsDeeperThan(text: string, max: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i)
    if (inString) {
      // A backslash takes the next character along, so an escaped quote ends no string.
      if (char === 0x5c) i++
      else if (char === 0x22) inString = false
    } else if (char === 0x22) inString = true
    else if (char === 0x7b || char === 0x5b) {
      if (++depth > max) return true
    } else if (char === 0x7d || char === 0x5d) depth--
  }
  return false
}

function parseJson(text: string): Tree {
  if (jsonNestsDeeperThan(text, MAX_DEPTH)) throw new BodyParseError(TOO_DEEP)
  let value: unknown
  try {
    // §7.4: a number too big to be exact (an id sent unquoted) keeps its source digits.
    value = JSON.parse(text, (_key, parsed: unknown, context?: { source?: string }) =>
      typeof parsed === 'number' && !Number.isSafeInteger(parsed) && context?.source && /^-?\d+$/.test(context.source)
        ? context.source
        : parsed
    )
  } catch (error) {
    // V8's messages may quote the body.
    throw new BodyParseError(`malformed JSON: ${clip(String((error as Error)?.message ?? error), PROBLEM_CHARS)}`)
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
  /**
   * Why each item left out of `items` was malformed (§7.16: one bad item must not fail the list).
   * One entry per item: the pager counts them as places taken on the page.
   */
  skipped?: string[]
  /**
   * Parts left out of items that were kept: a malformed action, counter or alert of an instance
   * (§7.16). Not items, so not counted as places on the page; worth a debug line like `skipped`.
   */
  notes?: string[]
}

function page<T>(body: ParsedBody, item: string, root: string, map: (node: unknown, notes: string[]) => T): Page<T> {
  const { data } = body
  const total = numberOf(data.total_record_count)
  if (total === undefined && data[item] === undefined) {
    // §7.17: a bare `<jobs/>` or `<job_instances/>` with no count is an empty list.
    if (body.rootName === root && isBareElement(data)) return { total: undefined, items: [] }
    // §7.2: a zero-count list carries only the count; with neither this is not a list.
    throw new BodyParseError(`not a ${item} list`)
  }
  const items: T[] = []
  const skipped: string[] = []
  const notes: string[] = []
  for (const node of asArray(data[item])) {
    try {
      items.push(map(node, notes))
    } catch (error) {
      if (!(error instanceof BodyParseError)) throw error
      skipped.push(error.message)
    }
  }
  return { total, items, ...(skipped.length > 0 && { skipped }), ...(notes.length > 0 && { notes }) }
}

/** An XML element with neither children nor text (`<jobs/>`, `<jobs></jobs>`, namespaces aside). */
function isBareElement(data: Tree): boolean {
  return Object.entries(data).every(([key, value]) => key === 'value' && value === '')
}

export function toJobPage(body: ParsedBody): Page<Job> {
  return page(body, 'job', 'jobs', toListedJob)
}

export function toInstancePage(body: ParsedBody): Page<JobInstance> {
  return page(body, 'job_instance', 'job_instances', toInstance)
}

/** A job of the list: the client relies on its id (names resolve to it), so it must be one (§3.2). */
function toListedJob(value: unknown): Job {
  const job = toJob(value)
  if (!JOB_ID.test(job.id)) throw new BodyParseError(`skipped a job whose id "${clip(job.id, ID_CHARS)}" is no job id`)
  return job
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

/** Notes on one instance beyond this many are summed up in one (a hostile body may have thousands). */
export const MAX_NOTES_PER_INSTANCE = 10

/**
 * One instance (§3.4). A malformed action, counter or alert is left out and the rest kept
 * (§7.16, e.g. Ex Libris's sample `"action": ["string"]`); `notes`, when given, receives one
 * line per part left out, for a debug line. A missing status or an id that is not one still
 * makes the instance unreadable (BodyParseError).
 */
export function toInstance(value: unknown, notes?: string[]): JobInstance {
  const node = tree(value, 'a job instance')
  const status = codeValue(node.status)
  if (!status?.value) throw new BodyParseError('job instance status is missing')
  const info = isTree(node.job_info) ? node.job_info : undefined
  const id = required(node.id, 'instance id')
  if (!INSTANCE_ID.test(id)) throw new BodyParseError(`instance id "${clip(id, ID_CHARS)}" is not all digits`)
  // Each part reader returns the part, or why it is malformed (a string) to leave it out.
  const left: string[] = []
  const parts = <T>(item: string, wrapper: string, map: (part: unknown) => T | string): T[] => {
    const all = listOf(node, item, wrapper)
    const kept: T[] = []
    all.forEach((part, i) => {
      const read = map(part)
      if (typeof read === 'string') left.push(`${item} ${i + 1} of ${all.length} of instance ${id} (${read})`)
      else kept.push(read)
    })
    return kept
  }
  const alerts = parts('alert', 'alerts', toAlert)
  const counters = parts('counter', 'counters', toCounter)
  const actions = parts('action', 'actions', toAction)
  // §3.4: progress is a percentage; one outside 0–100 (1e308, a negative, text) is malformed and left out.
  const progress = numberOf(node.progress)
  const progressOk = progress !== undefined && progress >= 0 && progress <= 100
  const progressGiven = node.progress !== undefined && node.progress !== null && node.progress !== ''
  if (progressGiven && !progressOk) left.push(`progress of instance ${id} (not a number from 0 to 100)`)
  if (notes) {
    notes.push(...left.slice(0, MAX_NOTES_PER_INSTANCE))
    if (left.length > MAX_NOTES_PER_INSTANCE) {
      notes.push(`${left.length - MAX_NOTES_PER_INSTANCE} more malformed alerts, counters or actions of instance ${id}`)
    }
  }
  return compact<JobInstance>({
    id,
    externalId: text(node.external_id),
    name: text(node.name),
    link: text(node.link),
    submittedBy: codeValue(node.submitted_by),
    submitTime: text(node.submit_time),
    startTime: text(node.start_time),
    endTime: text(node.end_time),
    progress: progressOk ? progress : undefined,
    status,
    statusDate: text(node.status_date),
    alerts,
    counters,
    actions,
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

/** What a malformed part is, without quoting it: the text is untrusted and may be anything. */
function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (value === null || value === undefined) return 'nothing'
  return isTree(value) ? 'an object' : `a ${typeof value}`
}

/** An alert is its code (§3.4): `{value, desc}`, or the bare code; one without a code is malformed. */
function toAlert(value: unknown): CodeValue | string {
  const alert = codeValue(value)
  return alert?.value ? alert : `${kindOf(value)} without an alert code`
}

/** A counter needs its type code (§3.4); a missing value reads as ''. */
function toCounter(value: unknown): Counter | string {
  if (!isTree(value)) return `${kindOf(value)}, not a counter`
  const type = codeValue(value.type)
  if (!type?.value) return 'a counter without a type code'
  // §3.4: counter values are strings even in JSON; keep them so.
  return { type, value: text(value.value) ?? '' }
}

/** Any object is an action (§3.4: all its fields are optional); `"string"` is not. */
function toAction(node: unknown): InstanceAction | string {
  if (!isTree(node)) return `${kindOf(node)}, not an action`
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

// ---- the JOB_END webhook ------------------------------------------------------------------

/** A JOB_END webhook body (§10): the event's own fields and the instance it wraps. */
export interface JobEndEvent {
  /** The event's id (not the instance's). */
  id?: string
  /** `JOB_END`; one official page writes `job_end`, so compare without regard to case (§10). */
  action?: string
  /** When Alma sent the event, ISO as sent. */
  time?: string
  instance: JobInstance
}

/**
 * A JOB_END webhook body, `{id, action, time, job_instance: {…}}` in JSON or the same in XML
 * (§10), read as toInstance reads `job_instance`. Without a `job_instance` it is no event.
 */
export function toJobEndEvent(value: unknown, notes?: string[]): JobEndEvent {
  const node = tree(value, 'a webhook event')
  if (!isTree(node.job_instance)) throw new BodyParseError('webhook event without a job_instance')
  return compact<JobEndEvent>({
    id: text(node.id),
    action: text(node.action),
    time: text(node.time),
    instance: toInstance(node.job_instance, notes)
  })
}

/**
 * The instance of a JOB_END webhook envelope (§10), or the instance itself when given a bare
 * one (a GET's answer): an object with a `job_instance` object and no `status` is an envelope.
 */
export function toInstanceFromEnvelope(value: unknown, notes?: string[]): JobInstance {
  if (isTree(value) && isTree(value.job_instance) && value.status === undefined) return toJobEndEvent(value, notes).instance
  return toInstance(value, notes)
}

// ---- run response -----------------------------------------------------------------------

export interface RunResponse {
  job: Job
  /** undefined when neither the link nor the text names the instance (§7.6). */
  instanceId: string | undefined
  instanceLink?: string
  message?: string
}

/** The job is the one that was run (`requestedJobId`), whatever id the echo carries. */
export function toRunResponse(body: ParsedBody, requestedJobId: string): RunResponse {
  const info = body.data.additional_info
  const link = isTree(info) ? text(info.link) : undefined
  const message = text(info)
  return compact<RunResponse>({
    job: toJob({ ...body.data, id: requestedJobId }),
    instanceId: instanceIdFrom(link, message),
    instanceLink: link,
    message
  })
}

/**
 * §3.3/§7.6: the last path segment of `additional_info.link` (query and trailing '/'
 * stripped), else the number of "Job no. N"; kept a string (§7.4). undefined when neither
 * names an instance. An id that is not all digits, or a link and text that disagree, is a
 * malformed answer (BodyParseError): the id goes into paths, outputs and logs.
 */
export function instanceIdFrom(link: string | undefined, message: string | undefined): string | undefined {
  let fromLink: string | undefined
  if (link) {
    const segments = link.split(/[?#]/)[0]!.replace(/\/+$/, '').split('/')
    const last = segments.at(-1)
    if (last !== undefined && segments.at(-2) === 'instances') fromLink = checkedInstanceId(safeDecode(last), 'link')
    else if (last === 'instances') fromLink = checkedInstanceId('', 'link')
  }
  const token = message?.match(/Job no\.\s*([^\s,;]*)/)?.[1]?.replace(/\.$/, '')
  const fromText = token === undefined ? undefined : checkedInstanceId(token, 'text')
  if (fromLink !== undefined && fromText !== undefined && fromLink !== fromText) {
    throw new BodyParseError(`additional_info's link names instance ${fromLink} but its text ${fromText}`)
  }
  return fromLink ?? fromText
}

function checkedInstanceId(id: string, where: string): string {
  if (!INSTANCE_ID.test(id)) {
    throw new BodyParseError(`additional_info's ${where} names instance "${clip(id, ID_CHARS)}", which is not all digits`)
  }
  return id
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
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
  return { source: 'text', message: clip(trimmed, 300) }
}

const ERROR_CODE_CHARS = 100
const ERROR_MESSAGE_CHARS = 1000

function almaErrorFrom(data: Tree): AlmaErrorBody | undefined {
  // §5: JSON may arrive wrapped in web_service_result; the XML root already is it.
  const result = isTree(data.web_service_result) ? data.web_service_result : data
  const list = result.errorList
  const errors = (isTree(list) ? asArray(list.error) : []).filter(isTree)
  if (errors.length === 0) return undefined
  // Alma's codes, messages and tracking ids are short (§5); a longer one is an echoed body.
  const field = (value: unknown, max: number) => {
    const given = text(value)?.trim()
    return given === undefined ? undefined : clip(given, max)
  }
  const [first, ...others] = errors.map((error) => ({
    code: field(error.errorCode, ERROR_CODE_CHARS),
    message: field(error.errorMessage, ERROR_MESSAGE_CHARS),
    trackingId: field(error.trackingId, ERROR_CODE_CHARS)
  }))
  const message = clip([first!.message, ...others.map((o) => o.message)].filter(Boolean).join('; '), ERROR_MESSAGE_CHARS)
  return compact<AlmaErrorBody>({
    source: 'alma',
    code: first!.code || undefined,
    message: message || undefined,
    trackingId: first!.trackingId || undefined
  })
}

function htmlHeadline(page: string): string | undefined {
  // A headline sits near the top; bounding the search keeps a huge page from costing much.
  const html = page.slice(0, 65_536)
  const match = html.match(/<title[^>]*>([\s\S]*?)<\/title>/i) ?? html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/i)
  const headline = match && clip(match[1]!.replace(/<[^>]*>/g, ''), 200)
  return headline || undefined
}
