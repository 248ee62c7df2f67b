// The explorer's pages under /: server-rendered HTML that works without JavaScript. Each page reads
// through the same services as the JSON API, so both always agree.
import { Router } from 'express';
import { z } from 'zod';
import { documentProfile } from '../../graph/queries/documents.js';
import { cachedStats } from '../services/counts-cache.js';
import { listEntities } from '../../graph/queries/lists.js';
import { search } from '../../graph/queries/search.js';
import type { GraphStore } from '../../graph/store.js';
import type { NodeKind } from '../../src/graph-model.js';
import { NotFoundError } from '../../src/errors.js';
import { keyFromId } from '../kind-style.js';
import { parseInput } from '../http/parse-input.js';
import { IdParamsSchema } from '../schemas/common.js';
import { ListQuerySchema, SearchQuerySchema } from '../schemas/entities.js';
import { GraphQuerySchema, PathsQuerySchema } from '../schemas/graph.js';
import { LinksQuerySchema } from '../schemas/links.js';
import type { RouteContext } from '../routes/context.js';
import { getDocumentView, listDocumentViews } from '../services/documents.js';
import { eventView, organizationView, personView, topicView } from '../services/entity-views.js';
import { graphView, pathsView } from '../services/graph-views.js';
import { linkReportView } from '../services/link-views.js';
import { coCitedView, sourceView } from '../services/source-views.js';
import { renderDocsPage } from './pages/docs-page.js';
import { renderDocumentPage } from './pages/document-page.js';
import { renderEventPage, renderOrganizationPage, renderPersonPage } from './pages/entity-pages.js';
import { renderGraphPage } from './pages/graph-page.js';
import { renderLinksPage } from './pages/links-page.js';
import { renderPathsPage } from './pages/paths-page.js';
import { renderHomePage, renderListPage, renderSearchPage } from './pages/search-pages.js';
import { renderSourcePage, renderTopicPage } from './pages/source-topic-pages.js';
import { requestBounds } from '../middleware/time-limit.js';
import { documentLabel } from './components.js';
import { affiliationsForList } from '../services/person-affiliations.js';
import { conferencesForList } from '../services/event-context.js';

const SpanQuerySchema = z.object({
  start: z.coerce.number().int().min(0).optional(),
  end: z.coerce.number().int().min(0).optional(),
});

const PAGES: ReadonlyArray<{ path: string; title: string; kind: NodeKind; render: (s: GraphStore, key: string) => Promise<string> }> = [
  { path: 'people', title: 'People', kind: 'Person', render: async (s, k) => renderPersonPage(await personView(s, k)) },
  { path: 'organizations', title: 'Organizations', kind: 'Organization', render: async (s, k) => renderOrganizationPage(await organizationView(s, k)) },
  { path: 'events', title: 'Events', kind: 'Event', render: async (s, k) => renderEventPage(await eventView(s, k)) },
  {
    path: 'sources', title: 'Sources', kind: 'Source',
    render: async (s, k) => {
      const [view, co] = await Promise.all([sourceView(s, k), coCitedView(s, k, 20, 0)]);
      return renderSourcePage(view, { items: co.rows, nextCursor: co.more ? 'more' : null });
    },
  },
  {
    path: 'topics', title: 'Topics', kind: 'Topic',
    render: async (s, k) => {
      const view = await topicView(s, k);
      return renderTopicPage(view, await conferencesForList(s, view.events.map((e) => e.key)));
    },
  },
];

export function webRouter(ctx: RouteContext): Router {
  const router = Router();
  const { store } = ctx;
  const docs = renderDocsPage(ctx.openapi);
  const send = (res: import('express').Response, page: string) => res.type('html').send(page);

  router.get('/api/docs', (_req, res) => send(res, docs));

  router.get('/', async (_req, res) => send(res, renderHomePage(await cachedStats(store))));

  router.get('/search', async (req, res) => {
    const raw = typeof req.query.q === 'string' ? req.query.q.trim() : '';
    if (!raw) return send(res, renderSearchPage('', undefined, null));
    const q = parseInput(SearchQuerySchema, req.query.kind === '' ? { ...req.query, kind: undefined } : req.query, 'search.query');
    const result = await search(store, { q: q.q, kind: q.kind, limit: q.limit, cursor: q.cursor });
    // Topics are few and the way into everything else; a word match ranks them alphabetically among
    // hundreds of titles, so the first page names the matching topics up front.
    const topics = !q.kind && !q.cursor ? (await search(store, { q: q.q, kind: 'Topic', limit: 8 })).items.map((h) => h.node) : [];
    send(res, renderSearchPage(q.q, q.kind, result, { ...(await listContext(store, result.items.map((h) => h.node.key))), topics }));
  });

  for (const p of PAGES) {
    router.get(`/${p.path}`, async (req, res) => {
      const q = parseInput(ListQuerySchema, req.query, `${p.path}.query`);
      const list = await listEntities(store, p.kind, q);
      send(res, renderListPage(`/${p.path}`, p.title, list, await listContext(store, list.items.map((n) => n.key))));
    });
    router.get(`/${p.path}/:id`, async (req, res) => {
      const { id } = parseInput(IdParamsSchema, req.params, `${p.path}.params`);
      send(res, await p.render(store, keyFromId(p.kind, id)));
    });
  }

  router.get('/documents', async (req, res) => {
    const q = parseInput(ListQuerySchema, req.query, 'documents.query');
    const page = await listDocumentViews(store, q.limit, q.cursor);
    send(res, renderListPage('/documents', 'Documents', {
      items: page.items.map((d) => ({ key: d.id, kind: 'Document' as const, label: documentLabel(d), props: { date: d.date } })),
      nextCursor: page.nextCursor,
    }));
  });

  router.get('/documents/:id', async (req, res) => {
    const { id } = parseInput(IdParamsSchema, req.params, 'documents.params');
    const span = parseInput(SpanQuerySchema, req.query, 'documents.query');
    const key = keyFromId('Document', id);
    const doc = await getDocumentView(store, key);
    if (!doc) throw new NotFoundError(`api.documents: no document "${id}"`);
    const profile = await documentProfile(store, key);
    send(res, renderDocumentPage(doc, span.start !== undefined && span.end !== undefined ? { start: span.start, end: span.end } : null, {
      mentions: profile.mentions,
      cites: profile.cites.items.map((c) => ({ source: c.node, marker: c.props.marker })),
      coupled: profile.coupled.map((c) => ({ document: c.document, shared: c.shared })),
    }));
  });

  router.get('/graph', async (req, res) => {
    // Ticked checkboxes arrive as repeated parameters; the API takes one comma-separated list.
    const list = (v: unknown) => (Array.isArray(v) ? v.join(',') : v === '' ? undefined : v);
    const query = { ...req.query, edgeKinds: list(req.query.edgeKinds), excludeEdgeKinds: list(req.query.excludeEdgeKinds) };
    const q = parseInput(GraphQuerySchema, query, 'graph.query');
    send(res, renderGraphPage(await graphView(store, { ...q, bounds: requestBounds(res, ctx.levelEdgeBudget) }), q.edgeKinds ?? [], q.excludeEdgeKinds ?? []));
  });

  router.get('/paths', async (req, res) => {
    const from = typeof req.query.from === 'string' ? req.query.from.trim() : '';
    const to = typeof req.query.to === 'string' ? req.query.to.trim() : '';
    const q = parseInput(PathsQuerySchema.partial({ from: true, to: true }), { ...req.query, from: from || undefined, to: to || undefined }, 'paths.query');
    // The form's one checkbox lets paths run through documents (MENTIONS); the API's default skips them.
    const viaDocuments = req.query.viaDocuments === '1';
    const form = { from, to, maxHops: q.maxHops, viaDocuments };
    if (!from || !to) return send(res, renderPathsPage(form, null, null));
    // People type names, not keys: a value that is not a stored key is looked up by search.
    const resolve = async (v: string) => ((await store.getNode(v)) ? v : (await search(store, { q: v, limit: 1 })).items[0]?.node.key ?? null);
    const [a, b] = await Promise.all([resolve(from), resolve(to)]);
    if (!a || !b) return send(res, renderPathsPage(form, null, `Nothing found for “${!a ? from : to}”.`));
    const exclude = viaDocuments ? { excludeEdgeKinds: [] } : q.excludeEdgeKinds ? { excludeEdgeKinds: q.excludeEdgeKinds } : {};
    send(res, renderPathsPage(form, await pathsView(store, { from: a, to: b, maxHops: q.maxHops, edgeKinds: q.edgeKinds, ...exclude, bounds: requestBounds(res, ctx.levelEdgeBudget) }), null));
  });

  router.get('/links', async (req, res) => {
    const cleaned = Object.fromEntries(Object.entries(req.query).filter(([, v]) => v !== ''));
    const q = parseInput(LinksQuerySchema, cleaned, 'links.query');
    const filter = { status: q.status, verdict: q.verdict, host: q.host, failing: q.failing };
    send(res, renderLinksPage(await linkReportView(store, filter, q.limit, q.cursor), filter));
  });
  return router;
}

/** Beside each listed name: a person's organizations, a session's conference. */
async function listContext(store: GraphStore, keys: readonly string[]) {
  const [affiliations, conferences] = await Promise.all([affiliationsForList(store, keys), conferencesForList(store, keys)]);
  return { affiliations, conferences };
}
