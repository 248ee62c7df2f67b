// Edge reads for the SQLite store: edges at a node (paged, with provenance), adjacency of a
// frontier (the BFS primitive) and degrees, all from the endpoint indexes.
import type Database from 'better-sqlite3';
import type { EdgeKind, EdgeRecord } from '../../src/graph-model.js';
import type { AdjacentQuery, Direction, EdgeQuery, EdgeRef, NodeSummary, Page } from '../store.js';
import { decodeCursor, encodeCursor, isString } from './cursor.js';
import { rowToSummary } from './search.js';

/** Most ids in one IN (...) list; frontiers larger than this are chunked. */
const CHUNK = 500;

interface EdgeRow { id: number; key: string; kind: EdgeKind; from_key: string; to_key: string; props?: string }

const EDGE_SELECT = `SELECT e.id, e.key, e.kind, s.key AS from_key, d.key AS to_key, e.props
  FROM edges e JOIN nodes s ON s.id = e.src JOIN nodes d ON d.id = e.dst`;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

function endpointClause(direction: Direction, placeholders: string): string {
  if (direction === 'out') return `e.src IN (${placeholders})`;
  if (direction === 'in') return `e.dst IN (${placeholders})`;
  return `e.id IN (SELECT id FROM edges WHERE src IN (${placeholders}) UNION SELECT id FROM edges WHERE dst IN (${placeholders}))`;
}

export class EdgeReader {
  private readonly s;

  constructor(private readonly db: Database.Database) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      nodeId: p('SELECT id FROM nodes WHERE key = ?').pluck(),
      node: p('SELECT id, key, kind, label, sort_label, props FROM nodes WHERE key = ?'),
      edge: p(`${EDGE_SELECT} WHERE e.key = ?`),
      edgeProv: p('SELECT provenance FROM edge_contrib WHERE edge_id = ? ORDER BY doc_id').pluck(),
    };
  }

  nodesByKeys(keys: readonly string[]): NodeSummary[] {
    const out: NodeSummary[] = [];
    for (const k of keys) {
      const r = this.s.node.get(k) as Parameters<typeof rowToSummary>[0] | undefined;
      if (r) out.push(rowToSummary(r));
    }
    return out;
  }

  edgeByKey(key: string): EdgeRecord | null {
    const r = this.s.edge.get(key) as EdgeRow | undefined;
    return r ? this.toRecord(r) : null;
  }

  edgesAt(query: EdgeQuery): Page<EdgeRecord> {
    const id = this.s.nodeId.get(query.key) as number | undefined;
    if (id === undefined) return { items: [], nextCursor: null };
    const after = decodeCursor('graph.getEdges', query.cursor, isString) ?? '';
    const args: unknown[] = query.direction === 'both' ? [id, id] : [id];
    let sql = `${EDGE_SELECT} WHERE ${endpointClause(query.direction, '?')} AND e.key > ?`;
    args.push(after);
    if (query.edgeKinds?.length) { sql += ` AND e.kind IN (${query.edgeKinds.map(() => '?').join(',')})`; args.push(...query.edgeKinds); }
    sql += ' ORDER BY e.key LIMIT ?';
    args.push(query.limit + 1);
    const rows = this.db.prepare(sql).all(...args) as EdgeRow[];
    const items = rows.slice(0, query.limit).map((r) => this.toRecord(r));
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > query.limit && last ? encodeCursor(last.key) : null };
  }

  /**
   * Edges at the frontier, reading at most about `limit` edge rows whatever the frontier's degree:
   * each chunk's scan stops at `limit` rows before endpoints are joined and keys sorted, and chunks
   * stop once `limit` distinct edges are in hand. So one call costs O(limit), never O(degree).
   */
  adjacent(keys: readonly string[], query: AdjacentQuery): EdgeRef[] {
    const ids = this.idsOf(keys);
    const seen = new Map<string, EdgeRef>();
    const kinds = query.edgeKinds?.length ? ` AND kind IN (${query.edgeKinds.map(() => '?').join(',')})` : '';
    const kindArgs = query.edgeKinds ?? [];
    for (const part of chunks(ids)) {
      if (seen.size >= query.limit) break;
      const ph = part.map(() => '?').join(',');
      const scan = (where: string) => `SELECT key, kind, src, dst FROM edges WHERE ${where}${kinds}`;
      let inner: string;
      let args: unknown[];
      if (query.direction === 'out') [inner, args] = [scan(`src IN (${ph})`), [...part, ...kindArgs]];
      else if (query.direction === 'in') [inner, args] = [scan(`dst IN (${ph})`), [...part, ...kindArgs]];
      // Each edge once: out-edges, then in-edges whose source is not in the chunk (no temp table, so LIMIT stops the scan).
      else [inner, args] = [`${scan(`src IN (${ph})`)} UNION ALL ${scan(`dst IN (${ph}) AND src NOT IN (${ph})`)}`, [...part, ...kindArgs, ...part, ...part, ...kindArgs]];
      const sql = `SELECT e.key, e.kind, s.key AS from_key, d.key AS to_key FROM (${inner} LIMIT ?) e
        JOIN nodes s ON s.id = e.src JOIN nodes d ON d.id = e.dst`;
      for (const r of this.db.prepare(sql).all(...args, query.limit) as EdgeRow[]) {
        seen.set(r.key, { key: r.key, kind: r.kind, from: r.from_key, to: r.to_key });
      }
    }
    return [...seen.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).slice(0, query.limit);
  }

  edgesAmong(keys: readonly string[], query: { edgeKinds?: readonly EdgeKind[]; limit: number }): EdgeRef[] {
    const ids = JSON.stringify(this.idsOf(keys));
    const kinds = query.edgeKinds?.length ? ` AND e.kind IN (${query.edgeKinds.map(() => '?').join(',')})` : '';
    // Out-edges of the set whose target is in the set: each node's out-edges, never its (often many) in-edges.
    const rows = this.db.prepare(`SELECT e.key, e.kind, s.key AS from_key, d.key AS to_key FROM edges e
      JOIN nodes s ON s.id = e.src JOIN nodes d ON d.id = e.dst
      WHERE e.src IN (SELECT value FROM json_each(?)) AND e.dst IN (SELECT value FROM json_each(?))${kinds}
      ORDER BY e.key LIMIT ?`).all(ids, ids, ...(query.edgeKinds ?? []), query.limit) as EdgeRow[];
    return rows.map((r) => ({ key: r.key, kind: r.kind, from: r.from_key, to: r.to_key }));
  }

  degrees(keys: readonly string[], query: { direction: Direction; edgeKinds?: readonly EdgeKind[] }): Map<string, number> {
    const out = new Map<string, number>();
    const kinds = query.edgeKinds?.length ? ` AND kind IN (${query.edgeKinds.map(() => '?').join(',')})` : '';
    const kindArgs = query.edgeKinds ?? [];
    const outSql = this.db.prepare(`SELECT count(*) FROM edges WHERE src = ?${kinds}`).pluck();
    const inSql = this.db.prepare(`SELECT count(*) FROM edges WHERE dst = ?${kinds}`).pluck();
    const loopKinds = kindArgs.length ? ` AND kind IN (${kindArgs.map((_k, i) => `@k${i}`).join(',')})` : '';
    const loopSql = this.db.prepare(`SELECT count(*) FROM edges WHERE src = @id AND dst = @id${loopKinds}`).pluck();
    for (const key of keys) {
      const id = this.s.nodeId.get(key) as number | undefined;
      if (id === undefined) continue;
      let n = 0;
      if (query.direction !== 'in') n += outSql.get(id, ...kindArgs) as number;
      if (query.direction !== 'out') n += inSql.get(id, ...kindArgs) as number;
      // A self-loop is one edge, not two, when counting both directions.
      if (query.direction === 'both') n -= loopSql.get({ id, ...Object.fromEntries(kindArgs.map((k, i) => [`k${i}`, k])) }) as number;
      out.set(key, n);
    }
    return out;
  }

  private idsOf(keys: readonly string[]): number[] {
    const ids: number[] = [];
    for (const k of new Set(keys)) {
      const id = this.s.nodeId.get(k) as number | undefined;
      if (id !== undefined) ids.push(id);
    }
    return ids;
  }

  private toRecord(r: EdgeRow): EdgeRecord {
    const provenance = (this.s.edgeProv.all(r.id) as string[]).flatMap((p) => JSON.parse(p) as EdgeRecord['provenance'])
      .sort((a, b) => (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.start - b.start || a.end - b.end));
    return { key: r.key, kind: r.kind, from: r.from_key, to: r.to_key, props: JSON.parse(r.props ?? '{}') as Record<string, unknown>, provenance };
  }
}
