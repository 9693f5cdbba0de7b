// almajob.ini in the old PHP format.
import { describe, expect, test } from 'vitest'
import { ConfigError } from '../src/alma/errors.js'
import { parseIni } from '../src/cli/ini.js'

describe('parseIni', () => {
  test('the old sample file', () => {
    const text = [
      '#---------------------------------------------------------',
      '# almajob.ini',
      '#',
      'api_key_production = l8xxprod',
      'api_key_sandbox = ',
      '#',
      'domain = na',
      '; PHP comment style'
    ].join('\n')
    expect(parseIni(text)).toEqual({ api_key_production: 'l8xxprod', api_key_sandbox: '', domain: 'na' })
  })

  test('quotes are optional and hold what a bare value cannot', () => {
    const values = parseIni(`a = "quoted ; not a comment"\nb='single'\nc = bare ; comment\nd = bare # comment\ne="x" ; trailing`)
    expect(values).toEqual({ a: 'quoted ; not a comment', b: 'single', c: 'bare', d: 'bare', e: 'x' })
  })

  test('sections are tolerated; keys are case-insensitive; later lines win', () => {
    const values = parseIni('[alma]\nDomain = eu\n[other]\nBASE_URL = https://x.example/almaws/v1\ndomain = ap\n')
    expect(values).toEqual({ domain: 'ap', base_url: 'https://x.example/almaws/v1' })
  })

  test('CRLF line ends and a byte-order mark', () => {
    expect(parseIni('\uFEFFdomain = ca\r\napi_key_sandbox = k\r\n')).toEqual({ domain: 'ca', api_key_sandbox: 'k' })
  })

  test('a line that is not key = value names its line and does not echo it (it may be a key)', () => {
    const error = (() => {
      try {
        parseIni('domain = na\nl8xxSECRETSECRET\n', '/etc/almajob.ini')
      } catch (caught) {
        return caught as Error
      }
      throw new Error('no error')
    })()
    expect(error).toBeInstanceOf(ConfigError)
    expect(error.message).toBe('/etc/almajob.ini line 2: expected "key = value"')
    expect(error.message).not.toContain('SECRET')
  })

  test('an unclosed quote is an error', () => {
    expect(() => parseIni('api_key_sandbox = "abc')).toThrow(/line 1: the value's closing " is missing/)
  })
})
