// Per-request time limit: a request that has not answered within the limit gets 503 CG_TIMEOUT.
// Handlers can read `res.locals.deadline` / `res.locals.signal` to stop work that is still running.
import type { RequestHandler } from 'express';
import { TimeoutError } from '../../src/errors.js';

export function timeLimit(ms: number): RequestHandler {
  return (req, res, next) => {
    const controller = new AbortController();
    res.locals.signal = controller.signal;
    res.locals.deadline = Date.now() + ms;
    const timer = setTimeout(() => {
      controller.abort();
      if (!res.headersSent) next(new TimeoutError(`api.request: ${req.method} ${req.path} exceeded ${ms} ms`));
    }, ms);
    timer.unref();
    const clear = () => clearTimeout(timer);
    res.once('finish', clear);
    res.once('close', clear);
    next();
  };
}
