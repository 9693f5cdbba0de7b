// What both shells use. The action's @actions/cache store is in ./create-store.ts, kept apart
// so the CLI bundle never reaches it.
export { JobCatalog, type CatalogClient, type CatalogOptions, type JobList } from './catalog.js'
export { REFRESH_GRACE_MS, isFresh, isRecent } from './freshness.js'
export { fingerprint, storeScope } from './keys.js'
export { createFileStore, type FileStoreOptions } from './file-store.js'
export type { CatalogEntry, CatalogKind, CatalogLogger, CatalogStore } from './types.js'
