// The webhook relay from Alma to GitHub (alma-api.md §10, runner.md §8): the Fetch handler,
// and a node:http server around it for those who host it themselves.
export {
  createWebhookRelay,
  DEFAULT_EVENT_TYPE,
  DEFAULT_GITHUB_API_URL,
  DEFAULT_GITHUB_TIMEOUT_MS,
  DEFAULT_MAX_EVENT_AGE_MS,
  RELAY_MAX_BODY_BYTES
} from './relay.js'
export type { RelayOutcome, WebhookRelayOptions } from './relay.js'
export { RELAY_MAX_CONNECTIONS, serveRelay } from './serve.js'
export type { RelayServer, ServeRelayOptions } from './serve.js'
