// Public surface of the API layer: re-exports only.
export { createApp, closeApp, type AppOptions } from './app.js';
export { startServer, type RunningServer } from './server.js';
export { buildOpenApi } from './openapi.js';
export { OPERATIONS, type Operation } from './schemas/operations.js';
