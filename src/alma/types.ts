// Normalised shapes of Alma's Jobs API (alma-api.md §3). XML and JSON both
// parse into these; ids and counter values stay strings (§7.4).

/** A coded value: JSON `{value, desc}`, XML `<x desc="…">value</x>` (§7.3). */
export interface CodeValue {
  value: string
  desc?: string
}

export interface JobParameter {
  name: string
  value: string
}

export interface Job {
  /** `M…` manual, `S…` scheduled, `O…` other; the prefix is part of the id. */
  id: string
  name: string
  description?: string
  type?: CodeValue
  category?: CodeValue
  content?: CodeValue
  schedule?: CodeValue
  creator?: string
  /** ISO date-time as Alma sent it; may lack milliseconds. */
  nextRun?: string
  /** Often absent on GET (§7.9); always an array here. */
  parameters: JobParameter[]
  relatedProfile?: { value: string; link?: string }
  /** Absolute, keyless API link. */
  link?: string
}

export interface Counter {
  type: CodeValue
  /** Alma sends counters as strings, even in JSON (§3.4). */
  value: string
}

export interface InstanceAction {
  link?: string
  type?: CodeValue
  population?: CodeValue
  members?: number
}

export interface JobInstance {
  id: string
  externalId?: string
  /** Run name with institution-local time appended; display only (§3.4). */
  name?: string
  link?: string
  submittedBy?: CodeValue
  /** ISO date-time strings as Alma sent them; start/end absent while queued. */
  submitTime?: string
  startTime?: string
  endTime?: string
  /** Percent; stays 0 on failure, so never a completion signal (§7.14). */
  progress?: number
  status: CodeValue
  statusDate?: string
  alerts: CodeValue[]
  counters: Counter[]
  actions: InstanceAction[]
  jobInfo?: { id?: string; name?: string; description?: string; type?: CodeValue; category?: CodeValue; link?: string }
}

export interface StatusTableRow {
  code: string
  description: string
  default?: boolean
  enabled?: boolean
}

/** What `POST /conf/jobs/{id}?op=run` gave us (§3.3). */
export interface RunResult {
  job: Job
  /** From `additional_info.link`, else `Job no. N`; always a string. */
  instanceId: string
  instanceLink?: string
  /** `additional_info` text, e.g. "Job no. … triggered on …". */
  message?: string
  /** True when the POST's answer was lost and the instance was found afterwards. */
  reconciled: boolean
}

/** The `type` filter of the job list (§2). */
export const JOB_TYPES = ['MANUAL', 'SCHEDULED', 'OTHER'] as const
export type JobType = (typeof JOB_TYPES)[number]

export interface JobListFilter {
  type?: JobType
  category?: string
  /** An integration profile's id: its scheduled jobs only (`profile_id`, §2). */
  profileId?: string
}

export interface InstanceListFilter {
  /** YYYY-MM-DD */
  from?: string
  /** YYYY-MM-DD, inclusive */
  to?: string
  /** A systemJobStatus code. */
  status?: string
}

/** How a status code ends a wait (alma-api.md §4). */
export type StatusOutcome = 'running' | 'success' | 'warning' | 'failure' | 'needs-person'
