// Lays out a subgraph for drawing: nodes start on rings by hop distance (deterministic, so the same
// neighbourhood always draws the same and its ETag holds), then ForceAtlas2 untangles them. Runs on
// the server over the small subgraph only, so the browser just renders.
import { MultiDirectedGraph } from 'graphology';
import { createRequire } from 'node:module';
import type { NodeKind } from '../../src/graph-model.js';
import { KIND_COLORS } from '../kind-style.js';

export interface LayoutNodeInput { key: string; kind: NodeKind; label: string; depth: number }
export interface LayoutEdgeInput { key: string; from: string; to: string }
export interface LaidOutNode extends LayoutNodeInput { x: number; y: number; size: number; color: string }

const ITERATIONS = 150;
// The package is CommonJS (module.exports = the layout) while its types declare a default export;
// requiring it gives the same object under both module systems.
const forceAtlas2 = createRequire(import.meta.url)('graphology-layout-forceatlas2') as typeof import('graphology-layout-forceatlas2').default;

export function layoutSubgraph(nodes: readonly LayoutNodeInput[], edges: readonly LayoutEdgeInput[]): LaidOutNode[] {
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
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 300 },
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
