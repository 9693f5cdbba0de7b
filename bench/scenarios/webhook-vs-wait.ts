// Runner-minutes for a 2 h job: waiting in the step against starting it and letting the JOB_END
// webhook (alma-api.md §10), forwarded as a repository_dispatch (runner.md §7), start a short
// `cmd: report` step. The webhook path is measured: both short steps through dist/index.js
// against the simulator. The waiting path is modelled: the same start, then the 2 h of the job
// plus how late the poll schedule sees the end, and its polls, replayed by simulatePolls under
// the action's defaults, whatever the schedule is today.
import { startSimulator, WELL_KNOWN_JOBS } from '../../sim/index.js'
import { jobTimeline } from '../../sim/timelines.js'
import { simulatePolls } from '../../src/alma/wait.js'
import { runAction, type ActionRun } from '../../__tests__/support/action.js'
import { median, ms, ratio } from '../stats.js'
import type { BenchOptions, ScenarioResult } from '../types.js'
import { ACTION_DEFAULTS } from './wait.js'

const TWO_HOURS_MS = 2 * 3_600_000
const MINUTE_MS = 60_000
/** The two short steps together stay under one runner-minute, and the report asks Alma nothing. */
const GOAL = { stepsMs: MINUTE_MS, reportCalls: 0 }

export async function webhookVsWaitScenario(options: BenchOptions): Promise<ScenarioResult> {
  const sim = await startSimulator({ latencyMs: options.latencyMs })
  sim.faults.throttle = false // many runs of one job; the throttle (§3.3) is not measured here
  try {
    const jobId = WELL_KNOWN_JOBS.exportThingsAndStuff
    const inputs = { 'api-key': sim.keys.sandbox, 'base-url': sim.url, cache: 'false' }
    // The event the relay forwards: the ended instance exactly as GET answers it (§10).
    const ended = sim.addRun(jobId, { submittedAt: Date.now() - TWO_HOURS_MS, status: 'COMPLETED_SUCCESS' })
    const answer = await fetch(`${sim.url}/conf/jobs/${jobId}/instances/${ended.id}`, {
      headers: { authorization: `apikey ${sim.keys.sandbox}`, accept: 'application/json' }
    })
    const event = JSON.stringify({
      action: 'alma-job-end',
      client_payload: { id: '1', action: 'JOB_END', time: new Date().toISOString(), job_instance: await answer.json() }
    })

    // Spawn to exit as the tests run the action (runAction: a fresh workspace, file commands, inputs).
    const timed = async (step: () => Promise<ActionRun>): Promise<{ ms: number; calls: number }> => {
      sim.resetCounts()
      const start = performance.now()
      const run = await step()
      const elapsed = performance.now() - start
      if (run.exitCode !== 0) throw new Error(`a bench step failed:\n${run.stdout}${run.stderr}`)
      return { ms: elapsed, calls: sim.counts.total }
    }
    const start = () => timed(() => runAction({ inputs: { ...inputs, cmd: 'run', job: jobId } }))
    // No key and no cache: report reads the event file only.
    const report = () => timed(() => runAction({ inputs: { cmd: 'report', 'base-url': sim.url, job: jobId }, event }))

    await start()
    await report()
    const starts: { ms: number; calls: number }[] = []
    const reports: { ms: number; calls: number }[] = []
    for (let i = 0; i < options.runs; i++) {
      starts.push(await start())
      reports.push(await report())
    }
    const startMs = median(starts.map((step) => step.ms))
    const reportMs = median(reports.map((step) => step.ms))
    const startCalls = Math.max(...starts.map((step) => step.calls))
    const reportCalls = Math.max(...reports.map((step) => step.calls))

    const timeline = jobTimeline(TWO_HOURS_MS)
    const waited = simulatePolls(timeline.at, timeline.endMs, ACTION_DEFAULTS)
    if (waited.lateMs === undefined) throw new Error('the replayed wait did not see the 2 h job end')
    const waitMs = startMs + timeline.endMs + waited.lateMs
    const webhookMs = startMs + reportMs
    const minutes = (valueMs: number): string => `${(valueMs / MINUTE_MS).toFixed(valueMs < MINUTE_MS ? 3 : 1)} runner-min`
    const met = webhookMs <= GOAL.stepsMs && reportCalls === GOAL.reportCalls
    return {
      id: 'webhook-vs-wait-2h',
      row: {
        scenario: 'runner-minutes for a 2 h job',
        ours: `run ${ms(startMs)} + report ${ms(reportMs)} (measured) = ${minutes(webhookMs)}, 0 polls`,
        baseline: `wait in the step: 2 h + ${ms(waited.lateMs)} late (modelled) + start = ${minutes(waitMs)}, ${waited.polls} polls`,
        // Four orders of magnitude: two significant digits, not two decimals.
        ratio: `${ratio(webhookMs, waitMs).toPrecision(2)}×`,
        calls: `${startCalls + reportCalls} / ${startCalls + waited.polls}`,
        goal: `both steps < ${GOAL.stepsMs / MINUTE_MS} runner-min, report asks Alma nothing`,
        met,
        missedBecause: met
          ? undefined
          : `the steps took ${ms(webhookMs)} and the report made ${reportCalls} Alma calls; report must read only the event file.`
      },
      data: {
        measured: { startMs: starts.map((step) => step.ms), reportMs: reports.map((step) => step.ms), startCalls, reportCalls },
        modelled: {
          jobMs: timeline.endMs,
          schedule: ACTION_DEFAULTS,
          polls: waited.polls,
          lateMs: waited.lateMs,
          note: 'the waiting step is the measured start plus the job and the replayed lateness; GitHub bills each job by the whole minute'
        },
        medianStartMs: startMs,
        medianReportMs: reportMs,
        webhookMs,
        waitMs
      }
    }
  } finally {
    await sim.close()
  }
}
