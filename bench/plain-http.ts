// The baselines' HTTP: what a peer script does, one plain request at a time over a keep-alive
// connection, JSON only, no retries. Lean on purpose, so a baseline is never slow for want of
// a good HTTP client.
import { Agent, request } from 'node:http'

export interface PlainAnswer {
  status: number
  body: Record<string, unknown>
}

export class PlainAlma {
  private readonly agent = new Agent({ keepAlive: true })

  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string
  ) {}

  get(path: string): Promise<PlainAnswer> {
    return this.send('GET', path)
  }

  post(path: string, body: string): Promise<PlainAnswer> {
    return this.send('POST', path, body)
  }

  close(): void {
    this.agent.destroy()
  }

  private send(method: string, path: string, body?: string): Promise<PlainAnswer> {
    const headers: Record<string, string> = { authorization: `apikey ${this.apiKey}`, accept: 'application/json' }
    if (body !== undefined) headers['content-type'] = 'application/json'
    return new Promise((resolve, reject) => {
      const req = request(`${this.baseUrl}${path}`, { method, headers, agent: this.agent }, (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (text += chunk))
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} })
          } catch (error) {
            reject(error)
          }
        })
        res.on('error', reject)
      })
      req.on('error', reject)
      req.end(body)
    })
  }
}

/** The job list, 100 a page, one page after another (alma-api.md §7.7), as peer scripts page it. */
export async function listJobsSequentially(alma: PlainAlma, onFirstPage?: () => void): Promise<unknown[]> {
  const jobs: unknown[] = []
  for (let offset = 0; ; offset += 100) {
    const page = await alma.get(`/conf/jobs?limit=100&offset=${offset}`)
    if (page.status !== 200) throw new Error(`job list page at ${offset}: HTTP ${page.status}`)
    if (offset === 0) onFirstPage?.()
    const items = (page.body.job ?? []) as unknown[]
    jobs.push(...items)
    const total = Number(page.body.total_record_count)
    if (items.length === 0 || jobs.length >= total) return jobs
  }
}

/** status.value of an instance. */
export async function instanceStatus(alma: PlainAlma, jobId: string, instanceId: string): Promise<string> {
  const answer = await alma.get(`/conf/jobs/${jobId}/instances/${instanceId}`)
  if (answer.status !== 200) throw new Error(`instance ${instanceId}: HTTP ${answer.status}`)
  const status = (answer.body.status as { value?: string } | undefined)?.value
  if (!status) throw new Error(`instance ${instanceId}: no status.value in the answer`)
  return status
}
