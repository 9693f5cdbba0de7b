// Imported first by the command (src/cli.ts), so on an older Node nothing else has run: one line
// on stderr and exit 2 (a setup problem, as with any other configuration error).
import { nodeVersionProblem } from '../node-version.js'
import { ExitCode } from './constants.js'

const problem = nodeVersionProblem()
if (problem) {
  process.stderr.write(`${problem}\n`)
  process.exit(ExitCode.Usage)
}
