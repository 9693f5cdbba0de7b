// The cache inside GitHub Actions: @actions/cache with immutable keys (runner.md §4).
// The module is imported here only, and only when used, so the CLI never loads it and ncc
// emits it as a separate chunk.
import { mkdir, readFile, realpath, rm, rmdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Environment } from '../settings.js'
import { decodeEntry, encodeEntry } from './entry-file.js'
import { errorMessage, writeFileAtomic } from './files.js'
import { checkScope, entryKey, lookupKeys } from './keys.js'
import type { CacheScope, CatalogEntry, CatalogKind, CatalogLogger, CatalogStore } from './types.js'

type ActionsCache = typeof import('@actions/cache')

let actionsCacheModule: Promise<ActionsCache> | undefined
function loadActionsCache(): Promise<ActionsCache> {
  return (actionsCacheModule ??= import('@actions/cache'))
}

/**
 * Relative to the workspace and spelled as constants: the path strings are part of the cache
 * version, so another spelling would never match (runner.md §4). Deleted after
 * each use so later steps cannot commit them.
 */
const ACTIONS_CACHE_DIR = '.almajob-cache'
const CACHE_PATHS: Record<CatalogKind, string> = {
  jobs: '.almajob-cache/jobs.json',
  statuses: '.almajob-cache/statuses.json'
}

/**
 * True in a runner that offers the cache service. The typeof guard is for stubs without
 * isFeatureAvailable, e.g. @github/local-action (runner.md §4). A library that
 * does not load (a bundle without its lazy chunk) is cache trouble like any other: warn,
 * so a cache that never hits is explained, and let the caller fall back.
 */
export async function isActionsCacheAvailable(log?: CatalogLogger): Promise<boolean> {
  // The library's own test needs one of these (runner.md §4); checking first spares
  // self-hosted runners and local runs loading its 2 MB chunk only to hear "no".
  if (!process.env.ACTIONS_RESULTS_URL && !process.env.ACTIONS_CACHE_URL) return false
  let cache: ActionsCache
  try {
    cache = await loadActionsCache()
  } catch (error) {
    log?.warning(`Could not load @actions/cache (${errorMessage(error).split('\n')[0]}); the GitHub Actions cache is not used.`)
    return false
  }
  try {
    return typeof cache.isFeatureAvailable === 'function' && cache.isFeatureAvailable()
  } catch {
    return false
  }
}

export interface ActionsCacheStoreOptions {
  env: Environment
  /** From fingerprint(baseUrl, apiKey). */
  fingerprint: string
  log: CatalogLogger
  /** Decides which daily buckets a restore looks in. */
  ttlMs: number
  now?: () => number
}

export function createActionsCacheStore(options: ActionsCacheStoreOptions): CatalogStore {
  checkScope(options)
  const { log, ttlMs, now = Date.now } = options
  const scope = (kind: CatalogKind): CacheScope => ({ kind, env: options.env, fingerprint: options.fingerprint })
  let workspaceWarned = false

  /**
   * @actions/cache globs the paths from the working directory but archives and extracts them
   * relative to GITHUB_WORKSPACE; the runner starts actions in the workspace (runner.md §3), and
   * anything else would save one place and restore another.
   */
  async function workspace(): Promise<string | undefined> {
    const workspaceDir = await canonical(process.env.GITHUB_WORKSPACE ?? process.cwd())
    if (workspaceDir === (await canonical(process.cwd()))) return workspaceDir
    if (!workspaceWarned) log.warning('The GitHub Actions cache is skipped: the working directory is not GITHUB_WORKSPACE.')
    workspaceWarned = true
    return undefined
  }

  async function removeCacheFile(workspaceDir: string, kind: CatalogKind): Promise<void> {
    await rm(join(workspaceDir, CACHE_PATHS[kind]), { force: true }).catch(() => undefined)
    // Fails while the other kind's file is still there; the last one out removes the folder.
    await rmdir(join(workspaceDir, ACTIONS_CACHE_DIR)).catch(() => undefined)
  }

  return {
    label: 'GitHub Actions cache',

    async load<T>(kind: CatalogKind): Promise<CatalogEntry<T> | undefined> {
      const workspaceDir = await workspace()
      if (workspaceDir === undefined) return undefined
      try {
        const cache = await loadActionsCache()
        const [primaryKey, ...restoreKeys] = lookupKeys(scope(kind), now(), ttlMs)
        // Service trouble (down, 429, no token) comes back as undefined after the library's
        // own warning; only a ValidationError is thrown (runner.md §4).
        const matchedKey = await cache.restoreCache([CACHE_PATHS[kind]], primaryKey, restoreKeys)
        if (matchedKey === undefined) {
          log.debug(`No ${kind} list in the GitHub Actions cache under ${primaryKey}…`)
          return undefined
        }
        const decoded = decodeEntry<T>(scope(kind), await readFile(join(workspaceDir, CACHE_PATHS[kind]), 'utf8'))
        if ('problem' in decoded) {
          log.warning(`Ignoring the cached ${kind} list ${matchedKey} (${decoded.problem}).`)
          return undefined
        }
        log.debug(`Restored the ${kind} list from the GitHub Actions cache (${matchedKey}).`)
        return decoded.entry
      } catch (error) {
        log.warning(
          `Could not restore the ${kind} list from the GitHub Actions cache: ${errorMessage(error)}; fetching it from Alma.`
        )
        return undefined
      } finally {
        await removeCacheFile(workspaceDir, kind)
      }
    },

    async save<T>(kind: CatalogKind, entry: CatalogEntry<T>): Promise<void> {
      const workspaceDir = await workspace()
      if (workspaceDir === undefined) return
      try {
        // A new key per fetch: keys are immutable, so a refreshed list could not replace
        // an entry saved under the same key (runner.md §4).
        const key = entryKey(scope(kind), entry.fetchedAt)
        await mkdir(join(workspaceDir, ACTIONS_CACHE_DIR), { recursive: true, mode: 0o700 })
        await writeFileAtomic(join(workspaceDir, CACHE_PATHS[kind]), encodeEntry(scope(kind), entry))
        const cache = await loadActionsCache()
        // Throws when ACTIONS_CACHE_SERVICE_V2 is set without ACTIONS_RUNTIME_TOKEN (runner.md §4).
        const entryId = await cache.saveCache([CACHE_PATHS[kind]], key)
        if (entryId === -1) {
          // The library has logged why; a parallel run saving the same key first is harmless.
          log.debug(`The ${kind} list was not saved to the GitHub Actions cache as ${key}.`)
        } else {
          log.debug(`Saved the ${kind} list to the GitHub Actions cache as ${key}.`)
        }
      } catch (error) {
        log.warning(`Could not save the ${kind} list to the GitHub Actions cache: ${errorMessage(error)}; going on without it.`)
      } finally {
        await removeCacheFile(workspaceDir, kind)
      }
    }
  }
}

function canonical(path: string): Promise<string> {
  return realpath(path).catch(() => resolve(path))
}
