// Citation queries: who cites a source (with the citing sentence and document), what a document or
// session cites, co-citation (sources cited by the same documents) and bibliographic coupling
// (documents citing the same sources), and the source page that gathers them with link status.
import type { GraphProvenance, NodeRecord } from '../../src/graph-model.js';
import type { DocumentRecord, GraphStore, NodeSummary, Page } from '../store.js';
import { urlKey } from '../keys.js';
import { edgesAt, pageLimit, ranked, requireNode, summaries } from './common.js';
import { linkStatus, type LinkStatusInfo } from './links.js';
import type { Relation } from './profiles.js';

/** Edges read per hop of a co-citation or coupling query. */
const CITE_BUDGET = 20_000;

export interface CitingRow {
  /** The citing document or session. */
  citer: NodeSummary;
  marker: string;
  /** The citing sentence. */
  context: string | null;
  /** The document the citation is in (for a session: the document that says so). */
  document: DocumentRecord | null;
  provenance: GraphProvenance[];
}

/**
 * Who cites `sourceKey`, a page at a time (by edge key).
 * @throws NotFoundError when the source is unknown.
 */
export async function citedBy(store: GraphStore, sourceKey: string, query: { limit?: number; cursor?: string } = {}): Promise<Page<CitingRow>> {
  await requireNode(store, sourceKey, 'Source');
  const page = await store.getEdges({ key: sourceKey, direction: 'in', edgeKinds: ['CITES'], limit: pageLimit(query.limit), cursor: query.cursor });
  const nodes = await summaries(store, page.items.map((e) => e.from));
  const docIds = [...new Set(page.items.map((e) => (e.from.startsWith('doc:') ? e.from : e.provenance[0]?.documentId ?? '')))];
  const docs = new Map((await Promise.all(docIds.map((id) => store.getDocument(id)))).filter((d): d is DocumentRecord => !!d).map((d) => [d.id, d]));
  const items = page.items.filter((e) => nodes.has(e.from)).map((e) => ({
    citer: nodes.get(e.from)!,
    marker: String(e.props.marker ?? ''),
    context: typeof e.props.context === 'string' ? e.props.context : null,
    document: docs.get(e.from.startsWith('doc:') ? e.from : e.provenance[0]?.documentId ?? '') ?? null,
    provenance: e.provenance,
  }));
  return { items, nextCursor: page.nextCursor };
}

/** What a document or session cites, a page at a time. @throws NotFoundError when `key` is unknown. */
export async function citesOf(store: GraphStore, key: string, query: { limit?: number; cursor?: string } = {}): Promise<Page<Relation<{ marker: string; context: string | null }>>> {
  await requireNode(store, key);
  const page = await store.getEdges({ key, direction: 'out', edgeKinds: ['CITES'], limit: pageLimit(query.limit), cursor: query.cursor });
  const nodes = await summaries(store, page.items.map((e) => e.to));
  return {
    items: page.items.filter((e) => nodes.has(e.to)).map((e) => ({
      node: nodes.get(e.to)!, provenance: e.provenance,
      props: { marker: String(e.props.marker ?? ''), context: typeof e.props.context === 'string' ? e.props.context : null },
    })),
    nextCursor: page.nextCursor,
  };
}

export interface CoCitedRow {
  source: NodeSummary;
  /** Number of documents citing both. */
  count: number;
  documents: string[];
}

/** Sources cited by the same documents as `sourceKey`, most shared documents first. */
export async function coCited(store: GraphStore, sourceKey: string, query: { limit?: number } = {}): Promise<CoCitedRow[]> {
  await requireNode(store, sourceKey, 'Source');
  const citers = (await store.adjacent([sourceKey], { direction: 'in', edgeKinds: ['CITES'], limit: CITE_BUDGET })).map((e) => e.from).filter((k) => k.startsWith('doc:'));
  const cited = await store.adjacent(citers, { direction: 'out', edgeKinds: ['CITES'], limit: CITE_BUDGET });
  const docsOf = new Map<string, Set<string>>();
  for (const e of cited) if (e.to !== sourceKey) docsOf.set(e.to, (docsOf.get(e.to) ?? new Set()).add(e.from));
  const top = ranked(new Map([...docsOf].map(([k, s]) => [k, s.size])), pageLimit(query.limit));
  const nodes = await summaries(store, top.map(([k]) => k));
  return top.filter(([k]) => nodes.has(k)).map(([k, n]) => ({ source: nodes.get(k)!, count: n, documents: [...docsOf.get(k)!].sort() }));
}

export interface CouplingRow {
  document: NodeSummary;
  /** Number of sources both documents cite. */
  shared: number;
  sources: string[];
}

/** Documents citing the same sources as `documentKey`, most shared sources first. */
export async function bibliographicCoupling(store: GraphStore, documentKey: string, query: { limit?: number } = {}): Promise<CouplingRow[]> {
  await requireNode(store, documentKey, 'Document');
  const sources = [...new Set((await store.adjacent([documentKey], { direction: 'out', edgeKinds: ['CITES'], limit: CITE_BUDGET })).map((e) => e.to))];
  const citing = await store.adjacent(sources, { direction: 'in', edgeKinds: ['CITES'], limit: CITE_BUDGET });
  const shared = new Map<string, Set<string>>();
  for (const e of citing) if (e.from !== documentKey && e.from.startsWith('doc:')) shared.set(e.from, (shared.get(e.from) ?? new Set()).add(e.to));
  const top = ranked(new Map([...shared].map(([k, s]) => [k, s.size])), pageLimit(query.limit));
  const nodes = await summaries(store, top.map(([k]) => k));
  return top.filter(([k]) => nodes.has(k)).map(([k, n]) => ({ document: nodes.get(k)!, shared: n, sources: [...shared.get(k)!].sort() }));
}

export interface SourceProfile {
  source: NodeRecord;
  citedBy: Page<CitingRow>;
  publishers: NodeSummary[];
  authors: NodeSummary[];
  topics: NodeSummary[];
  /** Each URL the source is available at, with its link status and history. */
  links: LinkStatusInfo[];
  coCited: CoCitedRow[];
}

/** @throws NotFoundError (CG_NOT_FOUND) when `key` is not a Source. */
export async function sourceProfile(store: GraphStore, key: string): Promise<SourceProfile> {
  const source = await requireNode(store, key, 'Source');
  const out = await edgesAt(store, key, 'out', ['PUBLISHED_BY', 'AUTHORED_BY', 'ABOUT', 'AVAILABLE_AT']);
  const nodes = await summaries(store, out.items.map((e) => e.to));
  const ofKind = (kind: string) => out.items.filter((e) => e.kind === kind).map((e) => nodes.get(e.to)).filter((n): n is NodeSummary => !!n);
  const urls = ofKind('AVAILABLE_AT').map((n) => String(n.props.url ?? n.label));
  if (!urls.length && typeof source.props.url === 'string' && (await store.getNode(urlKey(source.props.url)))) urls.push(source.props.url);
  return {
    source,
    citedBy: await citedBy(store, key, { limit: 100 }),
    publishers: ofKind('PUBLISHED_BY'),
    authors: ofKind('AUTHORED_BY'),
    topics: ofKind('ABOUT'),
    links: await Promise.all(urls.map((u) => linkStatus(store, u))),
    coCited: await coCited(store, key, { limit: 10 }),
  };
}
