import { describe, expect, test } from 'vitest'
import { ConfigError } from '../src/alma/errors.js'
import { parseParameters } from '../src/alma/parameters.js'
import { parseBoolean, parseChoice, parseDate, parseDuration } from '../src/settings.js'

/** The ConfigError message a call throws; fails the test when it does not throw one. */
function errorOf(call: () => unknown): string {
  try {
    call()
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    const message = (error as Error).message
    expect(message).not.toContain('\n')
    return message
  }
  throw new Error('expected a ConfigError')
}

describe('parseDuration', () => {
  test.each([
    ['90', 90_000],
    ['90s', 90_000],
    ['30m', 1_800_000],
    ['2h', 7_200_000],
    ['1d', 86_400_000],
    ['1h30m', 5_400_000],
    ['1h 30m 15s', 5_415_000],
    ['1.5h', 5_400_000],
    ['0.5', 500],
    ['250ms', 250],
    ['1m500ms', 60_500],
    [' 2H ', 7_200_000]
  ])('%s → %d ms', (text, ms) => {
    expect(parseDuration('timeout', text)).toBe(ms)
  })

  test('garbage, negatives, zero and disorder are one clear line naming the input', () => {
    expect(errorOf(() => parseDuration('timeout', '2 hours'))).toBe(
      "timeout: '2 hours' is not a duration; use seconds or 90s, 30m, 2h, 1h30m"
    )
    expect(errorOf(() => parseDuration('timeout', '-5m'))).toMatch(/^timeout: '-5m' is negative/)
    expect(errorOf(() => parseDuration('poll-interval', '0'))).toBe("poll-interval: '0' must be more than zero")
    expect(errorOf(() => parseDuration('timeout', '30m1h'))).toMatch(/largest first/)
    expect(errorOf(() => parseDuration('timeout', '1h1h'))).toMatch(/once/)
    expect(errorOf(() => parseDuration('timeout', ''))).toMatch(/^timeout: '' is not a duration/)
    expect(errorOf(() => parseDuration('timeout', '5x'))).toMatch(/not a duration/)
    expect(errorOf(() => parseDuration('timeout', '1e3'))).toMatch(/not a duration/)
    expect(errorOf(() => parseDuration('timeout', '9'.repeat(30)))).toMatch(/too long/)
  })

  test('zero is accepted where the caller allows it', () => {
    expect(parseDuration('cache-ttl', '0s', { allowZero: true })).toBe(0)
  })
})

describe('parseChoice and parseBoolean', () => {
  const commands = ['list', 'run', 'status', 'instances'] as const

  test('choice is case-insensitive and trimmed, returning the allowed spelling', () => {
    expect(parseChoice('cmd', ' RUN ', commands)).toBe('run')
    expect(parseChoice('type', 'manual', ['MANUAL', 'SCHEDULED', 'OTHER'])).toBe('MANUAL')
    expect(errorOf(() => parseChoice('cmd', 'start', commands))).toBe("cmd: 'start' is not one of list, run, status, instances")
  })

  test.each(['true', 'True', 'TRUE', 'yes', 'on', '1', ' true '])('%s is true', (text) => {
    expect(parseBoolean('wait', text)).toBe(true)
  })

  test.each(['false', 'False', 'FALSE', 'no', 'off', '0'])('%s is false', (text) => {
    expect(parseBoolean('wait', text)).toBe(false)
  })

  test('anything else is an error', () => {
    expect(errorOf(() => parseBoolean('wait', 'sometimes'))).toBe("wait: 'sometimes' is not a boolean; use true or false")
    expect(errorOf(() => parseBoolean('wait', ''))).toMatch(/^wait: /)
  })
})

describe('parseDate', () => {
  test('accepts real calendar dates only', () => {
    expect(parseDate('from', '2024-02-29')).toBe('2024-02-29')
    expect(parseDate('to', ' 2025-12-31 ')).toBe('2025-12-31')
    expect(errorOf(() => parseDate('from', '2025-02-29'))).toBe(
      "from: '2025-02-29' is not a date; use YYYY-MM-DD, e.g. 2025-01-31"
    )
    for (const bad of ['2025-13-01', '2025-1-5', '05/01/2025', '2025-01-01T00:00', 'yesterday']) {
      expect(errorOf(() => parseDate('from', bad))).toMatch(/^from: /)
    }
  })
})

describe('parseParameters', () => {
  const expected = [
    { name: 'set_id', value: '9563643080000561' },
    { name: 'job_name', value: 'Export & "more" <now>' }
  ]

  test('empty or blank text means no parameters', () => {
    expect(parseParameters('')).toEqual([])
    expect(parseParameters('  \n\t ')).toEqual([])
  })

  test('the XML body from the "Run a job" wizard, entities decoded, values exact', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<job>
  <parameters>
    <parameter>
      <name desc="Set">set_id</name>
      <value>9563643080000561</value>
    </parameter>
    <parameter><name>job_name</name><value>Export &amp; &quot;more&quot; &lt;now&gt;</value></parameter>
  </parameters>
</job>`
    expect(parseParameters(xml)).toEqual(expected)
    expect(
      parseParameters('<job><parameters><parameter><name>a</name><value>0012</value></parameter></parameters></job>')
    ).toEqual([{ name: 'a', value: '0012' }])
    expect(
      parseParameters('<job><parameters><parameter><name>n</name><value>caf&#233; &#x41;</value></parameter></parameters></job>')
    ).toEqual([{ name: 'n', value: 'café A' }])
    expect(parseParameters('<job/>')).toEqual([])
    expect(parseParameters('<job><parameters/></job>')).toEqual([])
    expect(parseParameters('<job><parameters><parameter><name>e</name><value/></parameter></parameters></job>')).toEqual([
      { name: 'e', value: '' }
    ])
  })

  test('malformed or unexpected XML says where and what', () => {
    expect(errorOf(() => parseParameters('<job>\n  <parameters>\n    <parameter></parameters>\n</job>'))).toMatch(
      /^parameters: the XML is not well-formed \(line 3, column \d+: .*parameter/
    )
    expect(errorOf(() => parseParameters('<parameters/>'))).toMatch(/root is <parameters>; expected <job>/)
    expect(errorOf(() => parseParameters('<job><parameters><parameter><name>a</name></parameter></parameters></job>'))).toMatch(
      /'a' needs one <value>/
    )
    expect(
      errorOf(() =>
        parseParameters(
          '<job><parameters><parameter><name>a</name><value>1</value><value>2</value></parameter></parameters></job>'
        )
      )
    ).toMatch(/'a' needs one <value>/)
    expect(errorOf(() => parseParameters('<!DOCTYPE job [<!ENTITY x "y">]><job/>'))).toMatch(/DOCTYPE/)
  })

  test("Alma's JSON body, including one parameter as an object, numbers kept exact", () => {
    const json = JSON.stringify({
      parameter: [
        { name: { value: 'set_id' }, value: '9563643080000561' },
        { name: { value: 'job_name', desc: 'Job name' }, value: 'Export & "more" <now>' }
      ]
    })
    expect(parseParameters(json)).toEqual(expected)
    expect(parseParameters('{"parameter": {"name": {"value": "set_id"}, "value": 9563643080000561}}')).toEqual([expected[0]])
    expect(parseParameters('{}')).toEqual([])
  })

  test('a JSON mapping, with big numbers kept as written', () => {
    expect(parseParameters('{"set_id": 9563643080000561, "job_name": "Export & \\"more\\" <now>"}')).toEqual(expected)
    expect(parseParameters('{"rate": 1.50, "flag": true}')).toEqual([
      { name: 'rate', value: '1.50' },
      { name: 'flag', value: 'true' }
    ])
    expect(errorOf(() => parseParameters('{"set_id": {"a": 1}}'))).toMatch(/'set_id' is object/)
    expect(errorOf(() => parseParameters('{"set_id": null}'))).toMatch(/'set_id' is null/)
    expect(errorOf(() => parseParameters('{"set_id": '))).toMatch(/^parameters: not valid JSON/)
  })

  test('a flat YAML mapping: comments, quotes, exact numbers', () => {
    const yaml = [
      '# parameters for the nightly export',
      '---',
      'set_id: 9563643080000561   # the set',
      'job_name: "Export & \\"more\\" <now>"',
      "note: 'it''s: here # not a comment'",
      'tag: a#b',
      'empty: ""',
      'flag: true',
      'unicode: "caf\\u00e9"',
      ''
    ].join('\r\n')
    expect(parseParameters(yaml)).toEqual([
      ...expected,
      { name: 'note', value: "it's: here # not a comment" },
      { name: 'tag', value: 'a#b' },
      { name: 'empty', value: '' },
      { name: 'flag', value: 'true' },
      { name: 'unicode', value: 'café' }
    ])
  })

  test('YAML beyond a flat mapping is refused with its line', () => {
    expect(errorOf(() => parseParameters('set_id:\n  - a\n  - b'))).toBe(
      "parameters: line 1: 'set_id' holds a nested list or mapping; only flat 'name: value' lines are supported"
    )
    expect(errorOf(() => parseParameters('a: 1\n  b: 2'))).toMatch(/^parameters: line 2: indented lines/)
    expect(errorOf(() => parseParameters('- a\n- b'))).toMatch(/^parameters: line 1: lists are not supported/)
    expect(errorOf(() => parseParameters('a: [1, 2]'))).toMatch(/line 1: 'a' holds a list or mapping/)
    expect(errorOf(() => parseParameters('a: {b: 1}'))).toMatch(/holds a list or mapping/)
    expect(errorOf(() => parseParameters('a: |\n  text'))).toMatch(/block scalars/)
    expect(errorOf(() => parseParameters('a: b: c'))).toMatch(/contains ': '; quote it/)
    expect(errorOf(() => parseParameters('a: "open'))).toMatch(/no closing/)
    expect(errorOf(() => parseParameters('a: "x" y'))).toMatch(/unexpected text after the quoted value/)
    expect(errorOf(() => parseParameters('a:\nb: 1'))).toMatch(/line 1: 'a' has no value/)
    expect(errorOf(() => parseParameters('a: *ref'))).toMatch(/must be quoted/)
    expect(errorOf(() => parseParameters('just text'))).toMatch(/line 1: 'just text' is not 'name: value'/)
    expect(errorOf(() => parseParameters('a: "\\q"'))).toMatch(/unknown escape/)
  })

  test('duplicate names are refused in every form', () => {
    expect(errorOf(() => parseParameters('a: 1\na: 2'))).toBe("parameters: 'a' is given twice; give each parameter once")
    expect(
      errorOf(() => parseParameters('{"parameter":[{"name":{"value":"a"},"value":"1"},{"name":{"value":"a"},"value":"2"}]}'))
    ).toMatch(/'a' is given twice/)
    expect(
      errorOf(() =>
        parseParameters(
          '<job><parameters><parameter><name>a</name><value>1</value></parameter><parameter><name>a</name><value>2</value></parameter></parameters></job>'
        )
      )
    ).toMatch(/'a' is given twice/)
  })

  test('the input name given is the one in messages', () => {
    expect(errorOf(() => parseParameters('a: b: c', '--param'))).toMatch(/^--param: line 1/)
  })
})

describe('XML problems read as a person would say them', () => {
  test('unclosed tags are named', () => {
    expect(() => parseParameters('<job><parameters>')).toThrow(
      'parameters: the XML is not well-formed (line 1, column 1: <job>, <parameters> never closed)'
    )
  })
})
