// A key Alma refuses is the user's configuration to fix, not Alma failing: both shells say so
// and name where the key came from (never the key itself).
import { AlmaError } from './errors.js'

/** Alma's gateway says UNAUTHORIZED (at 400 or 403), or 401, or a plain-text "Invalid API Key" (§5). */
export function isRefusedKey(error: unknown): boolean {
  if (!(error instanceof AlmaError) || error.kind !== 'alma') return false
  return error.status === 401 || error.code === 'UNAUTHORIZED' || /invalid api[- ]?key/i.test(error.almaMessage ?? '')
}

/** The error line, saying which input, variable or ini line held the key. */
export function refusedKeyLine(line: string, keyFrom: string): string {
  return `Alma refused the API key from ${keyFrom}: ${line}`
}
