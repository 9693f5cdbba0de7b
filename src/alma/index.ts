// The Alma client's public surface; also the library entry point.
export { AlmaClient, DEFAULT_LIST_CONCURRENCY, DEFAULT_QUOTA_WARN_BELOW, isJobId } from './client.js'
export { DEFAULT_REQUESTS_PER_SECOND } from './pace.js'
export type { AlmaClientOptions } from './client.js'
export type { CallOptions, ClientEvent, Format } from './http.js'
// The limits on what the client reads and how long it retries (untrusted answers).
export { MAX_BODY_BYTES } from './http.js'
export { MAX_PAGES } from './pages.js'
export { DEFAULT_RATE_LIMIT_BUDGET_MS, RETRY_AFTER_CAP_MS } from './retry.js'
export { AlmaError, ConfigError } from './errors.js'
export type { AlmaErrorKind } from './errors.js'
export { isExLibrisHost, REGIONS, resolveBaseUrl } from './regions.js'
export type { Region } from './regions.js'
export { STATUS_DESCRIPTIONS, classifyStatus, counterValue, failureCounters } from './statuses.js'
export type { StatusClass } from './statuses.js'
export type * from './types.js'
export { JOB_TYPES } from './types.js'
// Waiting for an instance to end, with the action's adaptive poll schedule.
export { nextPollDelay, waitForInstance } from './wait.js'
export { abortableSleep } from './abort.js'
export type { InstanceSource, PollScheduleOptions, PollState, WaitOptions, WaitResult } from './wait.js'
// The "Run a job" wizard's API information (XML), Alma's JSON body, or name: value lines ⇄ parameters.
export { parseParameters, runRequestBody } from './parameters.js'
// Alma's JOB_END webhook (§10): its signature, its body and the URL check.
export {
  answerChallenge,
  BodyParseError,
  isJobEndAction,
  MAX_WEBHOOK_BODY_BYTES,
  parseWebhookEvent,
  verifyWebhookSignature
} from './webhook.js'
export type { WebhookEvent } from './webhook.js'
