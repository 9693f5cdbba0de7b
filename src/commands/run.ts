// `run`: submit a job once, then optionally wait for its instance to end.
import type { JobParameter, PollScheduleOptions } from '../alma/index.js'
import { formatJob } from '../report/format.js'
import { resolveJob } from './resolve.js'
import type { CommandContext, InstanceReport } from './types.js'
import { instanceUrl, watchInstance } from './watch.js'

export async function submitJob(
  ctx: CommandContext,
  jobText: string,
  parameters: JobParameter[],
  wait: PollScheduleOptions | undefined
): Promise<InstanceReport> {
  const { job, cacheHit } = await resolveJob(ctx, jobText)
  const run = await ctx.client.runJob(job.id, parameters)
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
    instanceUrl: instanceUrl(ctx, job.id, run.instanceId),
    end: 'submitted',
    cacheHit,
    reconciled: run.reconciled
  }
  return wait ? watchInstance(ctx, report, wait) : report
}
