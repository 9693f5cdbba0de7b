export * from './alma/index.js';
export { nextPollDelay, waitForInstance } from './wait.js';
export type { InstanceSource, PollScheduleOptions, PollState, WaitOptions, WaitResult } from './wait.js';
export { parseParameters } from './inputs.js';
