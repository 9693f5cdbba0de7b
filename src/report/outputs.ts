// The action's outputs, one home for their names and values. The CLI's `--format json`
// prints the same record, so scripts and workflows read the same data.
import type { Job, JobInstance } from '../alma/types.js'
import type { InstanceReport, InstancesResult, ListResult } from '../commands/index.js'
import { instanceDurationMs } from './format.js'

export const OUTPUT_NAMES = [
  'instance-id',
  'job-id',
  'job-name',
  'status',
  'status-description',
  'progress',
  'counters',
  'alerts',
  'submit-time',
  'start-time',
  'end-time',
  'duration-seconds',
  'instance-url',
  'jobs',
  'instances',
  'cache-hit'
] as const
export type OutputName = (typeof OUTPUT_NAMES)[number]
export type Outputs = Partial<Record<OutputName, string>>

export interface JobSummary {
  id: string
  name: string
  description?: string
  type?: string
  category?: string
}

export interface InstanceSummary {
  id: string
  status: string
  statusDescription?: string
  progress?: number
  submitTime?: string
  startTime?: string
  endTime?: string
  durationSeconds?: number
  submittedBy?: string
}

export function instanceOutputs(report: InstanceReport): Outputs {
  const instance = report.instance
  const outputs: Outputs = {
    'instance-id': report.instanceId,
    'job-id': report.job.id,
    'job-name': report.job.name ?? '',
    'instance-url': report.instanceUrl,
    'cache-hit': String(report.cacheHit)
  }
  if (!instance) return outputs
  const duration = durationSeconds(instance)
  return {
    ...outputs,
    status: instance.status.value,
    'status-description': instance.status.desc ?? '',
    progress: instance.progress === undefined ? '' : String(instance.progress),
    counters: JSON.stringify(
      instance.counters.map((counter) => ({
        type: counter.type.value,
        description: counter.type.desc ?? '',
        value: counter.value
      }))
    ),
    alerts: JSON.stringify(instance.alerts.map((alert) => ({ code: alert.value, description: alert.desc ?? '' }))),
    'submit-time': instance.submitTime ?? '',
    'start-time': instance.startTime ?? '',
    'end-time': instance.endTime ?? '',
    'duration-seconds': duration === undefined ? '' : String(duration)
  }
}

export function listOutputs(result: ListResult): Outputs {
  return { jobs: JSON.stringify(result.jobs.map(jobSummary)), 'cache-hit': String(result.cacheHit) }
}

export function instancesOutputs(result: InstancesResult): Outputs {
  return {
    'job-id': result.job.id,
    'job-name': result.job.name ?? '',
    instances: JSON.stringify(result.instances.map(instanceSummary)),
    'cache-hit': String(result.cacheHit)
  }
}

export function jobSummary(job: Job): JobSummary {
  return { id: job.id, name: job.name, description: job.description, type: job.type?.value, category: job.category?.value }
}

export function instanceSummary(instance: JobInstance): InstanceSummary {
  return {
    id: instance.id,
    status: instance.status.value,
    statusDescription: instance.status.desc,
    progress: instance.progress,
    submitTime: instance.submitTime,
    startTime: instance.startTime,
    endTime: instance.endTime,
    durationSeconds: durationSeconds(instance),
    submittedBy: instance.submittedBy?.desc ?? instance.submittedBy?.value
  }
}

/** Run time in Alma in whole seconds, as the summary shows it; undefined until the end is known. */
export function durationSeconds(instance: JobInstance): number | undefined {
  if (!instance.endTime) return undefined
  const ms = instanceDurationMs(instance)
  return ms === undefined ? undefined : Math.round(ms / 1000)
}
