// What the README's library section shows, type-checked against the published declarations
// by __tests__/lib.test.ts. The @ts-expect-error lines fail the check if the types go loose.
import {
  AlmaClient,
  AlmaError,
  classifyStatus,
  parseParameters,
  resolveBaseUrl,
  waitForInstance,
  type Job,
  type JobInstance,
  type RunResult,
  type StatusOutcome
} from 'almajob'

export async function nightlyExport(apiKey: string): Promise<StatusOutcome | undefined> {
  const client = new AlmaClient({ apiKey, baseUrl: resolveBaseUrl({ region: 'eu' }) })
  try {
    const jobs: Job[] = await client.listJobs({ type: 'MANUAL' })
    const job = jobs.find((candidate) => candidate.name === 'Export Physical Items')
    if (!job) return undefined
    const run: RunResult = await client.runJob(job.id, parseParameters('set_id: 7777000000001234'))
    const result = await waitForInstance(client, job.id, run.instanceId, {
      timeoutMs: 2 * 60 * 60 * 1000,
      pollIntervalMs: 5000,
      maxPollIntervalMs: 60_000,
      onChange: (instance: JobInstance) => void instance.status.value
    })
    if (result.end !== 'finished' || !result.instance) return undefined
    const counters: string[] = result.instance.counters.map((counter) => `${counter.type.desc}: ${counter.value}`)
    void counters
    return classifyStatus(result.instance.status.value).outcome
  } catch (error) {
    if (error instanceof AlmaError && error.code === '402216') return undefined
    throw error
  } finally {
    client.close()
  }
}

export function looseTypesFail(instance: JobInstance, run: RunResult): void {
  // @ts-expect-error instance ids are strings: they exceed 2^53
  const id: number = instance.id
  // @ts-expect-error the client needs a key
  new AlmaClient({ baseUrl: 'https://api-na.hosted.exlibrisgroup.com/almaws/v1' })
  // @ts-expect-error a status is a code value, not a string
  const status: string = instance.status
  // @ts-expect-error no such job type
  void new AlmaClient({ apiKey: 'k', baseUrl: 'b' }).listJobs({ type: 'DAILY' })
  void id
  void status
  void run.reconciled
}
