// Writes the third-party notices for dist/. ncc's --license covers only the main chunk, but
// the action also ships the lazily loaded @actions/cache chunk, so this lists every package the
// bundles take in: the packages src/ imports, and everything they depend on in
// package-lock.json, with their licence texts. They are all devDependencies (the bundles carry
// them, so an install needs none), hence the walk. Sorted, so rebuilds match.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

interface LockedPackage {
  version?: string
  license?: string
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
}

const [outputPath = 'dist/licenses.txt'] = process.argv.slice(2)
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockedPackage> }

/** `@actions/http-client` from `@actions/http-client/lib/interfaces`; undefined for node: and relative paths. */
function packageName(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('node:')) return undefined
  return specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/')
}

/** Bare specifiers of import/export statements and dynamic imports in src/ (comments do not start a line with import). */
function importedPackages(dir: string): string[] {
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => {
      const text = readFileSync(join(dir, file), 'utf8')
      const statements = [...text.matchAll(/^\s*(?:import|export)\b[^'";]*?\bfrom\s*'([^']+)'/gm)]
      const dynamic = [...text.matchAll(/\bimport\('([^']+)'\)/g)]
      return [...statements, ...dynamic].map((match) => packageName(match[1]!))
    })
  return [...new Set(names.filter((name): name is string => name !== undefined))]
}

/** Where Node would find `name` from the package at `from`: its own node_modules, then each one above. */
function resolveLocked(from: string, name: string): string {
  for (let base = from; ; base = base.slice(0, Math.max(base.lastIndexOf('/node_modules/'), 0))) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`
    if (candidate in lock.packages) return candidate
    if (!base) throw new Error(`${name} (needed by ${from || 'src/'}) is not in package-lock.json`)
  }
}

const bundled = new Set<string>()
const pending = importedPackages('src').map((name) => resolveLocked('', name))
for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
  if (bundled.has(path)) continue
  bundled.add(path)
  const info = lock.packages[path]!
  for (const name of Object.keys({ ...info.dependencies, ...info.optionalDependencies })) pending.push(resolveLocked(path, name))
}

const notices = [...bundled]
  .map((path) => ({
    name: path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length),
    path,
    info: lock.packages[path]!
  }))
  .sort((a, b) => a.name.localeCompare(b.name) || a.path.localeCompare(b.path))
  .map(({ name, path, info }) => {
    const texts = readdirSync(path)
      .filter((file) => /^(licen[cs]e|copying|notice)/i.test(file))
      .sort()
      .map((file) => readFileSync(join(path, file), 'utf8').trim())
    return [
      `${name}@${info.version ?? '?'}`,
      info.license ?? 'see the licence text',
      texts.join('\n\n') || '(no licence file in the package)'
    ].join('\n')
  })

writeFileSync(outputPath, `${notices.join('\n\n')}\n`)
console.log(`${outputPath}: notices for ${notices.length} packages`)
