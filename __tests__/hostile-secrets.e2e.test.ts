// The API key against a hostile Alma: a server that echoes the request headers back in every
// kind of answer (promise 2), keys that cannot be sent in a header at all (promise 9), and an
// almajob.ini that points an environment key at a host that is not Ex Libris's (promise 14).
import { randomBytes } from 'node:crypto'
import { realpathSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import {
  almaErrorJson,
  assertCleanAction,
  assertCleanCli,
  listBody,
  plainJob,
  runHostileAction,
  runHostileCli,
  send,
  sendJson,
  withAlma,
  xmlEscape,
  type Exchange,
  type Seen
} from './support/hostile.js'
import { errorLines } from './support/action.js'

const hex = (chars: number): string => randomBytes(chars).toString('hex').slice(0, chars)

/**
 * What an echoing server sends back: the Authorization value over and over, then the request
 * line and all the headers. A client that cuts a long message first and redacts the key after
 * leaves a piece of one copy; with copies every 44 characters, `phase` 0 and 22 together put a
 * piece of at least 8 characters at any cut point up to about 2,000 characters.
 */
function echo(seen: Seen, phase: number): string {
  const headers = Object.entries(seen.headers)
    .map(([name, value]) => `${name}: ${Array.isArray(value) ? value.join(', ') : value}`)
    .join(' | ')
  const auth = String(seen.headers.authorization ?? '')
  return `${'.'.repeat(phase)}${`${auth} `.repeat(48)}| You sent ${seen.method} ${seen.url} | ${headers}`
}

function xmlError(code: string, message: string, trackingId: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<web_service_result xmlns="http://com/exlibris/urm/general/xmlbeans"><errorsExist>true</errorsExist><errorList>' +
    `<error><errorCode>${xmlEscape(code)}</errorCode><errorMessage>${xmlEscape(message)}</errorMessage>` +
    `<trackingId>${xmlEscape(trackingId)}</trackingId></error></errorList></web_service_result>`
  )
}

interface Variant {
  name: string
  /** Whether the client may retry it (5xx, an unreadable 200): up to 4 GETs. */
  retried: boolean
  /** The list succeeds (the echo is inside the data). */
  data?: boolean
  answer(ex: Exchange, phase: number): void
}

const VARIANTS: Variant[] = [
  {
    name: 'JSON 400',
    retried: false,
    answer: ({ seen, res }, phase) =>
      sendJson(res, 400, almaErrorJson('GENERAL_ERROR', echo(seen, phase), String(seen.headers.authorization)))
  },
  {
    name: 'JSON 500',
    retried: true,
    answer: ({ seen, res }, phase) => sendJson(res, 500, almaErrorJson(String(seen.headers.authorization), echo(seen, phase)))
  },
  {
    name: 'XML 400',
    retried: false,
    answer: ({ seen, res }, phase) =>
      send(res, 400, xmlError('GENERAL_ERROR', echo(seen, phase), String(seen.headers.authorization)), {
        'content-type': 'application/xml;charset=UTF-8'
      })
  },
  {
    name: 'XML 500',
    retried: true,
    answer: ({ seen, res }, phase) =>
      send(res, 500, xmlError(String(seen.headers.authorization), echo(seen, phase), 'E01-1'), {
        'content-type': 'application/xml;charset=UTF-8'
      })
  },
  {
    name: 'HTML 500 with a <title>',
    retried: true,
    answer: ({ seen, res }, phase) =>
      send(
        res,
        500,
        `<!DOCTYPE html><html><head><title>${xmlEscape(echo(seen, phase))}</title></head>` +
          `<body><h1>${xmlEscape(echo(seen, phase))}</h1><pre>${xmlEscape(echo(seen, phase))}</pre></body></html>`,
        { 'content-type': 'text/html; charset=utf-8' }
      )
  },
  {
    name: 'text/plain 400',
    retried: false,
    answer: ({ seen, res }, phase) => send(res, 400, `Bad request\n${echo(seen, phase)}\n`, { 'content-type': 'text/plain' })
  },
  {
    name: 'malformed JSON 200',
    retried: true,
    answer: ({ seen, res }, phase) =>
      send(
        res,
        200,
        `{"total_record_count": 1, "echo": ${JSON.stringify(echo(seen, phase))}, "headers": ${JSON.stringify(seen.headers)}, "job": [{"id": "M1`,
        {
          'content-type': 'application/json'
        }
      )
  },
  {
    name: 'malformed XML 200',
    retried: true,
    answer: ({ seen, res }, phase) =>
      send(
        res,
        200,
        `<jobs total_record_count="1"><echo auth="${xmlEscape(String(seen.headers.authorization))}">${xmlEscape(echo(seen, phase))}</echo>` +
          `<job><id>M1</id><name ${String(seen.headers.authorization)}>`,
        { 'content-type': 'application/xml' }
      )
  },
  {
    name: 'a job name in a 200 list',
    retried: false,
    data: true,
    answer: ({ seen, res, alma }, phase) =>
      sendJson(
        res,
        200,
        listBody('job', 2, [
          plainJob('M11111', String(seen.headers.authorization), alma.url, { description: echo(seen, phase) }),
          plainJob('M11112', `Export for ${String(seen.headers.authorization).slice(7)}`, alma.url)
        ])
      )
  }
]

const PHASES = [0, 22]
const CASES = VARIANTS.flatMap((variant) => PHASES.map((phase): [string, number, Variant] => [variant.name, phase, variant]))

describe.concurrent('promise 2: an Alma that echoes the Authorization header leaks no piece of the key', () => {
  test.each(CASES)('action, %s (phase %i)', async (_name, phase, variant) => {
    await withAlma({}, async (alma) => {
      alma.on('listJobs', (ex) => variant.answer(ex, phase))
      const run = await runHostileAction(alma, { cmd: 'list' })
      if (variant.data) {
        expect([0, 1]).toContain(run.exitCode)
        if (run.exitCode === 1) expect(errorLines(run)).toHaveLength(1)
      } else {
        expect(run.exitCode).toBe(1)
        expect(errorLines(run)).toHaveLength(1)
      }
      expect(alma.count('listJobs')).toBeGreaterThanOrEqual(1)
      expect(alma.count('listJobs')).toBeLessThanOrEqual(variant.retried ? 4 : 1)
      expect(alma.count()).toBe(alma.count('listJobs'))
      assertCleanAction(run, alma.key)
    })
  })

  test.each(CASES)('CLI, %s (phase %i)', async (_name, phase, variant) => {
    await withAlma({}, async (alma) => {
      alma.on('listJobs', (ex) => variant.answer(ex, phase))
      const run = await runHostileCli(alma, ['--env', 'sandbox', '--cmd', 'list'])
      if (variant.data) expect([0, 3]).toContain(run.exitCode)
      else expect(run.exitCode).toBe(3)
      expect(alma.count('listJobs')).toBeGreaterThanOrEqual(1)
      expect(alma.count('listJobs')).toBeLessThanOrEqual(variant.retried ? 4 : 1)
      assertCleanCli(run, alma.key)
    })
  })
})

describe.concurrent('promise 9: a key that cannot be sent in a header is refused before any request', () => {
  const BAD_KEYS: [string, string][] = [
    ['a newline inside', `l7xx1234\n5678${hex(24)}`],
    ['an é (Latin-1, but not a key character)', `l7xx${hex(14)}é${hex(17)}`],
    ['an emoji', `l7xx${hex(14)}😀${hex(16)}`]
  ]

  test.each(BAD_KEYS)('action, api-key with %s', async (_what, key) => {
    await withAlma({ key }, async (alma) => {
      // Refused at once when fixed; the old client retries a request it can never send for ~17 s.
      const run = await runHostileAction(alma, { cmd: 'run', job: 'M11111' }, { timeoutMs: 8000 })
      expect(run.exitCode).toBe(1)
      const errors = errorLines(run)
      expect(errors).toHaveLength(1)
      expect(errors[0]).toContain('api-key')
      expect(alma.count()).toBe(0)
      assertCleanAction(run, key)
    })
  })

  test.each(BAD_KEYS)('CLI, ALMA_API_KEY_SANDBOX with %s', async (_what, key) => {
    await withAlma({ key }, async (alma) => {
      const run = await runHostileCli(alma, ['--env', 'sandbox', '--cmd', 'run', '--job', 'M11111'], { timeoutMs: 8000 })
      expect(run.exitCode).toBe(2)
      expect(run.stderr).toContain('ALMA_API_KEY_SANDBOX')
      expect(alma.count()).toBe(0)
      assertCleanCli(run, key)
    })
  })
})

describe('promise 14: an almajob.ini that sends an environment key to a non-Ex Libris host', () => {
  test('the CLI warns, naming the ini file and ALMA_API_KEY_SANDBOX', async () => {
    await withAlma({}, async (alma) => {
      let iniPaths: string[] = []
      const run = await runHostileCli(alma, ['--env', 'sandbox', '--cmd', 'list'], {
        noBaseUrl: true,
        prepare: (sandbox) => {
          const path = join(sandbox.cwd, 'almajob.ini')
          writeFileSync(path, `base_url=${alma.url}\n`, { mode: 0o600 })
          iniPaths = [path, realpathSync(path)]
        }
      })
      expect(run.stderr).toMatch(/warning/i)
      expect(
        iniPaths.some((path) => run.stderr.includes(path)),
        `stderr names the ini file: ${run.stderr}`
      ).toBe(true)
      expect(run.stderr).toContain('ALMA_API_KEY_SANDBOX')
      // A warning, so the list may still run; a refusal sends nothing.
      if (run.exitCode === 0) expect(alma.count('listJobs')).toBe(1)
      else {
        expect(run.exitCode).toBe(2)
        expect(alma.count()).toBe(0)
      }
      expect(alma.count()).toBeLessThanOrEqual(1)
      assertCleanCli(run, alma.key)
    })
  })
})
