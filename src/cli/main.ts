// The command line's story: flags → settings → context → runCommand → print → exit code.
// Results go to stdout; notes, progress and errors to stderr, one line each, never a stack.
import { redact } from '../alma/errors.js'
import type { JobInstance } from '../alma/index.js'
import { createFileStore, storeScope } from '../catalog/index.js'
import { createContext, runCommand, type CommandContext, type CommandResult, type Logger } from '../commands/index.js'
import { isRefusedKey, refusedKeyLine } from '../alma/refused-key.js'
import { loadXmlParser } from '../alma/xml.js'
import { describeError } from '../report/error-line.js'
import { checkHeadline, checkWarnings, listHeadline } from '../report/format.js'
import { safeLine } from '../text/safe.js'
import { parseArgs, UsageError } from './args.js'
import { type CliConfig, flagOf, loadCliConfig, shellQuote } from './config.js'
import { ExitCode } from './constants.js'
import { classifyError, errorJson } from './errors.js'
import {
  checkJson,
  checkText,
  instancesJson,
  instancesText,
  listJson,
  listText,
  reportJson,
  runSubmittedText,
  statusBlock,
  type TimeStyle
} from './output.js'
import { StderrDisplay, type TextStream, wantsLiveProgress } from './progress.js'
import { helpText, usageErrorText } from './usage.js'
import { VERSION } from './version.js'

/** After Ctrl-C the wait stops at once; a request in flight gets this long before we leave anyway. */
const INTERRUPT_GRACE_MS = 3000
const SIGNAL_EXIT: Record<string, number> = {
  SIGINT: ExitCode.Interrupted,
  SIGTERM: ExitCode.Terminated,
  SIGBREAK: ExitCode.Terminated
}
/** Everything main touches of the outside world; tests pass their own. */
export interface CliIo {
  argv: readonly string[]
  env: NodeJS.ProcessEnv
  cwd: string
  stdout: TextStream
  stderr: TextStream
  /** Subscribes to SIGINT/SIGTERM/SIGBREAK; returns the unsubscribe. */
  onSignal(handler: (signal: NodeJS.Signals) => void): () => void
  /** Leaves at once (a second Ctrl-C, or a request that outlives the grace period). */
  exit(code: number): void
}

export function processIo(): CliIo {
  // `almajob --cmd list | head` (or `2>&1 | head`) closes the pipe early; that ends the output,
  // it is not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    })
  }
  return {
    argv: process.argv.slice(2),
    env: process.env,
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    onSignal(handler) {
      // Windows has no SIGTERM: a console sends Ctrl-C, then Ctrl-Break (runner.md §3).
      const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGBREAK']
      for (const signal of signals) process.on(signal, handler)
      return () => {
        for (const signal of signals) process.off(signal, handler)
      }
    },
    exit: (code) => process.exit(code)
  }
}

export async function main(io: CliIo = processIo()): Promise<number> {
  const { stdout, stderr } = io
  // The relay has its own flags (cli/relay.ts); loaded only when asked for.
  if (io.argv[0] === 'relay') {
    const { runRelayCommand } = await import('./relay.js')
    return runRelayCommand(io.argv.slice(1), io.env, io)
  }
  if (io.argv.includes('--help') || io.argv.includes('-h')) {
    stdout.write(helpText(VERSION))
    return ExitCode.Success
  }
  if (io.argv.includes('--version') || io.argv.includes('-V')) {
    stdout.write(`almajob ${VERSION}\n`)
    return ExitCode.Success
  }

  let config: CliConfig
  const json = wantsJson(io.argv)
  try {
    const args = parseArgs(io.argv)
    // Parameters may be XML (inline or @file), read synchronously: the parser's chunk comes first (alma/xml.ts).
    if (args.parameters !== undefined) await loadXmlParser()
    config = loadCliConfig(args, { env: io.env, cwd: io.cwd })
  } catch (error) {
    return reportError(error, { secrets: [], json, stdout, stderr })
  }
  const secrets = [config.settings.apiKey]

  const display = new StderrDisplay(stderr, { live: wantsLiveProgress(stderr, io.env) })
  // Every line to stderr goes through here: the key scrubbed, control characters escaped.
  const say = (text: string): void => display.line(safeLine(redact(text, secrets)))
  const log: Logger = {
    debug: (message) => {
      if (config.verbose) say(message)
    },
    info: say,
    warning: (message) => say(`warning: ${message}`)
  }
  for (const warning of config.warnings) log.warning(warning)

  const run = new CommandRun(config, io, display, log)
  const stopListening = io.onSignal((signal) => run.interrupt(signal))
  try {
    return await run.execute()
  } catch (error) {
    display.stop()
    const report = { secrets, json: config.format === 'json', stdout, stderr, keyFrom: config.settings.apiKeyFrom }
    if (!run.interrupted) return reportError(error, report)
    // A cancel that kept the job from starting has said so; otherwise say how to find the job.
    const exit = reportError(error, { ...report, exit: run.signalExit() })
    return describeError(error, secrets).kind === 'cancelled' ? exit : run.interruptedExit(undefined)
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
    const { settings } = this.config
    const scope = storeScope(settings)
    const store = settings.cache.enabled ? createFileStore({ ...scope, log: this.log }) : undefined
    this.ctx = createContext(settings, {
      log: this.log,
      label: flagOf,
      signal: this.cancel.signal,
      store,
      onProgress: (instance, elapsedMs) => {
        this.lastInstance = instance
        this.display.progress(instance, elapsedMs)
      }
    })
    let result: CommandResult
    try {
      result = await runCommand(this.ctx, settings)
    } finally {
      this.display.stop()
    }
    return this.render(result)
  }

  private render(result: CommandResult): number {
    const { format } = this.config
    const { stdout } = this.io
    if (result.command === 'list' || result.command === 'instances') {
      if (result.command === 'list') stdout.write(format === 'json' ? listJson(result) : listText(result))
      else stdout.write(format === 'json' ? instancesJson(result) : instancesText(result, this.times))
      this.log.info(listHeadline(result))
      return this.interrupted ? this.interruptedExit(undefined) : ExitCode.Success
    }
    if (result.command === 'check') {
      stdout.write(format === 'json' ? checkJson(result) : checkText(result, this.times))
      for (const warning of checkWarnings(result)) this.log.warning(warning)
      if (this.interrupted) return this.signalExit()
      if (!result.failed) return ExitCode.Success
      this.log.info(`almajob: ${checkHeadline(result)}`)
      return ExitCode.JobFailed
    }
    const { report, verdict } = result
    if (format === 'json') stdout.write(reportJson(report))
    else {
      stdout.write(
        (result.command === 'run' ? runSubmittedText(report) : '') + (report.instance ? statusBlock(report, this.times) : '')
      )
    }
    if (report.end === 'cancelled' || this.interrupted) return this.interruptedExit(report)
    if (report.end === 'submitted' || report.end === 'timeout' || report.end === 'error') {
      this.log.info(`Check on it with: ${this.statusCommand(report.job.id, report.instanceId)}`)
    }
    if (!verdict.failed) {
      if (verdict.warning) this.log.warning(verdict.warning)
      return ExitCode.Success
    }
    this.log.info(`almajob: ${verdict.reason}`)
    // Alma failing us is not the job failing: exit codes keep the two apart.
    return report.end === 'error' ? ExitCode.AlmaError : ExitCode.JobFailed
  }

  private get times(): TimeStyle {
    return { local: this.config.localTime }
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

  /** Alma has no call to cancel an instance (alma-api.md §2): say how to find it again. */
  interruptedExit(report: { job: { id: string }; instanceId: string } | undefined): number {
    const { settings } = this.config
    const typedJob = settings.command === 'list' || settings.command === 'check' ? undefined : settings.job
    const instanceId =
      report?.instanceId ?? this.lastInstance?.id ?? (settings.command === 'status' ? settings.instanceId : undefined)
    const jobId = report?.job.id ?? this.lastInstance?.jobInfo?.id ?? typedJob
    if (instanceId && jobId) {
      this.log.info(`Job instance ${instanceId} goes on in Alma; almajob cannot cancel it. Check on it later with:`)
      this.log.info(`  ${this.statusCommand(jobId, instanceId)}`)
    } else if (settings.command === 'run') {
      this.log.info('Interrupted before Alma confirmed a run. If one was started, find it with:')
      const which = settings.job === undefined ? `--profile-id ${settings.profileId}` : `--job ${shellQuote(settings.job)}`
      this.log.info(`  almajob --env ${settings.env} --cmd instances ${which}`)
    }
    return this.signalExit()
  }

  /** 130 after SIGINT, 143 after SIGTERM, as shells report them. */
  signalExit(): number {
    return SIGNAL_EXIT[this.interrupted ?? 'SIGINT'] ?? ExitCode.Interrupted
  }

  /** Every value is quoted for the shell: ids come from Alma, and Alma's text is untrusted. */
  private statusCommand(jobId: string, instanceId: string): string {
    return `almajob --env ${this.config.settings.env} --cmd status --job ${shellQuote(jobId)} --id ${shellQuote(instanceId)}`
  }

  close(): void {
    if (this.graceTimer) clearTimeout(this.graceTimer)
    this.ctx?.client.close()
  }
}

interface ErrorReport {
  secrets: readonly string[]
  /** --format json: the error also goes to stdout as an object. */
  json: boolean
  stdout: TextStream
  stderr: TextStream
  /** Where the key came from, named when Alma refuses it. */
  keyFrom?: string
  /** The exit status when it is already decided (after a signal). */
  exit?: number
}

/** One line on stderr (usage errors show the usage); with --format json also the error object. */
function reportError(error: unknown, report: ErrorReport): number {
  const { line } = describeError(error, report.secrets)
  const { code, exit: errorExit } = classifyError(error)
  const exit = report.exit ?? errorExit
  const message = report.keyFrom && isRefusedKey(error) ? refusedKeyLine(line, report.keyFrom) : line
  if (error instanceof UsageError) report.stderr.write(usageErrorText(message, error.command))
  else report.stderr.write(`almajob: ${message}\n`)
  if (report.json) report.stdout.write(errorJson(message, code, exit))
  return exit
}

/** Whether --format json was asked for, read before the flags are checked, so a bad flag is answered in JSON too. */
function wantsJson(argv: readonly string[]): boolean {
  return argv.some((token, index) => {
    const [flag, inline] = token.split(/=(.*)/s)
    if (flag !== '--format') return false
    return (inline ?? argv[index + 1] ?? '').trim().toLowerCase() === 'json'
  })
}
