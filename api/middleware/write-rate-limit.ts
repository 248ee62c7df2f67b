// Rate limit on writes (express-rate-limit, per client IP): over the limit -> CG_RATE_LIMITED (429).
import { rateLimit } from 'express-rate-limit';
import type { RequestHandler } from 'express';
import { CitegraphError } from '../../src/errors.js';

export function writeRateLimit(limit: number, windowMs: number): RequestHandler {
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, _res, next) => next(new CitegraphError('CG_RATE_LIMITED', `api.write: more than ${limit} writes in ${Math.round(windowMs / 1000)} s; retry later`)),
  });
}
