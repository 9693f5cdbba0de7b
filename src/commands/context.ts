// Builds what the commands need from Settings: the Alma client, the job catalog, and a
// logger that client events are translated into. Shared by the action and the CLI.
import { AlmaClient, DEFAULT_RATE_LIMIT_BUDGET_MS, type ClientEvent, type JobInstance } from '../alma/index.js'
import { JobCatalog, type CatalogStore } from '../catalog/index.js'
import type { AlmaSettings, Field } from '../settings.js'
import type { CommandContext, Logger } from './types.js'

export interface ContextOptions {
  log: Logger
  /** A setting in the shell's own words, for messages. */
  label: (field: Field) => string
  signal?: AbortSignal
  /** Where the job list is cached; undefined keeps it in memory for this process only. */
  store?: CatalogStore
  onProgress?: (instance: JobInstance, elapsedMs: number) => void
}

export function createContext(settings: AlmaSettings, options: ContextOptions): CommandContext {
  const { log } = options
  const client = new AlmaClient({
    apiKey: settings.apiKey,
    baseUrl: settings.baseUrl,
    quotaWarnBelow: settings.quotaWarnBelow,
    signal: options.signal,
    // Per-second refusals are retried for a while (§6), never past the step's own `timeout`.
    rateLimitBudgetMs: Math.min(
      DEFAULT_RATE_LIMIT_BUDGET_MS,
      'wait' in settings && settings.wait ? settings.wait.timeoutMs : Infinity
    ),
    onEvent: (event) => logClientEvent(log, event)
  })
  const catalog = new JobCatalog({
    client,
    log,
    store: options.store,
    ttlMs: settings.cache.ttlMs,
    forceRefresh: settings.cache.forceRefresh
  })
  return {
    client,
    catalog,
    log,
    label: options.label,
    baseUrl: settings.baseUrl,
    signal: options.signal,
    onProgress: options.onProgress
  }
}

function logClientEvent(log: Logger, event: ClientEvent): void {
  switch (event.type) {
    case 'retry':
      log.info(
        `${event.reason}; retrying ${event.method} ${event.path} in ${(event.delayMs / 1000).toFixed(1)} s (attempt ${event.attempt + 1})`
      )
      break
    case 'quota-low':
      log.warning(
        `Only ${event.remaining} Alma API calls are left today for this institution (warning below ${event.threshold}).`
      )
      break
    case 'request':
      log.debug(`${event.method} ${event.path} -> ${event.status ?? 'no answer'} in ${event.ms} ms`)
      break
    case 'reconcile':
      log.warning(event.message)
      break
    case 'skipped-item':
      // A malformed item of a list (an id that is not one, a placeholder): the rest is used.
      log.debug(`${event.method} ${event.path}: skipped an item (${event.message})`)
      break
  }
}
