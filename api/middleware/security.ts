// Security headers (helmet, with a CSP that allows only our own scripts and styles) and CORS,
// which is off unless config.corsOrigins lists origins.
import cors from 'cors';
import helmet from 'helmet';
import type { RequestHandler } from 'express';

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'frame-ancestors': ["'none'"],
        // Served over plain http on 127.0.0.1 by default: do not ask browsers to upgrade.
        'upgrade-insecure-requests': null,
      },
    },
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
}

/** CORS for /api only, for the configured origins; null when none are configured (CORS off). */
export function corsFor(origins: readonly string[]): RequestHandler | null {
  if (!origins.length) return null;
  return cors({
    origin: origins.includes('*') ? '*' : [...origins],
    methods: ['GET', 'HEAD', 'POST'],
    allowedHeaders: ['Authorization', 'Content-Type'],
    exposedHeaders: ['ETag'],
    maxAge: 600,
  });
}
