// What the commands take and give. Both shells (action, CLI) turn these into output.
import type { AlmaClient, AlmaError } from '../alma/index.js'
import type { JobInstance, StatusOutcome } from '../alma/types.js'
import type { JobCatalog } from '../catalog/index.js'

export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
}

export interface CommandContext {
  client: AlmaClient
  catalog: JobCatalog
  log: Logger
  /** API root the client talks to; instance links are built on it, never on a link Alma sent. */
  baseUrl: string
  /** Aborted on SIGINT/SIGTERM: waiting stops and reports what it knows. */
  signal?: AbortSignal
}

export interface WaitSettings {
  timeoutMs: number
  pollIntervalMs: number
  maxPollIntervalMs: number
  /** Called on each change of status or progress, not on every poll. */
  onProgress?: (instance: JobInstance, elapsedMs: number) => void
}

export interface JobRef {
  id: string
  name?: string
}

export interface InstanceReport {
  job: JobRef
  instanceId: string
  /** Keyless API link to the instance. */
  instanceUrl: string
  /** Absent for a run without wait: no extra call is made for it. */
  instance?: JobInstance
  /**
   * How the command ended: submitted (run, not waited), running (seen still running,
   * not waited), finished (an end state), timeout or cancelled (while waiting), or error
   * (Alma failed us while waiting; `error` says how).
   */
  end: 'submitted' | 'running' | 'finished' | 'timeout' | 'cancelled' | 'error'
  /** With end 'error': what ended the wait. The run itself was accepted. */
  error?: AlmaError
  /** Outcome of the last status seen. */
  outcome?: StatusOutcome
  /** Length of the wait, when there was one. */
  elapsedMs?: number
  /** True when the job list used to resolve a name came from the cache. */
  cacheHit: boolean
  /** True when the run's answer was lost and the instance was found afterwards. */
  reconciled?: boolean
}
