// Whether a run's or status's end fails the step, under the user's `fail-on` choice.
import type { FailOn } from '../settings.js'
import type { InstanceReport, Verdict } from './types.js'

export function verdict(report: InstanceReport, failOn: FailOn): Verdict {
  const what = `${report.job.name ?? report.job.id} instance ${report.instanceId}`
  const status = report.instance?.status
  const shown = status ? `${status.value}${status.desc ? ` (${status.desc})` : ''}` : 'unknown'
  /** A failure, unless fail-on is never: then the same sentence is a warning. */
  const failure = (reason: string): Verdict =>
    failOn === 'never' ? { failed: false, warning: reason } : { failed: true, reason }
  switch (report.end) {
    case 'submitted':
    case 'running':
      return { failed: false }
    case 'error':
      // Not the job's outcome but ours: we no longer know how it ends.
      return {
        failed: true,
        reason: `Lost track of ${what} (${report.error?.message ?? 'no answer'}); last status ${shown}. The job goes on in Alma.`
      }
    case 'cancelled':
      // Cancellation always fails: the step did not see the job end.
      return { failed: true, reason: `Stopped waiting for ${what} (cancelled); last status ${shown}. The job goes on in Alma.` }
    case 'timeout':
      return failure(`Timed out waiting for ${what}; last status ${shown}. The job goes on in Alma.`)
    case 'finished':
      break
  }
  switch (report.outcome) {
    case 'failure':
      return failure(`Alma job ${what} ended ${shown}.`)
    case 'needs-person':
      return failure(`Alma job ${what} needs a person in Alma: ${shown}.`)
    case 'warning':
      // §4: completed with warnings, or with no bulks (nothing processed): worth a look either way.
      return failOn === 'warning'
        ? { failed: true, reason: `Alma job ${what} ended ${shown}; warnings fail this step, as asked.` }
        : { failed: false, warning: `Alma job ${what} ended ${shown}.` }
    default:
      return { failed: false }
  }
}
