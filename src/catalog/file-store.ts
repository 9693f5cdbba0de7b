// The cache outside GitHub's cache service (CLI, self-hosted runners, local runs): one JSON
// file per kind, environment and institution, in a directory the caller chooses.
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Environment } from '../settings.js'
import { errorCode, errorMessage, writeFileAtomic } from './files.js'
import { decodeEntry, encodeEntry } from './entry-file.js'
import { cacheFileName, checkScope } from './keys.js'
import type { CacheScope, CatalogEntry, CatalogKind, CatalogLogger, CatalogStore } from './types.js'

export interface FileStoreOptions {
  /** E.g. `$XDG_CACHE_HOME/almajob`; created (mode 0700) on the first save. */
  dir: string
  env: Environment
  /** From fingerprint(baseUrl, apiKey). */
  fingerprint: string
  log: CatalogLogger
}

export function createFileStore(options: FileStoreOptions): CatalogStore {
  checkScope(options)
  const { dir, log } = options
  const scope = (kind: CatalogKind): CacheScope => ({ kind, env: options.env, fingerprint: options.fingerprint })
  const fileOf = (kind: CatalogKind): string => join(dir, cacheFileName(scope(kind)))

  return {
    label: `file cache in ${dir}`,

    async load<T>(kind: CatalogKind): Promise<CatalogEntry<T> | undefined> {
      const file = fileOf(kind)
      let text: string
      try {
        text = await readFile(file, 'utf8')
      } catch (error) {
        if (errorCode(error) === 'ENOENT') {
          log.debug(`No cached ${kind} list at ${file}.`)
        } else {
          log.warning(`Could not read the cached ${kind} list ${file}: ${errorMessage(error)}; fetching it from Alma.`)
        }
        return undefined
      }
      const decoded = decodeEntry<T>(scope(kind), text)
      if ('problem' in decoded) {
        log.warning(`Ignoring the cache file ${file} (${decoded.problem}); it will be rewritten.`)
        return undefined
      }
      return decoded.entry
    },

    async save<T>(kind: CatalogKind, entry: CatalogEntry<T>): Promise<void> {
      const file = fileOf(kind)
      try {
        await mkdir(dir, { recursive: true, mode: 0o700 })
        await writeFileAtomic(file, encodeEntry(scope(kind), entry))
        log.debug(`Saved the ${kind} list to ${file}.`)
      } catch (error) {
        log.warning(`Could not write the ${kind} list to ${file}: ${errorMessage(error)}; going on without the cache.`)
      }
    }
  }
}
