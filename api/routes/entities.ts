// /api/v1 entity resources: search, the per-kind lists, and the profiles of people, organizations,
// events, sources (with co-cited sources) and topics. Ids may be full keys or keys without prefix.
import { Router } from 'express';
import { listEntities } from '../../graph/queries/lists.js';
import { search } from '../../graph/queries/search.js';
import type { GraphStore } from '../../graph/store.js';
import type { NodeKind } from '../../src/graph-model.js';
import { keyFromId } from '../kind-style.js';
import { decodeCursor, encodeCursor } from '../http/pagination.js';
import { parseInput } from '../http/parse-input.js';
import { IdParamsSchema } from '../schemas/common.js';
import { CoCitedQuerySchema, ListQuerySchema, SearchQuerySchema } from '../schemas/entities.js';
import { eventView, organizationView, personView, topicView } from '../services/entity-views.js';
import { coCitedView, sourceView } from '../services/source-views.js';
import type { RouteContext } from './context.js';

const RESOURCES: ReadonlyArray<{ path: string; kind: NodeKind; view: ((s: GraphStore, key: string) => Promise<unknown>) }> = [
  { path: 'people', kind: 'Person', view: personView },
  { path: 'organizations', kind: 'Organization', view: organizationView },
  { path: 'events', kind: 'Event', view: eventView },
  { path: 'sources', kind: 'Source', view: sourceView },
  { path: 'topics', kind: 'Topic', view: topicView },
];

export function entityRoutes(ctx: RouteContext): Router {
  const router = Router();

  router.get('/search', async (req, res) => {
    const q = parseInput(SearchQuerySchema, req.query, 'search.query');
    res.json(await search(ctx.store, { q: q.q, kind: q.kind, limit: q.limit, cursor: q.cursor }));
  });

  for (const r of RESOURCES) {
    router.get(`/${r.path}`, async (req, res) => {
      const q = parseInput(ListQuerySchema, req.query, `${r.path}.query`);
      res.json(await listEntities(ctx.store, r.kind, q));
    });
    router.get(`/${r.path}/:id`, async (req, res) => {
      const { id } = parseInput(IdParamsSchema, req.params, `${r.path}.params`);
      res.json(await r.view(ctx.store, keyFromId(r.kind, id)));
    });
  }

  router.get('/sources/:id/co-cited', async (req, res) => {
    const { id } = parseInput(IdParamsSchema, req.params, 'sources.params');
    const q = parseInput(CoCitedQuerySchema, req.query, 'co-cited.query');
    const { o } = decodeCursor(q.cursor);
    const { rows, more } = await coCitedView(ctx.store, keyFromId('Source', id), q.limit, o);
    res.json({ items: rows, nextCursor: more ? encodeCursor({ o: o + q.limit }) : null });
  });
  return router;
}
