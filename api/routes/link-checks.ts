// POST /api/v1/links/check starts a link check (admin token, rate limit, SSRF guard on unless the
// operator allowed private targets); GET /api/v1/links/check/:id reports its progress.
import { Router, type RequestHandler } from 'express';
import { NotFoundError } from '../../src/errors.js';
import { parseInput } from '../http/parse-input.js';
import { requireAdmin } from '../middleware/require-admin.js';
import { JobParamsSchema, LinkCheckBodySchema } from '../schemas/links.js';
import type { LinkCheckJobs } from '../services/link-check-jobs.js';
import type { RouteContext } from './context.js';

export function linkCheckRoutes(ctx: RouteContext, jobs: LinkCheckJobs, writeLimiter: RequestHandler): Router {
  const router = Router();
  router.post('/links/check', writeLimiter, requireAdmin(ctx.config.adminToken), async (req, res) => {
    const body = parseInput(LinkCheckBodySchema, req.body ?? {}, 'links.check.body');
    const job = await jobs.start(body.urls);
    res.status(202).setHeader('Location', `/api/v1/links/check/${job.id}`);
    res.json(job);
  });
  router.get('/links/check/:id', (req, res) => {
    const { id } = parseInput(JobParamsSchema, req.params, 'links.check.params');
    const job = jobs.get(id);
    if (!job) throw new NotFoundError(`api.links.check: no job "${id}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.json(job);
  });
  return router;
}
