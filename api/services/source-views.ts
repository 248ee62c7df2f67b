// Views of a cited source (who cites it with the citing sentence, link status and history, archived
// copy) and of its co-cited sources, from the query module (graph/queries/citations.ts).
import type { GraphStore } from '../../graph/store.js';
import { coCited, sourceProfile } from '../../graph/queries/citations.js';
import type { CoCitedResponse, SourceProfile } from '../schemas/views.js';
import { docRef } from './entity-views.js';
import { sourceLinks } from './link-views.js';
import { ProvenanceQuoter, summaryOf } from './provenance.js';
import { summaries } from '../../graph/queries/common.js';

/** @throws NotFoundError (CG_NOT_FOUND) when `key` is not a Source. */
export async function sourceView(store: GraphStore, key: string): Promise<SourceProfile> {
  const s = await sourceProfile(store, key);
  const q = new ProvenanceQuoter(store);
  return {
    node: summaryOf(s.source),
    citedBy: await Promise.all(s.citedBy.items.map(async (c) => ({
      citer: c.citer, document: c.document ? docRef(c.document) : null, marker: c.marker, context: c.context, provenance: await q.quote(c.provenance),
    }))),
    publishers: s.publishers,
    authors: s.authors,
    topics: s.topics,
    links: await sourceLinks(store, s.links.map((l) => l.url)),
    provenance: await q.quote(s.source.provenance),
    truncated: s.citedBy.nextCursor ? ['citedBy'] : [],
  };
}

/**
 * Sources cited together with `key`, ranked; one page (the ranking is computed whole, then cut).
 * @throws NotFoundError when `key` is not a Source.
 */
export async function coCitedView(store: GraphStore, key: string, limit: number, offset: number): Promise<{ rows: CoCitedResponse['items']; more: boolean }> {
  const ranked = await coCited(store, key, { limit: Math.min(offset + limit + 1, 10_000) });
  const slice = ranked.slice(offset, offset + limit);
  const citers = await summaries(store, slice.flatMap((r) => r.documents));
  return {
    rows: slice.map((r) => ({ source: r.source, count: r.count, citers: r.documents.map((d) => citers.get(d)).filter((n) => n !== undefined) })),
    more: ranked.length > offset + limit,
  };
}
