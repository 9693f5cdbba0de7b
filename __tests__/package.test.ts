// The npm package is the CLI, the simulator and the library, nothing else: `npm pack` ships only
// the bundles in dist/cli, dist/sim and dist/lib (with their types and licence notices) and the
// top-level documents, and the packed tarball installs with no dependency at all and gives
// working `almajob` and `almajob-sim` commands. The action is used from git (dist/index.js), not
// from npm. Needs a complete dist/ (`npm run bundle`), as CI has it.
import { execFileSync, type ExecFileSyncOptions } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeAll, describe, expect, test } from 'vitest'

interface PackageJson {
  name: string
  version: string
  private?: boolean
  bin: Record<string, string>
  types: string
  exports: Record<string, string | Record<string, string>>
  files: string[]
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}
interface PackResult {
  filename: string
  size: number
  unpackedSize: number
  entryCount: number
  files: { path: string; size: number }[]
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as PackageJson
const windows = process.platform === 'win32'

/** What may be in the tarball: the three bundles' folders and the documents npm or we add. */
const ALLOWED = /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|dist\/(cli|sim|lib)\/[\w./-]+)$/
/** What must never be: sources, tests, fixtures, bench, scripts, source maps, the action's bundle. */
const FORBIDDEN = [
  /^(src|sim|bench|scripts|docs|__tests__|__fixtures__|\.github|\.ci)\//,
  /\.map$/,
  /(?<!\.d)\.ts$/,
  /^dist\/[^/]+$/,
  /^(action\.yml|tsconfig.*\.json|vitest\.config\.ts|eslint\.config\.js|package-lock\.json)$/
]

/**
 * npm without the user's configuration: its own empty cache and npmrc (user and global), no npm_config_* from
 * the `npm test` that started us, and Node 24 (this process's) first on PATH for the bins.
 */
function npmEnv(root: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)))
  const userconfig = join(root, 'user-npmrc')
  const globalconfig = join(root, 'global-npmrc')
  for (const file of [userconfig, globalconfig]) writeFileSync(file, '')
  return {
    ...env,
    PATH: [dirname(process.execPath), process.env.PATH ?? ''].join(delimiter),
    npm_config_cache: join(root, 'cache'),
    npm_config_userconfig: userconfig,
    npm_config_globalconfig: globalconfig,
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false'
  }
}

function npm(args: string[], options: ExecFileSyncOptions): string {
  return execFileSync('npm', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], shell: windows, ...options }) as string
}

function packJson(output: string): PackResult {
  const [result] = JSON.parse(output) as PackResult[]
  return result!
}

const root = mkdtempSync(join(tmpdir(), 'almajob-package-'))
const env = npmEnv(root)
let listed: PackResult

beforeAll(() => {
  listed = packJson(npm(['pack', '--dry-run', '--json', '--ignore-scripts'], { env }))
}, 30_000)

describe('npm pack', () => {
  test('lists only the bundles and the documents', () => {
    const paths = listed.files.map((file) => file.path)
    for (const path of paths) {
      expect(path, 'allowed in the package').toMatch(ALLOWED)
      for (const pattern of FORBIDDEN) expect(path, `must not match ${pattern}`).not.toMatch(pattern)
    }
    for (const required of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']) expect(paths).toContain(required)
    for (const bundle of ['cli', 'sim', 'lib']) expect(paths).toContain(`dist/${bundle}/licenses.txt`)
  })

  test('holds every bin target and every exports and types target', () => {
    const paths = new Set(listed.files.map((file) => file.path))
    expect(Object.keys(manifest.bin).sort()).toEqual(['almajob', 'almajob-sim'])
    const targets = [
      ...Object.values(manifest.bin),
      manifest.types,
      ...Object.values(manifest.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)))
    ]
    for (const target of targets) expect(paths, target).toContain(target.replace(/^\.\//, ''))
    for (const bin of Object.values(manifest.bin)) {
      expect(readFileSync(bin, 'utf8').split('\n')[0], `${bin} starts with a shebang`).toBe('#!/usr/bin/env node')
    }
  })

  test('every file of the three bundles is in it (the files list misses none)', () => {
    const paths = new Set(listed.files.map((file) => file.path))
    for (const bundle of ['dist/cli', 'dist/sim', 'dist/lib']) {
      const files = readdirSync(bundle, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).split('\\').join('/'))
      expect(files.length, bundle).toBeGreaterThan(0)
      for (const file of files) expect(paths, file).toContain(file)
    }
  })

  test('declares no dependency: the bundles carry what they use', () => {
    expect(manifest.dependencies ?? {}).toEqual({})
    expect(manifest.optionalDependencies ?? {}).toEqual({})
    expect(manifest.peerDependencies ?? {}).toEqual({})
    // Not on the npm registry (README "Versions and releases"): people install from a git tag.
    expect(manifest.private).toBe(true)
  })
})

describe('the packed tarball, installed globally', () => {
  const prefix = join(root, 'prefix')
  const binDir = windows ? prefix : join(prefix, 'bin')
  const modulesDir = windows ? join(prefix, 'node_modules') : join(prefix, 'lib', 'node_modules')
  const installed = join(modulesDir, manifest.name)

  beforeAll(() => {
    const packed = packJson(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', root], { env }))
    // --offline: nothing may be fetched, so any dependency would fail the install.
    npm(['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', join(root, packed.filename)], {
      env
    })
  }, 60_000)

  test('installs the one package and nothing besides it', () => {
    expect(readdirSync(modulesDir)).toEqual([manifest.name])
    expect(existsSync(join(installed, 'node_modules'))).toBe(false)
  })

  const bin = (name: string): string => join(binDir, windows ? `${name}.cmd` : name)
  const help = (name: string): string =>
    execFileSync(bin(name), ['--help'], { encoding: 'utf8', env, cwd: root, shell: windows, timeout: 20_000 })

  test('`almajob --help` works', () => {
    const text = help('almajob')
    expect(text).toContain(`almajob ${manifest.version}`)
    expect(text).toContain('--cmd')
  })

  test('`almajob-sim --help` works', () => {
    const text = help('almajob-sim')
    expect(text).toContain('--port')
    expect(text).toContain('--key')
  })

  test('the library loads from the installed package', async () => {
    const target = (manifest.exports['.'] as Record<string, string>).import!
    const library = (await import(pathToFileURL(resolve(installed, target)).href)) as Record<string, unknown>
    expect(typeof library.AlmaClient).toBe('function')
    expect(typeof library.parseParameters).toBe('function')
  })
})
