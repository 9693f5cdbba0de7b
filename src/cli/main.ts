// The command line's story: flags → settings → context → command → print → exit code.
// Results go to stdout; notes, progress and errors to stderr, one line each, never a stack.
import { AlmaError, ConfigError } from '../alma/index.js'
import type { JobInstance } from '../alma/types.js'
import { createCliStore } from '../catalog/index.js'
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
} from '../commands/index.js'
import { createContext } from '../commands/context.js'
import type { Settings } from '../settings.js'
import { parseArgs, UsageError } from './args.js'
import { type CliConfig, loadCliConfig, shellQuote } from './config.js'
import { instancesJson, instancesText, listJson, listText, reportJson, runSubmittedText, statusBlock } from './output.js'
import { StderrDisplay, type TextStream, wantsLiveProgress } from './progress.js'
import { ExitCode } from './constants.js'
import { helpText, usageErrorText } from './usage.js'
import { VERSION } from './version.js'

/** After Ctrl-C the wait stops at once; a request in flight gets this long before we leave anyway. */
const INTERRUPT_GRACE_MS = 3000
const SIGNAL_EXIT: Record<string, number> = { SIGINT: ExitCode.Interrupted, SIGTERM: ExitCode.Terminated }

/** Everything main touches of the outside world; tests pass their own. */
export interface CliIo {
  argv: readonly string[]
  env: NodeJS.ProcessEnv
  cwd: string
  stdout: TextStream
  stderr: TextStream
  /** Subscribes to SIGINT/SIGTERM; returns the unsubscribe. */
  onSignal(handler: (signal: NodeJS.Signals) => void): () => void
  /** Leaves at once (a second Ctrl-C, or a request that outlives the grace period). */
  exit(code: number): void
}

export function processIo(): CliIo {
  // `almajob --cmd list | head` closes stdout early; that ends the output, it is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  })
  return {
    argv: process.argv.slice(2),
    env: process.env,
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    onSignal(handler) {
      process.on('SIGINT', handler)
      process.on('SIGTERM', handler)
      return () => {
        process.off('SIGINT', handler)
        process.off('SIGTERM', handler)
      }
    },
    exit: (code) => process.exit(code)
  }
}

export async function main(io: CliIo = processIo()): Promise<number> {
  const { stdout, stderr } = io
  if (io.argv.includes('--help') || io.argv.includes('-h')) {
    stdout.write(helpText(VERSION))
    return ExitCode.Success
  }
  if (io.argv.includes('--version') || io.argv.includes('-V')) {
    stdout.write(`almajob ${VERSION}\n`)
    return ExitCode.Success
  }

  let config: CliConfig
  try {
    config = loadCliConfig(parseArgs(io.argv), { env: io.env, cwd: io.cwd })
  } catch (error) {
    return reportError(error, stderr)
  }

  const display = new StderrDisplay(stderr, { live: wantsLiveProgress(stderr, io.env) })
  const log: Logger = {
    debug: (message) => {
      if (config.verbose) display.line(message)
    },
    info: (message) => display.line(message),
    warning: (message) => display.line(`warning: ${message}`)
  }
  for (const warning of config.warnings) log.warning(warning)

  const run = new CommandRun(config, io, display, log)
  const stopListening = io.onSignal((signal) => run.interrupt(signal))
  try {
    return await run.execute()
  } catch (error) {
    display.stop()
    if (run.interrupted) return run.interruptedExit(undefined)
    return reportError(error, stderr)
  } finally {
    stopListening()
    run.close()
  }
}

/** One command's run, with what Ctrl-C needs to know to say where the job stands. */
class CommandRun {
  interrupted?: NodeJS.Signals
  private readonly cancel = new AbortController()
  private ctx?: CommandContext
  private lastInstance?: JobInstance
  private graceTimer?: NodeJS.Timeout
  private readonly config: CliConfig
  private readonly io: CliIo
  private readonly display: StderrDisplay
  private readonly log: Logger

  constructor(config: CliConfig, io: CliIo, display: StderrDisplay, log: Logger) {
    this.config = config
    this.io = io
    this.display = display
    this.log = log
  }

  async execute(): Promise<number> {
    const { settings, format } = this.config
    const store = await createCliStore(settings, this.log)
    this.ctx = createContext(settings, { log: this.log, signal: this.cancel.signal, store })
    const { stdout } = this.io

    switch (settings.command) {
      case 'list': {
        const result = await listJobs(this.ctx, settings.listFilter)
        stdout.write(format === 'json' ? listJson(result) : listText(result))
        this.log.info(`${result.jobs.length} jobs${result.cacheHit ? ' (job list from the cache)' : ''}`)
        return this.interrupted ? this.interruptedExit(undefined) : ExitCode.Success
      }
      case 'instances': {
        const result = await jobInstances(this.ctx, { job: settings.job!, filter: settings.instanceFilter })
        stdout.write(format === 'json' ? instancesJson(result) : instancesText(result))
        this.log.info(`${result.instances.length} instances of ${result.job.name ?? result.job.id} (${result.job.id})`)
        return this.interrupted ? this.interruptedExit(undefined) : ExitCode.Success
      }
      case 'run':
      case 'status': {
        const wait = settings.wait.enabled ? this.waitSettings(settings) : undefined
        let report: InstanceReport
        try {
          report =
            settings.command === 'run'
              ? await runJob(this.ctx, { job: settings.job!, parameters: settings.parameters, wait })
              : await jobStatus(this.ctx, { job: settings.job!, instanceId: settings.instanceId!, wait })
        } finally {
          this.display.stop()
        }
        this.printReport(report)
        if (report.end === 'cancelled' || this.interrupted) return this.interruptedExit(report)
        if (report.end === 'submitted' || report.end === 'timeout' || report.end === 'error') {
          this.log.info(`Check on it with: ${this.statusCommand(report.job.id, report.instanceId)}`)
        }
        const result = verdict(report, settings.failOn)
        if (result.warning) this.log.warning(result.warning)
        if (!result.failed) return ExitCode.Success
        this.log.info(`almajob: ${result.reason}`)
        // Alma failing us is not the job failing: exit codes keep the two apart.
        return report.end === 'error' ? ExitCode.AlmaError : ExitCode.JobFailed
      }
    }
  }

  private waitSettings(settings: Settings): WaitSettings {
    return {
      timeoutMs: settings.wait.timeoutMs,
      pollIntervalMs: settings.wait.pollIntervalMs,
      maxPollIntervalMs: settings.wait.maxPollIntervalMs,
      onProgress: (instance, elapsedMs) => {
        this.lastInstance = instance
        this.display.progress(instance, elapsedMs)
      }
    }
  }

  private printReport(report: InstanceReport): void {
    const { settings, format } = this.config
    if (format === 'json') {
      this.io.stdout.write(reportJson(report))
      return
    }
    let text = ''
    if (settings.command === 'run') text += runSubmittedText(report, settings.job!)
    if (report.instance) text += statusBlock(report, settings.job!)
    this.io.stdout.write(text)
  }

  /** First signal: stop waiting and report; second, or a stuck request: leave now. */
  interrupt(signal: NodeJS.Signals): void {
    if (this.interrupted) {
      this.io.exit(SIGNAL_EXIT[signal] ?? ExitCode.Interrupted)
      return
    }
    this.interrupted = signal
    this.display.stop()
    this.log.info(`Interrupted (${signal}); stopping.`)
    this.cancel.abort()
    this.graceTimer = setTimeout(() => this.io.exit(this.interruptedExit(undefined)), INTERRUPT_GRACE_MS)
    this.graceTimer.unref()
  }

  /** Alma has no call to cancel an instance (alma-jobs-api.md §2): say how to find it again. */
  interruptedExit(report: InstanceReport | undefined): number {
    const { settings } = this.config
    const instanceId = report?.instanceId ?? this.lastInstance?.id ?? settings.instanceId
    const jobId = report?.job.id ?? this.lastInstance?.jobInfo?.id ?? settings.job!
    if (instanceId) {
      this.log.info(`Job instance ${instanceId} goes on in Alma; almajob cannot cancel it. Check on it later with:`)
      this.log.info(`  ${this.statusCommand(jobId, instanceId)}`)
    } else if (settings.command === 'run') {
      this.log.info('Interrupted before Alma confirmed a run. If one was started, find it with:')
      this.log.info(`  almajob --env ${settings.env} --cmd instances --job ${shellQuote(jobId)}`)
    }
    return SIGNAL_EXIT[this.interrupted ?? 'SIGINT'] ?? ExitCode.Interrupted
  }

  private statusCommand(jobId: string, instanceId: string): string {
    return `almajob --env ${this.config.settings.env} --cmd status --job ${shellQuote(jobId)} --id ${instanceId}`
  }

  close(): void {
    if (this.graceTimer) clearTimeout(this.graceTimer)
    this.ctx?.client.close()
  }
}

/** One line, the exit code that names the kind of trouble; usage errors show the usage. */
function reportError(error: unknown, stderr: TextStream): number {
  if (error instanceof UsageError) {
    stderr.write(usageErrorText(error.message, error.command))
    return ExitCode.Usage
  }
  if (error instanceof ConfigError) {
    stderr.write(`almajob: ${error.message}\n`)
    return ExitCode.Usage
  }
  if (error instanceof AlmaError) {
    stderr.write(`almajob: ${error.message}\n`)
    return ExitCode.AlmaError
  }
  const message = error instanceof Error ? error.message : String(error)
  stderr.write(`almajob: unexpected error: ${message.split('\n')[0]}\n`)
  return ExitCode.AlmaError
}
