#!/usr/bin/env node
// `almajob-sim` (bundled as dist/sim/index.js) and `npm run sim`: the simulator as a program, for
// trying Alma scripts, the demo and CI. The flags are in args.ts (`--help` lists them); this file
// starts the simulator, prints where it is, and stops on Ctrl-C or SIGTERM.
import { parseSimArgs, helpText, type SimConfig } from './args.js'
import { DEFAULT_TIMELINE, HISTORY_JOBS, startSimulator } from './index.js'
import { describeFaults, FAULT_SWITCHES } from './fault-switches.js'
import { applyOutcome, describeTimeline } from './outcomes.js'
import type { Simulator } from './types.js'
import { safeLine } from '../src/text/safe.js'

const NAME = 'almajob-sim'

/** One line on stderr and the exit status: no stack trace for anything a user can cause. */
function fail(line: string, code: number): never {
  // An error's text is not always ours: safeLine escapes its control characters and cuts it.
  process.stderr.write(`${NAME}: ${safeLine(line)}\n`)
  process.exit(code)
}

/** Why the server could not listen, in the user's terms. */
function listenError(error: unknown, port: number): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'EADDRINUSE')
    return `port ${port} on 127.0.0.1 is taken (EADDRINUSE); choose another with --port, or --port 0 for any free one`
  if (code === 'EACCES') return `port ${port} on 127.0.0.1 may not be used by this user (EACCES); choose one above 1023`
  return undefined
}

async function start(config: SimConfig): Promise<Simulator> {
  try {
    return await startSimulator({
      port: config.port,
      jobCount: config.jobCount,
      seed: config.seed,
      keys: config.keys,
      faults: { ...config.readings, ...config.faults },
      control: config.control,
      onControl: (line) => console.log(line),
      webhook: config.webhook
    })
  } catch (error) {
    const message = listenError(error, config.port) ?? (error instanceof Error ? error.message : String(error))
    // A secret is never printed, not even inside another message.
    const secret = config.webhook?.secret
    return fail(secret ? message.split(secret).join('***') : message, 1)
  }
}

/** --end, --duration and --progress: each job must exist, then its runs follow the outcome. Returns one line per job. */
async function applyOutcomes(sim: Simulator, config: SimConfig): Promise<string[]> {
  const lines: string[] = []
  for (const [jobId, outcome] of config.outcomes) {
    if (!sim.jobs.some((job) => job.id === jobId)) {
      await sim.close()
      fail(
        `--end/--duration/--progress: the simulator has no job ${jobId}; GET /conf/jobs lists the ${sim.jobs.length} it has`,
        2
      )
    }
    const timeline = applyOutcome(DEFAULT_TIMELINE, outcome, DEFAULT_TIMELINE)
    sim.setTimeline(jobId, timeline)
    const { end, duration, progress } = describeTimeline(timeline)
    lines.push(`  runs of ${jobId}: end ${end} after ${duration}, progress ${progress}`)
  }
  return lines
}

function printBanner(sim: Simulator, config: SimConfig, outcomeLines: string[]): void {
  const { readings } = config
  // Read from the URL as printed: URL.port is empty for port 80.
  const port = /:(\d+)\//.exec(sim.url)?.[1]
  // This first line's form is read by CI and the docs: keep it.
  console.log(`Alma Jobs API simulator: ${sim.url}`)
  console.log(
    `  port: ${port}, jobs: ${sim.jobs.length}, latency: ${sim.faults.latencyMs} ms` +
      (sim.faults.perSecondLimit > 0 ? `, at most ${sim.faults.perSecondLimit} calls per second` : '')
  )
  console.log(
    `  readings: counters when none ${readings.countersWhenNone}, start_time while queued ${readings.startTimeWhileQueued ? 'yes' : 'no'}, ` +
      `end_time on manual handling ${readings.endTimeOnManualHandling ? 'yes' : 'no'}, UNAUTHORIZED ${readings.unauthorizedFormat === 'xml' ? 'in XML' : 'as asked'}`
  )
  for (const line of outcomeLines) console.log(line)
  const now = describeFaults(sim.faults)
  const set = FAULT_SWITCHES.filter(
    (fault) => fault.key in config.faults && fault.name !== 'latency' && fault.name !== 'per-second-limit'
  )
  if (set.length > 0) console.log(`  faults: ${set.map((fault) => `${fault.name}=${String(now[fault.name])}`).join(', ')}`)
  if (config.control) console.log(`  control endpoint: ${new URL('/_sim/state', sim.url).href} (see --help)`)
  if (config.webhook) console.log(`  webhook: JOB_END events go to ${new URL(config.webhook.url).origin}`)
  console.log(
    `  run histories for check (counted back from now): ` +
      Object.entries(HISTORY_JOBS)
        .map(([role, id]) => `${role} ${id}`)
        .join(', ')
  )
  // These are the simulator's own throwaway keys, printed so the demo and a workflow can use them.
  console.log(`  sandbox key:    ${sim.keys.sandbox}`)
  console.log(`  production key: ${sim.keys.production}`)
  console.log(`  read-only key:  ${sim.keys.readOnly} (sandbox, cannot POST)`)
  console.log('Press Ctrl-C to stop.')
}

function stopOnSignals(sim: Simulator): void {
  let stopping = false
  const stop = () => {
    if (stopping) return
    stopping = true
    console.log('\nStopping simulator…')
    sim.close().then(
      () => process.exit(0),
      (error: unknown) => fail(`could not stop cleanly: ${error instanceof Error ? error.message : String(error)}`, 1)
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

async function main(): Promise<void> {
  const parsed = parseSimArgs(process.argv.slice(2), process.env)
  if (parsed.kind === 'help') return void console.log(helpText())
  if (parsed.kind === 'usage') return fail(parsed.error, 2)
  const { config } = parsed
  const sim = await start(config)
  printBanner(sim, config, await applyOutcomes(sim, config))
  stopOnSignals(sim)
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error), 1))
