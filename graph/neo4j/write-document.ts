// replaceDocument/removeDocument for the Neo4j store, as one transaction function: retract the
// document's contributions, write the new ones, recompute the merged view of everything touched
// (with the same mergeContributions rule as the embedded store), delete what lost its last support.
// The function only reads the database and its input, so the driver may safely run it again.
import type { ManagedTransaction } from 'neo4j-driver';
import { EDGE_KINDS, NODE_KINDS, type NodeKind, type NodeRecord } from '../../src/graph-model.js';
import { InvalidInputError } from '../../src/errors.js';
import { mergeContributions, type Contribution } from '../merge-props.js';
import type { DocumentWrite, ReplaceResult } from '../store.js';
import * as Q from './cypher.js';
import { run, runBatched, type Row } from './run.js';
import {
  dedupeByKey, docProps, edgeContribRows, edgeRow, indexRows, mergeRows, nodeContribRows, nodeRow,
  type AliasRow, type NodeRow, type WordRow,
} from './rows.js';
import { cypherInt } from './values.js';

const NODE_KIND_SET = new Set<string>(NODE_KINDS);
const EDGE_KIND_SET = new Set<string>(EDGE_KINDS);
const OP = 'graph.replaceDocument';

/** Check kinds and same-batch endpoints before any write (the embedded store's messages). */
export function validateWrite(write: DocumentWrite): void {
  const batchKeys = new Set(write.nodes.map((n) => n.key));
  for (const n of write.nodes) {
    if (!NODE_KIND_SET.has(n.kind)) throw new InvalidInputError(`${OP}: node "${n.key}" has unknown kind "${n.kind}"`);
  }
  for (const e of write.edges) {
    if (!EDGE_KIND_SET.has(e.kind)) throw new InvalidInputError(`${OP}: edge "${e.key}" has unknown kind "${e.kind}"`);
    if (!batchKeys.has(e.from) || !batchKeys.has(e.to)) {
      throw new InvalidInputError(`${OP}: edge "${e.key}" connects a node that is not in the batch of ${write.document.id}`);
    }
  }
}

const keysOf = (rows: Row[]) => rows.map((r) => r.key as string);

function toContribution(r: Row): Contribution {
  return {
    documentId: r.docId as string, ingestedAt: r.ingestedAt as string, label: (r.label as string | null) ?? undefined,
    props: JSON.parse(r.props as string) as Record<string, unknown>, provenance: JSON.parse(r.provenance as string) as Contribution['provenance'],
  };
}

function groupByKey(rows: Row[]): Map<string, Contribution[]> {
  const out = new Map<string, Contribution[]>();
  for (const r of rows) {
    const list = out.get(r.key as string) ?? [];
    list.push(toContribution(r));
    out.set(r.key as string, list);
  }
  return out;
}

/** Replace one document's contributions. Must run inside `session.executeWrite`. */
export async function replaceDocumentTx(tx: ManagedTransaction, write: DocumentWrite): Promise<ReplaceResult> {
  const docId = write.document.id;
  const nodes = dedupeByKey(write.nodes);
  const edges = dedupeByKey(write.edges);
  const result: ReplaceResult = { documentId: docId, nodesAdded: 0, edgesAdded: 0, nodesUpdated: 0, edgesUpdated: 0, nodesRemoved: 0, edgesRemoved: 0 };

  const existingNodes = new Map((await runBatched(tx, Q.EXISTING_NODES, 'keys', nodes.map((n) => n.key))).map((r) => [r.key as string, r.kind as string]));
  for (const n of nodes) {
    const kind = existingNodes.get(n.key);
    if (kind !== undefined && kind !== n.kind) throw new InvalidInputError(`${OP}: node "${n.key}" is a ${kind}, not a ${n.kind}`);
  }
  const existingEdges = new Set(keysOf(await runBatched(tx, Q.EXISTING_EDGES, 'keys', edges.map((e) => e.key))));
  const { oldNodes, oldEdges } = await retract(tx, docId);
  await run(tx, Q.UPSERT_DOC, { id: docId, props: docProps(write) });
  await runBatched(tx, Q.MERGE_NODE_CONTRIBS, 'rows', nodeContribRows(docId, nodes));
  await index(tx, docId, nodes);
  await runBatched(tx, Q.MERGE_EDGE_CONTRIBS, 'rows', edgeContribRows(docId, edges));

  const freshNodes = nodes.filter((n) => !existingNodes.has(n.key));
  const freshEdges = edges.filter((e) => !existingEdges.has(e.key));
  result.nodesAdded = freshNodes.length;
  result.nodesUpdated = nodes.filter((n) => existingNodes.has(n.key) && !oldNodes.has(n.key)).length;
  result.edgesAdded = freshEdges.length;
  result.edgesUpdated = edges.filter((e) => existingEdges.has(e.key) && !oldEdges.has(e.key)).length;

  // Fresh records take this contribution as is; everything else touched is recomputed from its contributions.
  const freshNodeKeys = new Set(freshNodes.map((n) => n.key));
  const freshEdgeKeys = new Set(freshEdges.map((e) => e.key));
  const touchedNodes = [...new Set([...oldNodes, ...nodes.map((n) => n.key)])].filter((k) => !freshNodeKeys.has(k));
  const touchedEdges = [...new Set([...oldEdges, ...edges.map((e) => e.key)])].filter((k) => !freshEdgeKeys.has(k));
  const refreshed = await refresh(tx, touchedNodes, touchedEdges);

  const nodeRows: NodeRow[] = [...freshNodes.map((n) => nodeRow(n.key, n.kind, n.label, n.props)), ...refreshed.nodeRows];
  await runBatched(tx, Q.MERGE_NODES, 'rows', nodeRows);
  await runBatched(tx, Q.MERGE_EDGES, 'rows', freshEdges.map((e) => edgeRow(e, e.props)));
  await runBatched(tx, Q.SET_EDGE_PROPS, 'rows', edgePropRows(refreshed.edgeProps));

  const removed = await removeUnsupported(tx, refreshed.deadEdges, refreshed.deadNodes);
  result.edgesRemoved = removed.edges;
  result.nodesRemoved = removed.nodes;

  const merges = write.merges ?? [];
  if (merges.length) {
    const [seq] = await run(tx, Q.NEXT_SEQUENCE, { name: 'merge', count: cypherInt(OP, merges.length) });
    await runBatched(tx, Q.MERGE_MERGES, 'rows', mergeRows(docId, merges, (seq!.value as number) - merges.length + 1));
  }
  return result;
}

/** Retract a document entirely. Returns false when it is unknown. Must run inside `executeWrite`. */
export async function removeDocumentTx(tx: ManagedTransaction, docId: string): Promise<boolean> {
  if (!(await run(tx, Q.DOC_EXISTS, { id: docId })).length) return false;
  const { oldNodes, oldEdges } = await retract(tx, docId);
  const refreshed = await refresh(tx, [...oldNodes], [...oldEdges]);
  await runBatched(tx, Q.MERGE_NODES, 'rows', refreshed.nodeRows);
  await runBatched(tx, Q.SET_EDGE_PROPS, 'rows', edgePropRows(refreshed.edgeProps));
  await removeUnsupported(tx, refreshed.deadEdges, refreshed.deadNodes);
  await run(tx, Q.DELETE_DOC, { id: docId });
  return true;
}

async function retract(tx: ManagedTransaction, docId: string): Promise<{ oldNodes: Set<string>; oldEdges: Set<string> }> {
  const oldNodes = new Set(keysOf(await run(tx, Q.NODE_CONTRIB_KEYS_OF_DOC, { docId })));
  const oldEdges = new Set(keysOf(await run(tx, Q.EDGE_CONTRIB_KEYS_OF_DOC, { docId })));
  await run(tx, Q.DELETE_NODE_CONTRIBS_OF_DOC, { docId });
  await run(tx, Q.DELETE_EDGE_CONTRIBS_OF_DOC, { docId });
  await run(tx, Q.DELETE_MERGES_OF_DOC, { docId });
  await run(tx, Q.DELETE_ALIASES_OF_DOC, { docId });
  await run(tx, Q.DELETE_WORDS_OF_DOC, { docId });
  return { oldNodes, oldEdges };
}

interface Refreshed {
  nodeRows: NodeRow[];
  edgeProps: Array<[string, Record<string, unknown>]>;
  deadNodes: string[];
  deadEdges: string[];
}

/** Merged views of touched nodes/edges from their remaining contributions; unsupported ones listed. */
async function refresh(tx: ManagedTransaction, nodeKeys: string[], edgeKeys: string[]): Promise<Refreshed> {
  const nodeContribs = groupByKey(await runBatched(tx, Q.NODE_CONTRIBS_FOR_KEYS, 'keys', nodeKeys));
  const edgeContribs = groupByKey(await runBatched(tx, Q.EDGE_CONTRIBS_FOR_KEYS, 'keys', edgeKeys));
  const kinds = new Map((await runBatched(tx, Q.EXISTING_NODES, 'keys', nodeKeys)).map((r) => [r.key as string, r.kind as NodeKind]));
  const out: Refreshed = { nodeRows: [], edgeProps: [], deadNodes: [], deadEdges: [] };
  for (const key of nodeKeys) {
    const cs = nodeContribs.get(key);
    if (!cs?.length) { out.deadNodes.push(key); continue; }
    const kind = kinds.get(key);
    if (!kind) continue; // defensive: a contribution without its node
    const merged = mergeContributions(cs);
    out.nodeRows.push(nodeRow(key, kind, merged.label, merged.props));
  }
  for (const key of edgeKeys) {
    const cs = edgeContribs.get(key);
    if (!cs?.length) out.deadEdges.push(key);
    else out.edgeProps.push([key, mergeContributions(cs).props]);
  }
  return out;
}

function edgePropRows(edgeProps: Array<[string, Record<string, unknown>]>): Array<{ key: string; props: string }> {
  return edgeProps.map(([key, props]) => ({ key, props: JSON.stringify(props) }));
}

/** Delete unsupported edges, then unsupported nodes with any edge still at them; counts both. */
async function removeUnsupported(tx: ManagedTransaction, deadEdges: string[], deadNodes: string[]): Promise<{ nodes: number; edges: number }> {
  await runBatched(tx, Q.DELETE_EDGES, 'keys', deadEdges);
  const at = await runBatched(tx, Q.DELETE_NODES, 'keys', deadNodes);
  const atKeys = at.flatMap((r) => r.edgeKeys as string[]);
  if (atKeys.length) await runBatched(tx, Q.DELETE_EDGE_CONTRIBS_FOR_KEYS, 'keys', atKeys);
  await runBatched(tx, Q.DELETE_ALIASES, 'keys', deadNodes);
  await runBatched(tx, Q.DELETE_WORDS, 'keys', deadNodes);
  return { nodes: at.length, edges: deadEdges.length + new Set(atKeys).size };
}

/** Index the aliases and words of this document's contribution to each node. */
async function index(tx: ManagedTransaction, docId: string, nodes: readonly NodeRecord[]): Promise<void> {
  const aliases: AliasRow[] = [];
  const words: WordRow[] = [];
  for (const n of nodes) {
    const idx = indexRows(docId, n);
    aliases.push(...idx.aliases);
    words.push(...idx.words);
  }
  await runBatched(tx, Q.MERGE_ALIASES, 'rows', aliases);
  await runBatched(tx, Q.MERGE_WORDS, 'rows', words);
}
