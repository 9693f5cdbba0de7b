export declare const REGIONS: readonly ["na", "eu", "ap", "ca", "cn"];
export type Region = (typeof REGIONS)[number];
/** §1: China is `.com` in most clients; `.com.cn` users pass the full base URL. */
export declare function regionBaseUrl(region: Region): string;
/**
 * A base URL wins over a region. The result has no trailing '/'. A base URL with no path
 * gets /almaws/v1. http:// is only allowed to a loopback host (a local simulator): anything
 * else would send the key in clear text.
 */
export declare function resolveBaseUrl(opts: {
    region?: string;
    baseUrl?: string;
}): string;
export declare function isLoopbackHost(hostname: string): boolean;
