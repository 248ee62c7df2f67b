// Lays out a subgraph for drawing: nodes start on rings by hop distance (deterministic, so the same
// neighbourhood always draws the same and its ETag holds), then ForceAtlas2 untangles them. Runs on
// the server over the small subgraph only, so the browser just renders.
import { MultiDirectedGraph } from 'graphology';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { NodeKind } from '../../src/graph-model.js';
import { KIND_COLORS } from '../kind-style.js';

export interface LayoutNodeInput { key: string; kind: NodeKind; label: string; depth: number }
export interface LayoutEdgeInput { key: string; from: string; to: string }
export interface LaidOutNode extends LayoutNodeInput { x: number; y: number; size: number; color: string }

/** FA2 iterations: enough to untangle a few hundred nodes seeded on rings. */
const ITERATIONS = 100;
/** Layouts are pure functions of the subgraph: repeated views of the same neighbourhood reuse them. */
const CACHE_SIZE = 256;
const cache = new Map<string, LaidOutNode[]>();
// The package is CommonJS (module.exports = the layout) while its types declare a default export;
// requiring it gives the same object under both module systems.
const forceAtlas2 = createRequire(import.meta.url)('graphology-layout-forceatlas2') as typeof import('graphology-layout-forceatlas2').default;

export function layoutSubgraph(nodes: readonly LayoutNodeInput[], edges: readonly LayoutEdgeInput[]): LaidOutNode[] {
  const id = createHash('sha1');
  for (const n of nodes) id.update(`${n.key}\u0000${n.kind}\u0000${n.label}\u0000${n.depth}\u0001`);
  for (const e of edges) id.update(`${e.key}\u0001`);
  const cacheKey = id.digest('base64');
  const hit = cache.get(cacheKey);
  if (hit) {
    // Refresh its place in the LRU order.
    cache.delete(cacheKey);
    cache.set(cacheKey, hit);
    return hit.map((n) => ({ ...n }));
  }
  const out = computeLayout(nodes, edges);
  cache.set(cacheKey, out);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return out.map((n) => ({ ...n }));
}

function computeLayout(nodes: readonly LayoutNodeInput[], edges: readonly LayoutEdgeInput[]): LaidOutNode[] {
  const graph = new MultiDirectedGraph();
  const rings = new Map<number, LayoutNodeInput[]>();
  for (const n of nodes) {
    const ring = rings.get(n.depth) ?? [];
    ring.push(n);
    rings.set(n.depth, ring);
  }
  for (const [depth, ring] of rings) {
    ring.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / ring.length + depth * 0.37;
      const r = depth === 0 ? 0 : depth * 10;
      graph.addNode(n.key, { x: r * Math.cos(angle) + (depth === 0 ? i : 0), y: r * Math.sin(angle) });
    });
  }
  for (const e of edges) {
    if (e.from !== e.to && graph.hasNode(e.from) && graph.hasNode(e.to)) graph.addDirectedEdgeWithKey(e.key, e.from, e.to);
  }
  if (graph.order > 1 && graph.size > 0) {
    forceAtlas2.assign(graph, {
      iterations: ITERATIONS,
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 150 },
    });
  }
  return nodes.map((n) => {
    const a = graph.getNodeAttributes(n.key) as { x: number; y: number };
    const degree = graph.degree(n.key);
    return {
      ...n,
      x: round(a.x), y: round(a.y),
      size: n.depth === 0 ? 14 : Math.min(12, 4 + Math.sqrt(degree) * 2),
      color: KIND_COLORS[n.kind],
    };
  });
}

function round(v: number): number {
  return Number.isFinite(v) ? Math.round(v * 1000) / 1000 : 0;
}
