// The library entry point: `import { AlmaClient } from 'almajob'`. The typed Alma Jobs client
// for people who script Alma in Node, without GitHub: no @actions/core, no cache, no exit codes.
// Bundled by `ncc build src/lib.ts -o dist/lib`; declarations by `tsc6 -p tsconfig.lib.json`.

// The client, its errors, regions and status classes (alma-jobs-api.md §1-§5).
export * from './alma/index.js'

// Waiting for an instance to end, with the action's adaptive poll schedule.
export { nextPollDelay, waitForInstance } from './wait.js'
export type { InstanceSource, PollScheduleOptions, PollState, WaitOptions, WaitResult } from './wait.js'

// The "Run a job" wizard's API information (XML), Alma's JSON body, or a name: value mapping → parameters.
export { parseParameters } from './inputs.js'
