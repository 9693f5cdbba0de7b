// The relay on node:http for those who host it themselves (behind an HTTPS proxy: Alma calls
// only HTTPS URLs, alma-api.md §10). Each request becomes a Fetch Request, read to a bound.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { ConfigError } from '../alma/errors.js'
import { createWebhookRelay, RELAY_MAX_BODY_BYTES, type WebhookRelayOptions } from './relay.js'

/** How long a request may take to arrive whole: Alma sends a few KB and gives up after 5 s (§10). */
const REQUEST_TIMEOUT_MS = 10_000
const HEADERS_TIMEOUT_MS = 5_000
/** How often the two timeouts above are checked; Node's default of 30 s would let a slow sender hold on. */
const TIMEOUT_CHECK_MS = 1_000
/**
 * Connections open at once; one more is closed unanswered. Alma sends one POST per job that ends
 * and counts a try without an answer as failed, to retry later (§10), so this only stops a flood
 * of slow connections from holding the process's memory and sockets.
 */
export const RELAY_MAX_CONNECTIONS = 64
const FETCH_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])

export interface ServeRelayOptions extends WebhookRelayOptions {
  /** 0 picks a free port. */
  port: number
  /** The address to listen on; default 127.0.0.1 (the HTTPS proxy's side). */
  host?: string
}

export interface RelayServer {
  /** e.g. http://127.0.0.1:8080 */
  url: string
  port: number
  close(): Promise<void>
}

export async function serveRelay(options: ServeRelayOptions): Promise<RelayServer> {
  const { port, host = '127.0.0.1', ...relayOptions } = options
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new ConfigError('relay port must be a whole number from 0 to 65535')
  if (typeof host !== 'string' || !/^[A-Za-z0-9.:-]{1,253}$/.test(host))
    throw new ConfigError('relay host must be an IP address or host name')
  const relay = createWebhookRelay(relayOptions)
  let origin = ''

  const server = createServer({ connectionsCheckingInterval: TIMEOUT_CHECK_MS }, (req, res) => {
    handle(req, res).catch(() => {
      if (res.headersSent) return void res.destroy()
      res
        .writeHead(500, { 'Content-Type': 'application/json', Connection: 'close' })
        .end('{"result":"failed","reason":"relay error"}')
    })
  })
  server.requestTimeout = REQUEST_TIMEOUT_MS
  server.headersTimeout = HEADERS_TIMEOUT_MS
  server.maxConnections = RELAY_MAX_CONNECTIONS

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET'
    // A Fetch Request cannot hold CONNECT or TRACE; the relay would refuse them anyway.
    if (!FETCH_METHODS.has(method)) {
      res.writeHead(405, { 'Content-Type': 'application/json', Allow: 'GET, POST', Connection: 'close' })
      return void res.end('{"result":"refused","reason":"only GET (the challenge) and POST (events) are answered"}')
    }
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue
      for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one)
    }
    // The path and query as sent, on our own origin: the Host header is the caller's text.
    const url = new URL(req.url ?? '/', origin)
    const { body, whole } = method === 'GET' || method === 'HEAD' ? { body: undefined, whole: true } : await readBounded(req)
    const answer = await relay(new Request(url, { method, headers, body }))
    const text = await answer.text()
    const out: Record<string, string> = Object.fromEntries(answer.headers)
    // A body left unread must not be taken for the next request on this connection.
    if (!whole) out.connection = 'close'
    res.writeHead(answer.status, out).end(text, () => {
      if (!whole) req.socket.destroy()
    })
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('the relay did not bind a TCP port')
  origin = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`
  return {
    url: origin,
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}

/**
 * The request body, at most one byte past the relay's cap (enough for it to answer 413); the
 * rest is not read. `whole` tells whether the body ended within that.
 */
function readBounded(req: IncomingMessage): Promise<{ body: Uint8Array; whole: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      chunks.push(chunk)
      size += chunk.length
      if (size <= RELAY_MAX_BODY_BYTES) return
      req.off('data', onData).off('end', onEnd).off('error', reject).pause()
      resolve({ body: Buffer.concat(chunks).subarray(0, RELAY_MAX_BODY_BYTES + 1), whole: false })
    }
    const onEnd = () => resolve({ body: Buffer.concat(chunks), whole: true })
    req.on('data', onData).once('end', onEnd).once('error', reject)
  })
}
