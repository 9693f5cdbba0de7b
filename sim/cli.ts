// `npm run sim`: the simulator on a fixed port for the demo and manual tries.
// Options: --port N (default 8787, 0 = any free port), --jobs N, --latency MS, --seed N,
// --per-second-limit N (Alma's 429 PER_SECOND_THRESHOLD past N calls a second; default 0 = off),
// --key KEY and --production-key KEY (fixed keys, default random; or ALMA_SIM_KEY and
// ALMA_SIM_PRODUCTION_KEY), so a workflow can start the simulator and hand the action its key.
// The open points of alma-api.md §7.19 (Readings in types.ts; defaults in brackets):
// --counters-when-none absent|empty [absent], --start-time-while-queued,
// --end-time-on-manual-handling, --unauthorized-format asked|xml [asked].
// Six scheduled jobs carry run histories for `check` (HISTORY_JOBS in seed.ts), counted back
// from the start; the line they are printed on names each by its role.
import { parseArgs } from 'node:util'
import { HISTORY_JOBS, startSimulator } from './index.js'
import type { Readings } from './types.js'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    jobs: { type: 'string', default: '300' },
    latency: { type: 'string', default: '0' },
    'per-second-limit': { type: 'string', default: '0' },
    seed: { type: 'string', default: '1' },
    key: { type: 'string', default: process.env.ALMA_SIM_KEY },
    'production-key': { type: 'string', default: process.env.ALMA_SIM_PRODUCTION_KEY },
    'counters-when-none': { type: 'string', default: 'absent' },
    'start-time-while-queued': { type: 'boolean', default: false },
    'end-time-on-manual-handling': { type: 'boolean', default: false },
    'unauthorized-format': { type: 'string', default: 'asked' }
  }
})

function oneOf<T extends string>(name: string, raw: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(raw)) {
    console.error(`--${name} must be ${allowed.join(' or ')}, got "${raw}"`)
    process.exit(2)
  }
  return raw as T
}

const readings: Readings = {
  countersWhenNone: oneOf('counters-when-none', values['counters-when-none'], ['absent', 'empty']),
  startTimeWhileQueued: values['start-time-while-queued'],
  endTimeOnManualHandling: values['end-time-on-manual-handling'],
  unauthorizedFormat: oneOf('unauthorized-format', values['unauthorized-format'], ['asked', 'xml'])
}

function whole(name: string, raw: string): number {
  if (!/^\d+$/.test(raw)) {
    console.error(`--${name} must be a whole number, got "${raw}"`)
    process.exit(2)
  }
  return Number(raw)
}

const sim = await startSimulator({
  port: whole('port', values.port),
  jobCount: whole('jobs', values.jobs),
  latencyMs: whole('latency', values.latency),
  seed: whole('seed', values.seed),
  keys: { sandbox: values.key, production: values['production-key'] },
  faults: readings
})
sim.faults.perSecondLimit = whole('per-second-limit', values['per-second-limit'])

// These are the simulator's own throwaway keys, printed so the demo can use them.
console.log(`Alma Jobs API simulator: ${sim.url}`)
console.log(
  `  jobs: ${sim.jobs.length}, latency: ${sim.faults.latencyMs} ms` +
    (sim.faults.perSecondLimit > 0 ? `, at most ${sim.faults.perSecondLimit} calls per second` : '')
)
console.log(
  `  readings: counters when none ${readings.countersWhenNone}, start_time while queued ${readings.startTimeWhileQueued ? 'yes' : 'no'}, ` +
    `end_time on manual handling ${readings.endTimeOnManualHandling ? 'yes' : 'no'}, UNAUTHORIZED ${readings.unauthorizedFormat === 'xml' ? 'in XML' : 'as asked'}`
)
console.log(
  `  run histories for check (counted back from now): ` +
    Object.entries(HISTORY_JOBS)
      .map(([role, id]) => `${role} ${id}`)
      .join(', ')
)
console.log(`  sandbox key:    ${sim.keys.sandbox}`)
console.log(`  production key: ${sim.keys.production}`)
console.log(`  read-only key:  ${sim.keys.readOnly} (sandbox, cannot POST)`)
console.log('Press Ctrl-C to stop.')

let stopping = false
const stop = () => {
  if (stopping) return
  stopping = true
  console.log('\nStopping simulator…')
  sim.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    }
  )
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
