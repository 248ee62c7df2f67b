// createApp({ store, config }): the Express 5 app (JSON API under /api/v1 and the web explorer
// under /), without listening. The store is opened once by the caller and shared by every request.
import express, { type Express } from 'express';
import { resolveAppOptions, DEFAULT_JSON_BODY_LIMIT, type AppOptions } from './app-options.js';
import { createErrorHandler, notFoundHandler } from './errors/error-handler.js';
import { corsFor, securityHeaders } from './middleware/security.js';
import { timeLimit } from './middleware/time-limit.js';
import { buildOpenApi } from './openapi.js';
import { apiRouter } from './routes/index.js';
import { webRouter } from './web/routes.js';
import { assetsRouter } from './web/assets.js';
import { LinkCheckJobs } from './services/link-check-jobs.js';

export type { AppOptions } from './app-options.js';

/** Stop background work the app started (link-check jobs); the store stays open (the caller owns it). */
export async function closeApp(app: Express): Promise<void> {
  await (app.locals.linkCheckJobs as LinkCheckJobs | undefined)?.close();
}

export function createApp(input: AppOptions): Express {
  const options = resolveAppOptions(input);
  const openapi = buildOpenApi();
  const jobs = new LinkCheckJobs({
    store: options.store,
    allowPrivate: options.config.allowPrivateLinkTargets,
    archiveUrl: options.config.archiveUrl,
    checkOptions: options.linkCheckOptions,
    log: options.log,
  });
  const app = express();
  app.locals.linkCheckJobs = jobs;
  app.disable('x-powered-by');
  // Reads carry a strong ETag; Express answers 304 to a matching If-None-Match.
  app.set('etag', 'strong');
  app.set('query parser', 'simple');

  app.use(securityHeaders());
  app.use(timeLimit(options.requestTimeLimitMs, options.writeTimeLimitMs));
  app.use('/assets', assetsRouter());

  const cors = corsFor(options.config.corsOrigins);
  if (cors) app.use('/api', cors);
  app.use('/api', (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') res.setHeader('Cache-Control', 'no-cache');
    next();
  });
  app.use('/api/v1', express.json({ limit: DEFAULT_JSON_BODY_LIMIT }), apiRouter({ ...options, openapi }, jobs));
  app.use('/', webRouter({ ...options, openapi }));

  app.use(notFoundHandler);
  app.use(createErrorHandler(options.log));
  return app;
}
