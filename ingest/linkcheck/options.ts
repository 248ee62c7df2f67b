// Link-check options: `CheckOptions` (input) resolved once into a frozen `ResolvedCheckOptions`.
// Every default comes from src/defaults.ts so the CLI and the library agree.
import type { Dispatcher } from 'undici';
import {
  DEFAULT_ARCHIVE_URL, DEFAULT_LINK_CONCURRENCY, DEFAULT_LINK_PER_HOST, DEFAULT_LINK_RETRIES,
  DEFAULT_LINK_TIMEOUT_MS, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_REDIRECTS, DEFAULT_RETRY_AFTER_CAP_MS,
  DEFAULT_LINK_RETRY_BASE_MS, DEFAULT_DRIFT_THRESHOLD as DRIFT_THRESHOLD, DEFAULT_LINK_USER_AGENT,
} from '../../src/defaults.js';
import { InvalidInputError } from '../../src/errors.js';
import type { LinkCheck } from '../../src/link-check.js';

/** DNS lookup in the shape of `dns.lookup` with `{ all: true }`, injectable for tests. */
export type ResolveHost = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

export interface CheckOptions {
  /** Requests in flight at once, all hosts together. */
  concurrency?: number;
  /** Requests in flight at once to one host. */
  perHost?: number;
  /** Budget of one attempt (connect + headers + body, redirects included), ms. */
  timeoutMs?: number;
  /** Extra attempts after a retryable failure (5xx, 429, timeout, connection error). */
  retries?: number;
  /** First backoff delay, doubled per retry, plus up to the same again as jitter. */
  retryBaseMs?: number;
  maxRedirects?: number;
  /** Bytes of a GET body read at most (title and soft-404 analysis); the rest is never read. */
  maxBodyBytes?: number;
  /** A Retry-After longer than this is not waited for; the result stays `rate-limited`. */
  retryAfterCapMs?: number;
  /** Look up archived copies of dead and soft-dead links. */
  archive?: 'wayback' | 'none';
  /** Base URL of the Wayback availability API (`{archiveUrl}/wayback/available`). */
  archiveUrl?: string;
  /** Shared undici dispatcher; when absent the checker builds (and closes) its own keep-alive Agent. */
  dispatcher?: Dispatcher;
  /** Idle keep-alive of the checker's own Agent, ms (ignored with `dispatcher`). */
  keepAliveTimeoutMs?: number;
  /** Allow loopback/private/link-local targets. Off by default (SSRF guard); the operator's CLI turns it on. */
  allowPrivate?: boolean;
  /** Citation title per URL, for content-drift detection. */
  citedTitles?: ReadonlyMap<string, string>;
  /** Date of the citing document per URL (ISO date), for the closest archived snapshot before it. */
  citedDates?: ReadonlyMap<string, string>;
  /** Request a made-up sibling path to catch soft-404s (Bar-Yossef et al. 2004). Default on. */
  siblingProbe?: boolean;
  /** Title-and-headings similarity below which a cited page counts as drifted (0..1). */
  driftThreshold?: number;
  userAgent?: string;
  /** DNS resolver used by the SSRF guard (tests inject one). */
  resolveHost?: ResolveHost;
  /** Clock for `checkedAt` (tests inject one). */
  now?: () => Date;
  /** Called once per finished URL (progress bars). */
  onResult?: (check: LinkCheck) => void;
  signal?: AbortSignal;
}

export interface ResolvedCheckOptions {
  readonly concurrency: number;
  readonly perHost: number;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly retryBaseMs: number;
  readonly maxRedirects: number;
  readonly maxBodyBytes: number;
  readonly retryAfterCapMs: number;
  readonly archive: 'wayback' | 'none';
  readonly archiveUrl: string;
  readonly dispatcher: Dispatcher | null;
  readonly keepAliveTimeoutMs: number;
  readonly allowPrivate: boolean;
  readonly citedTitles: ReadonlyMap<string, string>;
  readonly citedDates: ReadonlyMap<string, string>;
  readonly siblingProbe: boolean;
  readonly driftThreshold: number;
  readonly userAgent: string;
  readonly resolveHost: ResolveHost | null;
  readonly now: () => Date;
  readonly onResult: ((check: LinkCheck) => void) | null;
  readonly signal: AbortSignal | null;
}

export const DEFAULT_RETRY_BASE_MS = DEFAULT_LINK_RETRY_BASE_MS;
export const DEFAULT_DRIFT_THRESHOLD = DRIFT_THRESHOLD;
export const DEFAULT_USER_AGENT = DEFAULT_LINK_USER_AGENT;

function int(name: string, value: number | undefined, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InvalidInputError(`linkcheck.resolveCheckOptions: ${name} must be an integer in [${min}, ${max}], got ${String(value)}`);
  }
  return value;
}

/**
 * Validate and freeze check options.
 * @throws InvalidInputError (CG_INVALID_INPUT) for out-of-range numbers or a malformed archive URL.
 */
export function resolveCheckOptions(options: CheckOptions = {}): ResolvedCheckOptions {
  const archiveUrl = (options.archiveUrl ?? DEFAULT_ARCHIVE_URL).replace(/\/+$/, '');
  let parsed: URL;
  try {
    parsed = new URL(archiveUrl);
  } catch {
    throw new InvalidInputError(`linkcheck.resolveCheckOptions: archiveUrl is not a URL: ${archiveUrl}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new InvalidInputError(`linkcheck.resolveCheckOptions: archiveUrl must be http(s): ${archiveUrl}`);
  }
  const archive = options.archive ?? 'wayback';
  if (archive !== 'wayback' && archive !== 'none') {
    throw new InvalidInputError(`linkcheck.resolveCheckOptions: archive must be "wayback" or "none", got ${String(archive)}`);
  }
  const drift = options.driftThreshold ?? DEFAULT_DRIFT_THRESHOLD;
  if (!(drift >= 0 && drift <= 1)) {
    throw new InvalidInputError(`linkcheck.resolveCheckOptions: driftThreshold must be in [0, 1], got ${String(drift)}`);
  }
  return Object.freeze({
    concurrency: int('concurrency', options.concurrency, DEFAULT_LINK_CONCURRENCY, 1, 10_000),
    perHost: int('perHost', options.perHost, DEFAULT_LINK_PER_HOST, 1, 10_000),
    timeoutMs: int('timeoutMs', options.timeoutMs, DEFAULT_LINK_TIMEOUT_MS, 1, 24 * 3600_000),
    retries: int('retries', options.retries, DEFAULT_LINK_RETRIES, 0, 20),
    retryBaseMs: int('retryBaseMs', options.retryBaseMs, DEFAULT_RETRY_BASE_MS, 0, 600_000),
    maxRedirects: int('maxRedirects', options.maxRedirects, DEFAULT_MAX_REDIRECTS, 0, 100),
    maxBodyBytes: int('maxBodyBytes', options.maxBodyBytes, DEFAULT_MAX_BODY_BYTES, 1024, 64 * 1024 * 1024),
    retryAfterCapMs: int('retryAfterCapMs', options.retryAfterCapMs, DEFAULT_RETRY_AFTER_CAP_MS, 0, 24 * 3600_000),
    archive,
    archiveUrl,
    dispatcher: options.dispatcher ?? null,
    keepAliveTimeoutMs: int('keepAliveTimeoutMs', options.keepAliveTimeoutMs, 4_000, 1, 600_000),
    allowPrivate: options.allowPrivate ?? false,
    citedTitles: options.citedTitles ?? new Map(),
    citedDates: options.citedDates ?? new Map(),
    siblingProbe: options.siblingProbe ?? true,
    driftThreshold: drift,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    resolveHost: options.resolveHost ?? null,
    now: options.now ?? (() => new Date()),
    onResult: options.onResult ?? null,
    signal: options.signal ?? null,
  });
}
