// Public surface of the shared kernel: re-exports only.
export * from './errors.js';
export * from './document.js';
export * from './extraction.js';
export * from './graph-model.js';
export * from './link-check.js';
export * from './config.js';
export * from './defaults.js';
export * from './document-id.js';
export * from './link-history.js';
