// npm run bench [-- --latency 60 --runs 5]: speed and thrift against the simulator, each figure
// next to a simple strategy peers use, measured in the same run. Prints one table and writes
// bench/results.json. Medians of several runs; a goal not reached is printed as MISSED.
import { writeFileSync } from 'node:fs'
import { arch, cpus, platform, release } from 'node:os'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { checkScenario } from './scenarios/check.js'
import { coldStartScenario } from './scenarios/cold-start.js'
import { concurrentStepsScenario } from './scenarios/concurrent-steps.js'
import { listScenario } from './scenarios/list.js'
import { runByNameScenarios } from './scenarios/run-by-name.js'
import { stormScenario } from './scenarios/storm.js'
import { pollScheduleScenarios } from './scenarios/poll-schedule.js'
import { shortWaitScenario } from './scenarios/wait.js'
import { webhookVsWaitScenario } from './scenarios/webhook-vs-wait.js'
import { seconds, since } from './stats.js'
import { renderMisses, renderTable } from './table.js'
import type { BenchOptions, ScenarioResult } from './types.js'

const RESULTS_FILE = fileURLToPath(new URL('./results.json', import.meta.url))
const USAGE = `npm run bench -- [--latency MS] [--runs N]
  --latency  simulator latency per request in ms (default 60)
  --runs     runs per scenario; the table quotes medians (default 5)`

function readOptions(): BenchOptions {
  const { values } = parseArgs({
    options: {
      latency: { type: 'string', default: '60' },
      runs: { type: 'string', default: '5' },
      help: { type: 'boolean', default: false }
    }
  })
  if (values.help) {
    console.log(USAGE)
    process.exit(0)
  }
  const whole = (name: string, text: string, min: number): number => {
    if (!/^\d+$/.test(text) || Number(text) < min) {
      console.error(`--${name}: '${text}' is not a whole number ≥ ${min}\n${USAGE}`)
      process.exit(2)
    }
    return Number(text)
  }
  return { latencyMs: whole('latency', values.latency, 0), runs: whole('runs', values.runs, 1) }
}

async function main(): Promise<void> {
  const options = readOptions()
  const cores = cpus()
  const machine = `${platform()} ${release()} ${arch()}, ${cores.length} cores (${cores[0]?.model.trim() ?? 'unknown CPU'})`
  const header = `almajob bench: Node ${process.version} on ${machine}; simulator latency ${options.latencyMs} ms; medians of ${options.runs} runs`
  console.log(header)
  if (!process.version.startsWith('v24.'))
    console.log(`note: the runner runs node24 actions on Node 24; this is ${process.version}`)

  const started = performance.now()
  const results: ScenarioResult[] = []
  const step = async (
    label: string,
    scenario: () => Promise<ScenarioResult | ScenarioResult[]> | ScenarioResult
  ): Promise<void> => {
    const start = performance.now()
    process.stderr.write(`  ${label}…`)
    const outcome = await scenario()
    results.push(...(Array.isArray(outcome) ? outcome : [outcome]))
    process.stderr.write(` ${seconds(since(start))}\n`)
  }
  await step('list 1,000 jobs', () => listScenario(options))
  await step('run by name (warm and cold cache, old script)', () => runByNameScenarios(options))
  await step('cold start', () => coldStartScenario(options))
  await step('wait on a 6 s job (ours and the baseline at once)', () => shortWaitScenario(options))
  await step('poll schedule on 10 min, 2 h and 6 h jobs (computed)', async () => pollScheduleScenarios())
  await step('runner-minutes for a 2 h job: wait in the step or start and report the webhook', () =>
    webhookVsWaitScenario(options)
  )
  await step('429 storm', () => stormScenario(options))
  await step('60 concurrent steps behind 25 calls/s (and without the limit)', () => concurrentStepsScenario(options))
  await step('check 50 jobs (ours and one after another)', () => checkScenario(options))
  const tookMs = since(started)

  const rows = results.map((result) => result.row)
  console.log()
  console.log(renderTable(rows))
  console.log()
  for (const miss of renderMisses(rows)) console.log(miss)
  const met = rows.filter((row) => row.met).length
  console.log(`${met} of ${rows.length} goals met; the bench took ${seconds(tookMs)}. Figures: ${RESULTS_FILE}`)

  const report = {
    node: process.version,
    machine: { platform: platform(), release: release(), arch: arch(), cores: cores.length, cpu: cores[0]?.model.trim() },
    options,
    date: new Date().toISOString(),
    tookMs: Math.round(tookMs),
    goalsMet: met,
    goals: rows.length,
    scenarios: results
  }
  // Microseconds are noise; three decimals keep ratios and milliseconds readable.
  const rounded = (_key: string, value: unknown): unknown =>
    typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1000) / 1000 : value
  writeFileSync(RESULTS_FILE, `${JSON.stringify(report, rounded, 2)}\n`)
}

await main()
