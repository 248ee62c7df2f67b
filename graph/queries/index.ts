// The one query layer over GraphStore, shared by the API and the CLI: re-exports only.
export * from './common.js';
export * from './search.js';
export * from './traverse.js';
export * from './profiles.js';
export * from './events-topics.js';
export * from './citations.js';
export * from './links.js';
export * from './documents.js';
