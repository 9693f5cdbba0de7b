// What the bundles get for `undici` (tsconfig.json "paths", which ncc follows). @actions/http-client
// imports undici only for getAgentDispatcher(), a proxy dispatcher for fetch() that almajob,
// @actions/core and @actions/cache never call. Bundled, undici was 1 MB of the 1.45 MB
// dist/index.js and about 20 ms of every start (npm run bench, cold start). Proxies still work:
// http-client's own requests go through its `tunnel` agent, not undici.
export class ProxyAgent {
  constructor() {
    throw new Error('undici is not bundled with almajob, so HttpClient.getAgentDispatcher() is unavailable')
  }
}
