#!/usr/bin/env node
// The `almajob` command. Bundled by `ncc build src/cli.ts -o dist/cli`; the story is in cli/main.ts.
import { main } from './cli/main.js'

/** Output is written by now; a keep-alive socket or timer must not hold a finished command open. */
const LINGER_MS = 1000

main().then(
  (code) => {
    process.exitCode = code
    setTimeout(() => process.exit(code), LINGER_MS).unref()
  },
  (error: unknown) => {
    process.stderr.write(`almajob: unexpected error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`)
    process.exit(3)
  }
)
