// The action's cache stores (GitHub Actions cache, with the file cache as fallback).
export { createActionsCacheStore, type ActionsCacheStoreOptions } from './actions-store.js'
export { createActionStore, createCatalogStore, type StoreChoice } from './create-store.js'
