// Views of traversals: the laid-out subgraph around a focus (for drawing) and the shortest path
// between two entities, from the query module (graph/queries/traverse.ts).
import type { GraphStore } from '../../graph/store.js';
import { shortestPath, subgraph, type TraversalBounds } from '../../graph/queries/traverse.js';
import type { EdgeKind } from '../../src/graph-model.js';
import { KIND_LEGEND } from '../kind-style.js';
import type { GraphResponse, PathsResponse } from '../schemas/views.js';
import { layoutSubgraph } from './graph-layout.js';
import { summaryOf } from './provenance.js';
import { requireNode } from '../../graph/queries/common.js';

export interface GraphViewQuery {
  focus: string;
  depth: number;
  limit: number;
  edgeKinds?: EdgeKind[];
  excludeEdgeKinds?: EdgeKind[];
  /** The request's deadline and budgets (see TraversalBounds). */
  bounds?: TraversalBounds;
}

export interface PathsViewQuery {
  from: string;
  to: string;
  maxHops: number;
  edgeKinds?: EdgeKind[];
  /** Absent: the query layer's default (MENTIONS skipped unless an end is a Document). */
  excludeEdgeKinds?: EdgeKind[];
  bounds?: TraversalBounds;
}

/** @throws NotFoundError for an unknown focus; InvalidInputError for a bad depth; TimeoutError past the deadline. */
export async function graphView(store: GraphStore, query: GraphViewQuery): Promise<GraphResponse> {
  const hood = await subgraph(store, { key: query.focus, depth: query.depth, limit: query.limit, edgeKinds: query.edgeKinds, excludeEdgeKinds: query.excludeEdgeKinds, bounds: query.bounds });
  const nodes = layoutSubgraph(hood.nodes.map((n) => ({ key: n.key, kind: n.kind, label: n.label.trim() || (typeof n.props.url === 'string' ? n.props.url : n.key), depth: n.depth })), hood.edges);
  return {
    focus: hood.center.key,
    depth: query.depth,
    nodes,
    edges: hood.edges.map((e) => ({ key: e.key, kind: e.kind, from: e.from, to: e.to })),
    truncated: hood.truncated,
    legend: KIND_LEGEND.map((l) => ({ ...l })),
  };
}

/**
 * @throws NotFoundError when an endpoint is unknown; InvalidInputError for bad maxHops; TimeoutError
 * when the deadline passes or a traversal bound stops the search before any path.
 */
export async function pathsView(store: GraphStore, query: PathsViewQuery): Promise<PathsResponse> {
  const [from, to] = await Promise.all([requireNode(store, query.from), requireNode(store, query.to)]);
  const path = await shortestPath(store, query);
  return {
    from: summaryOf(from),
    to: summaryOf(to),
    maxHops: query.maxHops,
    excludedEdgeKinds: path.excludedEdgeKinds,
    truncated: path.truncated,
    path: path.hops === null ? null : { nodes: path.nodes, edges: path.edges.map((e) => ({ key: e.key, kind: e.kind, from: e.from, to: e.to })) },
  };
}
