// Whether a run's or status's end fails the step, under the user's `fail-on` and
// `fail-on-counter` choices. Alma decides on the status; counters can still say records failed.
import { counterValue, failureCounters } from '../alma/statuses.js'
import type { Counter } from '../alma/types.js'
import type { CounterPattern, JudgeSettings } from '../settings.js'
import type { InstanceReport, Verdict } from './types.js'

export function verdict(report: InstanceReport, judge: JudgeSettings): Verdict {
  const { failOn } = judge
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
  const counters = report.instance?.counters ?? []
  switch (report.outcome) {
    case 'failure':
      return failure(`Alma job ${what} ended ${shown}.`)
    case 'needs-person':
      return failure(`Alma job ${what} needs a person in Alma: ${shown}.`)
    case 'warning':
    case 'success': {
      const matched = matchingCounters(counters, judge.failOnCounter)
      if (matched.length) {
        return failure(`Alma job ${what} ended ${shown}, but ${listCounters(matched)}, which fails this step, as asked.`)
      }
      // §4: completed with warnings, or with no bulks (nothing processed): worth a look either way.
      if (report.outcome === 'warning' && failOn === 'warning') {
        return { failed: true, reason: `Alma job ${what} ended ${shown}; warnings fail this step, as asked.` }
      }
      const suspicious = failureCounters(counters)
      const notes = [
        ...(report.outcome === 'warning' ? [`Alma job ${what} ended ${shown}.`] : []),
        ...(suspicious.length ? [`Alma job ${what} ended ${shown}, yet ${listCounters(suspicious)}.`] : [])
      ]
      return notes.length ? { failed: false, warning: notes.join(' ') } : { failed: false }
    }
    default:
      return { failed: false }
  }
}

/** Counters above 0 whose code or description matches a pattern. */
export function matchingCounters(counters: readonly Counter[], patterns: readonly CounterPattern[]): Counter[] {
  if (patterns.length === 0) return []
  return counters.filter(
    (counter) =>
      counterValue(counter) > 0 &&
      patterns.some((pattern) => pattern.regex.test(counter.type.value) || pattern.regex.test(counter.type.desc ?? ''))
  )
}

/** 'counter "Files failed to upload" (file_failed_to_upload) is 1, and …'. */
export function listCounters(counters: readonly Counter[]): string {
  return counters
    .map((counter) => {
      const label = counter.type.desc ? `"${counter.type.desc}" (${counter.type.value})` : counter.type.value
      return `counter ${label} is ${counter.value}`
    })
    .join(', ')
}
