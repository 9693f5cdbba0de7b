// The notes of a GitHub release: the section of CHANGELOG.md for the tag's version.
//   node scripts/release-notes.ts v1.2.3 [CHANGELOG.md]   (the notes go to stdout)
// Run by the release workflow on plain Node 24 (types are stripped, so no imports of .ts files
// and no syntax that needs compiling). Refuses, with one line and exit 2, a tag that is not
// vX.Y.Z, a package.json of another version, and a version with no section or an empty one.
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

/** `v1.2.3` → `1.2.3`; a pre-release or any other spelling is refused. */
export function versionOfTag(tag: string): string {
  const match = /^v(\d+\.\d+\.\d+)$/.exec(tag)
  if (!match) throw new Error(`tag "${tag}" is not a release tag: expected v<major>.<minor>.<patch>, e.g. v1.2.3`)
  return match[1]!
}

/** A heading of a version's section: `## [1.2.3] - 2026-12-01`, `## [1.2.3]` or `## 1.2.3`. */
function headingVersion(line: string): string | undefined {
  return /^## \[?(\d+\.\d+\.\d+)\]?(?:\s|$)/.exec(line)?.[1]
}

/** A line that opens or closes a fenced code block: ``` or ~~~, indented at most 3 spaces. */
function fenceOf(line: string): string | undefined {
  return /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
}

/**
 * The body of `version`'s section, without its heading, the version links at the bottom of the
 * file (`[1.2.3]: https://…`) and blank lines at either end. The section ends at the next
 * `## ` heading outside a code fence; a `## ` line or a `[x]: …` line inside the section (a shell
 * comment in a fence, a reference link) is part of it.
 */
export function releaseNotes(changelog: string, version: string): string {
  const lines = changelog.replace(/\r\n/g, '\n').split('\n')
  const start = lines.findIndex((line) => headingVersion(line) === version)
  if (start === -1) throw new Error(`CHANGELOG.md has no section "## [${version}] - YYYY-MM-DD"`)
  const section: string[] = []
  let fence: string | undefined
  for (const line of lines.slice(start + 1)) {
    const marker = fenceOf(line)
    if (fence === undefined && /^## /.test(line)) break
    if (marker !== undefined) {
      if (fence === undefined) fence = marker
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined
    }
    section.push(line)
  }
  if (fence !== undefined) throw new Error(`CHANGELOG.md's section for ${version} leaves a code fence open`)
  // The file's version links (`[1.2.3]: …compare…`, `[Unreleased]: …`) follow its last section:
  // drop those at the end; a reference link the section itself defines stays.
  let end = section.length
  while (end > 0 && (section[end - 1]!.trim() === '' || /^\[(?:\d+\.\d+\.\d+|unreleased)\]:\s/i.test(section[end - 1]!))) end--
  const body = section.slice(0, end).join('\n').trim()
  if (!/\S/.test(body.replace(/^#+\s.*$/gm, ''))) throw new Error(`CHANGELOG.md's section for ${version} is empty`)
  return body
}

function main(argv: string[]): number {
  const [tag, changelogPath = 'CHANGELOG.md'] = argv
  try {
    if (!tag) throw new Error('usage: node scripts/release-notes.ts v1.2.3 [CHANGELOG.md]')
    const version = versionOfTag(tag)
    const packageVersion = (JSON.parse(readFileSync('package.json', 'utf8')) as { version?: string }).version
    if (packageVersion !== version) {
      throw new Error(`package.json says version ${String(packageVersion)}, the tag ${tag}: run npm version ${version} first`)
    }
    process.stdout.write(`${releaseNotes(readFileSync(changelogPath, 'utf8'), version)}\n`)
    return 0
  } catch (error) {
    process.stderr.write(`release-notes: ${error instanceof Error ? error.message : String(error)}\n`)
    return 2
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2))
