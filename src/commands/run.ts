// `run`: submit a job once, then optionally wait for its instance to end.
import { isThrottleRefusal } from '../alma/errors.js'
import { abortableSleep, type JobParameter, type PollScheduleOptions } from '../alma/index.js'
import { formatDuration, formatJob } from '../report/format.js'
import type { JobTarget } from '../settings.js'
import { resolveJob } from './resolve.js'
import type { CommandContext, InstanceReport } from './types.js'
import { instanceUrl } from '../alma/regions.js'
import { watchInstance } from './watch.js'

/** Waits for a slot: a fifth of the time left, between these, jittered so many steps spread out. */
const SLOT_WAIT_MIN_MS = 1000
const SLOT_WAIT_MAX_MS = 5 * 60_000

interface RunOptions {
  wait?: PollScheduleOptions
  /** How long a run refused by the job throttle is tried again; absent: not at all. */
  waitForSlotMs?: number
}

export async function submitJob(
  ctx: CommandContext,
  target: JobTarget,
  parameters: JobParameter[],
  options: RunOptions = {}
): Promise<InstanceReport> {
  const { job, cacheHit } = await resolveJob(ctx, target)
  const run = await runWhenThereIsRoom(ctx, job.id, parameters, options.waitForSlotMs)
  const name = run.job.name || job.name
  if (run.reconciled) {
    ctx.log.warning(
      `Alma's answer to the run was lost; adopted instance ${run.instanceId}, found in the job's instance list. Check it in Alma if in doubt.`
    )
  }
  ctx.log.info(`Started ${formatJob({ id: job.id, name })}: instance ${run.instanceId}`)
  const report: InstanceReport = {
    job: { id: job.id, name },
    instanceId: run.instanceId,
    instanceUrl: instanceUrl(ctx.baseUrl, job.id, run.instanceId),
    end: 'submitted',
    cacheHit,
    reconciled: run.reconciled
  }
  return options.wait ? watchInstance(ctx, report, options.wait, { submittedAt: Date.now() }) : report
}

/** The run POST; with `waitForSlotMs`, sent again after each throttle refusal until that time is spent. */
async function runWhenThereIsRoom(ctx: CommandContext, jobId: string, parameters: JobParameter[], waitForSlotMs?: number) {
  const sleep = ctx.sleep ?? abortableSleep
  const startedAt = Date.now()
  for (;;) {
    try {
      return await ctx.client.runJob(jobId, parameters)
    } catch (error) {
      const leftMs = waitForSlotMs === undefined ? 0 : startedAt + waitForSlotMs - Date.now()
      // A run the job throttle refused was not started (§3.3), so sending it again is safe.
      if (!isThrottleRefusal(error) || leftMs <= 0) throw error
      const delayMs = Math.min(leftMs, slotDelayMs(leftMs))
      ctx.log.info(`No slot for job ${jobId} yet (${error.code}); trying again in ${formatDuration(delayMs)}.`)
      await sleep(delayMs, ctx.signal)
      // A cancel during the pause: the next runJob refuses to send and says the job was not started.
    }
  }
}

function slotDelayMs(leftMs: number): number {
  const base = Math.min(SLOT_WAIT_MAX_MS, Math.max(SLOT_WAIT_MIN_MS, leftMs / 5))
  return Math.round(base * (0.5 + Math.random() / 2))
}
