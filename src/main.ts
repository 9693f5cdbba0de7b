// The action's story: inputs → settings → command → outputs, summary, exit status.
import * as core from '@actions/core'
import { AlmaError, ConfigError } from './alma/index.js'
import type { JobInstance } from './alma/types.js'
import { createActionStore } from './catalog/actions.js'
import {
  jobInstances,
  jobStatus,
  listJobs,
  runJob,
  verdict,
  type CommandContext,
  type InstanceReport,
  type Logger,
  type WaitSettings
} from './commands/index.js'
import { readSettings } from './config.js'
import { createContext } from './commands/context.js'
import { instanceOutputs, instancesOutputs, listOutputs, type Outputs } from './report/outputs.js'
import { describeInstanceEnd, formatDuration, formatProgress } from './report/format.js'
import { instancesSummary, jobListSummary, instanceReportSummary } from './report/summary.js'
import type { Settings } from './settings.js'

/**
 * The runner sends SIGINT, then SIGTERM 7.5 s later (action-conventions.md §3). A wait stops at
 * once; a request in flight (a run POST above all) gets this long to bring back its instance id.
 */
const CANCEL_GRACE_MS = 5000

const log: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  warning: (message) => core.warning(message)
}

export async function run(): Promise<void> {
  const cancel = new AbortController()
  let settings: Settings | undefined
  const stopListening = listenForCancel(cancel, () => settings)
  let ctx: CommandContext | undefined
  try {
    settings = readSettings(
      (name) => core.getInput(name),
      process.env,
      (secret) => core.setSecret(secret)
    )
    const store = settings.cache.enabled ? await createActionStore(settings, log) : undefined
    ctx = createContext(settings, { log, signal: cancel.signal, store })
    await execute(ctx, settings)
  } catch (error) {
    core.setFailed(oneLine(error))
  } finally {
    ctx?.client.close()
    stopListening()
  }
}

async function execute(ctx: CommandContext, settings: Settings): Promise<void> {
  switch (settings.command) {
    case 'list': {
      const result = await listJobs(ctx, settings.listFilter)
      // Folded: an institution has hundreds of jobs.
      core.startGroup(`${result.jobs.length} jobs${result.cacheHit ? ' (job list from the cache)' : ''}`)
      for (const job of result.jobs) core.info(`${job.id}  ${job.name}`)
      core.endGroup()
      setOutputs(listOutputs(result))
      await writeSummary(jobListSummary(result.jobs, { env: settings.env, fromCache: result.cacheHit }))
      return
    }
    case 'instances': {
      const result = await jobInstances(ctx, { job: settings.job!, filter: settings.instanceFilter })
      core.info(`${result.instances.length} instances of ${result.job.name ?? result.job.id} (${result.job.id})`)
      setOutputs(instancesOutputs(result))
      await writeSummary(instancesSummary(result.job, result.instances))
      return
    }
    case 'run':
    case 'status': {
      const wait = settings.wait.enabled ? waitSettings(settings) : undefined
      if (wait) core.startGroup('Waiting for the Alma job')
      let report: InstanceReport
      try {
        report =
          settings.command === 'run'
            ? await runJob(ctx, { job: settings.job!, parameters: settings.parameters, wait })
            : await jobStatus(ctx, { job: settings.job!, instanceId: settings.instanceId!, wait })
      } finally {
        if (wait) core.endGroup()
      }
      // Outputs first, so `if: failure()` steps still get the instance id (action-conventions.md §6).
      setOutputs(instanceOutputs(report))
      for (const line of describeInstanceEnd(report)) core.info(line)
      await writeSummary(instanceReportSummary(report))
      if (report.end === 'cancelled') {
        core.warning(
          `Cancelled while waiting for instance ${report.instanceId} of ${report.job.name ?? report.job.id}. ` +
            `Alma has no call to cancel a job instance, so the job goes on in Alma; check it later with cmd: status, id: ${report.instanceId}.`
        )
      }
      const outcome = verdict(report, settings.failOn)
      if (outcome.warning) core.warning(outcome.warning)
      if (outcome.failed) core.setFailed(outcome.reason!)
      return
    }
  }
}

function waitSettings(settings: Settings): WaitSettings {
  return {
    timeoutMs: settings.wait.timeoutMs,
    pollIntervalMs: settings.wait.pollIntervalMs,
    maxPollIntervalMs: settings.wait.maxPollIntervalMs,
    // One line per change of status or progress, not per poll.
    onProgress: (instance: JobInstance, elapsedMs: number) =>
      core.info(`[${formatDuration(elapsedMs)}] ${formatProgress(instance)}`)
  }
}

function setOutputs(outputs: Outputs): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
}

async function writeSummary(markdown: string): Promise<void> {
  // Outside a runner there is no summary file; that is not an error.
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary.addRaw(markdown, true).write()
  } catch (error) {
    core.warning(`Could not write the job summary: ${oneLine(error)}`)
  }
}

/** One line for the log, never a stack trace. */
function oneLine(error: unknown): string {
  if (error instanceof ConfigError || error instanceof AlmaError) return error.message
  if (error instanceof Error && error.name === 'AbortError')
    return 'Cancelled before the job was started; nothing was sent to Alma.'
  const message = error instanceof Error ? error.message : String(error)
  return `Unexpected error: ${message.split('\n')[0]}`
}

/**
 * SIGINT/SIGTERM: abort the wait so the command reports what it knows; if nothing
 * finishes within the grace period (a request in flight), leave anyway.
 */
function listenForCancel(cancel: AbortController, currentSettings: () => Settings | undefined): () => void {
  const onSignal = (signal: NodeJS.Signals): void => {
    if (cancel.signal.aborted) process.exit(1)
    core.info(`Received ${signal}; stopping.`)
    cancel.abort()
    setTimeout(() => {
      const settings = currentSettings()
      // The run POST may still be open: Alma may have started the job without our hearing of it.
      const maybeStarted =
        settings?.command === 'run'
          ? ` If the run of job ${settings.job} reached Alma, the job goes on there; look for it with cmd: instances.`
          : ''
      core.setFailed(`Cancelled (${signal}) while a request to Alma was still open.${maybeStarted}`)
      process.exit(1)
    }, CANCEL_GRACE_MS).unref()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return () => {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}
