// Public surface of the graph layer: re-exports only.
export * from './store.js';
export * from './keys.js';
export * from './normalize.js';
export * from './merge-props.js';
export * from './node-aliases.js';
export * from './sqlite-store.js';
export * from './open-store.js';
export * from './resolve.js';
export * from './ingest-extraction.js';
export * from './resolve/alias-file.js';
export { displayPersonName } from './resolve/entity-resolver.js';
export { summarizeLinkHistory, type LinkHistoryFacts } from '../src/link-history.js';
export * from './export.js';
