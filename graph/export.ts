// Export the whole graph through the GraphStore interface, streamed page by page: JSON
// ({nodes, edges}), GraphML (for Gephi, yEd, NetworkX) or CSV (nodes and edges tables).
// Props are written as JSON strings in GraphML and CSV so nothing is lost.
import { NODE_KINDS, type EdgeRecord } from '../src/graph-model.js';
import type { GraphStore, NodeSummary } from './store.js';

const PAGE = 500;
type Write = (chunk: string) => void | Promise<void>;

/** Every node, kind by kind, in label order. */
export async function* iterateNodes(store: GraphStore): AsyncGenerator<NodeSummary> {
  for (const kind of NODE_KINDS) {
    let cursor: string | undefined;
    do {
      const page = await store.listNodes({ kind, limit: PAGE, cursor });
      yield* page.items;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
}

/** Every edge once (as the out-edge of its source), with props and provenance. */
export async function* iterateEdges(store: GraphStore): AsyncGenerator<EdgeRecord> {
  for await (const node of iterateNodes(store)) {
    let cursor: string | undefined;
    do {
      const page = await store.getEdges({ key: node.key, direction: 'out', limit: PAGE, cursor });
      yield* page.items;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
}

/** `{"nodes":[...],"edges":[...]}`; edges without provenance unless asked. */
export async function exportJson(store: GraphStore, write: Write, options: { provenance?: boolean } = {}): Promise<void> {
  await write('{"nodes":[');
  let first = true;
  for await (const n of iterateNodes(store)) {
    await write((first ? '\n' : ',\n') + JSON.stringify(n));
    first = false;
  }
  await write('\n],"edges":[');
  first = true;
  for await (const e of iterateEdges(store)) {
    await write((first ? '\n' : ',\n') + JSON.stringify(options.provenance ? e : { key: e.key, kind: e.kind, from: e.from, to: e.to, props: e.props }));
    first = false;
  }
  await write('\n]}\n');
}

function xml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
    // Characters XML 1.0 does not allow.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

/** GraphML with node attributes kind, label, props (JSON) and edge attributes kind, props (JSON). */
export async function exportGraphml(store: GraphStore, write: Write): Promise<void> {
  await write('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n' +
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>\n' +
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>\n' +
    '  <key id="props" for="node" attr.name="props" attr.type="string"/>\n' +
    '  <key id="ekind" for="edge" attr.name="kind" attr.type="string"/>\n' +
    '  <key id="eprops" for="edge" attr.name="props" attr.type="string"/>\n' +
    '  <graph id="citegraph" edgedefault="directed">\n');
  for await (const n of iterateNodes(store)) {
    await write(`    <node id="${xml(n.key)}"><data key="kind">${n.kind}</data><data key="label">${xml(n.label)}</data><data key="props">${xml(JSON.stringify(n.props))}</data></node>\n`);
  }
  for await (const e of iterateEdges(store)) {
    await write(`    <edge id="${xml(e.key)}" source="${xml(e.from)}" target="${xml(e.to)}"><data key="ekind">${e.kind}</data><data key="eprops">${xml(JSON.stringify(e.props))}</data></edge>\n`);
  }
  await write('  </graph>\n</graphml>\n');
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
export function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Two CSV tables: nodes (key,kind,label,props) and edges (key,kind,from,to,props). */
export async function exportCsv(store: GraphStore, out: { nodes: Write; edges: Write }): Promise<void> {
  await out.nodes('key,kind,label,props\r\n');
  for await (const n of iterateNodes(store)) await out.nodes([n.key, n.kind, n.label, JSON.stringify(n.props)].map(csvField).join(',') + '\r\n');
  await out.edges('key,kind,from,to,props\r\n');
  for await (const e of iterateEdges(store)) await out.edges([e.key, e.kind, e.from, e.to, JSON.stringify(e.props)].map(csvField).join(',') + '\r\n');
}
