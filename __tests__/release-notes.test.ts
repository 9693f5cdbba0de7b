// The release workflow takes the notes of a release from CHANGELOG.md with
// scripts/release-notes.ts: the section of the tag's version, exactly, or a refusal.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, test } from 'vitest'
import { releaseNotes, versionOfTag } from '../scripts/release-notes.js'

const CHANGELOG = `# Changelog

Intro text.

## [Unreleased]

### Added

- Something not yet released.

## [1.10.0] - 2027-03-01

### Fixed

- The tenth minor.

## [1.2.3] - 2026-12-01

### Added

- A feature.
- Another, with a [link](https://example.org).

### Fixed

- A bug.

## 1.2.2

- An old one, without brackets.

## [1.2.1] - 2026-11-01

### Added

[Unreleased]: https://github.com/almajob/almajob/compare/v1.2.3...HEAD
[1.2.3]: https://github.com/almajob/almajob/releases/tag/v1.2.3
`

describe('versionOfTag', () => {
  test('takes v<major>.<minor>.<patch>', () => {
    expect(versionOfTag('v1.2.3')).toBe('1.2.3')
    expect(versionOfTag('v10.0.12')).toBe('10.0.12')
  })

  test.each(['1.2.3', 'v1', 'v1.2', 'v1.2.3-rc.1', 'v1.2.3.4', 'refs/tags/v1.2.3', ' v1.2.3'])('refuses %j', (tag) => {
    expect(() => versionOfTag(tag)).toThrow(/not a release tag: expected v<major>\.<minor>\.<patch>/)
  })
})

describe('releaseNotes', () => {
  test("is the version's section, between its heading and the next one", () => {
    expect(releaseNotes(CHANGELOG, '1.2.3')).toBe(
      ['### Added', '', '- A feature.', '- Another, with a [link](https://example.org).', '', '### Fixed', '', '- A bug.'].join(
        '\n'
      )
    )
  })

  test('does not confuse 1.2.3 with a version that starts the same, or Unreleased', () => {
    expect(releaseNotes(CHANGELOG, '1.10.0')).toBe('### Fixed\n\n- The tenth minor.')
    expect(() => releaseNotes(CHANGELOG, '1.1.0')).toThrow('no section "## [1.1.0] - YYYY-MM-DD"')
    expect(() => releaseNotes(CHANGELOG, '1.2')).toThrow(/no section/)
  })

  test('a `## ` line in a code fence and a reference link of its own stay in the section', () => {
    const changelog = [
      '## [1.3.0] - 2027-01-01',
      '',
      '- The relay, see [its docs][relay].',
      '',
      '```sh',
      '## not a heading: a shell comment',
      'almajob relay --port 8080',
      '```',
      '',
      '[relay]: https://example.org/relay',
      '',
      '## [1.2.9] - 2026-12-01',
      '',
      '- Older.',
      '',
      '[1.3.0]: https://example.org/compare/v1.2.9...v1.3.0',
      '[Unreleased]: https://example.org/compare/v1.3.0...HEAD'
    ].join('\n')
    const notes = releaseNotes(changelog, '1.3.0')
    expect(notes).toContain('## not a heading: a shell comment')
    expect(notes).toContain('almajob relay --port 8080\n```')
    expect(notes.endsWith('[relay]: https://example.org/relay')).toBe(true)
    expect(releaseNotes(changelog, '1.2.9')).toBe('- Older.')
  })

  test('a section that leaves a code fence open is refused, not cut', () => {
    const changelog = '## [1.3.0] - 2027-01-01\n\n- One.\n\n```sh\nalmajob list\n\n## [1.2.9]\n\n- Older.\n'
    expect(() => releaseNotes(changelog, '1.3.0')).toThrow('leaves a code fence open')
  })

  test('reads a heading without brackets and stops before the link definitions', () => {
    expect(releaseNotes(CHANGELOG, '1.2.2')).toBe('- An old one, without brackets.')
    const last = `## [2.0.0] - 2028-01-01\n\n- Breaking.\n\n[2.0.0]: https://example.org\n`
    expect(releaseNotes(last, '2.0.0')).toBe('- Breaking.')
  })

  test('refuses a section with only headings in it', () => {
    expect(() => releaseNotes(CHANGELOG, '1.2.1')).toThrow("CHANGELOG.md's section for 1.2.1 is empty")
  })

  test('reads a file with Windows line endings the same', () => {
    expect(releaseNotes(CHANGELOG.replace(/\n/g, '\r\n'), '1.2.3')).toBe(releaseNotes(CHANGELOG, '1.2.3'))
  })

  test("the project's own CHANGELOG.md has an Unreleased section and headings the script reads", () => {
    const changelog = readFileSync('CHANGELOG.md', 'utf8')
    expect(changelog).toMatch(/^## \[Unreleased\]$/m)
    for (const [, version] of changelog.matchAll(/^## \[(\d+\.\d+\.\d+)\]/gm)) {
      expect(changelog, `the heading of ${version} carries a date`).toMatch(
        new RegExp(`^## \\[${version}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm')
      )
      expect(releaseNotes(changelog, version!).length).toBeGreaterThan(0)
    }
  })
})

describe('the script, as the release workflow runs it (plain Node 24)', () => {
  const script = resolve('scripts/release-notes.ts')
  const project = (version: string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'almajob-release-'))
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'almajob', version }))
    writeFileSync(join(dir, 'CHANGELOG.md'), CHANGELOG)
    return dir
  }
  const run = (cwd: string, args: string[]) =>
    spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8', timeout: 20_000 })

  test('prints the notes of the tag', () => {
    const out = execFileSync(process.execPath, [script, 'v1.2.3'], { cwd: project('1.2.3'), encoding: 'utf8' })
    expect(out).toBe(`${releaseNotes(CHANGELOG, '1.2.3')}\n`)
  })

  test.each([
    ['a tag of another version than package.json', '1.2.2', ['v1.2.3'], 'package.json says version 1.2.2, the tag v1.2.3'],
    ['a pre-release tag', '1.2.3', ['v1.2.3-rc.1'], 'tag "v1.2.3-rc.1" is not a release tag'],
    ['a version with no section', '1.3.0', ['v1.3.0'], 'CHANGELOG.md has no section "## [1.3.0]'],
    ['no tag', '1.2.3', [], 'usage: node scripts/release-notes.ts v1.2.3']
  ])('refuses %s with one line and exit 2', (_what, version, args, message) => {
    const result = run(project(version), args)
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringContaining(message)])
    expect(result.stderr.startsWith('release-notes: ')).toBe(true)
  })
})
