// The action's story: inputs → settings → runCommand → outputs, summary, exit status.
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import { redact } from './alma/errors.js'
import { isRefusedKey, refusedKeyLine } from './alma/refused-key.js'
import { loadXmlParser, looksLikeXml } from './alma/xml.js'
import { createActionStore } from './catalog/create-store.js'
import { createContext, runCommand, type CommandContext, type CommandResult, type Logger } from './commands/index.js'
import { describeEvent, notThisJob } from './commands/report.js'
import { Inputs, readActionSettings } from './inputs.js'
import { describeError } from './report/error-line.js'
import {
  checkHeadline,
  checkLine,
  checkWarnings,
  describeInstanceEnd,
  formatDuration,
  formatProgress,
  listHeadline
} from './report/format.js'
import {
  checkOutputs,
  instanceOutputs,
  instanceListOutputs,
  jobRecord,
  listCut,
  jobListOutputs,
  MAX_LIST_OUTPUT_BYTES,
  type Outputs
} from './report/outputs.js'
import { checkMarkdown, instanceListMarkdown, instanceMarkdown, jobListMarkdown } from './report/summary.js'
import type { Settings } from './settings.js'
import { safeLine } from './text/safe.js'

/**
 * The runner sends SIGINT, then SIGTERM 7.5 s later (runner.md §3). A wait stops at once; a
 * request in flight (a run POST above all) gets this long to bring back its instance id.
 */
const CANCEL_GRACE_MS = 5000

/** Every line the action writes goes through here: the key scrubbed, nothing from Alma starting a command. */
interface ActionLog extends Logger {
  group(title: string): void
  endGroup(): void
  notice(message: string): void
  fail(message: string): void
}

function actionLog(secrets: readonly string[]): ActionLog {
  const clean = (text: string): string => safeLine(redact(text, secrets))
  return {
    debug: (message) => core.debug(clean(message)),
    info: (message) => core.info(clean(message)),
    warning: (message) => core.warning(clean(message)),
    group: (title) => core.startGroup(clean(title)),
    endGroup: () => core.endGroup(),
    notice: (message) => core.notice(clean(message)),
    fail: (message) => core.setFailed(clean(message))
  }
}

export async function run(): Promise<void> {
  const secrets: string[] = []
  const log = actionLog(secrets)
  const cancel = new AbortController()
  let settings: Settings | undefined
  const stopListening = listenForCancel(cancel, log, () => settings)
  let ctx: CommandContext | undefined
  try {
    // Settings are read synchronously; the wizard's XML in `parameters` needs its parser loaded first.
    if (looksLikeXml(core.getInput(Inputs.parameters))) await loadXmlParser()
    settings = readActionSettings(
      (name) => core.getInput(name),
      process.env,
      (secret) => {
        secrets.push(secret)
        core.setSecret(secret)
      }
    )
    let result: CommandResult
    if (settings.command === 'report') {
      // The event is in the runner's event file (runner.md §7): no client, no cache, no key.
      result = await runCommand({ log, label: (field) => Inputs[field] }, settings)
    } else {
      const store = settings.cache.enabled ? createActionStore(settings, log) : undefined
      ctx = createContext(settings, {
        log,
        label: (field) => Inputs[field],
        signal: cancel.signal,
        store,
        // One line per change of status or progress, not per poll.
        onProgress: (instance, elapsedMs) => log.info(`[${formatDuration(elapsedMs)}] ${formatProgress(instance)}`)
      })
      const waiting = 'wait' in settings && settings.wait !== undefined
      if (waiting) log.group('Waiting for the Alma job')
      try {
        result = await runCommand(ctx, settings)
      } finally {
        if (waiting) log.endGroup()
      }
    }
    await render(result, settings, log, secrets)
    const failed = 'verdict' in result && result.verdict.failed
    // The command got its answer before the signal took effect; a cancelled step still fails.
    if (cancel.signal.aborted && !failed) {
      const started =
        result.command === 'run' ? ` The job was started as instance ${result.report.instanceId}; it goes on in Alma.` : ''
      log.fail(`Cancelled after the ${result.command} had finished.${started}`)
    }
  } catch (error) {
    const { line } = describeError(error, secrets)
    // A refused key is the user's to fix: name the input or variable that held it (never the key).
    const keyFrom = settings && 'apiKeyFrom' in settings ? settings.apiKeyFrom : undefined
    log.fail(keyFrom && isRefusedKey(error) ? refusedKeyLine(line, keyFrom) : line)
  } finally {
    ctx?.client.close()
    stopListening()
  }
}

async function render(result: CommandResult, settings: Settings, log: ActionLog, secrets: readonly string[]): Promise<void> {
  const setOutputs = (outputs: Outputs): void => {
    // Alma's data was scrubbed by the client; this is the last look before the runner gets it.
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, redact(value, secrets))
  }
  const summary = (markdown: string): Promise<void> => writeSummary(redact(markdown, secrets), log)
  switch (result.command) {
    case 'list': {
      // Folded: an institution has hundreds of jobs.
      log.group(listHeadline(result))
      for (const job of result.jobs) log.info(`${job.id}  ${job.name}`)
      log.endGroup()
      const outputs = { ...jobListOutputs(result), 'jobs-file': await writeJobsFile(result, settings, log) }
      setOutputs(outputs)
      if (listCut(outputs, result.jobs.length)) {
        const rest = outputs['jobs-file'] ? ` All ${result.jobs.length} are in the file named by jobs-file.` : ''
        log.warning(
          `The jobs output holds the first jobs only: GitHub refuses an output over ${MAX_LIST_OUTPUT_BYTES} bytes.${rest}`
        )
      }
      await summary(jobListMarkdown(result.jobs, { env: settings.env, fromCache: result.cacheHit }))
      return
    }
    case 'instances': {
      log.info(listHeadline(result))
      const outputs = instanceListOutputs(result)
      setOutputs(outputs)
      if (listCut(outputs, result.instances.length)) {
        log.warning(
          `The instances output holds the newest runs only: GitHub refuses an output over ${MAX_LIST_OUTPUT_BYTES} bytes; narrow from/to.`
        )
      }
      await summary(instanceListMarkdown(result.job, result.instances))
      return
    }
    case 'check': {
      for (const job of result.jobs) log.info(checkLine(job, result.checkedAt))
      const outputs = checkOutputs(result)
      // Outputs first, so `if: failure()` steps can open an issue from the report (runner.md §6).
      setOutputs(outputs)
      if (listCut(outputs, result.jobs.length)) {
        log.warning(`The report output holds the worst jobs only: GitHub refuses an output over ${MAX_LIST_OUTPUT_BYTES} bytes.`)
      }
      for (const warning of checkWarnings(result)) log.warning(warning)
      await summary(checkMarkdown(result))
      if (result.failed) log.fail(checkHeadline(result))
      return
    }
    case 'run':
    case 'status':
    case 'report': {
      if (result.command === 'report') {
        // Another job's event: the step ends well and says so; a later step reads matched.
        if (!result.matched) {
          setOutputs({ matched: 'false' })
          log.notice(notThisJob(result, (field) => Inputs[field]))
          return
        }
        log.info(describeEvent(result))
      }
      const { report, verdict } = result
      // Outputs first, so `if: failure()` steps still get the instance id (runner.md §6).
      setOutputs({ ...instanceOutputs(report), ...(result.command === 'report' && { matched: 'true' }) })
      for (const line of describeInstanceEnd(report)) log.info(line)
      await summary(instanceMarkdown(report))
      if (report.end === 'cancelled') {
        log.warning(
          `Cancelled while waiting for instance ${report.instanceId} of ${report.job.name ?? report.job.id}. ` +
            `Alma has no call to cancel a job instance, so the job goes on in Alma; check it later with cmd: status, id: ${report.instanceId}.`
        )
      }
      if (verdict.failed) log.fail(verdict.reason)
      else if (verdict.warning) log.warning(verdict.warning)
      return
    }
  }
}

/**
 * The whole job list as JSON, for a later step of the same job: the `jobs` output stops at
 * GitHub's size limit. RUNNER_TEMP is emptied when the job ends (runner.md §3).
 */
async function writeJobsFile(result: CommandResult & { command: 'list' }, settings: Settings, log: ActionLog): Promise<string> {
  const file = join(process.env.RUNNER_TEMP || tmpdir(), `almajob-jobs-${settings.env}.json`)
  try {
    await writeFile(file, JSON.stringify(result.jobs.map(jobRecord)), { mode: 0o600 })
    return file
  } catch (error) {
    log.warning(`Could not write the job list to ${file}: ${error instanceof Error ? error.message : String(error)}`)
    return ''
  }
}

async function writeSummary(markdown: string, log: ActionLog): Promise<void> {
  // Outside a runner there is no summary file; that is not an error.
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary.addRaw(markdown, true).write()
  } catch (error) {
    log.warning(`Could not write the job summary: ${describeError(error, []).line}`)
  }
}

/** Linux and macOS runners send SIGINT then SIGTERM; Windows runners Ctrl-C then Ctrl-Break (runner.md §3). */
const CANCEL_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGBREAK']

/**
 * SIGINT/SIGTERM/SIGBREAK: abort, so no new request starts and a wait reports what it knows; if
 * nothing finishes within the grace period (a request in flight), leave anyway.
 */
function listenForCancel(cancel: AbortController, log: ActionLog, currentSettings: () => Settings | undefined): () => void {
  const onSignal = (signal: NodeJS.Signals): void => {
    if (cancel.signal.aborted) process.exit(1)
    log.info(`Received ${signal}; stopping.`)
    cancel.abort()
    setTimeout(() => {
      const settings = currentSettings()
      // The run POST may still be open: Alma may have started the job without our hearing of it.
      const maybeStarted =
        settings?.command === 'run'
          ? ` If the run of job ${settings.job ?? `profile ${settings.profileId}`} reached Alma, the job goes on there; look for it with cmd: instances.`
          : ''
      log.fail(`Cancelled (${signal}) while a request to Alma was still open.${maybeStarted}`)
      process.exit(1)
    }, CANCEL_GRACE_MS).unref()
  }
  for (const signal of CANCEL_SIGNALS) process.on(signal, onSignal)
  return () => {
    for (const signal of CANCEL_SIGNALS) process.off(signal, onSignal)
  }
}
