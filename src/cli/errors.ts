// What an error means to a script: the exit code and a stable machine name (`--format json`
// prints both). One table, so --help, the README and the code name the same codes.
import { AlmaError, ConfigError, isThrottleRefusal } from '../alma/errors.js'
import { isRefusedKey } from '../alma/refused-key.js'
import { NoSuchJobError } from '../commands/resolve.js'
import { UsageError } from './args.js'
import { ExitCode } from './constants.js'

/** Every code `{"error": {"code": …}}` may hold, with when it is given. */
export const ERROR_CODES = {
  'bad-flag': 'a flag or argument is wrong (the usage is shown)',
  'bad-config': 'a setting from the environment, almajob.ini or a file is wrong, or a key is missing',
  unauthorized: 'Alma refused the API key',
  'not-found': 'no such job or instance',
  throttled: "Alma's job throttle refused the run (402222/402223)",
  'rate-limited': 'too many calls per second, or the daily quota is used up',
  'alma-error': 'Alma answered with another error',
  network: 'no answer from Alma (connection, DNS, TLS)',
  timeout: 'a request to Alma took too long',
  'bad-answer': 'an answer almajob cannot read, or one larger than it reads',
  'run-unknown': 'the run was sent but whether Alma started it is unknown',
  interrupted: 'stopped by Ctrl-C or SIGTERM',
  unexpected: 'a bug in almajob'
} as const
type ErrorCode = keyof typeof ERROR_CODES

/** Alma's codes for an unknown job or instance (alma-api.md §5). */
const NOT_FOUND_CODES = new Set(['402215', '402216', '402218'])
const RATE_CODES = new Set(['PER_SECOND_THRESHOLD', 'DAILY_THRESHOLD'])

/** The code and exit status for an error that ends a command; a refused key is configuration (exit 2). */
export function classifyError(error: unknown): { code: ErrorCode; exit: number } {
  if (error instanceof UsageError) return { code: 'bad-flag', exit: ExitCode.Usage }
  if (error instanceof NoSuchJobError) return { code: 'not-found', exit: ExitCode.Usage }
  if (error instanceof ConfigError) return { code: 'bad-config', exit: ExitCode.Usage }
  if (isRefusedKey(error)) return { code: 'unauthorized', exit: ExitCode.Usage }
  if (error instanceof AlmaError) {
    const code = almaCode(error)
    // A job or instance Alma does not know is the caller's mistake, as a name that matches none is.
    if (code === 'not-found') return { code, exit: ExitCode.Usage }
    return { code, exit: code === 'interrupted' ? ExitCode.Interrupted : ExitCode.AlmaError }
  }
  if (error instanceof Error && error.name === 'AbortError') return { code: 'interrupted', exit: ExitCode.Interrupted }
  return { code: 'unexpected', exit: ExitCode.AlmaError }
}

function almaCode(error: AlmaError): ErrorCode {
  switch (error.kind) {
    case 'cancelled':
      return 'interrupted'
    case 'network':
      return 'network'
    case 'timeout':
      return 'timeout'
    case 'parse':
    case 'too-large':
      return 'bad-answer'
    case 'run-unknown':
      return 'run-unknown'
    case 'alma':
      if (error.code && NOT_FOUND_CODES.has(error.code)) return 'not-found'
      if (isThrottleRefusal(error)) return 'throttled'
      if ((error.code && RATE_CODES.has(error.code)) || error.status === 429) return 'rate-limited'
      return 'alma-error'
  }
}

/** `--format json`'s answer when a command fails before it has a result. */
export function errorJson(message: string, code: ErrorCode, exit: number): string {
  return `${JSON.stringify({ error: { message, code, exit } }, null, 2)}\n`
}
