// Every YAML example in the docs and every workflow file parses, has a workflow's shape, and uses
// this action only as action.yml allows: known inputs with valid values, `cmd` given, outputs that
// exist. Our own workflows pin third-party actions to a commit SHA.
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { isMap, isScalar, isSeq, parse, parseDocument, visit } from 'yaml'
import { JOB_TYPES, resolveBaseUrl } from '../src/alma/index.js'
import { Inputs } from '../src/inputs.js'
import { parseParameters } from '../src/alma/parameters.js'
import { COMMANDS, ENVIRONMENTS, FAIL_ON, parseBoolean, parseChoice, parseDate, parseDuration } from '../src/settings.js'
import { codeBlocks, markdownFiles } from './support/markdown.js'

interface ActionYml {
  inputs: Record<string, { required?: boolean }>
  outputs: Record<string, unknown>
}
const action = parse(readFileSync('action.yml', 'utf8')) as ActionYml
const inputNames = Object.keys(action.inputs)
const outputNames = Object.keys(action.outputs)

/** This action, as the docs publish it or as a workflow in this repository runs it. */
const THIS_ACTION = /^(\.\/?|almajob\/almajob@[\w.-]+)$/
const EXPRESSION = /\$\{\{[\s\S]*?\}\}/

interface YamlSource {
  /** file, or file:line for a block inside Markdown */
  where: string
  text: string
  /** A published example (README, docs) rather than a workflow of this repository. */
  example: boolean
}

const WORKFLOW_DIR = '.github/workflows'
const workflowFiles = existsSync(WORKFLOW_DIR)
  ? readdirSync(WORKFLOW_DIR)
      .filter((file) => /\.ya?ml$/.test(file))
      .sort()
      .map((file) => join(WORKFLOW_DIR, file))
  : []

const sources: YamlSource[] = [
  ...markdownFiles().flatMap((file) =>
    codeBlocks(file)
      .filter((block) => block.lang === 'yaml' || block.lang === 'yml')
      .map((block) => ({ where: `${block.file}:${block.line}`, text: block.text, example: true }))
  ),
  ...workflowFiles.map((file) => ({ where: file, text: readFileSync(file, 'utf8'), example: false })),
  { where: '.github/dependabot.yml', text: readFileSync('.github/dependabot.yml', 'utf8'), example: false }
]

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Step = Record<string, Json>
type Workflow = { on?: Json; jobs?: Record<string, { steps?: Step[]; outputs?: Record<string, string> } & Record<string, Json>> }

/** Parses with the YAML 1.2 core schema (so `on:` stays a key); duplicate keys are errors too. */
function load(source: YamlSource): Json {
  const doc = parseDocument(source.text, { uniqueKeys: true, prettyErrors: true })
  expect(
    doc.errors.map((error) => error.message),
    source.where
  ).toEqual([])
  expect(
    doc.warnings.map((warning) => warning.message),
    source.where
  ).toEqual([])
  return doc.toJS() as Json
}

/** Every step of this action anywhere in the document (a workflow, or a fragment of steps). */
function actionSteps(value: Json): Step[] {
  const found: Step[] = []
  const walk = (node: Json): void => {
    if (Array.isArray(node)) node.forEach(walk)
    else if (node && typeof node === 'object') {
      if (typeof node.uses === 'string' && THIS_ACTION.test(node.uses)) found.push(node as Step)
      Object.values(node).forEach(walk)
    }
  }
  walk(value)
  return found
}

/** What the runner would pass: YAML scalars become strings (`wait: true` → 'true'). */
function withInputs(step: Step): Record<string, string> {
  const given = (step.with ?? {}) as Record<string, Json>
  return Object.fromEntries(Object.entries(given).map(([name, value]) => [name, String(value)]))
}

/** A literal value must be one the action accepts; an expression is checked at run time. */
function checkValue(name: string, value: string): void {
  if (EXPRESSION.test(value)) return
  switch (name) {
    case Inputs.command:
      parseChoice(name, value, COMMANDS)
      break
    case Inputs.env:
      parseChoice(name, value, ENVIRONMENTS)
      break
    case Inputs.failOn:
      parseChoice(name, value, FAIL_ON)
      break
    case Inputs.type:
      parseChoice(name, value, JOB_TYPES)
      break
    case Inputs.region:
      resolveBaseUrl({ region: value })
      break
    case Inputs.baseUrl:
      resolveBaseUrl({ baseUrl: value })
      break
    case Inputs.wait:
    case Inputs.cache:
    case Inputs.forceRefresh:
      parseBoolean(name, value)
      break
    case Inputs.timeout:
    case Inputs.pollInterval:
    case Inputs.maxPollInterval:
    case Inputs.cacheTtl:
      parseDuration(name, value)
      break
    case Inputs.from:
    case Inputs.to:
      parseDate(name, value)
      break
    case Inputs.parameters:
      parseParameters(value)
      break
    case Inputs.instanceId:
      if (!/^\d+$/.test(value)) throw new Error(`id: "${value}" is not an instance id`)
      break
    case Inputs.quotaWarnBelow:
      if (!/^\d+$/.test(value)) throw new Error(`quota-warn-below: "${value}" is not a whole number`)
      break
  }
}

function isWorkflow(value: Json): value is Workflow & Record<string, Json> {
  return !!value && typeof value === 'object' && !Array.isArray(value) && 'jobs' in value
}

describe.each(sources)('$where', (source) => {
  test('parses', () => {
    load(source)
  })

  test('uses this action only with its inputs, cmd given, valid values', () => {
    const doc = load(source)
    for (const step of actionSteps(doc)) {
      const where = `${source.where} (${String(step.id ?? step.name ?? step.uses)})`
      if (source.example)
        expect(step.uses, `${where}: examples use the published form`).toMatch(/^almajob\/almajob@v\d+(\.\d+\.\d+)?$/)
      const inputs = withInputs(step)
      for (const name of Object.keys(inputs)) expect(inputNames, `${where}: input "${name}"`).toContain(name)
      for (const [name, input] of Object.entries(action.inputs)) {
        if (input.required) expect(inputs, `${where}: required input "${name}"`).toHaveProperty(name)
      }
      for (const [name, value] of Object.entries(inputs)) {
        expect(() => checkValue(name, value), `${where}: ${name}: ${value}`).not.toThrow()
      }
      const command = inputs[Inputs.command]!
      // Which job: `job`; or `profile-id` (run, instances); or a selection (check).
      const picks = {
        run: [Inputs.job, Inputs.profileId],
        instances: [Inputs.job, Inputs.profileId],
        status: [Inputs.job],
        check: [Inputs.job, Inputs.category, Inputs.type, Inputs.profileId]
      }[command]
      if (!EXPRESSION.test(command) && picks) {
        expect(
          picks.some((name) => name in inputs),
          `${where}: ${picks.join(' or ')} for cmd ${command}`
        ).toBe(true)
      }
      if (command === 'status') expect(inputs, `${where}: id for cmd status`).toHaveProperty(Inputs.instanceId)
    }
  })

  test('reads only outputs this action has, and job outputs that are declared', () => {
    const doc = load(source)
    if (!isWorkflow(doc)) return
    const ourStepIds = new Set(
      actionSteps(doc)
        .map((step) => step.id)
        .filter((id): id is string => typeof id === 'string')
    )
    const text = JSON.stringify(doc)
    for (const [, stepId, output] of text.matchAll(/steps\.([A-Za-z_][\w-]*)\.outputs\.([\w-]+)/g)) {
      if (ourStepIds.has(stepId!)) expect(outputNames, `${source.where}: steps.${stepId}.outputs.${output}`).toContain(output)
    }
    for (const [, jobId, output] of text.matchAll(/needs\.([A-Za-z_][\w-]*)\.outputs\.([\w-]+)/g)) {
      expect(Object.keys(doc.jobs?.[jobId!]?.outputs ?? {}), `${source.where}: needs.${jobId}.outputs.${output}`).toContain(
        output
      )
    }
  })

  test('a workflow has triggers and jobs made of steps; a schedule is valid cron', () => {
    const doc = load(source)
    if (!isWorkflow(doc)) return
    expect(doc.on, `${source.where}: on`).toBeTruthy()
    for (const [jobId, job] of Object.entries(doc.jobs ?? {})) {
      expect(job['runs-on'], `${source.where}: jobs.${jobId}.runs-on`).toBeTruthy()
      expect(Array.isArray(job.steps) && job.steps.length > 0, `${source.where}: jobs.${jobId}.steps`).toBe(true)
      for (const step of job.steps ?? []) {
        expect('uses' in step !== 'run' in step, `${source.where}: jobs.${jobId}: a step has uses or run`).toBe(true)
      }
    }
    const on = doc.on as Record<string, Json>
    for (const entry of (Array.isArray(on?.schedule) ? on.schedule : []) as { cron: string }[]) {
      expect(entry.cron.trim().split(/\s+/), `${source.where}: cron "${entry.cron}"`).toHaveLength(5)
    }
  })
})

describe('this repository', () => {
  test('ci.yml runs the action from the checkout (uses: ./)', () => {
    const ci = parse(readFileSync(join(WORKFLOW_DIR, 'ci.yml'), 'utf8')) as Json
    expect(actionSteps(ci).some((step) => step.uses === './')).toBe(true)
  })

  test.each(workflowFiles)('%s: third-party actions are pinned to a commit SHA, with the version in a comment', (file) => {
    const lines = readFileSync(file, 'utf8').split('\n')
    for (const line of lines) {
      const uses = /^\s*(?:-\s+)?uses:\s*([^\s#]+)(.*)$/.exec(line)
      if (!uses || uses[1]!.startsWith('./')) continue
      expect(uses[1], `${file}: ${line.trim()}`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/)
      expect(uses[2], `${file}: ${line.trim()}`).toMatch(/^\s+#\s*v\d+(\.\d+){0,2}\s*$/)
    }
  })

  test.each(workflowFiles)('%s: sets the token permissions', (file) => {
    const doc = parseDocument(readFileSync(file, 'utf8'))
    expect(doc.has('permissions'), file).toBe(true)
  })

  test('dependabot.yml updates the GitHub Actions and npm dependencies', () => {
    const config = parse(readFileSync('.github/dependabot.yml', 'utf8')) as {
      version: number
      updates: { 'package-ecosystem': string }[]
    }
    expect(config.version).toBe(2)
    expect(config.updates.map((update) => update['package-ecosystem']).sort()).toEqual(['github-actions', 'npm'])
  })

  test('the YAML helpers see what they should (a self-check of this file)', () => {
    const fragment = parseDocument('- uses: almajob/almajob@v1\n  with:\n    cmd: run\n    job: M1\n')
    expect(isSeq(fragment.contents)).toBe(true)
    expect(actionSteps(fragment.toJS() as Json)).toHaveLength(1)
    let scalars = 0
    visit(fragment, { Scalar: (_key, node) => void (isScalar(node) && scalars++) })
    expect(scalars).toBeGreaterThan(3)
    expect(isMap(parseDocument('on: push').contents)).toBe(true)
    expect(parse('on: push')).toEqual({ on: 'push' }) // YAML 1.2: `on` is a key, not true
  })
})

describe('the CI and release workflows', () => {
  type Job = Record<string, Json> & { steps: Step[]; permissions?: Json; strategy?: { matrix?: Record<string, Json> } }
  const workflow = (file: string) =>
    parse(readFileSync(join(WORKFLOW_DIR, file), 'utf8')) as { on: Json; permissions?: Json; jobs: Record<string, Job> }
  const runs = (job: Job): string => job.steps.map((step) => String(step.run ?? '')).join('\n')
  /** GitHub's filter pattern: `*` is any run of characters but `/`. */
  const globMatches = (glob: string, ref: string): boolean =>
    new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`).test(ref)

  test('ci.yml runs `uses: ./` on Ubuntu, Windows and macOS, in bash, from the committed dist/ alone', () => {
    const ci = workflow('ci.yml')
    const [name, job] = Object.entries(ci.jobs).find(([, candidate]) => actionSteps(candidate as Json).length > 0)!
    expect(job.strategy?.matrix?.os, name).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest'])
    expect(job['runs-on']).toBe('${{ matrix.os }}')
    expect(job.strategy).toMatchObject({ 'fail-fast': false })
    expect(job.defaults).toEqual({ run: { shell: 'bash' } })
    // The bundles must run without node_modules: no install in this job, the simulator's bundle.
    expect(runs(job)).not.toMatch(/npm (ci|install)|npm run sim|tsx /)
    expect(runs(job)).toMatch(/^\s*node dist\/sim\/index\.js --port \d+ --key "\$ALMA_SIM_KEY" .*&$/m)
  })

  test('release.yml runs on a pushed v1.2.3 tag only', () => {
    const release = workflow('release.yml')
    expect(release.on).toEqual({ push: { tags: ['v*.*.*'] } })
    const [tags] = (release.on as { push: { tags: string[] } }).push.tags
    for (const tag of ['v1.2.3', 'v10.0.1']) expect(globMatches(tags!, tag), tag).toBe(true)
    for (const tag of ['v1', 'v1.2', '1.2.3', 'release-1.2.3']) expect(globMatches(tags!, tag), tag).toBe(false)
  })

  test('release.yml grants nothing by default and contents: write only to the job that releases, after the checks', () => {
    const release = workflow('release.yml')
    expect(release.permissions).toEqual({})
    const writers = Object.entries(release.jobs).filter(([, job]) => JSON.stringify(job.permissions ?? {}).includes('write'))
    expect(writers.map(([name]) => name)).toEqual(['release'])
    expect(release.jobs.release!.permissions).toEqual({ contents: 'write' })
    for (const [name, job] of Object.entries(release.jobs)) expect(job.permissions, `${name}: permissions`).toBeTruthy()
    expect(release.jobs.release!.needs).toBe('check')
    expect(release.jobs.check!.permissions).toEqual({ contents: 'read' })
  })

  test("release.yml's major-tag step moves v1 to the newest v1 release only, never back", () => {
    const step = workflow('release.yml').jobs.release!.steps.find((s) => s.name === 'Move the major tag')!
    const dir = mkdtempSync(join(tmpdir(), 'major-tag-'))
    // Stand-ins for gh and git: the tags GitHub knows, and a log of the refs calls.
    writeFileSync(
      join(dir, 'gh'),
      `#!/usr/bin/env bash\nif [[ "$*" == *matching-refs* ]]; then printf '%s\\n' $TAGS; exit 0; fi\necho "$*" >> "${dir}/calls"\n`
    )
    writeFileSync(join(dir, 'git'), '#!/usr/bin/env bash\necho 0123456789abcdef\n')
    for (const tool of ['gh', 'git']) chmodSync(join(dir, tool), 0o755)
    const moveFor = (tag: string, tags: string): string => {
      writeFileSync(join(dir, 'calls'), '')
      execFileSync('bash', ['-c', String(step.run)], {
        env: { PATH: `${dir}:${process.env.PATH}`, TAG: tag, TAGS: tags, GITHUB_REPOSITORY: 'o/r' },
        stdio: 'pipe'
      })
      return readFileSync(join(dir, 'calls'), 'utf8')
    }
    expect(moveFor('v1.3.1', 'v1.2.4 v1.3.0 v1.3.1 v1.3.1-rc.1')).toMatch(
      /PATCH repos\/o\/r\/git\/refs\/tags\/v1 -f sha=0123456789abcdef/
    )
    expect(moveFor('v1.2.5', 'v1.2.4 v1.2.5 v1.3.0')).not.toMatch(/PATCH|POST/)
    expect(moveFor('v1.10.0', 'v1.9.0 v1.10.0')).toMatch(/PATCH/)
  })

  test('release.yml checks dist/ and the notes before it releases and moves the major tag', () => {
    const { check, release } = workflow('release.yml').jobs
    expect(runs(check!)).toContain('.ci/run') // rebuilds dist/ and fails on a difference
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/npm run bundle[\s\S]*git diff --exit-code[\s\S]*-- dist\//)
    for (const job of [check!, release!]) expect(runs(job)).toContain('node scripts/release-notes.ts "$GITHUB_REF_NAME"')
    expect(runs(release!)).toMatch(/gh release create "\$TAG" --verify-tag .*--notes-file "\$RUNNER_TEMP\/notes\.md"/)
    expect(runs(release!)).toMatch(/major="\$\{TAG%%\.\*\}"/)
    expect(runs(release!)).toContain('git/refs/tags/$major')
    for (const job of [check!, release!]) {
      const checkout = job.steps.find((step) => String(step.uses).startsWith('actions/checkout@'))!
      expect(checkout.with, 'no token left in .git/config').toEqual({ 'persist-credentials': false })
    }
  })
})
