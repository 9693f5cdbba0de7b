// Deterministic seed data: an institution's job list as GET /conf/jobs would show it
// (alma-api.md §2, §3.2). Names are realistic and deliberately awkward (§7.8).
import type { JobType, SimJob } from './types.js'

/** Category codes with their table description. `submittable` marks the scheduled-job
 *  groups that may be run by API (§3.3); `events` marks the groups with an events list (§2). */
export const CATEGORIES: Record<string, { desc: string; submittable?: boolean; events?: boolean }> = {
  EXPORT: { desc: 'Export' },
  NORMALIZATION: { desc: 'Normalization' },
  INVENTORY: { desc: 'Inventory' },
  FULFILLMENT: { desc: 'Fulfillment' },
  USERS: { desc: 'Users', events: true },
  ACQUISITION: { desc: 'Acquisition' },
  RESEARCH_ASSETS: { desc: 'Research Assets' },
  DIGITAL: { desc: 'Digital' },
  PUBLISHING: { desc: 'General Publishing', submittable: true },
  METADATA_IMPORT: { desc: 'Metadata Import', submittable: true },
  ERP: { desc: 'ERP', submittable: true },
  REMOTE_STORAGE: { desc: 'Remote Storage', submittable: true },
  BURSAR: { desc: 'Bursar', submittable: true },
  SIS: { desc: 'SIS', submittable: true, events: true },
  INDEXING: { desc: 'Indexing' },
  NOTIFICATIONS: { desc: 'Notifications' },
  ANALYTICS: { desc: 'Analytics' }
}

export const CONTENTS: Record<string, string> = {
  BIB_MMS: 'All Titles',
  ITEM: 'Physical Items',
  PORTFOLIO: 'Electronic Portfolios',
  USER: 'Users',
  LOAN: 'Loans',
  REQUEST: 'Requests',
  PO_LINE: 'PO Lines',
  INVOICE: 'Invoices',
  FINE: 'Fines and Fees',
  RESEARCH_ASSET: 'Research Assets',
  REPRESENTATION: 'Digital Representations',
  IMPORT: 'Import Profile'
}

export const JOB_TYPE_DESC: Record<JobType, string> = { MANUAL: 'Manual', SCHEDULED: 'Scheduled', OTHER: 'Other' }

/** Ids tests may rely on; they do not change with `jobCount` or `seed`. */
export const WELL_KNOWN_JOBS = {
  /** First of two jobs named "Export Bibliographic Records"; always first in the list (§7.8). */
  exportBibRecords: 'M50173',
  /** Second "Export Bibliographic Records", a scheduled publishing job; always last in the list. */
  exportBibRecordsScheduled: 'S7696884050001401',
  /** Manual; requires `set_id` (402228/402229). */
  exportPhysicalItems: 'M28147',
  /** Manual, no required parameters; the §8 sample name. */
  exportThingsAndStuff: 'M11111',
  /** Scheduled General Publishing (submittable); shows parameters on GET; 25 past runs per environment. */
  publishingToPrimo: 'S8100230670000561',
  /** Manual inventory job with an accented name; shows parameters on GET. */
  miseAJourExemplaires: 'M61234',
  /** Scheduled SIS job (submittable, has events); 8 past runs per environment. */
  sisSynchronize: 'S8200119880000561',
  /** Manual USERS job (has events). */
  updateNotifyUsers: 'M72345',
  /** Scheduled Metadata Import (submittable). */
  syncExternalCatalog: 'S8300457120000561',
  /** Scheduled Fulfillment job: not submittable by API (402248). */
  courtesyNotices: 'S8400781230000561',
  /** An OTHER-type job (§3.2: O prefix). */
  recalculateWorkOrders: 'O4500012'
} as const

export const WELL_KNOWN_NAMES = {
  exportBibRecords: 'Export Bibliographic Records',
  exportPhysicalItems: 'Export Physical Items',
  exportThingsAndStuff: 'Export Things & Stuff',
  publishingToPrimo: 'Publishing to "Primo"',
  miseAJourExemplaires: 'Mise à jour des exemplaires',
  sisSynchronize: 'Users SIS synchronize',
  updateNotifyUsers: 'Update/Notify Users',
  syncExternalCatalog: 'Synchronize Bib records with external catalog',
  courtesyNotices: 'Send Courtesy Notices and Handle Loan Renewals',
  recalculateWorkOrders: 'Recalculate Work Orders'
} as const

/**
 * Scheduled jobs with a run history made for `check` (state.ts seedHistory, history.ts): each key
 * names what its runs show. The histories count back from the simulator's start, not from the
 * hour of the day, so what a check sees right after the start does not depend on when it runs.
 * Ids and names do not change with `jobCount` or `seed`; each job has its own integration profile.
 */
export const HISTORY_JOBS = {
  /** PUBLISHING, daily: a run a day for the last 7 days (the newest 4 h before the start), all COMPLETED_SUCCESS with counters. */
  dailyPublishing: 'S8600000110000561',
  /** METADATA_IMPORT, hourly: a run an hour for the last 2 days (the newest 10 min before the start), all COMPLETED_SUCCESS. */
  hourlyImport: 'S8600000220000561',
  /** PUBLISHING, daily: the newest run COMPLETED_FAILED 8 h before the start; the 6 days before it COMPLETED_SUCCESS. */
  failedLastNight: 'S8600000330000561',
  /** BURSAR, daily: COMPLETED_SUCCESS daily until 4 days 2 h before the start (7 runs), none since. */
  stoppedRunning: 'S8600000440000561',
  /** ERP, daily: the newest run RUNNING since 26 h before the start, with no end; the 5 days before it COMPLETED_SUCCESS. */
  stuckForADay: 'S8600000550000561',
  /** REMOTE_STORAGE, every 6 h for 2 days (the newest 1 h before the start): all COMPLETED_SUCCESS but one FAILED 13 h before the start. */
  failedThenFixed: 'S8600000660000561'
} as const

export const HISTORY_NAMES = {
  dailyPublishing: 'Publishing to Summon',
  hourlyImport: 'Import Profile: EBSCO E-books - Hourly',
  failedLastNight: 'Publishing to WorldCat (OCLC)',
  stoppedRunning: 'Export Fines & Fees to Bursar - Student Accounts',
  stuckForADay: 'Export Invoices for Payment - Finance Office',
  failedThenFixed: 'Remote Storage: CaiaSoft - Annex'
} as const

/** Category and schedule of each history job (a code of CATEGORIES and of SCHEDULES). */
export const HISTORY_CATEGORIES: Record<keyof typeof HISTORY_JOBS, { category: string; schedule: string }> = {
  dailyPublishing: { category: 'PUBLISHING', schedule: 'DAILY_0200' },
  hourlyImport: { category: 'METADATA_IMPORT', schedule: 'HOURLY' },
  failedLastNight: { category: 'PUBLISHING', schedule: 'DAILY_0200' },
  stoppedRunning: { category: 'BURSAR', schedule: 'DAILY_0200' },
  stuckForADay: { category: 'ERP', schedule: 'DAILY_0200' },
  failedThenFixed: { category: 'REMOTE_STORAGE', schedule: 'EVERY_6_HOURS' }
}

const HISTORY_CONTENT: Record<string, string> = {
  PUBLISHING: 'BIB_MMS',
  METADATA_IMPORT: 'IMPORT',
  BURSAR: 'FINE',
  ERP: 'INVOICE',
  REMOTE_STORAGE: 'REQUEST'
}

type SeedJob = Omit<SimJob, 'parameters' | 'requiredParameters' | 'description' | 'creator'> &
  Partial<Pick<SimJob, 'parameters' | 'requiredParameters' | 'description' | 'creator'>>

const K = WELL_KNOWN_JOBS
const N = WELL_KNOWN_NAMES
/** In list order; the first stays first and the last stays last. */
const WELL_KNOWN: SeedJob[] = [
  { id: K.exportBibRecords, name: N.exportBibRecords, type: 'MANUAL', category: 'EXPORT', content: 'BIB_MMS' },
  {
    id: K.exportThingsAndStuff,
    name: N.exportThingsAndStuff,
    type: 'MANUAL',
    category: 'NORMALIZATION',
    content: 'BIB_MMS',
    description: 'demo'
  },
  { id: K.updateNotifyUsers, name: N.updateNotifyUsers, type: 'MANUAL', category: 'USERS', content: 'USER' },
  {
    id: K.publishingToPrimo,
    name: N.publishingToPrimo,
    type: 'SCHEDULED',
    category: 'PUBLISHING',
    content: 'BIB_MMS',
    schedule: 'DAILY_0200',
    relatedProfile: '6100230670000561',
    parameters: [{ name: 'publishing_mode', value: 'INCREMENTAL', desc: 'Publishing mode' }]
  },
  {
    id: K.miseAJourExemplaires,
    name: N.miseAJourExemplaires,
    type: 'MANUAL',
    category: 'INVENTORY',
    content: 'ITEM',
    description: 'Modifier les informations des exemplaires physiques',
    parameters: [
      { name: 'set_id', value: '7777000000001234' },
      { name: 'task_ChangePhysicalItemsParams_boolean', value: 'true' }
    ]
  },
  {
    id: K.exportPhysicalItems,
    name: N.exportPhysicalItems,
    type: 'MANUAL',
    category: 'EXPORT',
    content: 'ITEM',
    requiredParameters: ['set_id']
  },
  {
    id: K.sisSynchronize,
    name: N.sisSynchronize,
    type: 'SCHEDULED',
    category: 'SIS',
    content: 'USER',
    schedule: 'DAILY_0200',
    relatedProfile: '6200119880000561'
  },
  {
    id: K.syncExternalCatalog,
    name: N.syncExternalCatalog,
    type: 'SCHEDULED',
    category: 'METADATA_IMPORT',
    content: 'IMPORT',
    schedule: 'DAILY_0200',
    relatedProfile: '6300457120000561'
  },
  {
    id: K.courtesyNotices,
    name: N.courtesyNotices,
    type: 'SCHEDULED',
    category: 'FULFILLMENT',
    content: 'LOAN',
    schedule: 'DAILY_0200'
  },
  { id: K.recalculateWorkOrders, name: N.recalculateWorkOrders, type: 'OTHER', category: 'INVENTORY', content: 'ITEM' },
  ...(Object.keys(HISTORY_JOBS) as (keyof typeof HISTORY_JOBS)[]).map((role): SeedJob => ({
    id: HISTORY_JOBS[role],
    name: HISTORY_NAMES[role],
    type: 'SCHEDULED',
    ...HISTORY_CATEGORIES[role],
    content: HISTORY_CONTENT[HISTORY_CATEGORIES[role].category],
    // As for the other well-known jobs: 6, then the job id's digits after S8.
    relatedProfile: `6${HISTORY_JOBS[role].slice(2)}`
  })),
  {
    id: K.exportBibRecordsScheduled,
    name: N.exportBibRecords,
    type: 'SCHEDULED',
    category: 'PUBLISHING',
    content: 'BIB_MMS',
    schedule: 'WEEKLY_SUN_0300',
    relatedProfile: '6096884050001401'
  }
]

export const SCHEDULES: Record<string, string> = {
  NOT_SCHEDULED: 'Not scheduled',
  DAILY_0200: 'Every day at 02:00',
  WEEKLY_SUN_0300: 'Every Sunday at 03:00',
  HOURLY: 'Every hour',
  EVERY_6_HOURS: 'Every 6 hours'
}

const FILL: Record<string, string[]> = {
  campus: [
    'Main Campus',
    'Law Library',
    'Médecine',
    'Bibliothèque des Sciences',
    'Arts & Humanities',
    'Science & Engineering',
    'Zürich Zentrum',
    'Health Sciences',
    'Música',
    'Special Collections',
    'Östra Campus',
    'Branch "North"',
    'Reserve Desk',
    'Off-site Storage'
  ],
  vendor: [
    'YBP',
    'Casalini Libri',
    'Harrassowitz',
    'ProQuest',
    'EBSCO',
    'GOBI',
    'Amalivre',
    'Aux Amateurs de Livres',
    'Erasmus',
    'Coutts',
    'Schweitzer Fachinformationen',
    "O'Reilly",
    'Brill'
  ],
  format: ['MARC21 Bibs', 'E-books', 'Orders', 'Updates', 'Deletes', 'UNIMARC', 'Dublin Core'],
  target: [
    'Primo',
    'Google Scholar',
    'WorldCat',
    'OCLC',
    'Libraries Australia',
    'Summon',
    'BIBFRAME',
    'SUDOC',
    'swisscovery',
    'Local Union Catalog',
    'Data Warehouse'
  ],
  entity: [
    'Bibliographic Records',
    'Physical Items',
    'Portfolios',
    'Holdings',
    'Authority Records',
    'Electronic Collections',
    'Invoices',
    'Vendors',
    'Loans',
    'Requests',
    'Order Lines',
    'Digital Representations'
  ],
  erp: ['SAP', 'Oracle Financials', 'Banner', 'PeopleSoft', 'Workday', 'Agresso'],
  facility: ['CaiaSoft', 'Dematic', 'HK Systems', 'Lib-Stor', 'Harvard Depository'],
  field: ['040 $b', '856 URLs', 'call numbers', 'subject headings', 'ISBNs', 'local fields 9XX', 'diacritics'],
  period: ['daily', 'weekly', 'monthly', 'nightly']
}

const TEMPLATES: { type: JobType; category: string; content: string; name: string }[] = [
  { type: 'MANUAL', category: 'EXPORT', content: 'BIB_MMS', name: 'Export {entity} - {campus}' },
  { type: 'MANUAL', category: 'EXPORT', content: 'BIB_MMS', name: 'Export {entity} to {target}' },
  { type: 'MANUAL', category: 'NORMALIZATION', content: 'BIB_MMS', name: 'Normalize {field} - {campus}' },
  { type: 'MANUAL', category: 'NORMALIZATION', content: 'BIB_MMS', name: 'Apply normalization rule "{field}" ({target})' },
  { type: 'MANUAL', category: 'INVENTORY', content: 'ITEM', name: 'Change Physical Items Information - {campus}' },
  { type: 'MANUAL', category: 'INVENTORY', content: 'ITEM', name: 'Withdraw Items - {campus}' },
  { type: 'MANUAL', category: 'INVENTORY', content: 'PORTFOLIO', name: 'Delete Portfolios - {vendor}' },
  { type: 'MANUAL', category: 'FULFILLMENT', content: 'LOAN', name: 'Change Due Dates - {campus}' },
  { type: 'MANUAL', category: 'FULFILLMENT', content: 'REQUEST', name: 'Cancel Requests - {campus}' },
  { type: 'MANUAL', category: 'USERS', content: 'USER', name: 'Update/Notify Users - {campus}' },
  { type: 'MANUAL', category: 'ACQUISITION', content: 'PO_LINE', name: 'Close PO Lines - {vendor}' },
  { type: 'MANUAL', category: 'RESEARCH_ASSETS', content: 'RESEARCH_ASSET', name: 'Export Research Assets to {target}' },
  { type: 'MANUAL', category: 'DIGITAL', content: 'REPRESENTATION', name: 'Generate Thumbnails - {campus}' },
  { type: 'SCHEDULED', category: 'PUBLISHING', content: 'BIB_MMS', name: 'Publishing Profile: {target} ({period})' },
  { type: 'SCHEDULED', category: 'METADATA_IMPORT', content: 'IMPORT', name: 'Import Profile: {vendor} {format}' },
  { type: 'SCHEDULED', category: 'ERP', content: 'INVOICE', name: 'Export Invoices for Payment - {erp}' },
  { type: 'SCHEDULED', category: 'ERP', content: 'INVOICE', name: 'Import Payment Confirmation - {erp}' },
  { type: 'SCHEDULED', category: 'REMOTE_STORAGE', content: 'REQUEST', name: 'Remote Storage: {facility} - {campus}' },
  { type: 'SCHEDULED', category: 'BURSAR', content: 'FINE', name: 'Export Fines & Fees to Bursar - {erp}' },
  { type: 'SCHEDULED', category: 'SIS', content: 'USER', name: 'SIS Synchronization - {campus}' },
  { type: 'SCHEDULED', category: 'INDEXING', content: 'BIB_MMS', name: 'Full Indexing - {target}' },
  { type: 'SCHEDULED', category: 'FULFILLMENT', content: 'LOAN', name: 'Overdue and Lost Loan - {campus}' },
  { type: 'SCHEDULED', category: 'NOTIFICATIONS', content: 'USER', name: 'Courtesy Letters ({period}) - {campus}' },
  { type: 'SCHEDULED', category: 'ANALYTICS', content: 'BIB_MMS', name: 'Analytics Data Refresh - {target}' },
  { type: 'OTHER', category: 'INVENTORY', content: 'ITEM', name: 'Synchronize Holdings with {target}' }
]

const CREATORS = ['exl_impl', 'System', 'jdoe', 'mmuller', 'a.dupont', 'lib_admin']

/** mulberry32: tiny, fast and deterministic for a given seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function complete(job: SeedJob, random: () => number): SimJob {
  return {
    description: `${CATEGORIES[job.category]?.desc ?? job.category} job`,
    creator: CREATORS[Math.floor(random() * CREATORS.length)]!,
    parameters: [],
    requiredParameters: [],
    schedule: job.type === 'MANUAL' ? 'NOT_SCHEDULED' : (job.schedule ?? 'DAILY_0200'),
    ...job
  }
}

/** `count` jobs (at least the well-known ones), identical for the same `seed`. */
export function seedJobs(count = 300, seed = 1): SimJob[] {
  const random = prng(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const usedNames = new Set<string>(WELL_KNOWN.map((job) => job.name))
  const usedIds = new Set<string>(WELL_KNOWN.map((job) => job.id))
  const generated: SimJob[] = []
  while (generated.length < count - WELL_KNOWN.length) {
    const template = pick(TEMPLATES)
    let name = ''
    for (let attempt = 0; attempt < 8 && (name === '' || usedNames.has(name)); attempt++) {
      name = template.name.replace(/\{(\w+)\}/g, (_, slot: string) => pick(FILL[slot]!))
    }
    // Institutions really do have "Copy of …" jobs; it keeps 1000 names unique.
    for (let copy = 2; usedNames.has(name); copy++) name = name.replace(/ \(copy \d+\)$/, '') + ` (copy ${copy})`
    usedNames.add(name)
    let id = ''
    while (id === '' || usedIds.has(id)) id = generatedId(template.type, random)
    usedIds.add(id)
    const job = complete({ id, name, type: template.type, category: template.category, content: template.content }, random)
    // §7.9: a few jobs show their parameters on GET, most do not.
    if (template.type === 'MANUAL' && random() < 0.08)
      job.parameters = [{ name: 'set_id', value: `${7777000000000000 + Math.floor(random() * 1e6)}` }]
    generated.push(job)
  }
  // Spread the well-known jobs over the pages: the first at 0, the duplicate name last.
  const total = generated.length + WELL_KNOWN.length
  WELL_KNOWN.forEach((job, k) => {
    generated.splice(Math.round((k * (total - 1)) / (WELL_KNOWN.length - 1)), 0, complete(job, random))
  })
  return generated
}

/** Id shapes of §3.2: M + digits, S + 16 digits ending in the institution code, O + digits. */
function generatedId(type: JobType, random: () => number): string {
  const digits = (n: number) =>
    Math.floor(random() * 10 ** n)
      .toString()
      .padStart(n, '0')
  if (type === 'MANUAL') return `M${1 + Math.floor(random() * 9)}${digits(6)}`
  if (type === 'OTHER') return `O${1 + Math.floor(random() * 9)}${digits(6)}`
  return `S${5 + Math.floor(random() * 5)}${digits(9)}000561`
}
