// Small builders for GraphStore tests: documents, nodes, edges and link checks with provenance.
import type { EdgeKind, EdgeRecord, NodeKind, NodeRecord } from '../../src/graph-model.js';
import type { LinkCheck } from '../../src/link-check.js';
import type { DocumentWrite } from '../../graph/store.js';
import { edgeKey } from '../../graph/keys.js';

export function prov(documentId: string, start = 0, end = 5) {
  return { documentId, start, end, line: 1, extractor: 'test' };
}

export function node(docId: string, key: string, kind: NodeKind, label: string, props: Record<string, unknown> = {}, start = 0): NodeRecord {
  return { key, kind, label, props, provenance: [prov(docId, start, start + label.length)] };
}

export function edge(docId: string, kind: EdgeKind, from: string, to: string, props: Record<string, unknown> = {}, disc?: string): EdgeRecord {
  return { key: edgeKey(kind, from, to, disc), kind, from, to, props, provenance: [prov(docId, 1, 9)] };
}

export function docWrite(id: string, nodes: NodeRecord[], edges: EdgeRecord[], extra: Partial<DocumentWrite> = {}, ingestedAt = '2026-01-01T00:00:00.000Z'): DocumentWrite {
  return {
    document: { id, source: `/tmp/${id.replace(':', '-')}.md`, mediaType: 'text/markdown', title: `Title ${id}`, date: '2020-07-21', contentHash: `hash-${id}`, ingestedAt },
    text: `text of ${id} with some words`,
    nodes: [node(id, id, 'Document', `Title ${id}`), ...nodes],
    edges,
    ...extra,
  };
}

export function check(url: string, verdict: LinkCheck['verdict'], checkedAt: string, status: LinkCheck['status'] = verdict === 'alive' ? 'ok' : 'not-found'): LinkCheck {
  return {
    url, status, verdict, httpStatus: verdict === 'alive' ? 200 : 404, finalUrl: url, redirects: [], attempts: 1, durationMs: 12,
    checkedAt, contentType: 'text/html', title: null, error: null, archived: null,
  };
}
