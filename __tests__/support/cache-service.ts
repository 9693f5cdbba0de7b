// A small fake of GitHub's cache service v2 on 127.0.0.1, enough for the real @actions/cache
// to save and restore against it (runner.md §5): three Twirp RPCs, Azure-style
// blob uploads to a signed URL, and plain GET downloads.
import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.CacheService/'

export type CacheRpc = 'CreateCacheEntry' | 'FinalizeCacheEntryUpload' | 'GetCacheEntryDownloadURL'

export interface FakeCacheEntry {
  id: number
  key: string
  version: string
  /** Creation order; "newest" in prefix matching means the highest. */
  sequence: number
  finalized: boolean
  /** The uploaded archive (tar + zstd/gzip). */
  blob?: Buffer
  blocks: Map<string, Buffer>
}

export interface CacheServiceFaults {
  /** Non-zero: every RPC answers this HTTP status (500/502/503/504 are retried by the library, 429 is not). */
  rpcStatus: number
  /** Sent as Retry-After with rpcStatus 429. */
  retryAfterSeconds?: number
  /** Non-zero: every upload PUT answers this status. */
  uploadStatus: number
  /** Non-zero: every download GET answers this status. */
  downloadStatus: number
}

export interface FakeCacheService {
  /** For ACTIONS_RESULTS_URL (with the trailing slash). */
  url: string
  entries: FakeCacheEntry[]
  /** Requests seen, failed ones included. */
  counts: Record<CacheRpc | 'upload' | 'download', number>
  faults: CacheServiceFaults
  /** The Authorization headers seen on RPCs. */
  authorizations: string[]
  close(): Promise<void>
}

export async function startCacheService(): Promise<FakeCacheService> {
  const entries: FakeCacheEntry[] = []
  const counts = { CreateCacheEntry: 0, FinalizeCacheEntryUpload: 0, GetCacheEntryDownloadURL: 0, upload: 0, download: 0 }
  const faults: CacheServiceFaults = { rpcStatus: 0, uploadStatus: 0, downloadStatus: 0 }
  const authorizations: string[] = []
  let sequence = 0
  let baseUrl = ''

  const rpcs: Record<CacheRpc, (body: Record<string, unknown>) => unknown> = {
    CreateCacheEntry({ key, version }) {
      if (entries.some((entry) => entry.key === key && entry.version === version)) {
        return { ok: false, message: 'cache entry with the same key, version, and scope already exists' }
      }
      const id = entries.length + 1
      entries.push({ id, key: String(key), version: String(version), sequence: ++sequence, finalized: false, blocks: new Map() })
      // IP-style Azure URL: the SDK reads account and container from the path (runner.md §5).
      return { ok: true, signed_upload_url: `${baseUrl}devstoreaccount1/cache/${id}?sig=fake-signature` }
    },
    FinalizeCacheEntryUpload({ key, version, size_bytes }) {
      const entry = entries.find((candidate) => candidate.key === key && candidate.version === version && !candidate.finalized)
      if (!entry?.blob || String(entry.blob.length) !== String(size_bytes)) {
        return { ok: false, message: `no complete upload of ${String(size_bytes)} bytes for key ${String(key)}` }
      }
      entry.finalized = true
      return { ok: true, entry_id: String(entry.id) }
    },
    GetCacheEntryDownloadURL({ key, restore_keys, version }) {
      const keys = [String(key), ...((restore_keys as string[] | undefined) ?? [])]
      const entry = keys.map((wanted) => lookup(wanted, String(version))).find((found) => found !== undefined)
      if (!entry) return { ok: false }
      return { ok: true, signed_download_url: `${baseUrl}download/${entry.id}?sig=fake-signature`, matched_key: entry.key }
    }
  }

  /** Exact key first, then the newest entry whose key starts with it (runner.md §4). */
  function lookup(wanted: string, version: string): FakeCacheEntry | undefined {
    const usable = entries.filter((entry) => entry.finalized && entry.version === version)
    return (
      usable.find((entry) => entry.key === wanted) ??
      usable.filter((entry) => entry.key.startsWith(wanted)).sort((a, b) => b.sequence - a.sequence)[0]
    )
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', baseUrl)
    const body = await readBody(request)

    if (request.method === 'POST' && url.pathname.startsWith(TWIRP_PREFIX)) {
      const method = url.pathname.slice(TWIRP_PREFIX.length) as CacheRpc
      if (!(method in rpcs)) return sendJson(response, 404, { code: 'bad_route', msg: `no method ${method}` })
      counts[method]++
      authorizations.push(request.headers.authorization ?? '')
      if (!request.headers.authorization?.startsWith('Bearer ')) {
        return sendJson(response, 401, { code: 'unauthenticated', msg: 'missing bearer token' })
      }
      if (faults.rpcStatus) {
        const headers: Record<string, string> = faults.retryAfterSeconds
          ? { 'retry-after': String(faults.retryAfterSeconds) }
          : {}
        const code = faults.rpcStatus === 429 ? 'resource_exhausted' : 'internal'
        return sendJson(response, faults.rpcStatus, { code, msg: `fake cache service: ${faults.rpcStatus}` }, headers)
      }
      return sendJson(response, 200, rpcs[method](JSON.parse(body.toString('utf8') || '{}')))
    }

    const uploadMatch = /^\/devstoreaccount1\/cache\/(\d+)$/.exec(url.pathname)
    if (request.method === 'PUT' && uploadMatch) {
      counts.upload++
      const entry = entries.find((candidate) => candidate.id === Number(uploadMatch[1]) && !candidate.finalized)
      if (faults.uploadStatus || !entry) return sendAzureError(response, faults.uploadStatus || 404)
      const comp = url.searchParams.get('comp')
      if (comp === 'block') {
        entry.blocks.set(url.searchParams.get('blockid') ?? '', body)
      } else if (comp === 'blocklist') {
        // Large archives: 64 MiB blocks, then the list of ids in order (runner.md §5).
        const ids = [...body.toString('utf8').matchAll(/<Latest>([^<]*)<\/Latest>/g)].map((match) => match[1])
        entry.blob = Buffer.concat(ids.map((id) => entry.blocks.get(id) ?? Buffer.alloc(0)))
      } else if (request.headers['x-ms-blob-type'] === 'BlockBlob') {
        entry.blob = body
      } else {
        return sendAzureError(response, 400)
      }
      response.writeHead(201, {
        'x-ms-request-id': randomUUID(),
        'x-ms-version': '2024-11-04',
        etag: `"0x${entry.sequence.toString(16).toUpperCase()}"`,
        'last-modified': new Date().toUTCString(),
        'content-length': '0'
      })
      response.end()
      return
    }

    const downloadMatch = /^\/download\/(\d+)$/.exec(url.pathname)
    if (request.method === 'GET' && downloadMatch) {
      counts.download++
      const entry = entries.find((candidate) => candidate.id === Number(downloadMatch[1]) && candidate.finalized)
      if (faults.downloadStatus || !entry?.blob) return sendAzureError(response, faults.downloadStatus || 404)
      // The library compares the written file with Content-Length (runner.md §5).
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(entry.blob.length) })
      response.end(entry.blob)
      return
    }

    sendJson(response, 404, { code: 'not_found', msg: `${request.method} ${url.pathname}` })
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => sendJson(response, 500, { code: 'internal', msg: String(error) }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`

  return {
    url: baseUrl,
    entries,
    counts,
    faults,
    authorizations,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      })
  }
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body)
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers })
  response.end(text)
}

function sendAzureError(response: ServerResponse, status: number): void {
  const text = `<?xml version="1.0" encoding="utf-8"?><Error><Code>FakeFailure</Code><Message>fake cache service: ${status}</Message></Error>`
  response.writeHead(status, {
    'content-type': 'application/xml',
    'x-ms-request-id': randomUUID(),
    'x-ms-error-code': 'FakeFailure',
    'content-length': Buffer.byteLength(text)
  })
  response.end(text)
}
