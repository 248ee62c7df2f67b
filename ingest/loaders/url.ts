// Fetches a document over http(s) with undici: follows a bounded number of redirects, enforces the
// size limit while streaming (never buffering more than the limit) and one time limit for the whole fetch.
import { request, type Dispatcher } from 'undici';
import { FetchError, TimeoutError, TooLargeError, isCitegraphError } from '../../src/errors.js';
import { oneLine } from './one-line.js';

const OP = 'ingest.loadUrl';
const USER_AGENT = 'citegraph/0.1 (document loader)';
const ACCEPT = 'text/html, application/xhtml+xml, application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document, text/markdown, text/plain;q=0.9, */*;q=0.5';

export interface FetchLimits {
  readonly maxBytes: number;
  readonly timeoutMs: number;
  readonly maxRedirects: number;
  readonly dispatcher?: Dispatcher;
}

export interface FetchedDocument {
  body: Uint8Array;
  /** Content-Type header as sent, or null. */
  contentType: string | null;
  /** URL after redirects. */
  finalUrl: string;
  status: number;
}

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

const NET_CAUSES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host lookup failed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_SOCKET: 'connection closed by the server',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  CERT_HAS_EXPIRED: 'TLS certificate expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
};

function describeNetError(err: unknown): string {
  const e = err as { code?: string; cause?: { code?: string } } | undefined;
  const code = e?.code ?? e?.cause?.code;
  if (code && NET_CAUSES[code]) return `${NET_CAUSES[code]} (${code})`;
  return oneLine(err);
}

/**
 * GET a URL into memory.
 * @throws FetchError (CG_FETCH) for network failures, non-2xx statuses and redirect loops;
 *   TooLargeError (CG_TOO_LARGE) past maxBytes; TimeoutError (CG_TIMEOUT) past timeoutMs.
 */
export async function fetchDocument(url: string, limits: FetchLimits): Promise<FetchedDocument> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; controller.abort(); }, limits.timeoutMs);
  const fail = (err: unknown): Error => {
    if (isCitegraphError(err)) return err;
    if (timedOut) return new TimeoutError(`${OP}: ${url}: no complete response within ${limits.timeoutMs} ms`, { cause: err, details: { url } });
    return new FetchError(`${OP}: ${url}: ${describeNetError(err)}`, { cause: err, details: { url } });
  };
  try {
    let current = url;
    for (let hop = 0; ; hop++) {
      const res = await request(current, {
        method: 'GET',
        signal: controller.signal,
        headers: { 'user-agent': USER_AGENT, accept: ACCEPT },
        headersTimeout: limits.timeoutMs,
        bodyTimeout: limits.timeoutMs,
        ...(limits.dispatcher ? { dispatcher: limits.dispatcher } : {}),
      });
      const location = header(res.headers, 'location');
      if (res.statusCode >= 300 && res.statusCode < 400 && location) {
        discard(res.body);
        if (hop >= limits.maxRedirects) {
          throw new FetchError(`${OP}: ${url}: too many redirects (more than ${limits.maxRedirects})`, { details: { url, lastUrl: current } });
        }
        const next = new URL(location, current);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          throw new FetchError(`${OP}: ${url}: redirect to unsupported URL ${next.href}`, { details: { url } });
        }
        current = next.href;
        continue;
      }
      if (res.statusCode < 200 || res.statusCode >= 300) {
        discard(res.body);
        const via = current === url ? '' : ` (after redirect to ${current})`;
        throw new FetchError(`${OP}: ${url}: HTTP ${res.statusCode}${statusText(res.statusCode)}${via}`, { details: { url, status: res.statusCode } });
      }
      const declared = Number(header(res.headers, 'content-length'));
      if (Number.isFinite(declared) && declared > limits.maxBytes) {
        discard(res.body);
        throw tooLarge(url, limits.maxBytes, `declared ${declared} bytes`);
      }
      const body = await readLimited(res.body, url, limits.maxBytes);
      return { body, contentType: header(res.headers, 'content-type'), finalUrl: current, status: res.statusCode };
    }
  } catch (err) {
    throw fail(err);
  } finally {
    clearTimeout(timer);
  }
}

/** Stream the body, stopping (and destroying the stream) as soon as it passes the limit. */
async function readLimited(body: Dispatcher.ResponseData['body'], url: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    const buf = chunk as Buffer;
    total += buf.length;
    if (total > maxBytes) {
      body.destroy();
      throw tooLarge(url, maxBytes, `more than ${maxBytes} bytes received`);
    }
    chunks.push(buf);
  }
  const all = Buffer.concat(chunks, total);
  return new Uint8Array(all.buffer, all.byteOffset, all.byteLength);
}

/** Drop a body we will not read; destroying it emits an abort error that nobody needs to see. */
function discard(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => undefined);
  body.destroy();
}

function tooLarge(url: string, maxBytes: number, what: string): TooLargeError {
  return new TooLargeError(`${OP}: ${url}: response over the limit of ${maxBytes} bytes (${what})`, { details: { url, maxBytes } });
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | null {
  const v = headers[name];
  if (Array.isArray(v)) return v[0] ?? null;
  return v ?? null;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 410: 'Gone', 429: 'Too Many Requests',
  500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

function statusText(code: number): string {
  return STATUS_TEXT[code] ? ` ${STATUS_TEXT[code]}` : '';
}
