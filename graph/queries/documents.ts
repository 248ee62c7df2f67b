// Document page and counts: what a document mentions (by kind), cites and is about, the documents
// it is coupled with, and the store's totals.
import type { NodeKind } from '../../src/graph-model.js';
import { NotFoundError } from '../../src/errors.js';
import type { DocumentRecord, GraphStore, NodeSummary, StoreStats } from '../store.js';
import { documentKey } from '../keys.js';
import { edgesAt, summaries, type Section } from './common.js';
import { bibliographicCoupling, citesOf, type CouplingRow } from './citations.js';

export interface DocumentProfile {
  document: DocumentRecord;
  /** Mentioned entities grouped by kind. */
  mentions: Partial<Record<NodeKind, NodeSummary[]>>;
  mentionsTruncated: boolean;
  cites: Awaited<ReturnType<typeof citesOf>>;
  topics: NodeSummary[];
  coupled: CouplingRow[];
}

/** @throws NotFoundError (CG_NOT_FOUND) when the document is unknown. */
export async function documentProfile(store: GraphStore, id: string): Promise<DocumentProfile> {
  const document = await store.getDocument(id);
  if (!document) throw new NotFoundError(`graph.query: no document "${id}"`);
  const key = documentKey(id);
  const out: Section<{ kind: string; to: string }> = await edgesAt(store, key, 'out', ['MENTIONS', 'ABOUT'], 1000);
  const nodes = await summaries(store, out.items.map((e) => e.to));
  const mentions: Partial<Record<NodeKind, NodeSummary[]>> = {};
  for (const e of out.items) {
    const n = nodes.get(e.to);
    if (!n || e.kind !== 'MENTIONS') continue;
    (mentions[n.kind] ??= []).push(n);
  }
  return {
    document,
    mentions,
    mentionsTruncated: out.truncated,
    cites: await citesOf(store, key, { limit: 100 }),
    topics: out.items.filter((e) => e.kind === 'ABOUT').map((e) => nodes.get(e.to)).filter((n): n is NodeSummary => !!n),
    coupled: await bibliographicCoupling(store, key, { limit: 10 }),
  };
}

/** Counts per node and edge kind, documents, merges and link checks. */
export function counts(store: GraphStore): Promise<StoreStats> {
  return store.stats();
}
