// /api/v1/openapi.json and /api/v1/stats.
import { Router } from 'express';
import { cachedStats } from '../services/counts-cache.js';
import type { RouteContext } from './context.js';

export function metaRoutes(ctx: RouteContext): Router {
  const router = Router();
  router.get('/openapi.json', (_req, res) => {
    res.json(ctx.openapi);
  });
  router.get('/stats', async (_req, res) => {
    res.json(await cachedStats(ctx.store));
  });
  return router;
}
