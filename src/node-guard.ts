// Imported first by the library (src/lib.ts): on an older Node, importing it throws one clear Error.
// Written for any Node: it runs before anything else in the bundle.
import { nodeVersionProblem } from './node-version.js'

const problem = nodeVersionProblem()
if (problem) throw new Error(problem)
