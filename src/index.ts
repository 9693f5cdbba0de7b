// The action's entry point (runs.main → dist/index.js).
import { run } from './main.js'

await run()
