// The library entry point: `import { AlmaClient } from 'almajob'`. The typed Alma Jobs client
// for people who script Alma in Node, without GitHub: no @actions/core, no cache, no exit codes.
// The library is the folder src/alma/; this file only names it for the bundle
// (`ncc build src/lib.ts -o dist/lib`; declarations by `tsc6 -p tsconfig.lib.json`).
// First: on a Node older than the one it is built for, importing the library throws (src/node-guard.ts).
import './node-guard.js'
import { loadXmlParser } from './alma/xml.js'
export * from './alma/index.js'
// The webhook relay from Alma's JOB_END to GitHub's repository_dispatch (a Fetch handler, and a server for it).
export * from './relay/index.js'

// parseParameters and parseWebhookEvent read XML synchronously; an installed library has no
// node_modules of its own, so its bundled XML parser is loaded here, once, at import (runner.md §2).
await loadXmlParser()
