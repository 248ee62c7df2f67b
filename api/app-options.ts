// Options of createApp: the input pair (AppOptions) and its frozen, defaulted form.
import type { ResolvedConfig } from '../src/config.js';
import { DEFAULT_REQUEST_TIME_LIMIT_MS } from '../src/defaults.js';
import type { GraphStore } from '../graph/store.js';
import type { CheckOptions } from '../ingest/linkcheck/options.js';
import { LEVEL_EDGE_BUDGET } from '../graph/queries/traverse.js';

/** Writes per client and window before 429. */
export const DEFAULT_WRITE_RATE_LIMIT = 30;
export const DEFAULT_WRITE_RATE_WINDOW_MS = 15 * 60 * 1000;
/** Upper bound of a JSON request body. */
export const DEFAULT_JSON_BODY_LIMIT = '100kb';
/** Time limit of a write (upload + extraction + ingest of a large PDF takes longer than a read). */
export const DEFAULT_WRITE_TIME_LIMIT_MS = 120_000;

export interface AppOptions {
  store: GraphStore;
  config: ResolvedConfig;
  /** Time limit of reads (GET/HEAD). */
  requestTimeLimitMs?: number;
  /** Time limit of writes (POST). */
  writeTimeLimitMs?: number;
  writeRateLimit?: { limit?: number; windowMs?: number };
  /**
   * Edges one BFS level of a path or graph query may read (default LEVEL_EDGE_BUDGET). A path search
   * that hits it before finding a path answers 503 CG_TIMEOUT rather than a guessed "no path".
   */
  levelEdgeBudget?: number;
  /** Passed to the link checker for API-started checks (tests: a short keep-alive dispatcher). */
  linkCheckOptions?: Partial<CheckOptions>;
  /** Where server errors are logged (one line each). */
  log?: (line: string) => void;
}

export interface ResolvedAppOptions {
  readonly store: GraphStore;
  readonly config: ResolvedConfig;
  readonly requestTimeLimitMs: number;
  readonly writeTimeLimitMs: number;
  readonly writeRateLimit: Readonly<{ limit: number; windowMs: number }>;
  readonly levelEdgeBudget: number;
  readonly linkCheckOptions: Readonly<Partial<CheckOptions>>;
  readonly log: (line: string) => void;
}

export function resolveAppOptions(o: AppOptions): ResolvedAppOptions {
  return Object.freeze({
    store: o.store,
    config: o.config,
    requestTimeLimitMs: o.requestTimeLimitMs ?? DEFAULT_REQUEST_TIME_LIMIT_MS,
    writeTimeLimitMs: o.writeTimeLimitMs ?? DEFAULT_WRITE_TIME_LIMIT_MS,
    writeRateLimit: Object.freeze({
      limit: o.writeRateLimit?.limit ?? DEFAULT_WRITE_RATE_LIMIT,
      windowMs: o.writeRateLimit?.windowMs ?? DEFAULT_WRITE_RATE_WINDOW_MS,
    }),
    levelEdgeBudget: o.levelEdgeBudget ?? LEVEL_EDGE_BUDGET,
    linkCheckOptions: Object.freeze({ ...(o.linkCheckOptions ?? {}) }),
    log: o.log ?? ((line: string) => process.stderr.write(line + '\n')),
  });
}
