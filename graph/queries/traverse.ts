// Traversals: an entity's neighbourhood (depth <= 3), the subgraph to draw around a focus, and the
// shortest path between two entities. The store answers one adjacency call per BFS level; graphology
// runs only on the small subgraph a query explored.
import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { EDGE_KINDS, type EdgeKind } from '../../src/graph-model.js';
import { DEFAULT_PATH_EXCLUDED_EDGE_KINDS } from '../../src/defaults.js';
import { InvalidInputError, TimeoutError } from '../../src/errors.js';
import type { Direction, EdgeRef, GraphStore, NodeSummary } from '../store.js';
import { checkDepth, checkHops, requireNode, summaries } from './common.js';

/**
 * The edge kinds a traversal follows: `include` (all when absent) minus `exclude`; undefined means
 * every kind (no filter).
 * @throws InvalidInputError when nothing is left to follow.
 */
export function followedEdgeKinds(include?: readonly EdgeKind[], exclude?: readonly EdgeKind[]): EdgeKind[] | undefined {
  if (!include?.length && !exclude?.length) return undefined;
  const out = (include?.length ? [...new Set(include)] : [...EDGE_KINDS]).filter((k) => !exclude?.includes(k));
  if (!out.length) throw new InvalidInputError('graph.query: every edge kind is excluded; nothing to follow');
  return out;
}

/** Most nodes a neighbourhood or drawing returns. */
export const MAX_NEIGHBOURHOOD_NODES = 500;
/** Most edges one BFS level may read (per side for paths). */
export const LEVEL_EDGE_BUDGET = 20_000;

/**
 * Bounds of one traversal. Every store call reads at most the level budget, so a synchronous store
 * call stays short; `deadline` (epoch ms, e.g. the request's time limit) is checked between calls.
 */
export interface TraversalBounds {
  /** Stop with TimeoutError (CG_TIMEOUT) once Date.now() passes this. */
  deadline?: number;
  /** Edges one BFS level may read; default LEVEL_EDGE_BUDGET. */
  levelEdgeBudget?: number;
}

/** @throws TimeoutError (CG_TIMEOUT) when the deadline has passed. */
function checkDeadline(op: string, bounds: TraversalBounds | undefined, progress: () => string): void {
  if (bounds?.deadline !== undefined && Date.now() > bounds.deadline) {
    throw new TimeoutError(`${op}: time limit reached after ${progress()}; narrow the query (fewer hops or depth, edgeKinds or excludeEdgeKinds)`);
  }
}

export interface NeighbourhoodQuery {
  key: string;
  depth?: number;
  direction?: Direction;
  /** Follow only these edge kinds (default: all). */
  edgeKinds?: readonly EdgeKind[];
  /** Never follow these edge kinds (default: none). */
  excludeEdgeKinds?: readonly EdgeKind[];
  /** Most nodes (including the centre); default 50, at most MAX_NEIGHBOURHOOD_NODES. */
  limit?: number;
  bounds?: TraversalBounds;
}

export interface Neighbourhood {
  center: NodeSummary;
  /** Every node with its BFS distance from the centre (centre first, then by distance and key). */
  nodes: Array<NodeSummary & { depth: number }>;
  edges: EdgeRef[];
  /** True when a node or edge budget cut the answer short. */
  truncated: boolean;
}

/**
 * Nodes within `depth` hops of `key` and the edges that reached them.
 * @throws NotFoundError for an unknown key; InvalidInputError for depth outside 1..3.
 */
export async function neighbourhood(store: GraphStore, query: NeighbourhoodQuery): Promise<Neighbourhood> {
  const depth = checkDepth(query.depth);
  const limit = Math.max(1, Math.min(query.limit ?? 50, MAX_NEIGHBOURHOOD_NODES));
  const direction = query.direction ?? 'both';
  const edgeKinds = followedEdgeKinds(query.edgeKinds, query.excludeEdgeKinds);
  const center = await requireNode(store, query.key);
  const dist = new Map<string, number>([[center.key, 0]]);
  const edges = new Map<string, EdgeRef>();
  let frontier = [center.key];
  let truncated = false;
  for (let d = 1; d <= depth && frontier.length; d++) {
    checkDeadline('graph.neighbourhood', query.bounds, () => `${dist.size} nodes within ${d - 1} hop(s)`);
    const budget = Math.min(query.bounds?.levelEdgeBudget ?? LEVEL_EDGE_BUDGET, limit * 20);
    const adj = await store.adjacent(frontier, { direction, edgeKinds, limit: budget });
    if (adj.length >= budget) truncated = true;
    const next: string[] = [];
    for (const e of adj) {
      for (const k of [e.from, e.to]) {
        if (dist.has(k)) continue;
        if (dist.size >= limit) { truncated = true; continue; }
        dist.set(k, d);
        next.push(k);
      }
      if (dist.has(e.from) && dist.has(e.to)) edges.set(e.key, e);
    }
    frontier = next;
  }
  const nodes = await summaries(store, dist.keys());
  const ordered = [...dist].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .filter(([k]) => nodes.has(k)).map(([k, d]) => ({ ...nodes.get(k)!, depth: d }));
  const { provenance: _p, ...centerSummary } = center;
  return { center: centerSummary, nodes: ordered, edges: [...edges.values()].sort(byKey), truncated };
}

/**
 * A subgraph to draw around `focus`: the neighbourhood plus every edge among its nodes (those the
 * BFS did not walk, e.g. between two nodes of the outermost ring).
 * @throws NotFoundError, InvalidInputError as neighbourhood.
 */
export async function subgraph(store: GraphStore, query: NeighbourhoodQuery): Promise<Neighbourhood> {
  const hood = await neighbourhood(store, query);
  if (hood.nodes.length < 2) return hood;
  checkDeadline('graph.subgraph', query.bounds, () => `${hood.nodes.length} nodes`);
  const budget = query.bounds?.levelEdgeBudget ?? LEVEL_EDGE_BUDGET;
  const among = await store.edgesAmong(hood.nodes.map((n) => n.key), { edgeKinds: followedEdgeKinds(query.edgeKinds, query.excludeEdgeKinds), limit: budget });
  const edges = new Map(hood.edges.map((e) => [e.key, e]));
  for (const e of among) edges.set(e.key, e);
  return { ...hood, edges: [...edges.values()].sort(byKey), truncated: hood.truncated || among.length >= budget };
}

export interface PathQuery {
  from: string;
  to: string;
  maxHops?: number;
  /** Follow only these edge kinds (default: all). */
  edgeKinds?: readonly EdgeKind[];
  /**
   * Never follow these edge kinds. When neither this nor `edgeKinds` is given, paths skip
   * DEFAULT_PATH_EXCLUDED_EDGE_KINDS (MENTIONS: every entity a document names is two hops from
   * every other through the document) unless an endpoint is a Document; pass [] to follow everything.
   */
  excludeEdgeKinds?: readonly EdgeKind[];
  bounds?: TraversalBounds;
}

export interface PathResult {
  /** Nodes from `from` to `to`; empty when no path within maxHops was found. */
  nodes: NodeSummary[];
  /** Edges along the path, in order (direction as stored). */
  edges: EdgeRef[];
  hops: number | null;
  /** Nodes the search visited. */
  explored: number;
  /** True when an edge budget was hit on the way (the path found may not be the shortest). */
  truncated: boolean;
  /** The edge kinds the search did not follow. */
  excludedEdgeKinds: EdgeKind[];
}

/**
 * Shortest undirected path between two entities: bidirectional BFS over the store, expanding the
 * smaller frontier, then graphology's bidirectional search on the explored subgraph. Each level reads
 * at most the level edge budget; when a budget cut the search short and no path was found, "no
 * path" would be a guess, so the search fails with TimeoutError instead.
 * @throws NotFoundError when an endpoint is unknown; InvalidInputError for maxHops outside 1..6;
 * TimeoutError (CG_TIMEOUT) when the deadline passes or a bound stops the search before any path.
 */
export async function shortestPath(store: GraphStore, query: PathQuery): Promise<PathResult> {
  const maxHops = checkHops(query.maxHops);
  const from = await requireNode(store, query.from);
  const to = await requireNode(store, query.to);
  const { provenance: _p, ...fromSummary } = from;
  const useDefault = query.edgeKinds === undefined && query.excludeEdgeKinds === undefined && from.kind !== 'Document' && to.kind !== 'Document';
  const exclude = useDefault ? DEFAULT_PATH_EXCLUDED_EDGE_KINDS : query.excludeEdgeKinds;
  const edgeKinds = followedEdgeKinds(query.edgeKinds, exclude);
  const excludedEdgeKinds = edgeKinds ? EDGE_KINDS.filter((k) => !edgeKinds.includes(k)) : [];
  if (from.key === to.key) return { nodes: [fromSummary], edges: [], hops: 0, explored: 1, truncated: false, excludedEdgeKinds };
  const g = new UndirectedGraph();
  const byPair = new Map<string, EdgeRef>();
  const seen = [new Set([from.key]), new Set([to.key])];
  const frontiers = [[from.key], [to.key]];
  g.addNode(from.key);
  g.addNode(to.key);
  let truncated = false;
  let met = false;
  const budget = query.bounds?.levelEdgeBudget ?? LEVEL_EDGE_BUDGET;
  for (let level = 0; level < maxHops && !met; level++) {
    const side = frontiers[0]!.length <= frontiers[1]!.length ? 0 : 1;
    if (!frontiers[side]!.length) break;
    checkDeadline('graph.shortestPath', query.bounds, () => `exploring ${g.order} nodes in ${level} level(s)`);
    const adj = await store.adjacent(frontiers[side]!, { direction: 'both', edgeKinds, limit: budget });
    if (adj.length >= budget) truncated = true;
    const next: string[] = [];
    for (const e of adj) {
      if (e.from === e.to) continue;
      for (const k of [e.from, e.to]) {
        if (!g.hasNode(k)) g.addNode(k);
        if (!seen[side]!.has(k)) { seen[side]!.add(k); next.push(k); }
        if (seen[1 - side]!.has(k)) met = true;
      }
      const pair = e.from < e.to ? `${e.from}\u0000${e.to}` : `${e.to}\u0000${e.from}`;
      if (!byPair.has(pair)) { byPair.set(pair, e); g.addEdge(e.from, e.to); }
    }
    frontiers[side] = next;
  }
  const path = met ? bidirectional(g, from.key, to.key) : null;
  if (!path || path.length - 1 > maxHops) {
    if (truncated) {
      throw new TimeoutError(`graph.shortestPath: the search reached its bound (${budget} edges per level) after exploring ${g.order} nodes ` +
        `without connecting ${from.key} and ${to.key}; a path may exist — narrow it with edgeKinds, excludeEdgeKinds or fewer maxHops`);
    }
    return { nodes: [], edges: [], hops: null, explored: g.order, truncated, excludedEdgeKinds };
  }
  const nodes = await summaries(store, path);
  const edges = path.slice(1).map((k, i) => {
    const a = path[i]!;
    return byPair.get(a < k ? `${a}\u0000${k}` : `${k}\u0000${a}`)!;
  });
  return { nodes: path.map((k) => nodes.get(k)!).filter(Boolean), edges, hops: path.length - 1, explored: g.order, truncated, excludedEdgeKinds };
}

function byKey(a: { key: string }, b: { key: string }): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
