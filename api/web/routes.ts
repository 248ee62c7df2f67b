// The explorer's pages under /: server-rendered HTML that works without JavaScript.
import { Router } from 'express';
import type { RouteContext } from '../routes/context.js';
import { renderDocsPage } from './pages/docs-page.js';

export function webRouter(ctx: RouteContext): Router {
  const router = Router();
  const docs = renderDocsPage(ctx.openapi);
  router.get('/api/docs', (_req, res) => {
    res.type('html').send(docs);
  });
  return router;
}
