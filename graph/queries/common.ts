// Shared pieces of the query layer: bounds on every input, and small read helpers over the store.
import type { EdgeKind, EdgeRecord, NodeKind, NodeRecord } from '../../src/graph-model.js';
import { DEFAULT_PAGE_LIMIT, MAX_GRAPH_DEPTH, MAX_PAGE_LIMIT, MAX_PATH_HOPS } from '../../src/defaults.js';
import { InvalidInputError, NotFoundError } from '../../src/errors.js';
import type { Direction, GraphStore, NodeSummary } from '../store.js';

/** Most edges read per relation section of a profile (each section reports `truncated`). */
export const SECTION_LIMIT = 200;

/** A page size within [1, MAX_PAGE_LIMIT]; DEFAULT_PAGE_LIMIT when absent. */
export function pageLimit(limit: number | undefined, max = MAX_PAGE_LIMIT): number {
  if (limit === undefined) return Math.min(DEFAULT_PAGE_LIMIT, max);
  if (!Number.isFinite(limit) || limit < 1) throw new InvalidInputError(`graph.query: limit must be a positive number, got ${limit}`);
  return Math.min(Math.floor(limit), max);
}

/** @throws InvalidInputError when depth is outside [1, MAX_GRAPH_DEPTH]. */
export function checkDepth(depth: number | undefined, fallback = 1): number {
  const d = depth ?? fallback;
  if (!Number.isInteger(d) || d < 1 || d > MAX_GRAPH_DEPTH) throw new InvalidInputError(`graph.query: depth must be 1..${MAX_GRAPH_DEPTH}, got ${depth}`);
  return d;
}

/** @throws InvalidInputError when maxHops is outside [1, MAX_PATH_HOPS]. */
export function checkHops(hops: number | undefined, fallback = 4): number {
  const h = hops ?? fallback;
  if (!Number.isInteger(h) || h < 1 || h > MAX_PATH_HOPS) throw new InvalidInputError(`graph.query: maxHops must be 1..${MAX_PATH_HOPS}, got ${hops}`);
  return h;
}

/**
 * The node, which must exist and (when given) be of `kind`.
 * @throws NotFoundError (CG_NOT_FOUND) otherwise.
 */
export async function requireNode(store: GraphStore, key: string, kind?: NodeKind): Promise<NodeRecord> {
  const node = await store.getNode(key);
  if (!node || (kind && node.kind !== kind)) throw new NotFoundError(`graph.query: no ${kind ?? 'node'} "${key}"`);
  return node;
}

export interface Section<T> {
  items: T[];
  /** True when more existed than the section limit. */
  truncated: boolean;
}

/** One bounded page of full edges at a node. */
export async function edgesAt(store: GraphStore, key: string, direction: Direction, kinds: readonly EdgeKind[], limit = SECTION_LIMIT): Promise<Section<EdgeRecord>> {
  const page = await store.getEdges({ key, direction, edgeKinds: kinds, limit });
  return { items: page.items, truncated: page.nextCursor !== null };
}

/** Summaries of keys as a map (missing keys absent). */
export async function summaries(store: GraphStore, keys: Iterable<string>): Promise<Map<string, NodeSummary>> {
  const unique = [...new Set(keys)];
  const out = new Map<string, NodeSummary>();
  for (const n of await store.getNodes(unique)) out.set(n.key, n);
  return out;
}

/** The endpoint of `edge` that is not `key`. */
export function other(edge: { from: string; to: string }, key: string): string {
  return edge.from === key ? edge.to : edge.from;
}

/** Distinct document ids in provenance, in first-seen order. */
export function documentIdsOf(items: ReadonlyArray<{ provenance: ReadonlyArray<{ documentId: string }> }>): string[] {
  return [...new Set(items.flatMap((i) => i.provenance.map((p) => p.documentId)))];
}

/** Count and rank keys: most frequent first, then key. */
export function ranked(counts: Map<string, number>, limit: number): Array<[string, number]> {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, limit);
}
