// Public surface of the link checker: re-exports only.
export * from './options.js';
export * from './check-links.js';
export * from './agent.js';
export * from './queue.js';
export * from './policy.js';
export * from './classify.js';
export * from './soft-404.js';
export * from './parked.js';
export * from './drift.js';
export * from './archive.js';
export * from './ssrf.js';
export * from './history.js';
export * from './head-policy.js';
export * from './url-scheduler.js';
export * from './report.js';
export type { Hop } from './fetch-page.js';
