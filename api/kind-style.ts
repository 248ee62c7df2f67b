// One colour per node kind, shared by the graph API (node colours, legend) and the explorer pages.
import { NODE_KINDS, type NodeKind } from '../src/graph-model.js';

export const KIND_COLORS: Readonly<Record<NodeKind, string>> = Object.freeze({
  Person: '#1f77b4',
  Organization: '#d62728',
  Event: '#2ca02c',
  Source: '#9467bd',
  WebResource: '#8c564b',
  Topic: '#ff7f0e',
  Document: '#7f7f7f',
});

export const KIND_LEGEND = NODE_KINDS.map((kind) => ({ kind, color: KIND_COLORS[kind] }));

/** URL path segment of each kind's pages (API and explorer); WebResources have no page of their own. */
export const KIND_PATHS: Readonly<Partial<Record<NodeKind, string>>> = Object.freeze({
  Person: 'people', Organization: 'organizations', Event: 'events', Source: 'sources', Topic: 'topics', Document: 'documents',
});

const KEY_PREFIX: Readonly<Record<NodeKind, string>> = Object.freeze({
  Person: 'person:', Organization: 'org:', Event: 'event:', Source: 'source:', WebResource: 'url:', Topic: 'topic:', Document: 'doc:',
});

/** The key for an id in a URL: ids may be written with or without the kind's prefix. */
export function keyFromId(kind: NodeKind, id: string): string {
  return id.startsWith(KEY_PREFIX[kind]) ? id : KEY_PREFIX[kind] + id;
}

/** The short id of a key for URLs (`person:guy-vinet` -> `guy-vinet`); documents keep `doc:`. */
export function idFromKey(kind: NodeKind, key: string): string {
  if (kind === 'Document') return key;
  const p = KEY_PREFIX[kind];
  return key.startsWith(p) ? key.slice(p.length) : key;
}

/** Explorer page of a node, or null for kinds without pages. */
export function pageHref(kind: NodeKind, key: string): string | null {
  const path = KIND_PATHS[kind];
  return path ? `/${path}/${encodeURIComponent(idFromKey(kind, key))}` : null;
}
