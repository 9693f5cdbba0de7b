export * from './alma/index.js';
