// The version `--version` prints. ncc inlines the JSON at bundle time, so the bundle
// carries the version it was built from and never reads package.json at run time.
import packageJson from '../../package.json' with { type: 'json' }

export const VERSION: string = packageJson.version
