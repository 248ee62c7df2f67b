// Parameter rows for the Neo4j store's UNWIND batches, built here and nowhere else. Props,
// provenance and records travel as JSON text (nested values and nulls survive exactly, like the
// embedded store's JSON columns); integers that Cypher must see as integers go as neo4j.int.
import type { Integer } from 'neo4j-driver';
import type { EdgeKind, EdgeRecord, NodeKind, NodeRecord } from '../../src/graph-model.js';
import { normalizeSource } from '../../src/document-id.js';
import type { LinkCheck } from '../../src/link-check.js';
import { nodeAliases } from '../node-aliases.js';
import { normalizeUrl, urlHost } from '../normalize.js';
import { sortLabel } from '../sqlite/write-document.js';
import { summarizeLinkHistory } from '../../src/link-history.js';
import type { DocumentWrite, MergeRecord } from '../store.js';
import { cypherInt } from './values.js';

/** Most rows sent in one UNWIND statement; larger batches are split (same transaction). */
export const BATCH_SIZE = 1000;

export interface NodeContribRow { id: string; docId: string; key: string; label: string; props: string; provenance: string }
export interface EdgeContribRow { id: string; docId: string; key: string; props: string; provenance: string }
export interface NodeRow { key: string; kind: NodeKind; label: string; sortLabel: string; props: string }
export interface EdgeRow { key: string; kind: EdgeKind; fromKey: string; toKey: string; props: string }
export interface AliasRow { nodeKey: string; alias: string; docId: string; kind: NodeKind; aliasType: string }
export interface WordRow { nodeKey: string; word: string; docId: string; kind: NodeKind }
export interface MergeRow { id: string; seq: Integer; docId: string; kind: NodeKind; key: string; names: string; reason: string; detail: string | null }
export interface LinkCheckRow { id: string; seq: Integer; url: string; checkedAt: string; record: string }
export interface LinkLatestRow {
  url: string; host: string; status: string; verdict: string; checkSeq: Integer; record: string; checkCount: Integer;
  lastAliveAt: string | null; failureStreak: Integer; failingSince: string | null;
}

/** Id of one document's contribution to a node or edge (document ids never contain "|"). */
export function contribId(docId: string, key: string): string {
  return `${docId}|${key}`;
}

/** Document properties (everything but the id); nulls remove a property, which reads back as null. */
export function docProps(write: DocumentWrite): Record<string, string | null> {
  const d = write.document;
  return {
    source: d.source, normSource: normalizeSource(d.source), mediaType: d.mediaType, title: d.title, date: d.date,
    contentHash: d.contentHash, ingestedAt: d.ingestedAt, text: write.text,
    extraction: write.extraction === undefined ? null : JSON.stringify(write.extraction),
  };
}

export function nodeContribRows(docId: string, nodes: readonly NodeRecord[]): NodeContribRow[] {
  return nodes.map((n) => ({
    id: contribId(docId, n.key), docId, key: n.key, label: n.label, props: JSON.stringify(n.props), provenance: JSON.stringify(n.provenance),
  }));
}

export function edgeContribRows(docId: string, edges: readonly EdgeRecord[]): EdgeContribRow[] {
  return edges.map((e) => ({ id: contribId(docId, e.key), docId, key: e.key, props: JSON.stringify(e.props), provenance: JSON.stringify(e.provenance) }));
}

export function nodeRow(key: string, kind: NodeKind, label: string, props: Record<string, unknown>): NodeRow {
  return { key, kind, label, sortLabel: sortLabel(label), props: JSON.stringify(props) };
}

export function edgeRow(e: Pick<EdgeRecord, 'key' | 'kind' | 'from' | 'to'>, props: Record<string, unknown>): EdgeRow {
  return { key: e.key, kind: e.kind, fromKey: e.from, toKey: e.to, props: JSON.stringify(props) };
}

/**
 * Alias and word index rows of one document's contribution to a node (the same forms the embedded
 * store indexes: nodeAliases of that contribution's label and props).
 */
export function indexRows(docId: string, n: Pick<NodeRecord, 'key' | 'kind' | 'label' | 'props'>): { aliases: AliasRow[]; words: WordRow[] } {
  const aliases: AliasRow[] = [];
  const words = new Map<string, WordRow>();
  for (const a of nodeAliases(n.kind, n.label, n.props)) {
    aliases.push({ nodeKey: n.key, alias: a.alias, docId, kind: n.kind, aliasType: a.type });
    for (const w of a.alias.split(' ')) if (w && !words.has(w)) words.set(w, { nodeKey: n.key, word: w, docId, kind: n.kind });
  }
  return { aliases, words: [...words.values()] };
}

/** Merge records of one document, numbered from `firstSeq` in the order given. */
export function mergeRows(docId: string, merges: readonly MergeRecord[], firstSeq: number): MergeRow[] {
  return merges.map((m, i) => ({
    id: `${docId}#${i}`, seq: cypherInt('graph.replaceDocument', firstSeq + i), docId, kind: m.kind, key: m.key,
    names: JSON.stringify(m.names), reason: m.reason, detail: m.detail ?? null,
  }));
}

/**
 * Link-check rows. `callId` is fixed before the transaction function runs, so a retried
 * transaction (or a commit the driver could not confirm) MERGEs the same rows instead of adding twins.
 */
export function linkCheckRows(callId: string, checks: readonly LinkCheck[], firstSeq: number): LinkCheckRow[] {
  return checks.map((c, i) => ({
    id: `${callId}#${i}`, seq: cypherInt('graph.recordLinkCheck', firstSeq + i), url: normalizeUrl(c.url), checkedAt: c.checkedAt, record: JSON.stringify(c),
  }));
}

/** The per-URL summary row from its whole history in (checkedAt, seq) order. */
export function linkLatestRow(url: string, history: ReadonlyArray<{ seq: number; record: LinkCheck }>): LinkLatestRow {
  const sum = summarizeLinkHistory(history.map((h) => h.record));
  const latest = history[sum.latest]!;
  const op = 'graph.recordLinkCheck';
  return {
    url, host: urlHost(url), status: latest.record.status, verdict: latest.record.verdict, checkSeq: cypherInt(op, latest.seq),
    record: JSON.stringify(latest.record), checkCount: cypherInt(op, sum.checkCount), lastAliveAt: sum.lastAliveAt,
    failureStreak: cypherInt(op, sum.failureStreak), failingSince: sum.failingSince,
  };
}

/** Page size as a Cypher integer: one more than asked, to learn whether another page exists. */
export function pageLimit(op: string, limit: number): Integer {
  return cypherInt(op, limit + 1);
}

/**
 * Edge-kind filter parameter: null (no filter) when absent or empty, as the embedded store does.
 * Kinds are compared as property values, never spliced into a statement, so an unknown kind simply
 * matches nothing (the embedded store's answer too).
 */
export function kindsParam(kinds: readonly string[] | undefined): string[] | null {
  return kinds?.length ? [...kinds] : null;
}

export { dedupeByKey } from '../merge-props.js';

/** Split rows into UNWIND batches. */
export function batches<T>(rows: readonly T[], size = BATCH_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
