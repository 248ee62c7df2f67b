// The /api/v1 router: one module per resource. Writes share one rate limiter.
import { Router } from 'express';
import { writeRateLimit } from '../middleware/write-rate-limit.js';
import type { LinkCheckJobs } from '../services/link-check-jobs.js';
import type { RouteContext } from './context.js';
import { documentRoutes } from './documents.js';
import { linkCheckRoutes } from './link-checks.js';
import { metaRoutes } from './meta.js';
import { entityRoutes } from './entities.js';
import { graphRoutes } from './graph.js';
import { linkRoutes } from './links.js';

export function apiRouter(ctx: RouteContext, jobs: LinkCheckJobs): Router {
  const router = Router();
  const writeLimiter = writeRateLimit(ctx.writeRateLimit.limit, ctx.writeRateLimit.windowMs);
  router.use(metaRoutes(ctx));
  router.use(entityRoutes(ctx));
  router.use(graphRoutes(ctx));
  router.use(linkRoutes(ctx));
  router.use(documentRoutes(ctx, writeLimiter));
  router.use(linkCheckRoutes(ctx, jobs, writeLimiter));
  return router;
}
