// Whether a command's end fails the step, under the user's `fail-on` choice.
import type { FailOn } from '../settings.js'
import type { InstanceReport } from './types.js'

export interface Verdict {
  failed: boolean
  /** One sentence for the log when failed. */
  reason?: string
  /** One sentence to warn with when the step passes but the job did not end cleanly. */
  warning?: string
}

export function verdict(report: InstanceReport, failOn: FailOn): Verdict {
  const what = `${report.job.name ?? report.job.id} instance ${report.instanceId}`
  const status = report.instance?.status
  const shown = status ? `${status.value}${status.desc ? ` (${status.desc})` : ''}` : 'unknown'
  switch (report.end) {
    case 'submitted':
    case 'running':
      return { failed: false }
    case 'error':
      // Not the job's outcome but ours: we no longer know how it ends.
      return {
        failed: true,
        reason: `Lost track of ${what} (${report.error?.message}); last status ${shown}. The job goes on in Alma.`
      }
    case 'cancelled':
      // Cancellation always fails: the step did not see the job end.
      return { failed: true, reason: `Stopped waiting for ${what} (cancelled); last status ${shown}. The job goes on in Alma.` }
    case 'timeout': {
      const timedOut = `Timed out waiting for ${what}; last status ${shown}. The job goes on in Alma.`
      return failOn === 'never' ? { failed: false, warning: timedOut } : { failed: true, reason: timedOut }
    }
    case 'finished':
      break
  }
  switch (report.outcome) {
    case 'failure':
      return failOn === 'never'
        ? { failed: false, warning: `Alma job ${what} ended ${shown}.` }
        : { failed: true, reason: `Alma job ${what} ended ${shown}.` }
    case 'needs-person': {
      const needsPerson = `Alma job ${what} needs a person in Alma: ${shown}.`
      return failOn === 'never' ? { failed: false, warning: needsPerson } : { failed: true, reason: needsPerson }
    }
    case 'warning':
      // §4: completed with warnings, or with no bulks (nothing processed): worth a look either way.
      return failOn === 'warning'
        ? { failed: true, reason: `Alma job ${what} ended ${shown}, and fail-on is "warning".` }
        : { failed: false, warning: `Alma job ${what} ended ${shown}.` }
    default:
      return { failed: false }
  }
}
