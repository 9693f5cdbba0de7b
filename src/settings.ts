// The one shape both shells (action inputs, CLI flags + ini + env) are read into.
import type { InstanceListFilter, JobListFilter, JobParameter } from './alma/types.js'

export const COMMANDS = ['list', 'run', 'status', 'instances'] as const
export type Command = (typeof COMMANDS)[number]

export const ENVIRONMENTS = ['sandbox', 'production'] as const
export type Environment = (typeof ENVIRONMENTS)[number]

export const FAIL_ON = ['failure', 'warning', 'never'] as const
export type FailOn = (typeof FAIL_ON)[number]

export interface CacheSettings {
  /** false bypasses the cache entirely. */
  enabled: boolean
  /** A list older than this is never used (default 24 h). */
  ttlMs: number
  /** Refetch now and rewrite the cache. */
  forceRefresh: boolean
  /** File-cache directory (CLI, self-hosted runners without the cache service). */
  dir: string
}

export interface WaitOptions {
  /** Wait until the instance reaches an end state. */
  enabled: boolean
  /** Longest wait (default 6 h, GitHub's own job limit). */
  timeoutMs: number
  /** First gap between polls. */
  pollIntervalMs: number
  /** Largest gap between polls. */
  maxPollIntervalMs: number
}

export interface Settings {
  command: Command
  env: Environment
  /** A job's exact name or its id (M…, S…, O…). */
  job?: string
  /** An instance id, for status. */
  instanceId?: string
  apiKey: string
  /** Resolved API root, e.g. https://api-na.hosted.exlibrisgroup.com/almaws/v1 */
  baseUrl: string
  /** For run; empty when the job takes none. */
  parameters: JobParameter[]
  wait: WaitOptions
  failOn: FailOn
  /** For list. */
  listFilter: JobListFilter
  /** For instances. */
  instanceFilter: InstanceListFilter
  cache: CacheSettings
  /** Warn when X-Exl-Api-Remaining (calls left today) falls below this. */
  quotaWarnBelow: number
}
