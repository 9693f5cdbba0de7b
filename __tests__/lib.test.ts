// The client as a library: `import { … } from 'almajob'` gives the built bundle (dist/lib) and
// its declarations (dist/lib/types), as package.json "exports" names them. Tests the built
// files, not src/, so a stale or broken `npm run bundle` fails here.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startSimulator, WELL_KNOWN_JOBS, WELL_KNOWN_NAMES, type Simulator } from '../sim/index.js'
import { codeBlocks } from './support/markdown.js'

type Library = typeof import('../src/lib.js')

const PACKAGE = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string
  types: string
  exports: { '.': { types: string; import: string } }
}
const LIB_BUNDLE = resolve(PACKAGE.exports['.'].import)
const LIB_TYPES = resolve(PACKAGE.exports['.'].types)

let lib: Library
let sim: Simulator

beforeAll(async () => {
  lib = (await import(pathToFileURL(LIB_BUNDLE).href)) as Library
  sim = await startSimulator({
    jobCount: 40,
    timeline: { queuedMs: 100, initializingMs: 100, runningMs: 400, end: 'COMPLETED_SUCCESS' }
  })
})
afterAll(async () => {
  await sim?.close()
})

async function node(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const code = await new Promise<number | null>((done) => child.on('close', done))
  return { code, stdout, stderr }
}

describe('package.json', () => {
  test('exports "." point at the built bundle and declarations, which exist', () => {
    expect(PACKAGE.exports['.']).toEqual({ types: './dist/lib/types/lib.d.ts', import: './dist/lib/index.js' })
    expect(PACKAGE.types).toBe(PACKAGE.exports['.'].types)
    expect(existsSync(LIB_BUNDLE)).toBe(true)
    expect(existsSync(LIB_TYPES)).toBe(true)
  })

  test("Node resolves 'almajob' by name to the bundle (package self-reference)", async () => {
    const script = "import('almajob').then((m) => console.log(Object.keys(m).sort().join(',')))"
    const result = await node(['--input-type=module', '-e', script])
    expect(result.stderr).toBe('')
    expect(result.stdout.trim().split(',')).toEqual(
      expect.arrayContaining(['AlmaClient', 'AlmaError', 'ConfigError', 'classifyStatus', 'resolveBaseUrl', 'waitForInstance'])
    )
  })
})

describe('the built library against the simulator', () => {
  test('list, run by id with parameters, wait, read the instance', async () => {
    const client = new lib.AlmaClient({ apiKey: sim.keys.sandbox, baseUrl: lib.resolveBaseUrl({ baseUrl: sim.url }) })
    try {
      const jobs = await client.listJobs()
      expect(jobs.length).toBe(sim.jobs.length)
      const job = jobs.find((candidate) => candidate.name === WELL_KNOWN_NAMES.exportPhysicalItems)
      expect(job?.id).toBe(WELL_KNOWN_JOBS.exportPhysicalItems)

      const run = await client.runJob(job!.id, lib.parseParameters('set_id: 7777000000001234'))
      expect(run.instanceId).toMatch(/^\d+$/)
      const result = await lib.waitForInstance(client, job!.id, run.instanceId, {
        timeoutMs: 20_000,
        pollIntervalMs: 100,
        maxPollIntervalMs: 200
      })
      expect(result.end).toBe('finished')
      expect(result.instance?.status.value).toBe('COMPLETED_SUCCESS')
      expect(lib.classifyStatus(result.instance!.status.value)).toEqual({ outcome: 'success', terminal: true, known: true })
      expect(sim.instances(job!.id).at(-1)?.parameters).toEqual([{ name: 'set_id', value: '7777000000001234' }])
    } finally {
      client.close()
    }
  })

  test('Alma errors are AlmaError with the code; bad input is ConfigError', async () => {
    const client = new lib.AlmaClient({ apiKey: sim.keys.sandbox, baseUrl: sim.url })
    try {
      const error = await client.runJob('M999999', []).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(lib.AlmaError)
      expect(error).toMatchObject({ code: '402216', kind: 'alma' })
    } finally {
      client.close()
    }
    expect(() => lib.resolveBaseUrl({ region: 'xx' })).toThrow(lib.ConfigError)
    expect(lib.resolveBaseUrl({ region: 'eu' })).toBe('https://api-eu.hosted.exlibrisgroup.com/almaws/v1')
  })
})

describe('declarations', () => {
  test("a consumer project, and the README's library example, type-check against dist/lib/types", async () => {
    // __fixtures__/lib-consumer: strict, no skipLibCheck; its @ts-expect-error lines fail if types turn to any.
    const readme = readFileSync('README.md', 'utf8')
    const library = readme.slice(readme.indexOf('\n## Library\n'))
    const example = codeBlocks('README.md', library).find((block) => block.lang === 'ts')
    expect(example?.text).toContain("from 'almajob'")
    const exampleFile = '__fixtures__/lib-consumer/readme-example.ts'
    writeFileSync(
      exampleFile,
      `// Written by __tests__/lib.test.ts from README.md; not committed.\n${example!.text}\nexport {}\n`
    )
    try {
      const tsc = resolve('node_modules/typescript/bin/tsc6')
      const result = await node([tsc, '-p', '__fixtures__/lib-consumer/tsconfig.json'])
      expect(result.stdout + result.stderr).toBe('')
      expect(result.code).toBe(0)
    } finally {
      rmSync(exampleFile, { force: true })
    }
  }, 60_000)

  test('the declarations stand alone: no imports outside dist/lib/types', () => {
    const files = [
      'lib.d.ts',
      'alma/wait.d.ts',
      'alma/parameters.d.ts',
      'alma/index.d.ts',
      'alma/client.d.ts',
      'alma/http.d.ts',
      'alma/types.d.ts'
    ]
    for (const file of files) {
      const text = readFileSync(resolve('dist/lib/types', file), 'utf8')
      for (const [, specifier] of text.matchAll(/from '([^']+)'/g)) expect(specifier, file).toMatch(/^\.\.?\//)
    }
  })
})
