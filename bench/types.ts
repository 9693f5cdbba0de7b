// What each scenario hands back: one row of the table, and its raw figures for results.json.

export interface BenchOptions {
  /** Simulator latency per request. */
  latencyMs: number
  /** Repetitions per scenario; the table quotes medians. */
  runs: number
}

export interface Row {
  scenario: string
  ours: string
  baseline: string
  /** ours / baseline of the figure the goal is about, or '–'. */
  ratio: string
  /** Alma calls, ours / baseline. */
  calls: string
  goal: string
  met: boolean
  /** For a missed goal: why, and what would close it. Printed under the table. */
  missedBecause?: string
}

export interface ScenarioResult {
  id: string
  row: Row
  /** Medians, samples and settings, as they went into the row. */
  data: Record<string, unknown>
}
