// The /api/v1 router: one module per resource.
import { Router } from 'express';
import type { RouteContext } from './context.js';
import { metaRoutes } from './meta.js';

export function apiRouter(ctx: RouteContext): Router {
  const router = Router();
  router.use(metaRoutes(ctx));
  return router;
}
