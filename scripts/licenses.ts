// Writes the third-party notices for dist/. ncc's --license covers only the main chunk, but
// the action also ships the lazily loaded @actions/cache chunk, so this lists every
// production dependency in package-lock.json with its licence text. Sorted, so rebuilds match.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

interface LockedPackage {
  version?: string
  license?: string
  dev?: boolean
  devOptional?: boolean
}

const [outputPath = 'dist/licenses.txt'] = process.argv.slice(2)
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockedPackage> }

const notices = Object.entries(lock.packages)
  .filter(([path, info]) => path.startsWith('node_modules/') && !info.dev && !info.devOptional)
  .map(([path, info]) => ({ name: path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length), path, info }))
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
