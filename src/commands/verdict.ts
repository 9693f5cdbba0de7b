// Whether a command's end fails the step, under the user's `fail-on` choice.
import type { FailOn } from '../settings.js'
import type { InstanceReport } from './types.js'

export interface Verdict {
  failed: boolean
  /** One sentence for the log when failed. */
  reason?: string
}

export function verdict(report: InstanceReport, failOn: FailOn): Verdict {
  const what = `${report.job.name ?? report.job.id} instance ${report.instanceId}`
  const status = report.instance?.status
  const shown = status ? `${status.value}${status.desc ? ` (${status.desc})` : ''}` : 'unknown'
  switch (report.end) {
    case 'submitted':
    case 'running':
      return { failed: false }
    case 'cancelled':
      // Cancellation always fails: the step did not see the job end.
      return { failed: true, reason: `Stopped waiting for ${what} (cancelled); last status ${shown}. The job goes on in Alma.` }
    case 'timeout':
      return failOn === 'never'
        ? { failed: false }
        : { failed: true, reason: `Timed out waiting for ${what}; last status ${shown}. The job goes on in Alma.` }
    case 'finished':
      break
  }
  if (failOn === 'never') return { failed: false }
  switch (report.outcome) {
    case 'failure':
      return { failed: true, reason: `Alma job ${what} ended ${shown}.` }
    case 'needs-person':
      return { failed: true, reason: `Alma job ${what} needs a person in Alma: ${shown}.` }
    case 'warning':
      return failOn === 'warning'
        ? { failed: true, reason: `Alma job ${what} ended ${shown}, and fail-on is "warning".` }
        : { failed: false }
    default:
      return { failed: false }
  }
}
