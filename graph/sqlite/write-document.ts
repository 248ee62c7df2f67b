// replaceDocument/removeDocument for the SQLite store: retract a document's contributions, add the
// new ones, recompute the merged rows of everything touched, drop what lost its last support.
// Runs inside one transaction (the caller wraps it), so a crash leaves the old or the new version.
import type Database from 'better-sqlite3';
import { EDGE_KINDS, NODE_KINDS, type EdgeRecord, type NodeRecord } from '../../src/graph-model.js';
import { InvalidInputError } from '../../src/errors.js';
import { normalizeSource } from '../../src/document-id.js';
import { dedupeByKey, mergeContributions, type Contribution } from '../merge-props.js';
import { nodeAliases } from '../node-aliases.js';
import { normalizeOrgName } from '../normalize.js';
import type { DocumentWrite, ReplaceResult } from '../store.js';

const NODE_KIND_SET = new Set<string>(NODE_KINDS);
const EDGE_KIND_SET = new Set<string>(EDGE_KINDS);

interface ContribRow { doc_id: string; ingested_at: string; label?: string; props: string; provenance: string }

/** Sort key for listing nodes by label: folded, so case and punctuation do not scatter them. */
export function sortLabel(label: string): string {
  return normalizeOrgName(label) || label.toLowerCase();
}

export class DocumentWriter {
  private readonly s;

  constructor(private readonly db: Database.Database) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      upsertDoc: p(`INSERT INTO documents (id, source, norm_source, media_type, title, date, content_hash, ingested_at, text, extraction)
        VALUES (@id, @source, @normSource, @mediaType, @title, @date, @contentHash, @ingestedAt, @text, @extraction)
        ON CONFLICT(id) DO UPDATE SET source=excluded.source, norm_source=excluded.norm_source, media_type=excluded.media_type,
        title=excluded.title, date=excluded.date, content_hash=excluded.content_hash, ingested_at=excluded.ingested_at,
        text=excluded.text, extraction=excluded.extraction`),
      deleteDoc: p('DELETE FROM documents WHERE id = ?'),
      docExists: p('SELECT 1 FROM documents WHERE id = ?').pluck(),
      oldNodeIds: p('SELECT node_id FROM node_contrib WHERE doc_id = ?').pluck(),
      oldEdgeIds: p('SELECT edge_id FROM edge_contrib WHERE doc_id = ?').pluck(),
      delNodeContribs: p('DELETE FROM node_contrib WHERE doc_id = ?'),
      delEdgeContribs: p('DELETE FROM edge_contrib WHERE doc_id = ?'),
      delMerges: p('DELETE FROM merges WHERE doc_id = ?'),
      nodeId: p('SELECT id FROM nodes WHERE key = ?').pluck(),
      nodeKind: p('SELECT kind FROM nodes WHERE id = ?').pluck(),
      insNode: p('INSERT INTO nodes (key, kind, label, sort_label, props) VALUES (?, ?, ?, ?, ?)'),
      updNode: p('UPDATE nodes SET label = ?, sort_label = ?, props = ? WHERE id = ?'),
      delNode: p('DELETE FROM nodes WHERE id = ?'),
      insNodeContrib: p('INSERT OR REPLACE INTO node_contrib (node_id, doc_id, label, props, provenance) VALUES (?, ?, ?, ?, ?)'),
      nodeContribs: p(`SELECT c.doc_id, d.ingested_at, c.label, c.props, c.provenance FROM node_contrib c
        JOIN documents d ON d.id = c.doc_id WHERE c.node_id = ?`),
      edgeId: p('SELECT id FROM edges WHERE key = ?').pluck(),
      insEdge: p('INSERT INTO edges (key, kind, src, dst, props) VALUES (?, ?, ?, ?, ?)'),
      updEdge: p('UPDATE edges SET props = ? WHERE id = ?'),
      delEdge: p('DELETE FROM edges WHERE id = ?'),
      insEdgeContrib: p('INSERT OR REPLACE INTO edge_contrib (edge_id, doc_id, props, provenance) VALUES (?, ?, ?, ?)'),
      edgeContribs: p(`SELECT c.doc_id, d.ingested_at, c.props, c.provenance FROM edge_contrib c
        JOIN documents d ON d.id = c.doc_id WHERE c.edge_id = ?`),
      edgesAt: p('SELECT id FROM edges WHERE src = @id UNION SELECT id FROM edges WHERE dst = @id').pluck(),
      delEdgeContribsOf: p('DELETE FROM edge_contrib WHERE edge_id = ?'),
      delAliases: p('DELETE FROM aliases WHERE node_id = ?'),
      insAlias: p('INSERT OR IGNORE INTO aliases (alias, node_id, doc_id, kind, type) VALUES (?, ?, ?, ?, ?)'),
      delDocAliases: p('DELETE FROM aliases WHERE doc_id = ?'),
      contribAliases: p('SELECT alias, kind, type FROM aliases WHERE node_id = ?'),
      searchAliases: p('SELECT alias FROM node_alias WHERE node_id = ?').pluck(),
      searchWords: p('SELECT word FROM node_word WHERE node_id = ?').pluck(),
      insSearchAlias: p('INSERT OR IGNORE INTO node_alias (alias, node_id, kind) VALUES (?, ?, ?)'),
      delSearchAlias: p('DELETE FROM node_alias WHERE alias = ? AND node_id = ?'),
      insSearchWord: p('INSERT OR IGNORE INTO node_word (word, node_id, kind) VALUES (?, ?, ?)'),
      delSearchWord: p('DELETE FROM node_word WHERE word = ? AND node_id = ?'),
      delSearchAliasesOf: p('DELETE FROM node_alias WHERE node_id = ?'),
      delSearchWordsOf: p('DELETE FROM node_word WHERE node_id = ?'),
      insMerge: p('INSERT INTO merges (doc_id, kind, key, names, reason, detail) VALUES (?, ?, ?, ?, ?, ?)'),
    };
  }

  /** Must run inside a transaction. */
  replace(write: DocumentWrite): ReplaceResult {
    const doc = write.document;
    const op = 'graph.replaceDocument';
    const batchKeys = new Set(write.nodes.map((n) => n.key));
    for (const n of write.nodes) {
      if (!NODE_KIND_SET.has(n.kind)) throw new InvalidInputError(`${op}: node "${n.key}" has unknown kind "${n.kind}"`);
    }
    for (const e of write.edges) {
      if (!EDGE_KIND_SET.has(e.kind)) throw new InvalidInputError(`${op}: edge "${e.key}" has unknown kind "${e.kind}"`);
      if (!batchKeys.has(e.from) || !batchKeys.has(e.to)) {
        throw new InvalidInputError(`${op}: edge "${e.key}" connects a node that is not in the batch of ${doc.id}`);
      }
    }
    const result: ReplaceResult = { documentId: doc.id, nodesAdded: 0, edgesAdded: 0, nodesUpdated: 0, edgesUpdated: 0, nodesRemoved: 0, edgesRemoved: 0 };
    const { oldNodes, oldEdges } = this.retract(doc.id);
    this.s.upsertDoc.run({
      ...doc, normSource: normalizeSource(doc.source), text: write.text,
      extraction: write.extraction === undefined ? null : JSON.stringify(write.extraction),
    });

    const fresh = new Set<number>(); // created by this write: merged view = this contribution
    const touchedNodes = new Set<number>(oldNodes);
    const idOf = new Map<string, number>();
    for (const n of dedupeByKey(write.nodes)) {
      let id = this.s.nodeId.get(n.key) as number | undefined;
      if (id === undefined) {
        id = Number(this.s.insNode.run(n.key, n.kind, n.label, sortLabel(n.label), JSON.stringify(n.props)).lastInsertRowid);
        fresh.add(id);
        result.nodesAdded++;
      } else {
        const kind = this.s.nodeKind.get(id) as string;
        if (kind !== n.kind) throw new InvalidInputError(`${op}: node "${n.key}" is a ${kind}, not a ${n.kind}`);
        if (!oldNodes.has(id)) result.nodesUpdated++;
      }
      idOf.set(n.key, id);
      touchedNodes.add(id);
      this.s.insNodeContrib.run(id, doc.id, n.label, JSON.stringify(n.props), JSON.stringify(n.provenance));
      this.indexAliases(id, doc.id, n.kind, n.label, n.props);
    }

    const freshEdges = new Set<number>();
    const touchedEdges = new Set<number>(oldEdges);
    for (const e of dedupeByKey(write.edges)) {
      let id = this.s.edgeId.get(e.key) as number | undefined;
      if (id === undefined) {
        id = Number(this.s.insEdge.run(e.key, e.kind, idOf.get(e.from)!, idOf.get(e.to)!, JSON.stringify(e.props)).lastInsertRowid);
        freshEdges.add(id);
        result.edgesAdded++;
      } else if (!oldEdges.has(id)) {
        result.edgesUpdated++;
      }
      touchedEdges.add(id);
      this.s.insEdgeContrib.run(id, doc.id, JSON.stringify(e.props), JSON.stringify(e.provenance));
    }

    for (const id of touchedEdges) if (!freshEdges.has(id) && this.refreshEdge(id)) result.edgesRemoved++;
    for (const id of touchedNodes) {
      const removed = fresh.has(id) ? 0 : this.refreshNode(id);
      if (removed) { result.nodesRemoved++; result.edgesRemoved += removed - 1; } else this.reindexSearch(id);
    }
    for (const m of write.merges ?? []) {
      this.s.insMerge.run(doc.id, m.kind, m.key, JSON.stringify(m.names), m.reason, m.detail ?? null);
    }
    return result;
  }

  /** Must run inside a transaction. Returns false when the document is unknown. */
  remove(documentId: string): boolean {
    if (!this.s.docExists.get(documentId)) return false;
    const { oldNodes, oldEdges } = this.retract(documentId);
    for (const id of oldEdges) this.refreshEdge(id);
    for (const id of oldNodes) if (!this.refreshNode(id)) this.reindexSearch(id);
    this.s.deleteDoc.run(documentId);
    return true;
  }

  private retract(documentId: string): { oldNodes: Set<number>; oldEdges: Set<number> } {
    const oldNodes = new Set(this.s.oldNodeIds.all(documentId) as number[]);
    const oldEdges = new Set(this.s.oldEdgeIds.all(documentId) as number[]);
    this.s.delNodeContribs.run(documentId);
    this.s.delEdgeContribs.run(documentId);
    this.s.delMerges.run(documentId);
    this.s.delDocAliases.run(documentId);
    return { oldNodes, oldEdges };
  }

  /** Recompute an edge's merged props; delete it when unsupported. Returns true when deleted. */
  private refreshEdge(id: number): boolean {
    const rows = this.s.edgeContribs.all(id) as ContribRow[];
    if (rows.length === 0) {
      this.s.delEdge.run(id);
      return true;
    }
    this.s.updEdge.run(JSON.stringify(mergeContributions(rows.map(toContribution)).props), id);
    return false;
  }

  /** Recompute a node's merged view; delete it (and edges at it) when unsupported. Returns 1 + edges deleted, or 0. */
  private refreshNode(id: number): number {
    const rows = this.s.nodeContribs.all(id) as ContribRow[];
    if (rows.length === 0) {
      // Defensive: with same-batch endpoints no supported edge can remain here.
      const edgeIds = this.s.edgesAt.all({ id }) as number[];
      for (const e of edgeIds) { this.s.delEdgeContribsOf.run(e); this.s.delEdge.run(e); }
      this.s.delAliases.run(id);
      this.s.delSearchAliasesOf.run(id);
      this.s.delSearchWordsOf.run(id);
      this.s.delNode.run(id);
      return 1 + edgeIds.length;
    }
    const merged = mergeContributions(rows.map(toContribution));
    this.s.updNode.run(merged.label, sortLabel(merged.label), JSON.stringify(merged.props), id);
    return 0;
  }

  /** Index the aliases of one document's contribution to a node. */
  private indexAliases(id: number, docId: string, kind: NodeRecord['kind'], label: string, props: Record<string, unknown>): void {
    for (const a of nodeAliases(kind, label, props)) {
      this.s.insAlias.run(a.alias, id, docId, kind, a.type);
    }
  }

  /**
   * Bring a node's search rows (node_alias, node_word) in line with the aliases its contributions
   * supply; rows already right are left alone, so a node many documents share costs two reads.
   */
  private reindexSearch(id: number): void {
    const aliases = new Map<string, string>();
    const words = new Map<string, string>();
    for (const r of this.s.contribAliases.all(id) as Array<{ alias: string; kind: string; type: string }>) {
      aliases.set(r.alias, r.kind);
      // Initials forms only repeat the surname; single letters would match everything.
      if (r.type !== 'initials') for (const w of r.alias.split(' ')) if (w.length > 1) words.set(w, r.kind);
    }
    syncRows(this.s.searchAliases.all(id) as string[], aliases, (a) => this.s.delSearchAlias.run(a, id), (a, k) => this.s.insSearchAlias.run(a, id, k));
    syncRows(this.s.searchWords.all(id) as string[], words, (w) => this.s.delSearchWord.run(w, id), (w, k) => this.s.insSearchWord.run(w, id, k));
  }
}

function syncRows(have: string[], want: Map<string, string>, del: (v: string) => void, ins: (v: string, kind: string) => void): void {
  const had = new Set(have);
  for (const v of had) if (!want.has(v)) del(v);
  for (const [v, kind] of want) if (!had.has(v)) ins(v, kind);
}

function toContribution(r: ContribRow): Contribution {
  return { documentId: r.doc_id, ingestedAt: r.ingested_at, label: r.label, props: JSON.parse(r.props), provenance: JSON.parse(r.provenance) };
}

