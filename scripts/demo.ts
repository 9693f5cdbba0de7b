// `npm run demo`: the bundled action, run as the GitHub runner runs it, against the
// Alma simulator on loopback: list the jobs, run one by name and wait, then ask its status.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction, type ActionRun } from '../__tests__/support/action.js'
import { startSimulator } from '../sim/index.js'

const JOB_NAME = 'Export Things & Stuff'

const sim = await startSimulator({
  latencyMs: 40,
  timeline: { queuedMs: 800, initializingMs: 700, runningMs: 4000, finalizingMs: 500, end: 'COMPLETED_SUCCESS' }
})
// One file cache for the three steps, as on a self-hosted runner: the run by name finds the
// job in the list the first step cached.
const cacheDir = mkdtempSync(join(tmpdir(), 'almajob-demo-cache-'))
const common = { 'api-key': sim.keys.sandbox, 'base-url': sim.url, env: 'sandbox', 'cache-dir': cacheDir }

try {
  console.log(`Alma simulator at ${sim.url}\n`)
  const list = await step('cmd: list', { ...common, cmd: 'list' })
  console.log(`  jobs output: ${JSON.parse(list.outputs.jobs ?? '[]').length} jobs\n`)

  const callsBefore = sim.counts.total
  const run = await step(`cmd: run, job: "${JOB_NAME}", wait: true`, { ...common, cmd: 'run', job: JOB_NAME, wait: 'true' })
  console.log(
    `  Alma calls for the run: ${sim.counts.total - callsBefore} (1 run + status polls; the name came from the cached list)\n`
  )
  printOutputs(run)
  printSummary(run)

  const status = await step('cmd: status', {
    ...common,
    cmd: 'status',
    job: run.outputs['job-id'] ?? '',
    id: run.outputs['instance-id'] ?? ''
  })
  printOutputs(status)
  console.log(`Alma calls made by the three steps: ${sim.counts.total}`)
  process.exitCode = [list, run, status].every((result) => result.exitCode === 0) ? 0 : 1
} finally {
  await sim.close()
  rmSync(cacheDir, { recursive: true, force: true })
}

async function step(title: string, inputs: Record<string, string>): Promise<ActionRun> {
  console.log(`── ${title} ${'─'.repeat(Math.max(0, 60 - title.length))}`)
  const started = Date.now()
  const result = await runAction({ inputs })
  // What the runner would show: its own commands (debug, add-mask) are not log lines.
  const log = result.stdout.split('\n').filter((line) => line && !/^::(debug|add-mask)::/.test(line))
  for (const line of log.slice(0, 12)) console.log(`  ${line}`)
  if (log.length > 12) console.log(`  … ${log.length - 12} more log lines`)
  console.log(`  exit code ${result.exitCode} after ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
  return result
}

function printOutputs(result: ActionRun): void {
  console.log('  outputs:')
  for (const [name, value] of Object.entries(result.outputs)) console.log(`    ${name} = ${value}`)
  console.log()
}

function printSummary(result: ActionRun): void {
  console.log('  job summary (GITHUB_STEP_SUMMARY):')
  for (const line of result.summary.trim().split('\n')) console.log(`    ${line}`)
  console.log()
}
