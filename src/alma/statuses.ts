// Job instance status code → what it means for a wait (alma-api.md §4).
// Ex Libris publishes no terminal/success flag; this table is our classification.
import type { Counter, JobInstance, StatusOutcome } from './types.js'

export interface StatusClass {
  outcome: StatusOutcome
  terminal: boolean
  /** false for a code not in the §4 table. */
  known: boolean
}

/** The 14 codes of systemJobStatus with their table descriptions (§4). */
export const STATUS_DESCRIPTIONS: Record<string, string> = {
  QUEUED: 'Queued',
  PENDING: 'Pending',
  INITIALIZING: 'Initializing',
  RUNNING: 'Running',
  FINALIZING: 'Finalizing',
  MANUAL_HANDLING_REQUIRED: 'Manual Handling Required',
  COMPLETED_SUCCESS: 'Completed Successfully',
  COMPLETED_WARNING: 'Completed with Warnings',
  COMPLETED_NO_BULKS: 'Completed with no Bulks',
  COMPLETED_FAILED: 'Completed with Errors',
  FAILED: 'Failed',
  USER_ABORTED: 'Aborted by User',
  SYSTEM_ABORTED: 'Aborted by System',
  SKIPPED: 'Skipped'
}

/** Alma's own description, else the §4 table's; unchanged for a code the table lacks. */
export function withTableDescription(instance: JobInstance): JobInstance {
  const desc = instance.status.desc || STATUS_DESCRIPTIONS[instance.status.value]
  return desc ? { ...instance, status: { ...instance.status, desc } } : instance
}

const OUTCOMES: Record<string, StatusOutcome> = {
  QUEUED: 'running',
  PENDING: 'running',
  INITIALIZING: 'running',
  RUNNING: 'running',
  FINALIZING: 'running',
  // §4: a pause, not an end state, but nothing automated can get it going again.
  MANUAL_HANDLING_REQUIRED: 'needs-person',
  COMPLETED_SUCCESS: 'success',
  COMPLETED_WARNING: 'warning',
  // §4: success, but nothing was processed; worth a warning.
  COMPLETED_NO_BULKS: 'warning',
  COMPLETED_FAILED: 'failure',
  FAILED: 'failure',
  USER_ABORTED: 'failure',
  SYSTEM_ABORTED: 'failure',
  SKIPPED: 'failure'
}

/** Match on `status.value`, never on `desc` (§4). */
export function classifyStatus(code: string): StatusClass {
  const outcome = OUTCOMES[code]
  if (outcome) return { outcome, terminal: outcome !== 'running', known: true }
  // §4: an unknown COMPLETED_* has ended; anything else is assumed still running,
  // bounded by the caller's timeout.
  if (code.startsWith('COMPLETED_')) return { outcome: 'warning', terminal: true, known: false }
  return { outcome: 'running', terminal: false, known: false }
}

/** Words in a counter's code or description that mean records went wrong (§4: a success can hide them). */
const FAILURE_WORDS = /fail|error|reject/i

/**
 * The counters above 0 that report failed, erroneous or rejected records. Alma decides the
 * status alone; these are what a person should look at when it says success.
 */
export function failureCounters(counters: readonly Counter[]): Counter[] {
  return counters.filter(
    (counter) =>
      counterValue(counter) > 0 && (FAILURE_WORDS.test(counter.type.value) || FAILURE_WORDS.test(counter.type.desc ?? ''))
  )
}

/** A counter's value as a number; 0 for text that is not one (values are strings, §3.4). */
export function counterValue(counter: Counter): number {
  const value = Number(counter.value.trim())
  return Number.isFinite(value) ? value : 0
}
