// What every route module receives: the resolved app options (store, config, limits) and the
// OpenAPI document built once at startup.
import type { ResolvedAppOptions } from '../app-options.js';

export interface RouteContext extends ResolvedAppOptions {
  readonly openapi: Record<string, unknown>;
}
