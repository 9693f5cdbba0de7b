// The action's store: the GitHub Actions cache inside a runner that offers it, the file
// cache everywhere else, none when caching is off. The CLI never imports this module, so its
// bundle carries no @actions/cache chunk (it uses createCliStore in file-store.ts).
import type { Environment } from '../settings.js'
import { createActionsCacheStore, isActionsCacheAvailable } from './actions-store.js'
import { createFileStore, storeSettings, type StoreSettings } from './file-store.js'
import type { CatalogLogger, CatalogStore } from './types.js'

export interface StoreChoice {
  /** false: no store at all. */
  enabled: boolean
  /** Consider @actions/cache (the action); the CLI passes false and always uses files. */
  actionsCache: boolean
  /** File-cache directory, used when the Actions cache is not. */
  dir: string
  env: Environment
  /** From fingerprint(baseUrl, apiKey). */
  fingerprint: string
  log: CatalogLogger
  ttlMs?: number
  now?: () => number
}

export async function createCatalogStore(choice: StoreChoice): Promise<CatalogStore | undefined> {
  if (!choice.enabled) return undefined
  const { dir, env, log, ttlMs, now } = choice
  const fileStore = (): CatalogStore => createFileStore({ dir, env, fingerprint: choice.fingerprint, log })
  if (!choice.actionsCache) return fileStore()
  // Deciding needs @actions/cache itself; deciding on first use keeps a run by id or a
  // status call from ever loading it.
  return lazyStore(async () =>
    (await isActionsCacheAvailable(log))
      ? createActionsCacheStore({ env, fingerprint: choice.fingerprint, log, ttlMs, now })
      : // Self-hosted runners without the cache service, local runs: files (the fallback).
        fileStore()
  )
}

function lazyStore(choose: () => Promise<CatalogStore>): CatalogStore {
  let chosen: Promise<CatalogStore> | undefined
  let label = 'cache'
  const store = async (): Promise<CatalogStore> => {
    const picked = await (chosen ??= choose())
    label = picked.label
    return picked
  }
  return {
    get label() {
      return label
    },
    load: async (kind) => (await store()).load(kind),
    save: async (kind, entry) => (await store()).save(kind, entry)
  }
}

/** The action's store: @actions/cache when the runner offers it, else files in cache.dir. */
export function createActionStore(settings: StoreSettings, log: CatalogLogger): Promise<CatalogStore | undefined> {
  return createCatalogStore({ ...storeSettings(settings), actionsCache: true, log })
}
