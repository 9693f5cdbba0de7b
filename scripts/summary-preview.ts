// `npm run summary:preview`: the job summaries of the main cases, made by the same calls the
// action makes (settings from inputs, runCommand, the summary functions of main.ts) against the
// Alma simulator, rendered to HTML with a GitHub-like stylesheet in preview/, and screenshotted
// there when a Chromium is found. For looking at, not for testing numbers.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { delimiter, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { marked } from 'marked'
import { redact } from '../src/alma/errors.js'
import { regionBaseUrl } from '../src/alma/regions.js'
import { createContext, runCommand, type CommandResult, type InstanceReport } from '../src/commands/index.js'
import { Inputs, readActionSettings } from '../src/inputs.js'
import { checkMarkdown, instanceListMarkdown, instanceMarkdown, jobListMarkdown } from '../src/report/summary.js'
import { HISTORY_JOBS, WELL_KNOWN_JOBS, startSimulator, type Simulator } from '../sim/index.js'

export const PREVIEW_DIR = 'preview'

export interface PreviewCase {
  /** File name without extension. */
  name: string
  title: string
  markdown: string
}

export interface PreviewFiles {
  html: string[]
  screenshots: string[]
  /** Why there are no screenshots, when there are none. */
  note?: string
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** The summaries of the main cases, from a simulator started here and closed again. */
export async function previewCases(): Promise<PreviewCase[]> {
  const sim = await startSimulator({ latencyMs: 5 })
  try {
    const cases: PreviewCase[] = []
    const job = WELL_KNOWN_JOBS.exportThingsAndStuff
    const quick = { queuedMs: 300, initializingMs: 300, runningMs: 900, finalizingMs: 200 }

    sim.setTimeline(job, { ...quick, end: 'COMPLETED_SUCCESS' })
    const completed = await command(sim, { cmd: 'run', job, wait: 'true' })
    cases.push({ name: 'run-completed', title: 'A run that completed, with counters', markdown: completed.markdown })
    if (completed.result.command === 'run') {
      // The same report as a run against Ex Libris would give: only the host of its link differs.
      const report: InstanceReport = {
        ...completed.result.report,
        instanceUrl: completed.result.report.instanceUrl.replace(sim.url, regionBaseUrl('eu'))
      }
      cases.push({
        name: 'run-completed-exlibris',
        title: 'The same run against an Ex Libris host',
        markdown: redact(instanceMarkdown(report), [sim.keys.sandbox])
      })
    }

    sim.setTimeline(job, { ...quick, end: 'COMPLETED_FAILED' })
    const failed = await command(sim, { cmd: 'run', job, wait: 'true' })
    cases.push({ name: 'run-failed', title: 'A run that failed', markdown: failed.markdown })

    const history = addHistory(sim)
    const from = new Date(Date.now() - 25 * DAY).toISOString().slice(0, 10)
    const instances = await command(sim, { cmd: 'instances', job: history, from })
    cases.push({ name: 'instances', title: '25 days of a job that runs every 4 hours', markdown: instances.markdown })

    const check = await command(sim, { cmd: 'check', job: Object.values(HISTORY_JOBS).join('\n'), since: '30h' })
    cases.push({ name: 'check', title: 'A check of several jobs', markdown: check.markdown })

    const list = await command(sim, { cmd: 'list' })
    cases.push({ name: 'list', title: 'The job list', markdown: list.markdown })
    return cases
  } finally {
    await sim.close()
  }
}

/** One action step's command and its summary, as main.ts makes them. */
async function command(sim: Simulator, inputs: Record<string, string>): Promise<{ result: CommandResult; markdown: string }> {
  const given: Record<string, string> = {
    [Inputs.apiKey]: sim.keys.sandbox,
    [Inputs.baseUrl]: sim.url,
    [Inputs.env]: 'sandbox',
    [Inputs.cache]: 'false',
    ...inputs
  }
  const secrets: string[] = []
  const settings = readActionSettings(
    (name) => given[name] ?? '',
    {},
    (secret) => secrets.push(secret)
  )
  if (settings.command === 'report')
    throw new Error('the preview runs commands that call the simulator; report reads an event file')
  const quiet = { debug: () => {}, info: () => {}, warning: () => {} }
  const ctx = createContext(settings, { log: quiet, label: (field) => Inputs[field] })
  try {
    const result = await runCommand(ctx, settings)
    return { result, markdown: redact(summaryOf(result, settings.env), secrets) }
  } finally {
    ctx.client.close()
  }
}

/** main.ts's render, its summary calls only. */
function summaryOf(result: CommandResult, env: string): string {
  switch (result.command) {
    case 'list':
      return jobListMarkdown(result.jobs, { env, fromCache: result.cacheHit })
    case 'instances':
      return instanceListMarkdown(result.job, result.instances)
    case 'check':
      return checkMarkdown(result)
    case 'run':
    case 'status':
    case 'report':
      return instanceMarkdown(result.report)
  }
}

/**
 * A job that runs every 4 hours for about 20 minutes, for 25 days: two runs failed (one long
 * ago, after 40 seconds), one ended with warnings, and the newest is still running.
 */
function addHistory(sim: Simulator): string {
  const job = sim.addJob({ name: 'Publishing to Primo <Central> | nightly' })
  const now = Date.now()
  const runs = (25 * DAY) / (4 * HOUR)
  for (let i = runs - 1; i >= 1; i--) {
    const submittedAt = now - i * 4 * HOUR - 7 * MINUTE
    const startedAt = submittedAt + 20_000
    const status = i === 14 ? 'COMPLETED_FAILED' : i === 120 ? 'FAILED' : i === 40 ? 'COMPLETED_WARNING' : 'COMPLETED_SUCCESS'
    // Between 15 and 23 minutes, spread so neighbouring runs differ.
    const took = status === 'FAILED' ? 40_000 : 15 * MINUTE + ((i * 37) % 11) * 45_000
    sim.addRun(job.id, { submittedAt, startedAt, endedAt: startedAt + took, status })
  }
  sim.addRun(job.id, { submittedAt: now - 12 * MINUTE, startedAt: now - 11 * MINUTE, status: 'RUNNING', progress: 45 })
  return job.id
}

/** GitHub's look, roughly: its font stack, table borders and stripes, code spans, quotes. */
const STYLE = `
body { margin: 0; background: #fff; color: #1f2328; }
.page { max-width: 900px; margin: 24px auto; padding: 0 24px; }
.caption { font: 12px -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #59636e; margin-bottom: 8px; }
.markdown-body { font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji"; border: 1px solid #d1d9e0; border-radius: 6px; padding: 16px 32px; }
.markdown-body h2 { font-size: 1.5em; font-weight: 600; border-bottom: 1px solid #d1d9e0b3; padding-bottom: .3em; margin: 24px 0 16px; }
.markdown-body h3 { font-size: 1.25em; font-weight: 600; margin: 24px 0 16px; }
.markdown-body p, .markdown-body blockquote, .markdown-body table, .markdown-body ul, .markdown-body details { margin: 0 0 16px; }
.markdown-body blockquote { padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
.markdown-body table { border-spacing: 0; border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
.markdown-body th { font-weight: 600; }
.markdown-body th, .markdown-body td { padding: 6px 13px; border: 1px solid #d1d9e0; }
.markdown-body tr { background: #fff; border-top: 1px solid #d1d9e0b3; }
.markdown-body tr:nth-child(2n) { background: #f6f8fa; }
.markdown-body code { font: 85% ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; padding: .2em .4em; margin: 0; background: #818b981f; border-radius: 6px; white-space: break-spaces; }
.markdown-body sub { color: #59636e; }
`

function page(entry: PreviewCase): string {
  const body = marked.parse(entry.markdown, { async: false, gfm: true })
  const title = entry.title.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${STYLE}</style></head>
<body><div class="page"><div class="caption">${title}</div><div class="markdown-body">
${body}
</div></div></body></html>
`
}

/** Writes one HTML page per case into `dir`, and a Markdown file beside it; returns the pages' paths. */
export function writeHtml(cases: readonly PreviewCase[], dir = PREVIEW_DIR): string[] {
  mkdirSync(dir, { recursive: true })
  return cases.map((entry) => {
    writeFileSync(join(dir, `${entry.name}.md`), entry.markdown)
    const file = resolve(dir, `${entry.name}.html`)
    writeFileSync(file, page(entry))
    return file
  })
}

/** `CHROMIUM`, else the first of the usual names on PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM) return existsSync(env.CHROMIUM) ? env.CHROMIUM : undefined
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean)
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    for (const dir of dirs) if (existsSync(join(dir, name))) return join(dir, name)
  }
  return undefined
}

/** A PNG beside each page; the paths of those Chromium wrote. */
export function screenshot(chromium: string, pages: readonly string[]): string[] {
  const shots: string[] = []
  for (const file of pages) {
    const png = file.replace(/\.html$/, '.png')
    const args = ['--headless', '--disable-gpu', '--hide-scrollbars', `--screenshot=${png}`, '--window-size=1000,1400']
    // Chromium refuses to run as root with its sandbox on (containers often are root).
    if (process.getuid?.() === 0) args.push('--no-sandbox')
    const run = spawnSync(chromium, [...args, pathToFileURL(file).href], { stdio: 'ignore', timeout: 60_000 })
    if (run.status === 0 && existsSync(png)) shots.push(png)
    else console.error(`Chromium did not write ${png}`)
  }
  return shots
}

export async function writePreviews(dir = PREVIEW_DIR, env: NodeJS.ProcessEnv = process.env): Promise<PreviewFiles> {
  const html = writeHtml(await previewCases(), dir)
  const chromium = findChromium(env)
  if (!chromium)
    return {
      html,
      screenshots: [],
      note: 'No Chromium found (chromium, chromium-browser, google-chrome or CHROMIUM): HTML only.'
    }
  return { html, screenshots: screenshot(chromium, html) }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const files = await writePreviews()
  for (const file of [...files.html, ...files.screenshots]) console.log(file)
  if (files.note) console.log(files.note)
}
