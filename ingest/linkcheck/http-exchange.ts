// One HTTP request/response through undici's dispatch() with a small handler instead of request():
// no response stream, no async iterator, no AbortController per request (this runs once or twice
// per checked URL, and the stream machinery cost more CPU than everything the checker does with it).
import type { Dispatcher } from 'undici';

export interface ExchangeResult {
  statusCode: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** The first `maxBodyBytes` of the body when `keepBody` said so; null otherwise. */
  body: Buffer | null;
}

export interface ExchangeOptions {
  method: 'HEAD' | 'GET';
  headers: Record<string, string>;
  /** Deadline of the whole exchange (headers and body), ms. */
  timeoutMs: number;
  /** Called when that deadline fires (before the exchange rejects with ETIMEDOUT). */
  onTimeout: () => void;
  signal: AbortSignal | null;
  /** Whether the body of this answer is worth keeping (decided on status and headers). */
  keepBody: (statusCode: number, headers: Record<string, string>) => boolean;
  /** Kept bodies: bytes kept before the connection is dropped (the rest is never read). */
  maxBodyBytes: number;
  /** Other bodies: bytes read and discarded to keep the socket reusable, beyond which it is dropped. */
  drainBytes: number;
}

export function timeoutError(): Error {
  return Object.assign(new Error('attempt time budget exhausted'), { code: 'ETIMEDOUT' });
}

function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : Object.assign(new Error('check aborted'), { code: 'ABORT_ERR' });
}

/** Raw header pairs -> lower-case record, repeated names joined (as undici's parseHeaders + join). */
function headerRecord(raw: Buffer[] | string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const key = raw[i].toString('latin1').toLowerCase();
    if (key === '__proto__') continue;
    const value = raw[i + 1].toString('latin1');
    out[key] = Object.hasOwn(out, key) ? `${out[key]}, ${value}` : value;
  }
  return out;
}

/** Send one request; resolves once the body is read (or capped), rejects with undici's network errors. */
export function exchange(dispatcher: Dispatcher, url: URL, o: ExchangeOptions): Promise<ExchangeResult> {
  return new Promise<ExchangeResult>((resolve, reject) => {
    let abort: ((err: Error) => void) | null = null;
    let pendingAbort: Error | null = null;
    let settled = false;
    let statusCode = 0;
    let headers: Record<string, string> = {};
    let keep = false;
    const chunks: Buffer[] = [];
    let size = 0;

    const settle = (err: Error | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      o.signal?.removeEventListener('abort', onAbort);
      if (err) reject(err);
      else resolve({ statusCode, headers, body: keep ? Buffer.concat(chunks, size) : null });
    };
    // Drop the connection now, or as soon as undici hands over the abort function.
    const stop = (err: Error): void => {
      if (abort) abort(err);
      else pendingAbort = err;
    };
    const fail = (err: Error): void => {
      settle(err);
      stop(err);
    };
    // Enough read (or too much to drain): answer with what we have and drop the connection.
    const capped = (): void => {
      settle(null);
      stop(Object.assign(new Error('body read up to its cap'), { code: 'UND_ERR_ABORTED' }));
    };
    const timer = setTimeout(() => {
      o.onTimeout();
      fail(timeoutError());
    }, o.timeoutMs);
    const onAbort = (): void => fail(abortError(o.signal as AbortSignal));
    if (o.signal?.aborted) return fail(abortError(o.signal));
    o.signal?.addEventListener('abort', onAbort, { once: true });

    const handler: Dispatcher.DispatchHandler = {
      onConnect(abortFn: (err?: Error) => void) {
        if (pendingAbort) abortFn(pendingAbort);
        else abort = abortFn;
      },
      onHeaders(code: number, raw: Buffer[] | string[] | null) {
        if (code < 200) return true; // 1xx informational (103 Early Hints): the answer follows
        statusCode = code;
        headers = headerRecord(raw ?? []);
        keep = o.keepBody(code, headers);
        return true;
      },
      onData(chunk: Buffer) {
        if (settled) return true;
        if (keep) {
          const take = Math.min(chunk.length, o.maxBodyBytes - size);
          chunks.push(take === chunk.length ? chunk : chunk.subarray(0, take));
          size += take;
          if (size >= o.maxBodyBytes) capped();
        } else {
          size += chunk.length;
          if (size > o.drainBytes) capped();
        }
        return true;
      },
      onComplete() {
        settle(null);
      },
      onError(err: Error) {
        settle(err);
      },
    };
    try {
      dispatcher.dispatch({
        origin: url.origin,
        path: url.pathname + url.search,
        method: o.method,
        headers: o.headers,
        headersTimeout: o.timeoutMs,
        bodyTimeout: o.timeoutMs,
        // undici closes the socket after every HEAD by default (for servers that wrongly send a
        // body); keep-alive matters more here, and a stray body only fails the next request on that
        // socket as a connection error, which is retried.
        reset: false,
      }, handler);
    } catch (err) {
      fail(err as Error);
    }
  });
}
