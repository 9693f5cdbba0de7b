// Flag parsing: the old script's spellings, both value forms, and every way to get it wrong.
import { describe, expect, test } from 'vitest'
import { parseArgs, UsageError } from '../src/cli/args.js'
import { OPTIONS } from '../src/cli/options.js'
import { helpText, usageErrorText } from '../src/cli/usage.js'

function usageError(argv: string[]): UsageError {
  try {
    parseArgs(argv)
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError)
    return error as UsageError
  }
  throw new Error(`parseArgs(${JSON.stringify(argv)}) did not throw`)
}

describe('parseArgs', () => {
  test("the old script's command line", () => {
    const args = parseArgs(['--env', 'sandbox', '--cmd', 'status', '--job', 'Export Physical Items', '--id', '9563643080000561'])
    expect(args).toMatchObject({ env: 'sandbox', cmd: 'status', job: 'Export Physical Items', id: '9563643080000561' })
    expect(args.wait).toBe(false)
  })

  test('--flag=value and --flag value mean the same', () => {
    const spaced = parseArgs(['--env', 'production', '--cmd', 'run', '--job', 'M1', '--timeout', '30m'])
    const joined = parseArgs(['--env=production', '--cmd=run', '--job=M1', '--timeout=30m'])
    expect(joined).toEqual(spaced)
  })

  test('a value may contain "=" and spaces', () => {
    expect(parseArgs(['--parameters=set_id: 1=2']).parameters).toBe('set_id: 1=2')
    expect(parseArgs(['--job', 'Export Things & Stuff']).job).toBe('Export Things & Stuff')
  })

  test('old underscore spellings and the dashed ones', () => {
    expect(parseArgs(['--cache_dir', '/tmp/a']).cacheDir).toBe('/tmp/a')
    expect(parseArgs(['--cache-dir', '/tmp/b']).cacheDir).toBe('/tmp/b')
    expect(parseArgs(['--ini_file=/x.ini']).iniFile).toBe('/x.ini')
    expect(parseArgs(['--ini-file', '/y.ini']).iniFile).toBe('/y.ini')
    expect(parseArgs(['--poll_interval', '5s']).pollInterval).toBe('5s')
  })

  test('switches, with an optional =true/false', () => {
    const args = parseArgs(['--force', '--wait', '--no-cache', '--verbose'])
    expect(args).toMatchObject({ force: true, wait: true, noCache: true, verbose: true })
    expect(parseArgs(['--wait=false']).wait).toBe(false)
    expect(parseArgs(['--wait=yes']).wait).toBe(true)
    expect(usageError(['--force=maybe']).message).toContain('--force takes no value')
  })

  test('a later flag wins', () => {
    expect(parseArgs(['--env', 'sandbox', '--env', 'production']).env).toBe('production')
  })

  test('short forms', () => {
    expect(parseArgs(['-h']).help).toBe(true)
    expect(parseArgs(['-V']).version).toBe(true)
  })

  test('unknown option, with a suggestion for a typo', () => {
    expect(usageError(['--bogus']).message).toBe('unknown option --bogus')
    expect(usageError(['--bad']).message).toBe('unknown option --bad')
    expect(usageError(['--jbo', 'x']).message).toBe('unknown option --jbo; did you mean --job?')
    expect(usageError(['--cache_dri', 'x']).message).toContain('did you mean --cache-dir?')
    expect(usageError(['--timout', '5m']).message).toContain('did you mean --timeout?')
    expect(usageError(['-x']).message).toContain('unknown option -x')
  })

  test('a value flag at the end, or followed by another flag, is missing its value', () => {
    expect(usageError(['--env', 'sandbox', '--job']).message).toBe('--job needs a value: --job NAME|ID')
    expect(usageError(['--job', '--id', '5']).message).toBe('--job needs a value: --job NAME|ID')
  })

  test('a stray word (an unquoted job name) is named, with the fix', () => {
    const error = usageError(['--job', 'Export', 'Physical', 'Items'])
    expect(error.message).toContain('unexpected argument "Physical"')
    expect(error.message).toContain('--job "Job Name"')
  })
})

describe('help and usage', () => {
  test('--help documents every option with an example, and the exit codes', () => {
    const help = helpText('9.9.9')
    expect(help).toContain('almajob 9.9.9')
    for (const option of OPTIONS) {
      expect(help).toContain(`--${option.name}`)
      expect(help).toContain(`e.g. ${option.example}`)
      expect(option.example.startsWith('almajob')).toBe(true)
    }
    for (const line of [
      '0    success',
      '1    the job failed',
      '2    usage or configuration error',
      '3    Alma or network error',
      '130  interrupted'
    ]) {
      expect(help).toContain(line)
    }
    for (const name of ['ALMA_API_KEY_SANDBOX', 'ALMA_API_KEY_PRODUCTION', 'ALMA_API_KEY', 'ALMA_REGION', 'ALMA_BASE_URL']) {
      expect(help).toContain(name)
    }
  })

  test('every example in --help parses', () => {
    for (const option of OPTIONS) {
      const words = [...option.example.split('|')[0].matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2])
      expect(() => parseArgs(words.slice(1)), option.example).not.toThrow()
    }
  })

  test("a usage error shows the command's synopsis and the problem, as the old script did", () => {
    const text = usageErrorText('--cmd run needs --job "Job Name" (or the job\'s id)', 'run')
    expect(text).toMatch(/^Usage:\n {2}almajob run --job "\{job\}" \[--env production\]/)
    expect(text).toContain('  Error: --cmd run needs --job')
  })
})
