/** §1: `ap` and `aps` (Asia Pacific, Australia) are two regions; China is on `.com.cn`. */
export declare const REGIONS: readonly ["na", "eu", "ap", "aps", "ca", "cn"];
export type Region = (typeof REGIONS)[number];
export declare function regionBaseUrl(region: Region): string;
/**
 * An instance's URL on the configured API root: what the instance GET asks for (§2). Built
 * from the settings, never from a link Alma or an event sends.
 */
export declare function instanceUrl(baseUrl: string, jobId: string, instanceId: string): string;
/**
 * Whether a host name is Ex Libris's: `exlibrisgroup.com`, `exlibrisgroup.com.cn` or a name
 * below either (§1). Case and one trailing dot do not matter; a look-alike such as
 * `exlibrisgroup.com.evil.example` or `notexlibrisgroup.com` is not one.
 */
export declare function isExLibrisHost(hostname: string): boolean;
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
