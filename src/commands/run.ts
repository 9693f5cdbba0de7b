// `run`: submit a job once, then optionally wait for its instance to end.
import type { JobParameter } from '../alma/types.js'
import { resolveJob } from './resolve.js'
import type { CommandContext, InstanceReport, WaitSettings } from './types.js'
import { instanceUrl, watchInstance } from './watch.js'

export interface RunRequest {
  /** A job's exact name or its id. */
  job: string
  parameters: JobParameter[]
  /** Absent: return as soon as Alma has accepted the run. */
  wait?: WaitSettings
}

export async function runJob(ctx: CommandContext, request: RunRequest): Promise<InstanceReport> {
  const { job, cacheHit } = await resolveJob(ctx, request.job)
  // A cancel that came while the name was being resolved must not start the job.
  ctx.signal?.throwIfAborted()
  const run = await ctx.client.runJob(job.id, request.parameters)
  const name = run.job.name || job.name
  if (run.reconciled) {
    ctx.log.warning(
      `Alma's answer to the run was lost; adopted instance ${run.instanceId}, submitted just after it. Check it in Alma if in doubt.`
    )
  }
  ctx.log.info(`Started ${name ? `"${name}" ` : ''}(${job.id}): instance ${run.instanceId}`)
  const report: InstanceReport = {
    job: { id: job.id, name },
    instanceId: run.instanceId,
    instanceUrl: instanceUrl(ctx, job.id, run.instanceId),
    end: 'submitted',
    cacheHit,
    reconciled: run.reconciled
  }
  return request.wait ? watchInstance(ctx, report, request.wait) : report
}
