// The one table the bench prints: Markdown, padded so it also reads well in a terminal.
import type { Row } from './types.js'

const HEADERS = [
  'scenario',
  'ours',
  'baseline (same run)',
  'ours/baseline',
  'Alma calls ours / baseline',
  'goal',
  'result'
] as const

export function renderTable(rows: readonly Row[]): string {
  const cells = rows.map((row) => [
    row.scenario,
    row.ours,
    row.baseline,
    row.ratio,
    row.calls,
    row.goal,
    row.met ? 'met' : 'MISSED'
  ])
  const widths = HEADERS.map((header, column) => Math.max(header.length, ...cells.map((line) => line[column].length)))
  const line = (values: readonly string[]): string =>
    `| ${values.map((value, column) => value.padEnd(widths[column])).join(' | ')} |`
  return [line(HEADERS), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...cells.map(line)].join('\n')
}

/** One paragraph per missed goal: what was measured and what would close it. */
export function renderMisses(rows: readonly Row[]): string[] {
  return rows.filter((row) => !row.met).map((row) => `MISSED ${row.scenario}: ${row.missedBecause ?? 'see bench/results.json'}`)
}
