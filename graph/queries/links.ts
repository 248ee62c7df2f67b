// Link status queries: one URL's status and history, the link-rot report rows (checked URLs with
// the sources and documents citing them), and every URL with its latest check (unchecked: null).
import type { LinkCheck } from '../../src/link-check.js';
import type { GraphStore, LatestLinkCheck, LinkCheckFilter, Page, WebResourceRow } from '../store.js';
import { urlKey } from '../keys.js';
import { normalizeUrl } from '../normalize.js';
import { summarizeLinkHistory } from '../../src/link-history.js';
import { pageLimit } from './common.js';

/** Checks of history returned with a URL's status. */
export const HISTORY_LIMIT = 50;

export interface LinkStatusInfo {
  url: string;
  /** Newest check; null when never checked. */
  latest: LinkCheck | null;
  /** Newest first, at most HISTORY_LIMIT. */
  history: LinkCheck[];
  lastAliveAt: string | null;
  failureStreak: number;
  failingSince: string | null;
  /** The newest archived copy any check found. */
  archived: { url: string; timestamp: string } | null;
}

export async function linkStatus(store: GraphStore, url: string): Promise<LinkStatusInfo> {
  const norm = normalizeUrl(url);
  const history = await store.getLinkHistory(norm, { limit: HISTORY_LIMIT });
  const facts = summarizeLinkHistory([...history].reverse());
  return {
    url: norm,
    latest: history[0] ?? null,
    history,
    lastAliveAt: facts.lastAliveAt,
    failureStreak: facts.failureStreak,
    failingSince: facts.failingSince,
    archived: history.find((c) => c.archived)?.archived ?? null,
  };
}

export interface LinkReportRow extends LatestLinkCheck {
  sources: WebResourceRow['sources'];
  documents: Array<{ id: string; title: string | null }>;
}

/** Checked URLs (newest check each) filtered by status, verdict or host, with who cites them. */
export async function linkReport(store: GraphStore, filter: Partial<Omit<LinkCheckFilter, 'limit'>> & { limit?: number }): Promise<Page<LinkReportRow>> {
  const page = await store.getLatestLinkChecks({ ...filter, limit: pageLimit(filter.limit) });
  const items = await Promise.all(page.items.map(async (row): Promise<LinkReportRow> => {
    const key = urlKey(row.check.url);
    const [node, avail] = await Promise.all([
      store.getNode(key),
      store.getEdges({ key, direction: 'in', edgeKinds: ['AVAILABLE_AT'], limit: 50 }),
    ]);
    const sourceNodes = await store.getNodes(avail.items.map((e) => e.from));
    const docIds = [...new Set(node?.provenance.map((p) => p.documentId) ?? [])].sort().slice(0, 50);
    const docs = await Promise.all(docIds.map((id) => store.getDocument(id)));
    return {
      ...row,
      sources: sourceNodes.map((s) => ({ key: s.key, title: typeof s.props.title === 'string' ? s.props.title : null })),
      documents: docs.filter((d) => d !== null).map((d) => ({ id: d.id, title: d.title })),
    };
  }));
  return { items, nextCursor: page.nextCursor };
}

/** Every URL in the store with its newest check (null when unchecked), by URL. */
export async function linksWithStatus(store: GraphStore, query: { limit?: number; cursor?: string } = {}): Promise<Page<WebResourceRow & { latest: LinkCheck | null }>> {
  const page = await store.listWebResources({ limit: pageLimit(query.limit), cursor: query.cursor });
  const items = await Promise.all(page.items.map(async (w) => ({ ...w, latest: (await store.getLinkHistory(w.url, { limit: 1 }))[0] ?? null })));
  return { items, nextCursor: page.nextCursor };
}
