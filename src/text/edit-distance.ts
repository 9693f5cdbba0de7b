// How far apart two strings are, for "did you mean" hints (job names, CLI flags), and how far is
// still close: a hint that names something unrelated misleads more than no hint.

/** Levenshtein distance where swapping two neighbours counts as one edit (--jbo → --job). */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  )
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1)
    }
  }
  return rows[a.length][b.length]
}

/** Edits a typo of this many characters may hold and still be close: one in three, at least one. */
export function closeEdits(length: number): number {
  return Math.max(1, Math.floor(length / 3))
}

/**
 * The candidates close to what was typed, nearest first, ignoring case: within closeEdits of
 * the typed length, or holding the typed text whole (at least MIN_PART characters: `SIS sync`).
 * Length is compared before the (quadratic) distance, so a pasted 100 KB text costs nothing.
 */
export function closest<T>(typed: string, candidates: readonly T[], nameOf: (candidate: T) => string, limit: number): T[] {
  const target = typed.trim().toLowerCase()
  const allowed = closeEdits(target.length)
  const near: { candidate: T; text: string; distance: number }[] = []
  for (const candidate of candidates) {
    const text = nameOf(candidate).trim().toLowerCase()
    if (target.length >= MIN_PART && text.includes(target)) {
      near.push({ candidate, text, distance: text.length - target.length })
    } else if (Math.abs(text.length - target.length) <= allowed) {
      const distance = editDistance(text, target)
      if (distance <= allowed) near.push({ candidate, text, distance })
    }
  }
  return near
    .sort((a, b) => a.distance - b.distance || a.text.localeCompare(b.text))
    .slice(0, limit)
    .map(({ candidate }) => candidate)
}

/** Shorter text is held by too many names to mean one. */
const MIN_PART = 5
