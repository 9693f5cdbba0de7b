#!/usr/bin/env node
// The `almajob` command. Bundled by `ncc build src/cli.ts -o dist/cli`; the story is in cli/main.ts.
// The Node check comes first: imports run in order, and nothing else may run on an older Node.
import './cli/node-guard.js'
import { main } from './cli/main.js'
import { describeError } from './report/error-line.js'

/** Output is written by now; a keep-alive socket or timer must not hold a finished command open. */
const LINGER_MS = 1000

main().then(
  (code) => {
    process.exitCode = code
    setTimeout(() => process.exit(code), LINGER_MS).unref()
  },
  (error: unknown) => {
    process.stderr.write(`almajob: ${describeError(error, []).line}\n`)
    process.exit(3)
  }
)
