// The one dispatch both shells call: settings in, a result to render out.
import type { ReportSettings, Settings } from '../settings.js'
import { checkJobs } from './check.js'
import { recentInstances } from './instances.js'
import { selectJobs } from './list.js'
import { reportEvent } from './report.js'
import { submitJob } from './run.js'
import { checkInstance } from './status.js'
import type { CommandContext, CommandResult, LocalContext, ReportResult } from './types.js'
import { verdict } from './verdict.js'

/** report calls nobody, so a shell may give it a LocalContext (no client is built for it). */
export async function runCommand(ctx: LocalContext, settings: ReportSettings): Promise<ReportResult>
export async function runCommand(ctx: CommandContext, settings: Settings): Promise<CommandResult>
export async function runCommand(ctx: LocalContext | CommandContext, settings: Settings): Promise<CommandResult> {
  if (settings.command === 'report') return reportEvent(ctx, settings)
  if (!('client' in ctx)) throw new TypeError(`${settings.command} calls Alma: give runCommand a context from createContext`)
  switch (settings.command) {
    case 'list':
      return { command: 'list', ...(await selectJobs(ctx, settings.filter)) }
    case 'instances':
      return { command: 'instances', ...(await recentInstances(ctx, settings, settings.filter)) }
    case 'run': {
      const { parameters, wait, waitForSlotMs } = settings
      const report = await submitJob(ctx, settings, parameters, { wait, waitForSlotMs })
      return { command: 'run', report, verdict: verdict(report, settings) }
    }
    case 'check': {
      const checkedAt = Date.now()
      const { jobs, cacheHit } = await checkJobs(ctx, settings, checkedAt)
      const failed = jobs.filter((job) => job.fails).length
      return { command: 'check', jobs, failed, sinceMs: settings.sinceMs, checkedAt, cacheHit }
    }
    case 'status': {
      const report = await checkInstance(ctx, settings.job, settings.instanceId, settings.wait)
      return { command: 'status', report, verdict: verdict(report, settings) }
    }
  }
}

export { createContext, type ContextOptions } from './context.js'
export type * from './types.js'
export { verdict } from './verdict.js'
