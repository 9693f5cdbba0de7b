// Small numbers helpers: medians of samples, ratios, and how figures are written in the table.

export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

export function max(samples: readonly number[]): number {
  return samples.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY)
}

/** Milliseconds as the table shows them: `87 ms`, `1.42 s`. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '–'
  return Math.abs(value) < 1000 ? `${Math.round(value)} ms` : `${(value / 1000).toFixed(2)} s`
}

/** Seconds with one decimal: `0.3 s`. */
export function seconds(valueMs: number): string {
  return `${(valueMs / 1000).toFixed(1)} s`
}

export function ratio(ours: number, baseline: number): number {
  return baseline === 0 ? Number.NaN : ours / baseline
}

/** `0.16×`; a third decimal when two would round a figure onto its goal and hide which side it is on. */
export function times(value: number, goal?: number): string {
  if (!Number.isFinite(value)) return '–'
  const digits = goal !== undefined && value !== goal && value.toFixed(2) === goal.toFixed(2) ? 3 : 2
  return `${value.toFixed(digits)}×`
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

/** Milliseconds since `start` (a performance.now() reading). */
export function since(start: number): number {
  return performance.now() - start
}
