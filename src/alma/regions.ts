// Region code or full base URL → the API root every path is relative to (alma-api.md §1).
import { isIPv4 } from 'node:net'
import { ConfigError } from './errors.js'

/** §1: `ap` and `aps` (Asia Pacific, Australia) are two regions; China is on `.com.cn`. */
export const REGIONS = ['na', 'eu', 'ap', 'aps', 'ca', 'cn'] as const
export type Region = (typeof REGIONS)[number]

const API_PATH = '/almaws/v1'

/** §1: every real call to Alma in China goes to `.com.cn`; the other regions are on `.com`. */
const REGION_HOSTS: Record<Region, string> = {
  na: 'api-na.hosted.exlibrisgroup.com',
  eu: 'api-eu.hosted.exlibrisgroup.com',
  ap: 'api-ap.hosted.exlibrisgroup.com',
  aps: 'api-aps.hosted.exlibrisgroup.com',
  ca: 'api-ca.hosted.exlibrisgroup.com',
  cn: 'api-cn.hosted.exlibrisgroup.com.cn'
}

export function regionBaseUrl(region: Region): string {
  return `https://${REGION_HOSTS[region]}${API_PATH}`
}

/**
 * An instance's URL on the configured API root: what the instance GET asks for (§2). Built
 * from the settings, never from a link Alma or an event sends.
 */
export function instanceUrl(baseUrl: string, jobId: string, instanceId: string): string {
  return `${baseUrl}/conf/jobs/${encodeURIComponent(jobId)}/instances/${encodeURIComponent(instanceId)}`
}

/**
 * Whether a host name is Ex Libris's: `exlibrisgroup.com`, `exlibrisgroup.com.cn` or a name
 * below either (§1). Case and one trailing dot do not matter; a look-alike such as
 * `exlibrisgroup.com.evil.example` or `notexlibrisgroup.com` is not one.
 */
export function isExLibrisHost(hostname: string): boolean {
  const host = hostname.trim().toLowerCase().replace(/\.$/, '')
  return /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*exlibrisgroup\.com(?:\.cn)?$/.test(host)
}

const ALLOWED = `region ${REGIONS.join(', ')} or a base URL such as https://api-eu.hosted.exlibrisgroup.com${API_PATH}`

/**
 * A base URL wins over a region. The result has no trailing '/'. A base URL with no path
 * gets /almaws/v1. http:// is only allowed to a loopback host (a local simulator): anything
 * else would send the key in clear text.
 */
export function resolveBaseUrl(opts: { region?: string; baseUrl?: string }): string {
  const baseUrl = opts.baseUrl?.trim()
  if (baseUrl) return checkedBaseUrl(baseUrl)
  const region = opts.region?.trim().toLowerCase()
  if (!region) throw new ConfigError(`No Alma region or base URL given (allowed: ${ALLOWED})`)
  if (!(REGIONS as readonly string[]).includes(region)) {
    throw new ConfigError(`Unknown Alma region "${opts.region}" (allowed: ${ALLOWED})`)
  }
  return regionBaseUrl(region as Region)
}

function checkedBaseUrl(text: string): string {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new ConfigError(`Alma base URL "${text}" is not a URL (allowed: ${ALLOWED})`)
  }
  // Never echo a URL that might carry credentials or an apikey query (§1: key in the header only).
  if (url.username || url.password || url.search || url.hash) {
    throw new ConfigError(
      `Alma base URL must not contain credentials, a query or a fragment (pass the key separately; allowed: ${ALLOWED})`
    )
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new ConfigError(
      `Alma base URL uses plain http:// to ${url.hostname} (allowed: https://, or http:// only to 127.0.0.0/8, localhost or [::1])`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(`Alma base URL has protocol ${url.protocol} (allowed: https://)`)
  }
  const path = url.pathname.replace(/\/+$/, '')
  return `${url.protocol}//${url.host}${path === '' ? API_PATH : path}`
}

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase()
  if (host === 'localhost' || host === '[::1]' || host === '::1') return true
  return isIPv4(host) && host.split('.')[0] === '127'
}
