// The JSON both stores keep: the list, when it was fetched, a schema version, and the
// scope it belongs to, so a foreign or outdated file is recognised. Never the API key.
import { CACHE_SCHEMA_VERSION, isTimestamp } from './keys.js'
import type { CacheScope, CatalogEntry } from './types.js'

interface StoredEntry extends CacheScope {
  schema: number
  fetchedAt: number
  data: unknown
}

export function encodeEntry<T>(scope: CacheScope, entry: CatalogEntry<T>): string {
  const stored: StoredEntry = {
    schema: CACHE_SCHEMA_VERSION,
    kind: scope.kind,
    env: scope.env,
    fingerprint: scope.fingerprint,
    fetchedAt: entry.fetchedAt,
    data: entry.data
  }
  return JSON.stringify(stored)
}

/** The entry, or why the text is not one of ours (for a warning). */
export function decodeEntry<T>(scope: CacheScope, text: string): { entry: CatalogEntry<T> } | { problem: string } {
  let stored: Partial<StoredEntry>
  try {
    stored = JSON.parse(text)
  } catch {
    return { problem: 'not valid JSON' }
  }
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return { problem: 'not a cache entry' }
  if (stored.schema !== CACHE_SCHEMA_VERSION)
    return { problem: `schema ${String(stored.schema)}, expected ${CACHE_SCHEMA_VERSION}` }
  if (stored.kind !== scope.kind || stored.env !== scope.env || stored.fingerprint !== scope.fingerprint) {
    return { problem: 'written for another list, environment or institution' }
  }
  const { fetchedAt } = stored
  if (!isTimestamp(fetchedAt)) return { problem: 'no valid fetchedAt' }
  if (!('data' in stored)) return { problem: 'no data' }
  return { entry: { fetchedAt, data: stored.data as T } }
}
