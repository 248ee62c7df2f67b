// One HTTP exchange chain: a request per hop through the politeness queue, manual redirects with the
// whole chain recorded, loop detection, and a capped body read (GET reads at most `maxBodyBytes`,
// then the stream is destroyed: a large response is never buffered).
import type { Dispatcher } from 'undici';
import type { HostQueue } from './queue.js';
import { preflightBlocked, BlockedAddressError, isReservedInvalid } from './ssrf.js';
import type { ResolvedCheckOptions } from './options.js';
import { exchange, timeoutError } from './http-exchange.js';
import { ChainCookies } from './chain-cookies.js';
import { decodeBody } from './decode-body.js';

export interface Hop {
  url: string;
  status: number;
}

export interface RawResponse {
  url: string;
  statusCode: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** First bytes of the (decoded) body for GET; null for HEAD. */
  body: Buffer | null;
}

/** Failures that end a chain before a final response. */
export type ChainFailure =
  | { kind: 'error'; error: unknown }
  | { kind: 'redirect-loop' | 'too-many-redirects' | 'unsupported-scheme' | 'invalid-url'; message: string };

export interface ChainResult {
  method: 'HEAD' | 'GET';
  /** Redirect hops (each 3xx response), in order. */
  hops: Hop[];
  response: RawResponse | null;
  failure: ChainFailure | null;
  /** Last URL requested (the final page, or where it failed). */
  lastUrl: string;
}

export interface FetchContext {
  options: ResolvedCheckOptions;
  dispatcher: Dispatcher;
  queue: HostQueue;
  /** Whether the dispatcher carries the guarded lookup (then names need no pre-flight resolution). */
  guardedDispatcher: boolean;
  /** From checkRequestHeaders(options.userAgent). */
  requestHeaders: Record<string, string>;
}

const REDIRECT_CODES = new Set([301, 302, 303, 307, 308]);
/** Unread bodies up to this size are drained to keep the socket; a bigger one costs the socket. */
const DRAIN_BYTES = 64 * 1024;

/** The request headers of every check (one frozen object, not one per request). */
export function checkRequestHeaders(userAgent: string): Record<string, string> {
  return Object.freeze({
    'user-agent': userAgent,
    accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    'accept-encoding': 'gzip, deflate, br',
  }) as Record<string, string>;
}

/**
 * Only text bodies are read (HTML for analysis, JSON of any flavour for the archive API, untyped ones sniffed):
 * a PDF or an archive file says nothing the headers did not.
 */
function isReadableBody(contentType: string | undefined): boolean {
  return !contentType || /\b(text\/html|application\/xhtml\+xml|text\/plain)\b|[/+]json\b/i.test(contentType);
}

/**
 * Header values arrive as latin1; a Location with raw UTF-8 bytes ("/docs/küste") is meant as UTF-8,
 * as browsers read it. Bytes that are not valid UTF-8 stay as they came.
 */
export function utf8Header(value: string | undefined): string | undefined {
  if (!value || !/[\x80-\xff]/.test(value)) return value;
  const decoded = Buffer.from(value, 'latin1').toString('utf8');
  return decoded.includes('\ufffd') ? value : decoded;
}

/**
 * Time budget of one attempt. Only time spent on the wire counts (waiting for a politeness slot
 * does not), so a busy host cannot turn a healthy link into a timeout.
 */
export class Budget {
  timedOut = false;
  constructor(
    public remainingMs: number,
    readonly signal: AbortSignal | null = null,
    /** Shared by a check's attempts: when its first request got a slot (its duration starts there). */
    readonly clock: { firstWireMs: number | null } | null = null,
  ) {}
}

/** One request on one URL through the queue; throws network errors as undici raises them. */
async function requestOnce(
  ctx: FetchContext, url: URL, method: 'HEAD' | 'GET', budget: Budget, capMs: number, cookie: string | undefined,
): Promise<RawResponse> {
  const { options } = ctx;
  return ctx.queue.run(url.hostname, async () => {
    if (budget.signal?.aborted) throw Object.assign(new Error('check aborted'), { code: 'ABORT_ERR' });
    const ms = Math.min(budget.remainingMs, capMs);
    if (ms <= 0) {
      budget.timedOut = true;
      throw timeoutError();
    }
    const started = Date.now();
    if (budget.clock && budget.clock.firstWireMs === null) budget.clock.firstWireMs = started;
    try {
      const res = await exchange(ctx.dispatcher, url, {
        method,
        headers: cookie ? { ...ctx.requestHeaders, cookie } : ctx.requestHeaders,
        timeoutMs: ms,
        onTimeout: () => { budget.timedOut = true; },
        signal: budget.signal,
        // Redirect and HEAD bodies are ignored (a big one costs the socket, not the read).
        keepBody: (status, headers) => method === 'GET' && !REDIRECT_CODES.has(status) && isReadableBody(headers['content-type']),
        maxBodyBytes: options.maxBodyBytes,
        drainBytes: DRAIN_BYTES,
      });
      const body = res.body ? await decodeBody(res.body, res.headers['content-encoding'], options.maxBodyBytes) : null;
      return { url: url.href, statusCode: res.statusCode, headers: res.headers, body };
    } catch (err) {
      if (budget.timedOut) throw timeoutError();
      throw err;
    } finally {
      budget.remainingMs -= Date.now() - started;
    }
  });
}

/**
 * Follow a chain from `start` with `method`, appending to `hops` (which may already hold earlier hops)
 * until a non-redirect answer, a failure, or the end of the budget (`capMs` caps this chain's share).
 */
export async function fetchChain(
  ctx: FetchContext, start: string, method: 'HEAD' | 'GET', budget: Budget, priorHops: Hop[] = [], capMs = Infinity,
): Promise<ChainResult> {
  const hops = [...priorHops];
  // A URL revisited with new cookies is not a loop yet (cookie-check redirects): visits are URL + cookies.
  const cookies = new ChainCookies();
  const visitKey = (href: string, host: string) => `${href}\n${cookies.header(host) ?? ''}`;
  const visited = new Set<string>(hops.map((h) => `${h.url}\n`));
  let current = start;
  for (;;) {
    let url: URL;
    try {
      url = new URL(current);
    } catch {
      return { method, hops, response: null, lastUrl: current, failure: { kind: 'invalid-url', message: `not a valid URL: ${current}` } };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return { method, hops, response: null, lastUrl: current, failure: { kind: 'unsupported-scheme', message: `unsupported scheme ${url.protocol}` } };
    }
    if (isReservedInvalid(url.hostname)) {
      const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${url.hostname} (reserved .invalid name)`), { code: 'ENOTFOUND' });
      return { method, hops, response: null, lastUrl: url.href, failure: { kind: 'error', error } };
    }
    if (!ctx.options.allowPrivate) {
      const refused = await preflightBlocked(url.hostname, ctx.options.resolveHost, !ctx.guardedDispatcher);
      if (refused) return { method, hops, response: null, lastUrl: url.href, failure: { kind: 'error', error: new BlockedAddressError(url.hostname, refused) } };
    }
    visited.add(visitKey(url.href, url.host));
    let response: RawResponse;
    try {
      response = await requestOnce(ctx, url, method, budget, capMs, cookies.header(url.host));
    } catch (error) {
      return { method, hops, response: null, lastUrl: url.href, failure: { kind: 'error', error } };
    }
    const location = utf8Header(response.headers.location);
    cookies.take(url.host, response.headers['set-cookie']);
    if (!REDIRECT_CODES.has(response.statusCode) || !location) {
      return { method, hops, response, lastUrl: url.href, failure: null };
    }
    hops.push({ url: url.href, status: response.statusCode });
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      // The cited URL is fine; the server's answer is broken, so the link does not work.
      const error = Object.assign(new Error(`malformed Location header: ${location.slice(0, 200)}`), { code: 'ERR_BAD_LOCATION' });
      return { method, hops, response: null, lastUrl: url.href, failure: { kind: 'error', error } };
    }
    next.hash = '';
    if (visited.has(visitKey(next.href, next.host))) {
      return { method, hops, response: null, lastUrl: next.href, failure: { kind: 'redirect-loop', message: `redirect loop back to ${next.href}` } };
    }
    if (hops.length > ctx.options.maxRedirects) {
      return { method, hops, response: null, lastUrl: next.href, failure: { kind: 'too-many-redirects', message: `more than ${ctx.options.maxRedirects} redirects` } };
    }
    current = next.href;
  }
}
