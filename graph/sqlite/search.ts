// Name search over the alias and word indexes: exact alias (3), alias prefix (2), every query word
// a prefix of a word of one alias (1). Candidates are capped so a one-letter query stays cheap.
import type Database from 'better-sqlite3';
import type { NodeKind } from '../../src/graph-model.js';
import { normalizeOrgName, normalizePersonName } from '../normalize.js';
import { normalizeForKind } from '../node-aliases.js';
import type { FindNodesQuery, NodeSummary, Page, SearchHit } from '../store.js';
import { decodeCursor, encodeCursor, isNumber } from './cursor.js';

/** Most candidates one search considers (pagination runs within them). */
export const MAX_SEARCH_CANDIDATES = 1000;
const RANGE_END = '\u{10FFFF}';

interface NodeRow { id: number; key: string; kind: NodeKind; label: string; sort_label: string; props: string }

export function rowToSummary(r: NodeRow): NodeSummary {
  return { key: r.key, kind: r.kind, label: r.label, props: JSON.parse(r.props) as Record<string, unknown> };
}

export class NodeSearch {
  private readonly s;

  constructor(private readonly db: Database.Database) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      exact: p('SELECT node_id, alias, kind FROM aliases WHERE alias = @a AND (@kind IS NULL OR kind = @kind) LIMIT @limit'),
      prefix: p('SELECT node_id, alias, kind FROM aliases WHERE alias > @a AND alias < @b AND (@kind IS NULL OR kind = @kind) LIMIT @limit'),
      wordPrefix: p('SELECT node_id, kind FROM words WHERE word >= @a AND word < @b AND (@kind IS NULL OR kind = @kind) LIMIT @limit'),
      aliasesOf: p('SELECT DISTINCT alias FROM aliases WHERE node_id = ?').pluck(),
      node: p('SELECT id, key, kind, label, sort_label, props FROM nodes WHERE id = ?'),
    };
  }

  find(query: FindNodesQuery): Page<SearchHit> {
    const offset = decodeCursor('graph.findNodes', query.cursor, isNumber) ?? 0;
    const forms = query.kind
      ? [normalizeForKind(query.kind, query.q)]
      : [...new Set([normalizeOrgName(query.q), normalizePersonName(query.q)])];
    const kind = query.kind ?? null;
    const best = new Map<number, { score: number; matched: string }>();
    const offer = (id: number, kind: string, score: number, matched: string) => {
      if (query.kind && kind !== query.kind) return;
      const prev = best.get(id);
      if (!prev || prev.score < score || (prev.score === score && matched.length < prev.matched.length)) best.set(id, { score, matched });
    };
    for (const f of forms.filter(Boolean)) {
      for (const r of this.s.exact.all({ a: f, kind, limit: MAX_SEARCH_CANDIDATES }) as Array<{ node_id: number; alias: string; kind: string }>) offer(r.node_id, r.kind, 3, r.alias);
      for (const r of this.s.prefix.all({ a: f, b: f + RANGE_END, kind, limit: MAX_SEARCH_CANDIDATES }) as Array<{ node_id: number; alias: string; kind: string }>) offer(r.node_id, r.kind, 2, r.alias);
      this.wordMatches(f, kind, offer);
    }
    const hits = [...best].map(([id, h]) => ({ row: this.s.node.get(id) as NodeRow, ...h }))
      .filter((h) => h.row)
      .sort((a, b) => b.score - a.score || cmp(a.row.sort_label, b.row.sort_label) || cmp(a.row.key, b.row.key));
    const page = hits.slice(offset, offset + query.limit);
    return {
      items: page.map((h) => ({ node: rowToSummary(h.row), matched: h.matched, score: h.score })),
      nextCursor: offset + query.limit < hits.length ? encodeCursor(offset + query.limit) : null,
    };
  }

  /** Every word of `form` must prefix some word of one alias of the node (the longest one is looked up). */
  private wordMatches(form: string, kind: string | null, offer: (id: number, kind: string, score: number, matched: string) => void): void {
    const words = form.split(' ').filter(Boolean);
    if (!words.length) return;
    const anchor = [...words].sort((a, b) => b.length - a.length)[0]!;
    const rows = this.s.wordPrefix.all({ a: anchor, b: anchor + RANGE_END, kind, limit: MAX_SEARCH_CANDIDATES }) as Array<{ node_id: number; kind: string }>;
    for (const r of rows) {
      for (const alias of this.s.aliasesOf.all(r.node_id) as string[]) {
        const aw = alias.split(' ');
        if (words.every((w) => aw.some((x) => x.startsWith(w)))) { offer(r.node_id, r.kind, 1, alias); break; }
      }
    }
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
