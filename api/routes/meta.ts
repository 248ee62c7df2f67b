// /api/v1/openapi.json and /api/v1/stats.
import { Router } from 'express';
import { counts } from '../../graph/queries/documents.js';
import type { RouteContext } from './context.js';

export function metaRoutes(ctx: RouteContext): Router {
  const router = Router();
  router.get('/openapi.json', (_req, res) => {
    res.json(ctx.openapi);
  });
  router.get('/stats', async (_req, res) => {
    res.json(await counts(ctx.store));
  });
  return router;
}
