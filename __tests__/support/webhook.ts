// Loopback helpers for the webhook tests: a recording HTTP receiver (a webhook endpoint, or a
// fake GitHub), a run started on the simulator, and a bounded wait for something to happen.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import type { Simulator, Timeline } from '../../sim/index.js'

export interface Received {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: string
}

export interface Receiver {
  url: string
  received: Received[]
  close(): Promise<void>
}

/**
 * A server on 127.0.0.1 that records every request and answers as `answer` says: a status
 * and body, or 'hang' to never answer.
 */
export async function startReceiver(
  answer: (request: Received, index: number) => { status: number; body?: string } | 'hang'
): Promise<Receiver> {
  const received: Received[] = []
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const request = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8')
      }
      received.push(request)
      const reply = answer(request, received.length - 1)
      if (reply === 'hang') return
      res.writeHead(reply.status, { 'Content-Type': 'application/json' }).end(reply.body ?? '')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('no port')
  return {
    url: `http://127.0.0.1:${address.port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}

/** Answers Alma's challenge (§10) as a well-behaved receiver does, and `post` for the rest. */
export function challengeThen(post: (request: Received, index: number) => { status: number; body?: string } | 'hang') {
  return (request: Received, index: number) => {
    if (request.method === 'GET') {
      const challenge = new URL(request.url, 'http://x').searchParams.get('challenge')
      return { status: 200, body: JSON.stringify({ challenge }) }
    }
    return post(request, index)
  }
}

/** A run that ends about `ms` after it is submitted. */
export const quickTimeline = (end: Timeline['end'] = 'COMPLETED_SUCCESS', ms = 60): Timeline => ({
  queuedMs: ms / 3,
  initializingMs: ms / 3,
  runningMs: ms / 3,
  end
})

/** Starts `jobId` on the simulator through its API, as the action does; returns the instance id. */
export async function startRun(sim: Simulator, jobId: string): Promise<string> {
  const answer = await fetch(`${sim.url}/conf/jobs/${jobId}?op=run&format=json`, {
    method: 'POST',
    headers: { Authorization: `apikey ${sim.apiKey}`, 'Content-Type': 'application/json' },
    body: '{}'
  })
  const job = (await answer.json()) as { additional_info?: { link?: string } }
  const id = /instances\/(\d+)/.exec(job.additional_info?.link ?? '')?.[1]
  if (answer.status !== 200 || id === undefined) throw new Error(`run of ${jobId} answered ${answer.status}`)
  return id
}

/** The instance as the simulator's GET answers it in JSON. */
export async function getInstanceJson(sim: Simulator, jobId: string, instanceId: string, format = 'json'): Promise<string> {
  const answer = await fetch(`${sim.url}/conf/jobs/${jobId}/instances/${instanceId}?format=${format}`, {
    headers: { Authorization: `apikey ${sim.apiKey}` }
  })
  return answer.text()
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
