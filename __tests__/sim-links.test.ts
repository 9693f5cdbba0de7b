// The simulator's links over plain HTTP: keyless whatever way the key came, and on the scheme,
// host and port the client called, behind a proxy too (alma-api.md §7.13, §7.15).
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startSimulator, WELL_KNOWN_JOBS as K, type Simulator, type Timeline } from '../sim/index.js'

let sim: Simulator
const INSTANT: Timeline = { queuedMs: 0, initializingMs: 0, runningMs: 0, end: 'COMPLETED_SUCCESS' }

beforeAll(async () => {
  sim = await startSimulator({ jobCount: 40, timeline: INSTANT, faults: { throttle: false } })
})
afterAll(async () => {
  await sim?.close()
})

interface Answer {
  status: number
  headers: IncomingHttpHeaders
  text: string
}

/** A plain node:http request, so a test can set any Host header (fetch may not). */
function send(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') })
      )
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(opts.body)
  })
}

/** Every link in a body, JSON or XML: `link` keys and `link="…"` attributes. */
function linksIn(text: string): string[] {
  return [...text.matchAll(/"link"\s*:\s*"([^"]*)"|\blink="([^"]*)"/g)].map((m) => (m[1] ?? m[2])!.replace(/&amp;/g, '&'))
}

const json = (a: Answer) => JSON.parse(a.text) as Record<string, unknown> & { additional_info: { link: string } }

describe('?apikey= never reaches a link', () => {
  test.each(['application/json', 'application/xml'])('%s: job list, job, run, instance list and instance', async (accept) => {
    const key = `?apikey=${encodeURIComponent(sim.apiKey)}`
    const ran = await send(`${sim.url}/conf/jobs/${K.exportThingsAndStuff}${key}&op=run`, {
      method: 'POST',
      headers: { Accept: accept, 'Content-Type': 'application/json' },
      body: '{}'
    })
    expect(ran.status).toBe(200)
    const instanceId = /instances\/(\d{16})/.exec(ran.text)![1]!
    const answers = [
      ran,
      await send(`${sim.url}/conf/jobs${key}&limit=100`, { headers: { Accept: accept } }),
      await send(`${sim.url}/conf/jobs/${K.publishingToPrimo}${key}`, { headers: { Accept: accept } }), // related_profile link
      await send(`${sim.url}/conf/jobs/${K.exportThingsAndStuff}/instances${key}`, { headers: { Accept: accept } }),
      await send(`${sim.url}/conf/jobs/${K.exportThingsAndStuff}/instances/${instanceId}${key}`, { headers: { Accept: accept } })
    ]
    const links = answers.flatMap((answer) => {
      expect(answer.status).toBe(200)
      expect(answer.text).not.toContain(sim.apiKey)
      return linksIn(answer.text)
    })
    expect(links.length).toBeGreaterThan(sim.jobs.length)
    for (const link of links) {
      expect(link.startsWith(`${sim.url}/`), link).toBe(true)
      expect(new URL(link).search, link).toBe('')
    }
    expect(links).toContain(`${sim.url}/conf/integration-profiles/6100230670000561`)
    expect(links).toContain(`${sim.url}/conf/jobs/${K.exportThingsAndStuff}/instances/${instanceId}`)
  })
})

describe('links name the host that was called', () => {
  const jobLink = async (headers: Record<string, string>) => {
    const answer = await send(`${sim.url}/conf/jobs/${K.exportThingsAndStuff}`, {
      headers: { Authorization: `apikey ${sim.apiKey}`, Accept: 'application/json', ...headers }
    })
    expect(answer.status).toBe(200)
    return json(answer).link as string
  }

  test('the Host header, with its port', async () => {
    expect(await jobLink({ Host: 'alma.test:8443' })).toBe(`http://alma.test:8443/almaws/v1/conf/jobs/${K.exportThingsAndStuff}`)
    expect(await jobLink({ Host: 'LOCALHOST' })).toBe(`http://localhost/almaws/v1/conf/jobs/${K.exportThingsAndStuff}`)
    expect(await jobLink({ Host: '[::1]:9000' })).toBe(`http://[::1]:9000/almaws/v1/conf/jobs/${K.exportThingsAndStuff}`)
  })

  test('X-Forwarded-Host, -Proto and -Port', async () => {
    const base = 'https://api-eu.proxy.example/almaws/v1'
    expect(await jobLink({ 'X-Forwarded-Host': 'api-eu.proxy.example', 'X-Forwarded-Proto': 'https' })).toBe(
      `${base}/conf/jobs/${K.exportThingsAndStuff}`
    )
    // Several proxies: the first (the client's side) counts.
    expect(await jobLink({ 'X-Forwarded-Host': 'api-eu.proxy.example, inner.example', 'X-Forwarded-Proto': 'https, http' })).toBe(
      `${base}/conf/jobs/${K.exportThingsAndStuff}`
    )
    expect(await jobLink({ 'X-Forwarded-Host': 'edge.example', 'X-Forwarded-Port': '8443', 'X-Forwarded-Proto': 'https' })).toBe(
      `https://edge.example:8443/almaws/v1/conf/jobs/${K.exportThingsAndStuff}`
    )
    expect(await jobLink({ 'X-Forwarded-Host': 'edge.example', 'X-Forwarded-Port': '443', 'X-Forwarded-Proto': 'https' })).toBe(
      `https://edge.example/almaws/v1/conf/jobs/${K.exportThingsAndStuff}`
    )
    // Only the scheme forwarded: the Host header still names the host.
    expect(await jobLink({ Host: 'alma.test', 'X-Forwarded-Proto': 'HTTPS' })).toBe(
      `https://alma.test/almaws/v1/conf/jobs/${K.exportThingsAndStuff}`
    )
  })

  test('RFC 7239 Forwarded: host and proto, quoted or not; it wins over X-Forwarded-*', async () => {
    expect(await jobLink({ Forwarded: 'for=192.0.2.60;proto=https;host="proxy.example:9443"' })).toBe(
      `https://proxy.example:9443/almaws/v1/conf/jobs/${K.exportThingsAndStuff}`
    )
    expect(
      await jobLink({
        Forwarded: 'for=192.0.2.60;host=first.example;proto=https, for=198.51.100.17;host=second.example',
        'X-Forwarded-Host': 'other.example'
      })
    ).toBe(`https://first.example/almaws/v1/conf/jobs/${K.exportThingsAndStuff}`)
  })

  test('a malformed host or scheme is not copied into links: the next source, else the listen address', async () => {
    const listen = `${sim.url}/conf/jobs/${K.exportThingsAndStuff}`
    for (const host of ['evil.example/x?apikey=1', 'a b', 'evil.example"><x', 'user@evil.example', 'evil.example:99999x']) {
      expect(await jobLink({ Host: host }), host).toBe(listen)
    }
    expect(await jobLink({ 'X-Forwarded-Host': 'bad host', Host: 'alma.test' })).toBe(
      `http://alma.test/almaws/v1/conf/jobs/${K.exportThingsAndStuff}`
    )
    expect(await jobLink({ Host: 'alma.test', 'X-Forwarded-Proto': 'javascript' })).toBe(
      `http://alma.test/almaws/v1/conf/jobs/${K.exportThingsAndStuff}`
    )
  })

  test('sim.url stays the listen address', () => {
    expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/almaws\/v1$/)
  })
})

describe('through a loopback proxy', () => {
  /** Forwards everything to the simulator; `rewrite` decides the Host header and adds what it likes. */
  async function startProxy(rewrite: (headers: IncomingHttpHeaders, proxyHost: string) => IncomingHttpHeaders) {
    const upstream = new URL(sim.url)
    const seen: string[] = []
    const server: Server = createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`)
      const forward = request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: rewrite(req.headers, req.headers.host ?? '')
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(res)
        }
      )
      forward.on('error', () => res.writeHead(502).end())
      req.pipe(forward)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    return {
      url: `http://127.0.0.1:${port}/almaws/v1`,
      seen,
      close: () => new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }

  test.each([
    ['passes the Host it was called with', (headers: IncomingHttpHeaders) => headers],
    [
      'rewrites Host to the upstream and sends X-Forwarded-Host',
      (headers: IncomingHttpHeaders, proxyHost: string) => ({
        ...headers,
        host: new URL(sim.url).host,
        'x-forwarded-host': proxyHost,
        'x-forwarded-proto': 'http'
      })
    ],
    [
      'rewrites Host to the upstream and sends Forwarded',
      (headers: IncomingHttpHeaders, proxyHost: string) => ({
        ...headers,
        host: new URL(sim.url).host,
        forwarded: `for=127.0.0.1;host="${proxyHost}";proto=http`
      })
    ]
  ])('a proxy that %s: links point at the proxy, and following them works', async (_name, rewrite) => {
    const proxy = await startProxy(rewrite)
    try {
      const headers = { Authorization: `apikey ${sim.apiKey}`, Accept: 'application/json' }
      const ran = await fetch(`${proxy.url}/conf/jobs/${K.exportThingsAndStuff}?op=run`, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: '{}'
      })
      expect(ran.status).toBe(200)
      const link = ((await ran.json()) as { additional_info: { link: string } }).additional_info.link
      expect(link).toMatch(
        new RegExp(`^${proxy.url.replace(/[.]/g, '\\.')}/conf/jobs/${K.exportThingsAndStuff}/instances/\\d{16}$`)
      )
      // A client that polls by following the run answer's link lands on the proxy again.
      const instance = (await (await fetch(link, { headers })).json()) as { link: string; job_info: { link: string } }
      expect(instance.link).toBe(link)
      expect(instance.job_info.link).toBe(`${proxy.url}/conf/jobs/${K.exportThingsAndStuff}`)
      expect(proxy.seen).toHaveLength(2)
      expect(proxy.seen[1]).toBe(`GET ${new URL(link).pathname}`)
      // Called directly, the same instance names the simulator.
      const direct = (await (await fetch(link.replace(proxy.url, sim.url), { headers })).json()) as { link: string }
      expect(direct.link).toBe(link.replace(proxy.url, sim.url))
    } finally {
      await proxy.close()
    }
  })
})
