import './node-guard.js';
export * from './alma/index.js';
export * from './relay/index.js';
