// The one 4-argument error handler, registered last: maps an error's `code` to an HTTP status and
// answers `{error:{code, message, details}}` (JSON under /api, an escaped HTML page elsewhere).
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { isCitegraphError, NotFoundError } from '../../src/errors.js';
import { renderErrorPage } from '../web/pages/error-page.js';

/** HTTP status for each stable error code; anything unknown is a 500. */
export const STATUS_BY_CODE: Readonly<Record<string, number>> = Object.freeze({
  CG_INVALID_INPUT: 400,
  CG_UNAUTHORIZED: 401,
  CG_FORBIDDEN: 403,
  CG_NOT_FOUND: 404,
  CG_TOO_LARGE: 413,
  CG_UNSUPPORTED_FORMAT: 415,
  CG_EXTRACTION: 422,
  CG_RATE_LIMITED: 429,
  CG_STORE: 500,
  CG_CONFIG: 500,
  CG_INTERNAL: 500,
  CG_FETCH: 502,
  CG_TIMEOUT: 503,
});

export interface ErrorBody {
  /** `details` is always present: the zod issues for CG_INVALID_INPUT, else what the error carries, else null. */
  error: { code: string; message: string; details: unknown };
}

/** Normalise anything thrown (ours, body-parser's, multer's, a bug) into code + message + details. */
export function toErrorBody(err: unknown): { status: number; body: ErrorBody } {
  if (isCitegraphError(err)) {
    const status = STATUS_BY_CODE[err.code] ?? 500;
    return { status, body: { error: { code: err.code, message: err.message, details: err.details ?? null } } };
  }
  const e = err as { type?: unknown; status?: unknown; code?: unknown; name?: unknown; message?: unknown; field?: unknown };
  // body-parser errors carry a `type` and a 4xx `status`.
  if (e && e.type === 'entity.too.large') return mk(413, 'CG_TOO_LARGE', 'api.body: request body is too large');
  if (e && typeof e.type === 'string' && typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
    return mk(400, 'CG_INVALID_INPUT', `api.body: ${String(e.message ?? 'malformed request body')}`);
  }
  // The router could not decode a path parameter ('%E0%A4%A'): a bad request, not a server fault.
  if (e && e.name === 'URIError') return mk(400, 'CG_INVALID_INPUT', 'api.request: malformed percent-encoding in the URL');
  // multer reports upload limits as MulterError with codes like LIMIT_FILE_SIZE.
  if (e && e.name === 'MulterError') {
    if (e.code === 'LIMIT_FILE_SIZE') return mk(413, 'CG_TOO_LARGE', 'api.upload: file exceeds the size limit');
    return mk(400, 'CG_INVALID_INPUT', `api.upload: ${String(e.message)}${e.field ? ` (field "${String(e.field)}")` : ''}`);
  }
  return mk(500, 'CG_INTERNAL', 'api: internal error');
}

function mk(status: number, code: string, message: string): { status: number; body: ErrorBody } {
  return { status, body: { error: { code, message, details: null } } };
}

/** True when the request wants the JSON API rather than an HTML page. */
export function wantsJson(path: string, accept: string | undefined): boolean {
  if (path.startsWith('/api/')) return true;
  return !!accept && accept.includes('application/json') && !accept.includes('text/html');
}

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new NotFoundError(`api.route: no route for ${req.method} ${req.originalUrl.split('?')[0]}`));
};

/** Answer a request with the error body (JSON under /api, an HTML page elsewhere). */
export function sendError(req: Request, res: Response, err: unknown, log: (line: string) => void = () => undefined): void {
  const { status, body } = toErrorBody(err);
  // originalUrl: inside a mounted router req.path has lost its /api/v1 prefix.
  const path = (req.originalUrl || req.url).split('?')[0];
  if (status >= 500 && !isCitegraphError(err)) log(`api: ${req.method} ${path}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  res.status(status);
  if (status === 429) res.setHeader('Retry-After', '60');
  res.setHeader('Cache-Control', 'no-store');
  if (wantsJson(path, req.get('accept'))) {
    res.json(body);
  } else {
    res.type('html').send(renderErrorPage(status, body.error.code, body.error.message));
  }
}

export function createErrorHandler(log: (line: string) => void = (l) => process.stderr.write(l + '\n')): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (res.headersSent) {
      // A handler that finished after its time limit tried to answer a second time: nothing to do.
      if (res.locals.timedOut) return;
      return next(err);
    }
    sendError(req, res, err, log);
  };
}
