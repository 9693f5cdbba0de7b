// The library entry point: `import { AlmaClient } from 'almajob'`. The typed Alma Jobs client
// for people who script Alma in Node, without GitHub: no @actions/core, no cache, no exit codes.
// The library is the folder src/alma/; this file only names it for the bundle
// (`ncc build src/lib.ts -o dist/lib`; declarations by `tsc6 -p tsconfig.lib.json`).
export * from './alma/index.js'
