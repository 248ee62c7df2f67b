// Per-request time limit: a request that has not answered within the limit gets 503 CG_TIMEOUT.
// (A synchronous store call cannot be interrupted; the limit applies as soon as it yields.)
// Handlers can read `res.locals.deadline` / `res.locals.signal` to stop work that is still running.
import type { RequestHandler, Response } from 'express';
import { TimeoutError } from '../../src/errors.js';
import { sendError } from '../errors/error-handler.js';

/** `readMs` for GET/HEAD, `writeMs` for everything else. */
export function timeLimit(readMs: number, writeMs: number = readMs): RequestHandler {
  return (req, res, next) => {
    const ms = req.method === 'GET' || req.method === 'HEAD' ? readMs : writeMs;
    const controller = new AbortController();
    res.locals.signal = controller.signal;
    res.locals.deadline = Date.now() + ms;
    const timer = setTimeout(() => {
      controller.abort();
      // The handler may still finish later; the error handler then drops its late answer quietly.
      res.locals.timedOut = true;
      // Answer from here rather than through next(err): the request's middleware chain is still
      // running, and its own next() must find the error handler where it expects it.
      if (!res.headersSent) sendError(req, res, new TimeoutError(`api.request: ${req.method} ${(req.originalUrl || req.url).split('?')[0]} exceeded ${ms} ms`));
    }, ms);
    timer.unref();
    const clear = () => clearTimeout(timer);
    res.once('finish', clear);
    res.once('close', clear);
    next();
  };
}

/** The request's deadline as traversal bounds (traversals check it between store calls). */
export function requestBounds(res: Response, levelEdgeBudget?: number): { deadline?: number; levelEdgeBudget?: number } {
  const deadline = res.locals.deadline as unknown;
  return { ...(typeof deadline === 'number' ? { deadline } : {}), ...(levelEdgeBudget !== undefined ? { levelEdgeBudget } : {}) };
}
