// Guards writes: `Authorization: Bearer <adminToken>`. No token configured -> writes disabled (403);
// a missing or wrong token -> 401. Tokens are compared in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { ForbiddenError, UnauthorizedError } from '../../src/errors.js';

function digest(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}

export function requireAdmin(adminToken: string | null): RequestHandler {
  const expected = adminToken ? digest(adminToken) : null;
  return (req, res, next) => {
    if (!expected) {
      return next(new ForbiddenError('api.auth: writes are disabled (no admin token configured; set CITEGRAPH_ADMIN_TOKEN)'));
    }
    const header = req.get('authorization') ?? '';
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m || !timingSafeEqual(digest(m[1]), expected)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="citegraph"');
      return next(new UnauthorizedError(m ? 'api.auth: invalid bearer token' : 'api.auth: missing bearer token'));
    }
    next();
  };
}
