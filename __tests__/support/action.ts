// Runs the bundled action the way the GitHub runner does (runner.md §3):
// `node dist/index.js` on Node 24, cwd = a fresh workspace, inputs as INPUT_<NAME> with
// hyphens kept, and file commands for outputs and the step summary.
import { spawn } from 'node:child_process'
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const ACTION_BUNDLE = resolve(process.env.ALMAJOB_ACTION_BUNDLE ?? 'dist/index.js')

export interface ActionRun {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  workspace: string
}

export interface ActionOptions {
  inputs: Record<string, string>
  env?: Record<string, string>
  /** Reuse a workspace/runner temp (e.g. to keep a file cache); fresh by default. */
  workspace?: string
  /** Another build of the action, e.g. a copy of dist/ without a chunk; ACTION_BUNDLE by default. */
  bundle?: string
  /** Called once the process is up, e.g. to send SIGINT mid-wait. */
  onStart?: (child: import('node:child_process').ChildProcess, output: { stdout: () => string }) => void
  timeoutMs?: number
  /** The text of the event file (runner.md §7), written to the runner temp and named by GITHUB_EVENT_PATH. */
  event?: string
}

export function newWorkspace(): string {
  const root = mkdtempSync(join(tmpdir(), 'almajob-runner-'))
  mkdirSync(join(root, 'workspace'))
  mkdirSync(join(root, '_temp'))
  return root
}

export async function runAction(options: ActionOptions): Promise<ActionRun> {
  const root = options.workspace ?? newWorkspace()
  const workspace = join(root, 'workspace')
  const temp = join(root, '_temp')
  const files = {
    GITHUB_OUTPUT: join(temp, `output-${process.hrtime.bigint()}`),
    GITHUB_STEP_SUMMARY: join(temp, `summary-${process.hrtime.bigint()}`),
    GITHUB_STATE: join(temp, 'state'),
    GITHUB_ENV: join(temp, 'env'),
    GITHUB_PATH: join(temp, 'path')
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  const eventFile = join(temp, `event-${process.hrtime.bigint()}.json`)
  if (options.event !== undefined) writeFileSync(eventFile, options.event)

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: root,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    ...files,
    ...(options.event !== undefined && { GITHUB_EVENT_PATH: eventFile, GITHUB_EVENT_NAME: 'repository_dispatch' }),
    ...options.env
  }
  for (const [name, value] of Object.entries(options.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }

  const child = spawn(process.execPath, [options.bundle ?? ACTION_BUNDLE], {
    cwd: workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  options.onStart?.(child, { stdout: () => stdout })
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) =>
    child.on('close', (code, sig) => done([code, sig]))
  )
  clearTimeout(timer)
  const run = {
    exitCode,
    signal,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    workspace: root
  }
  // A workspace the caller passed in is theirs to keep (e.g. a file cache across runs).
  if (!options.workspace) rmSync(root, { recursive: true, force: true })
  return run
}

/** Reads `name<<DELIMITER\nvalue\nDELIMITER` records as @actions/core 3 writes them. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!match) continue
    const [, name, delimiter] = match
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i])
    outputs[name] = value.join('\n')
  }
  return outputs
}

/** The `::error::` lines of a run, i.e. what setFailed said. */
export function errorLines(run: ActionRun): string[] {
  return run.stdout
    .split('\n')
    .filter((line) => line.startsWith('::error::'))
    .map((line) => line.slice(9))
}
