// Exact numbers in parameters on every Node, and a clear refusal of a Node older than the one
// the CLI and the library are built for. The parsing is checked here on Node 24 and, built
// with esbuild, on an older Node too; the bundles are run on that older Node to see them refuse.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { beforeAll, describe, expect, test } from 'vitest'
import { parseJsonKeepingNumbers } from '../src/alma/json-numbers.js'
import { parseParameters } from '../src/alma/parameters.js'
import { MIN_NODE_MAJOR, nodeVersionProblem } from '../src/node-version.js'
import { CLI_BUNDLE } from './support/cli.js'

const LIB_BUNDLE = resolve(process.env.ALMAJOB_LIB_BUNDLE ?? 'dist/lib/index.js')
const ID = '9563643080000561'

/**
 * A Node older than MIN_NODE_MAJOR: ALMAJOB_OLD_NODE, else the system's (Debian's /usr/bin/node,
 * or /usr/local/bin/node on GitHub's Ubuntu runners, whose PATH setup-node changes).
 */
function findOldNode(): { path: string; version: string } | string {
  const candidates = [process.env.ALMAJOB_OLD_NODE, '/usr/bin/node', '/usr/local/bin/node'].filter(Boolean) as string[]
  for (const path of candidates) {
    if (!existsSync(path)) continue
    const version = spawnSync(path, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim()
    if (Number.parseInt(version, 10) < MIN_NODE_MAJOR) return { path, version }
  }
  return `no Node older than ${MIN_NODE_MAJOR} among ${candidates.join(', ')}; set ALMAJOB_OLD_NODE to one`
}

describe('numbers in JSON stay exact', () => {
  test('every number, at any depth, comes back as its text', () => {
    expect(
      parseJsonKeepingNumbers(`{"a": ${ID}, "b": [1, -2.50, 1e400, {"c": 0}], "d": "9563643080000561x", "e": true}`)
    ).toEqual({
      a: ID,
      b: ['1', '-2.50', '1e400', { c: '0' }],
      d: '9563643080000561x',
      e: true
    })
  })

  test('strings are left alone, escapes and all', () => {
    const text = String.raw`{"a\"1": "x \" 12 \\", "b": "\u0031 2", "n": [3]}`
    expect(parseJsonKeepingNumbers(text)).toEqual({ 'a"1': 'x " 12 \\', b: '1 2', n: ['3'] })
  })

  test('bad JSON fails as JSON.parse does, at the position in the text as given', () => {
    for (const bad of ['{"a": 01}', '{"a": 1,}', '{"a": -}', '[1 2]', '{"a": .5}']) {
      let expected: unknown
      try {
        JSON.parse(bad)
      } catch (error) {
        expected = (error as Error).message
      }
      expect(() => parseJsonKeepingNumbers(bad)).toThrow(expected as string)
    }
  })

  test('parseParameters keeps ids exact in every shape it takes', () => {
    const want = [{ name: 'set_id', value: ID }]
    expect(parseParameters(`{"set_id": ${ID}}`)).toEqual(want)
    expect(parseParameters(`[{"name": "set_id", "value": ${ID}}]`)).toEqual(want)
    expect(parseParameters(`{"parameter": [{"name": {"value": "set_id"}, "value": ${ID}}]}`)).toEqual(want)
    expect(parseParameters(`{"parameter": {"name": {"value": "set_id"}, "value": ${ID}}}`)).toEqual(want)
    expect(parseParameters(`set_id: ${ID}`)).toEqual(want)
    expect(parseParameters(`---\nset_id: ${ID} # the set`)).toEqual(want)
    expect(
      parseParameters(`<job><parameters><parameter><name>set_id</name><value>${ID}</value></parameter></parameters></job>`)
    ).toEqual(want)
    expect(parseParameters('{"ratio": 1.10, "big": 1E+3}')).toEqual([
      { name: 'ratio', value: '1.10' },
      { name: 'big', value: '1E+3' }
    ])
  })
})

describe('Node version', () => {
  test('the floor is the one package.json engines names', () => {
    const engines = (JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }).engines.node
    expect(engines).toBe(`>=${MIN_NODE_MAJOR}`)
  })

  test('older majors are refused in one line, newer ones pass', () => {
    expect(nodeVersionProblem('20.20.2')).toBe(`almajob: needs Node ${MIN_NODE_MAJOR} or newer; this is Node 20.20.2`)
    expect(nodeVersionProblem('23.11.0')).toMatch(/needs Node 24 or newer/)
    expect(nodeVersionProblem('24.0.0')).toBeUndefined()
    expect(nodeVersionProblem('26.1.0')).toBeUndefined()
    expect(nodeVersionProblem()).toBeUndefined()
  })
})

describe('on an older Node', () => {
  let old: { path: string; version: string }
  beforeAll(() => {
    const found = findOldNode()
    if (typeof found === 'string') throw new Error(found)
    old = found
  })

  test('parseParameters, built on its own, keeps the id exact there too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'almajob-old-node-'))
    const entry = join(dir, 'entry.ts')
    writeFileSync(
      entry,
      `import { parseParameters } from ${JSON.stringify(resolve('src/alma/parameters.ts'))}\n` +
        `console.log(JSON.stringify([parseParameters('{"set_id": ${ID}}'), parseParameters('[{"name": "n", "value": ${ID}}]')]))\n`
    )
    const outfile = join(dir, 'parse.mjs')
    await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      logLevel: 'silent'
    })
    const run = spawnSync(old.path, [outfile], { encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout)).toEqual([[{ name: 'set_id', value: ID }], [{ name: 'n', value: ID }]])
  })

  test('the CLI refuses it: one line on stderr, exit 2, before anything else', () => {
    for (const argv of [['--help'], ['list'], ['--cmd', 'run', '--job', 'M1']]) {
      const run = spawnSync(old.path, [CLI_BUNDLE, ...argv], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } })
      expect(run.status).toBe(2)
      expect(run.stdout).toBe('')
      expect(run.stderr).toBe(`almajob: needs Node ${MIN_NODE_MAJOR} or newer; this is Node ${old.version}\n`)
    }
  })

  test('the library throws one clear Error at import', () => {
    const script = `import(${JSON.stringify(LIB_BUNDLE)}).then(() => console.log('loaded'), (error) => console.log(error.constructor.name + ': ' + error.message))`
    const run = spawnSync(old.path, ['--input-type=module', '-e', script], { encoding: 'utf8' })
    expect(run.stdout.trim()).toBe(`Error: almajob: needs Node ${MIN_NODE_MAJOR} or newer; this is Node ${old.version}`)
  })
})
