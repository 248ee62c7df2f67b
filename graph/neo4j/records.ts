// Result rows -> GraphStore records, in one place (documents, nodes, edges, provenance, pages),
// so every method that returns the same kind of record builds it the same way.
import type { EdgeKind, EdgeRecord, NodeKind, NodeRecord } from '../../src/graph-model.js';
import { encodeCursor } from '../sqlite/cursor.js';
import type { DocumentRecord, NodeSummary, Page } from '../store.js';
import type { Row } from './run.js';
import { parseJson } from './values.js';

type Provenance = NodeRecord['provenance'];

/** Provenance of a node or edge: every contribution's entries, ordered by document then offset. */
export function provenanceOf(contribs: unknown): Provenance {
  const list = (Array.isArray(contribs) ? contribs : []) as Array<{ docId: string; provenance: string }>;
  return [...list].sort((a, b) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0))
    .flatMap((c) => parseJson<Provenance>(c.provenance, []))
    .sort((a, b) => (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.start - b.start || a.end - b.end));
}

/** A node row (key, kind, label, props) as a summary. */
export function toSummary(r: Row): NodeSummary {
  return { key: r.key as string, kind: r.kind as NodeKind, label: r.label as string, props: parseJson<Record<string, unknown>>(r.props, {}) };
}

export function toDoc(r: Row): DocumentRecord {
  return {
    id: r.id as string, source: r.source as string, mediaType: r.mediaType as string, title: (r.title as string | null) ?? null,
    date: (r.date as string | null) ?? null, contentHash: r.contentHash as string, ingestedAt: r.ingestedAt as string,
  };
}

export function toEdge(r: Row): EdgeRecord {
  return {
    key: r.key as string, kind: r.kind as EdgeKind, from: r.fromKey as string, to: r.toKey as string,
    props: parseJson<Record<string, unknown>>(r.props, {}), provenance: provenanceOf(r.contribs),
  };
}

/** A page of `items` (already cut to the limit); `more` when the query found one row past it. */
export function page<T>(items: T[], more: boolean, cursorOf: (last: T) => unknown): Page<T> {
  const last = items[items.length - 1];
  return { items, nextCursor: more && last !== undefined ? encodeCursor(cursorOf(last)) : null };
}

/** Rows grouped by a column, order kept. */
export function groupBy(rows: readonly Row[], column: string): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const r of rows) {
    const list = out.get(r[column] as string) ?? [];
    list.push(r);
    out.set(r[column] as string, list);
  }
  return out;
}
