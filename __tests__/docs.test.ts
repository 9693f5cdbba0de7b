// The documentation cannot drift from the code: the README's inputs and outputs tables are
// action.yml's, action.yml is src/config.ts's and src/outputs.ts's, and every CLI flag, status
// code, exit code and relative link the docs mention exists.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { describe, expect, test } from 'vitest'
import { parse } from 'yaml'
import {
  DEFAULT_LIST_CONCURRENCY,
  DEFAULT_REQUESTS_PER_SECOND,
  REGIONS,
  resolveBaseUrl,
  STATUS_DESCRIPTIONS
} from '../src/alma/index.js'
import { ExitCode } from '../src/cli/constants.js'
import { OPTIONS } from '../src/cli/options.js'
import { RELAY_FLAGS } from '../src/cli/relay.js'
import { Inputs } from '../src/inputs.js'
import { Defaults } from '../src/settings.js'
import { OUTPUT_NAMES } from '../src/report/outputs.js'
import { FAIL_ON } from '../src/settings.js'
import { anchors, codeBlocks, codeSpan, markdownFiles, prose, relativeLinks, tableAfter } from './support/markdown.js'

interface ActionInput {
  description: string
  required?: boolean
  default?: string
}
interface ActionYml {
  name: string
  description: string
  author: string
  branding: { icon: string; color: string }
  inputs: Record<string, ActionInput>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYml
const readme = readFileSync('README.md', 'utf8')

describe('README', () => {
  test('opens with the two fresh-machine commands', () => {
    expect(readme.split('\n').slice(0, 6)).toEqual([
      '# almajob: run Ex Libris Alma jobs from GitHub Actions and the command line',
      '',
      '```sh',
      'npm ci && npm run demo   # runs the bundled action end to end against the bundled Alma simulator',
      'npm ci && npm test       # the tests (unit and end-to-end, on Node 24)',
      '```'
    ])
  })

  test('the inputs table is action.yml: names in order, required, defaults', () => {
    const rows = tableAfter(readme, '### Inputs')
    const documented = rows.map(([name, required, fallback, description]) => ({
      name: codeSpan(name!) ?? `not a code span: ${name}`,
      required: required,
      default: fallback === '' ? undefined : (codeSpan(fallback!) ?? `not a code span: ${fallback}`),
      described: (description ?? '').length > 10
    }))
    const expected = Object.entries(action.inputs).map(([name, input]) => ({
      name,
      required: input.required ? 'yes' : 'no',
      default: input.default,
      described: true
    }))
    expect(documented).toEqual(expected)
  })

  test('the outputs table is action.yml: names in order, each described', () => {
    const rows = tableAfter(readme, '### Outputs')
    expect(rows.map(([name]) => codeSpan(name!) ?? name)).toEqual(Object.keys(action.outputs))
    for (const [name, description] of rows) expect((description ?? '').length, name).toBeGreaterThan(10)
  })

  test('the end-status table covers every status code and every fail-on value', () => {
    const section = readme.slice(readme.indexOf('### End statuses and fail-on'), readme.indexOf('### Timeouts'))
    for (const code of Object.keys(STATUS_DESCRIPTIONS)) expect(section, code).toContain(`\`${code}\``)
    const header = section.split('\n').find((line) => line.startsWith('| Alma status'))!
    for (const failOn of FAIL_ON) expect(header, failOn).toContain(`\`${failOn}\``)
  })

  test("the region table is the client's: every region and its host", () => {
    const rows = tableAfter(readme, '#### Regions')
    expect(rows.map(([region]) => codeSpan(region!))).toEqual([...REGIONS])
    for (const [region, , host] of rows) {
      expect(resolveBaseUrl({ region: codeSpan(region!)! })).toBe(`https://${codeSpan(host!)}/almaws/v1`)
    }
  })

  test("the exit codes are the CLI's", () => {
    const section = readme.slice(readme.indexOf('**Exit codes**'))
    for (const code of [ExitCode.Success, ExitCode.JobFailed, ExitCode.Usage, ExitCode.AlmaError, ExitCode.Interrupted]) {
      expect(section).toContain(`\`${code}\``)
    }
  })

  test("the client's pace and page concurrency are the ones the docs give", () => {
    expect(readme).toContain(`at most ${DEFAULT_REQUESTS_PER_SECOND} calls a second`)
    const howItWorks = readFileSync('docs/how-it-works.md', 'utf8')
    expect(howItWorks).toContain(`At most ${DEFAULT_REQUESTS_PER_SECOND} requests`)
    expect(howItWorks).toContain(`up to ${DEFAULT_LIST_CONCURRENCY} at once`)
  })

  test('every --flag in a code span names a CLI option', () => {
    const flags = [...prose(readme).matchAll(/`--([a-z][a-z-]*)/g)].map((match) => match[1]!)
    expect(flags.length).toBeGreaterThan(5)
    for (const flag of flags) expect([...optionNames, ...RELAY_FLAGS], `--${flag}`).toContain(flag)
  })
})

const optionNames = OPTIONS.map((option) => option.name)

describe('every Markdown file', () => {
  test.each(markdownFiles())('%s: almajob command lines use only real flags', (file) => {
    for (const block of codeBlocks(file).filter((candidate) => candidate.lang === 'sh')) {
      const commands = block.text.replace(/\\\n/g, ' ').split('\n')
      for (const command of commands) {
        const cli = /(?:^|\s)(?:almajob|node dist\/cli\/index\.js)\s(.*)$/.exec(command.replace(/\s#.*$/, ''))
        if (!cli) continue
        // `almajob relay` has flags of its own (src/cli/relay.ts).
        const known: readonly string[] = /^relay(?:\s|$)/.test(cli[1]!) ? RELAY_FLAGS : optionNames
        for (const match of cli[1]!.matchAll(/(?:^|\s)--([a-z][a-z_-]*)/g)) {
          expect(known, `${file}:${block.line}: --${match[1]}`).toContain(match[1]!.replace(/_/g, '-'))
        }
      }
    }
  })

  test.each(markdownFiles())('%s: relative links lead to files and headings that exist', (file) => {
    const markdown = readFileSync(file, 'utf8')
    for (const { target, anchor } of relativeLinks(markdown)) {
      const path = target === '' ? file : normalize(join(dirname(file), target))
      expect(existsSync(path), `${file} links to ${target}`).toBe(true)
      if (anchor && path.endsWith('.md')) {
        expect(anchors(readFileSync(path, 'utf8')), `${file} links to ${target}#${anchor}`).toContain(anchor)
      }
    }
  })
})

describe('action.yml', () => {
  test('names, describes and brands the action, and runs the committed bundle on node24', () => {
    expect(action.name).toBeTruthy()
    expect(action.description.length).toBeLessThanOrEqual(125) // the Marketplace's limit
    expect(action.author).toBeTruthy()
    expect(action.branding).toEqual({ icon: expect.any(String), color: expect.any(String) })
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(existsSync(action.runs.main)).toBe(true)
    for (const [name, item] of [...Object.entries(action.inputs), ...Object.entries(action.outputs)]) {
      expect(item.description, name).toMatch(/\S{3}/)
    }
  })

  test('its inputs are the ones src/config.ts reads, and only cmd is required', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Inputs).sort())
    const required = Object.entries(action.inputs)
      .filter(([, input]) => input.required)
      .map(([name]) => name)
    expect(required).toEqual([Inputs.command])
  })

  test('its defaults are the ones src/config.ts falls back to', () => {
    const defaults = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default]))
    expect(defaults).toMatchObject({
      [Inputs.env]: Defaults.env,
      [Inputs.region]: Defaults.region,
      [Inputs.timeout]: Defaults.timeout,
      [Inputs.pollInterval]: Defaults.pollInterval,
      [Inputs.maxPollInterval]: Defaults.maxPollInterval,
      [Inputs.failOn]: Defaults.failOn,
      [Inputs.cacheTtl]: Defaults.cacheTtl,
      [Inputs.quotaWarnBelow]: String(Defaults.quotaWarnBelow),
      [Inputs.wait]: 'false',
      [Inputs.cache]: 'true',
      [Inputs.forceRefresh]: 'false'
    })
    // The runner passes defaults as strings; a YAML boolean or number here would be a different default.
    for (const [name, value] of Object.entries(defaults)) if (value !== undefined) expect(typeof value, name).toBe('string')
  })

  test('its outputs are the ones src/outputs.ts sets', () => {
    expect(Object.keys(action.outputs)).toEqual([...OUTPUT_NAMES])
  })
})

describe('.env.example (npm run local-action)', () => {
  const example = readFileSync('.env.example', 'utf8')
  /** Every INPUT_ line, commented out or not: NAME (as local-action reads it) and value. */
  const inputs = [...example.matchAll(/^#?\s*INPUT_([A-Z0-9_-]+)=(.*)$/gm)].map(([, name, value]) => ({
    name: name!.toLowerCase(),
    value: value!
  }))
  const active = Object.fromEntries(
    [...example.matchAll(/^INPUT_([A-Z0-9_-]+)=(.*)$/gm)].map(([, name, value]) => [name!.toLowerCase(), value!])
  )

  test('names only inputs action.yml has, cmd first, in capitals with the hyphens kept', () => {
    expect(inputs.length).toBeGreaterThan(3)
    for (const { name } of inputs) expect(Object.keys(action.inputs), `INPUT_${name.toUpperCase()}`).toContain(name)
    expect(inputs[0]!.name).toBe(Inputs.command)
    expect(example).not.toMatch(/^#?\s*INPUT_[A-Z0-9_]*[a-z]/m)
  })

  test('points base-url at the simulator started with the key it uses, which is not a secret', () => {
    const sim = /npm run sim -- (.*)$/m.exec(example)
    expect(sim, 'the comment says how to start the simulator').not.toBeNull()
    const port = /--port (\d+)/.exec(sim![1]!)?.[1] ?? '8787'
    const key = /--key (\S+)/.exec(sim![1]!)?.[1]
    expect(active[Inputs.apiKey]).toBe(key)
    expect(active[Inputs.baseUrl]).toBe(`http://127.0.0.1:${port}/almaws/v1`)
    expect(resolveBaseUrl({ baseUrl: active[Inputs.baseUrl]! })).toBe(active[Inputs.baseUrl])
    expect(readFileSync('.gitignore', 'utf8').split('\n')).toContain('.env')
  })

  test('npm run local-action runs a pinned @github/local-action on src/main.ts, which exports run', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts
    expect(scripts['local-action']).toMatch(/^npx --yes @github\/local-action@\d+\.\d+\.\d+ run \. src\/main\.ts \.env$/)
    expect(readFileSync('src/main.ts', 'utf8')).toMatch(/^export async function run\(\)/m)
  })
})

describe('README: before you start, and the release state', () => {
  test('"Before you start" follows the opening commands, before the Quick start, and covers the setup', () => {
    const before = readme.indexOf('\n## Before you start\n')
    expect(before).toBeGreaterThan(readme.indexOf('npm ci && npm test'))
    expect(before).toBeLessThan(readme.indexOf('\n## Quick start'))
    const section = readme.slice(before, readme.indexOf('\n## Quick start'))
    for (const needed of ['**git**', 'git clone https://github.com/almajob/almajob.git', 'npm ci', 'Node 24', '`node`'])
      expect(section, needed).toContain(needed)
  })

  test('says v1 is not released exactly while CHANGELOG.md has no released version', () => {
    const released = /^## \[\d+\.\d+\.\d+\]/m.test(readFileSync('CHANGELOG.md', 'utf8'))
    const section = readme.slice(readme.indexOf('## Versions and releases'))
    expect(section.includes('**v1 is not released yet.**')).toBe(!released)
    expect(section).toContain('not published on the npm registry')
  })
})
