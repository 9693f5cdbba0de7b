// Runs the bundled `almajob` command the way a user does: `node dist/cli/index.js …` on
// Node 24, with its own environment and working directory. The simulator runs in the test
// process, so the child is spawned asynchronously (spawnSync would deadlock).
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

/** Bundle under test; e.g. ALMAJOB_CLI_BUNDLE=/tmp/almajob-cli-build/index.js for a scratch build. */
export const CLI_BUNDLE = resolve(process.env.ALMAJOB_CLI_BUNDLE ?? 'dist/cli/index.js')

export function bundleMissingReason(): string | undefined {
  return existsSync(CLI_BUNDLE)
    ? undefined
    : `no CLI bundle at ${CLI_BUNDLE}; run the CLI bundle script (ncc build src/cli.ts -o dist/cli)`
}

export interface CliRun {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

export interface CliOptions {
  /** Added to a minimal environment (PATH, HOME, TZ, XDG dirs in the sandbox). */
  env?: Record<string, string>
  cwd?: string
  /** Called once the process is up, e.g. to send SIGINT mid-wait. */
  onStart?: (child: ChildProcess, output: { stdout: () => string; stderr: () => string }) => void
  timeoutMs?: number
}

/** A private HOME with a working directory and XDG config/cache dirs, all empty. */
export interface Sandbox {
  root: string
  home: string
  cwd: string
  configHome: string
  cacheHome: string
}

export function newSandbox(): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'almajob-cli-'))
  const sandbox = {
    root,
    home: join(root, 'home'),
    cwd: join(root, 'work'),
    configHome: join(root, 'config'),
    cacheHome: join(root, 'cache')
  }
  for (const dir of [sandbox.home, sandbox.cwd, sandbox.configHome, sandbox.cacheHome]) mkdirSync(dir)
  return sandbox
}

/** Nothing from the test runner's environment leaks in (no CI, no ALMA_* of the developer). */
export function baseEnv(sandbox: Sandbox): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: sandbox.home,
    TZ: 'America/New_York',
    XDG_CONFIG_HOME: sandbox.configHome,
    XDG_CACHE_HOME: sandbox.cacheHome
  }
}

export async function runCli(sandbox: Sandbox, argv: string[], options: CliOptions = {}): Promise<CliRun> {
  const child = spawn(process.execPath, [CLI_BUNDLE, ...argv], {
    cwd: options.cwd ?? sandbox.cwd,
    env: { ...baseEnv(sandbox), ...options.env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (chunk) => (stdout += chunk))
  child.stderr!.on('data', (chunk) => (stderr += chunk))
  options.onStart?.(child, { stdout: () => stdout, stderr: () => stderr })
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000)
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) =>
    child.on('close', (code, sig) => done([code, sig]))
  )
  clearTimeout(timer)
  return { exitCode, signal, stdout, stderr }
}

/** Resolves when `check` holds, polling every 10 ms; rejects after `timeoutMs`, naming `what`. */
export async function until(check: () => boolean, timeoutMs = 10_000, what = 'the condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((done) => setTimeout(done, 10))
  }
}
