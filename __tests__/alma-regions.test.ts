// Region codes and base URLs (alma-api.md §1), and which hosts are Ex Libris's.
import { describe, expect, test } from 'vitest'
import { ConfigError } from '../src/alma/errors.js'
import { isExLibrisHost, isLoopbackHost, REGIONS, regionBaseUrl, resolveBaseUrl } from '../src/alma/regions.js'

describe('regions (§1)', () => {
  test.each([
    ['na', 'https://api-na.hosted.exlibrisgroup.com/almaws/v1'],
    ['EU', 'https://api-eu.hosted.exlibrisgroup.com/almaws/v1'],
    ['ap', 'https://api-ap.hosted.exlibrisgroup.com/almaws/v1'],
    ['aps', 'https://api-aps.hosted.exlibrisgroup.com/almaws/v1'],
    [' APS ', 'https://api-aps.hosted.exlibrisgroup.com/almaws/v1'],
    ['ca', 'https://api-ca.hosted.exlibrisgroup.com/almaws/v1'],
    // §1: every real call to Alma in China goes to .com.cn.
    ['cn', 'https://api-cn.hosted.exlibrisgroup.com.cn/almaws/v1']
  ])('region %j', (region, url) => {
    expect(resolveBaseUrl({ region })).toBe(url)
  })

  test('the six regions, ap and aps apart, each on an Ex Libris host', () => {
    expect(REGIONS).toEqual(['na', 'eu', 'ap', 'aps', 'ca', 'cn'])
    expect(new Set(REGIONS.map(regionBaseUrl)).size).toBe(REGIONS.length)
    for (const region of REGIONS) expect(isExLibrisHost(new URL(regionBaseUrl(region)).hostname), region).toBe(true)
  })

  test('base URLs', () => {
    expect(resolveBaseUrl({ baseUrl: 'https://api-cn.hosted.exlibrisgroup.com.cn/almaws/v1/' })).toBe(
      'https://api-cn.hosted.exlibrisgroup.com.cn/almaws/v1'
    )
    expect(resolveBaseUrl({ baseUrl: 'https://api-eu.hosted.exlibrisgroup.com' })).toBe(
      'https://api-eu.hosted.exlibrisgroup.com/almaws/v1'
    )
    expect(resolveBaseUrl({ region: 'na', baseUrl: 'http://127.0.0.1:8080/almaws/v1' })).toBe('http://127.0.0.1:8080/almaws/v1')
    expect(resolveBaseUrl({ baseUrl: 'http://127.9.9.9/almaws/v1' })).toBe('http://127.9.9.9/almaws/v1')
    expect(resolveBaseUrl({ baseUrl: 'http://localhost:3000/almaws/v1' })).toBe('http://localhost:3000/almaws/v1')
    expect(resolveBaseUrl({ baseUrl: 'http://[::1]:3000/almaws/v1' })).toBe('http://[::1]:3000/almaws/v1')
  })

  test.each([
    [{ region: 'xx' }, /Unknown Alma region "xx" \(allowed: region na, eu, ap, aps, ca, cn or a base URL/],
    [{ region: 'au' }, /allowed: region na, eu, ap, aps, ca, cn/],
    [{}, /No Alma region or base URL given \(allowed: region na, eu, ap, aps, ca, cn/],
    [
      { baseUrl: 'http://api-eu.hosted.exlibrisgroup.com/almaws/v1' },
      /plain http:\/\/ to api-eu.hosted.exlibrisgroup.com \(allowed: https:\/\/, or http:\/\/ only to 127.0.0.0\/8, localhost or \[::1\]\)/
    ],
    [{ baseUrl: 'http://128.0.0.1/almaws/v1' }, /plain http:\/\//],
    [{ baseUrl: 'http://127.0.0.1.example.com/almaws/v1' }, /plain http:\/\//],
    [{ baseUrl: 'https://h/almaws/v1?apikey=secret' }, /must not contain/],
    [{ baseUrl: 'ftp://h/almaws/v1' }, /protocol ftp:/],
    [{ baseUrl: 'not a url' }, /is not a URL/]
  ])('refuses %j', (opts, message) => {
    expect(() => resolveBaseUrl(opts)).toThrow(ConfigError)
    expect(() => resolveBaseUrl(opts)).toThrow(message)
  })

  test('a refused URL never echoes an apikey', () => {
    expect(() => resolveBaseUrl({ baseUrl: 'https://h/almaws/v1?apikey=secret' })).not.toThrow(/secret/)
  })
})

describe('isExLibrisHost', () => {
  test.each([
    'api-na.hosted.exlibrisgroup.com',
    'api-aps.hosted.exlibrisgroup.com',
    'api-cn.hosted.exlibrisgroup.com.cn',
    'API-EU.Hosted.ExLibrisGroup.COM',
    'api-eu.hosted.exlibrisgroup.com.', // a fully qualified name
    'exlibrisgroup.com',
    'exlibrisgroup.com.cn',
    'developers.exlibrisgroup.com'
  ])('%s is Ex Libris’s', (host) => {
    expect(isExLibrisHost(host)).toBe(true)
  })

  test.each([
    '',
    'localhost',
    '127.0.0.1',
    'notexlibrisgroup.com',
    'exlibrisgroup.com.evil.example',
    'api-na.hosted.exlibrisgroup.com.evil.example',
    'exlibrisgroup.cn',
    'exlibrisgroup.com.cn.example',
    'api-na.hosted.exlibrisgroup-com.example',
    'api-na.hosted.exlibrisgroup.co',
    'api .exlibrisgroup.com',
    'evil.example/.exlibrisgroup.com',
    '-bad.exlibrisgroup.com',
    '.exlibrisgroup.com'
  ])('%j is not', (host) => {
    expect(isExLibrisHost(host)).toBe(false)
  })

  test('a loopback simulator is not Ex Libris’s, and an Ex Libris host is not loopback', () => {
    expect(isExLibrisHost(new URL('http://127.0.0.1:8787/almaws/v1').hostname)).toBe(false)
    expect(isLoopbackHost('api-cn.hosted.exlibrisgroup.com.cn')).toBe(false)
  })
})
