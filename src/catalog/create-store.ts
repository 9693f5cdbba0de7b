// The action's store: the GitHub Actions cache inside a runner that offers it, the file cache
// everywhere else (self-hosted runners without the cache service, local runs). The CLI never
// imports this module, so its bundle carries no @actions/cache chunk; it uses createFileStore.
import { createActionsCacheStore, isActionsCacheAvailable } from './actions-store.js'
import { createFileStore } from './file-store.js'
import { storeScope } from './keys.js'
import type { CatalogLogger, CatalogStore } from './types.js'

export function createActionStore(settings: Parameters<typeof storeScope>[0], log: CatalogLogger): CatalogStore {
  const { dir, env, fingerprint, ttlMs } = storeScope(settings)
  // Deciding needs @actions/cache itself; deciding on first use keeps a run by id or a
  // status call from ever loading it.
  return lazyStore(async () =>
    (await isActionsCacheAvailable(log))
      ? createActionsCacheStore({ env, fingerprint, log, ttlMs })
      : createFileStore({ dir, env, fingerprint, log })
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
