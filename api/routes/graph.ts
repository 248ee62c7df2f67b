// /api/v1/paths (shortest path, bounded hops) and /api/v1/graph (a laid-out subgraph for drawing),
// both stopped between store calls by the request's time limit.
import { Router } from 'express';
import { parseInput } from '../http/parse-input.js';
import { GraphQuerySchema, PathsQuerySchema } from '../schemas/graph.js';
import { graphView, pathsView } from '../services/graph-views.js';
import type { RouteContext } from './context.js';
import { requestBounds } from '../middleware/time-limit.js';

export function graphRoutes(ctx: RouteContext): Router {
  const router = Router();
  router.get('/paths', async (req, res) => {
    const q = parseInput(PathsQuerySchema, req.query, 'paths.query');
    res.json(await pathsView(ctx.store, { ...q, bounds: requestBounds(res, ctx.levelEdgeBudget) }));
  });
  router.get('/graph', async (req, res) => {
    const q = parseInput(GraphQuerySchema, req.query, 'graph.query');
    res.json(await graphView(ctx.store, { ...q, bounds: requestBounds(res, ctx.levelEdgeBudget) }));
  });
  return router;
}
