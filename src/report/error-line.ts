// Turning any error into the one line a person sees. The only place that does it, for both
// shells, and the last place the API key is scrubbed before a line is printed.
import { AlmaError, ConfigError, redact } from '../alma/errors.js'
import { clip } from '../alma/text.js'
import { safeLine } from '../text/safe.js'

/** config: the user can fix a setting; alma: Alma or the network failed us; cancelled: a signal stopped us. */
type ErrorKind = 'config' | 'alma' | 'cancelled' | 'unexpected'

/** A line stays readable: Alma's own messages are short; anything longer is an echoed body. */
const MAX_LINE_CHARS = 1000

export function describeError(error: unknown, secrets: readonly string[]): { kind: ErrorKind; line: string } {
  const [kind, message] = classify(error)
  // Scrub first, then cut: a cut key is still a key.
  return { kind, line: safeLine(clip(redact(message, secrets), MAX_LINE_CHARS)) }
}

function classify(error: unknown): [ErrorKind, string] {
  if (error instanceof ConfigError) return ['config', error.message]
  if (error instanceof AlmaError) return [error.kind === 'cancelled' ? 'cancelled' : 'alma', error.message]
  if (error instanceof Error && error.name === 'AbortError') {
    return ['cancelled', 'Cancelled before the job was started; nothing was sent to Alma.']
  }
  const message = error instanceof Error ? error.message : String(error)
  return ['unexpected', `Unexpected error: ${message.split('\n')[0]}`]
}
