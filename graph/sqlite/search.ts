// Name search over the node-level alias and word indexes (node_alias, node_word): exact alias (3),
// alias prefix (2), every query word a prefix of a word of one alias (1). Each match type is one statement that also returns the sort
// keys; full rows are read only for the page. Word matches scan the rarest query word.
import type Database from 'better-sqlite3';
import type { NodeKind } from '../../src/graph-model.js';
import { MAX_SEARCH_CANDIDATES, anchorCandidates, isBetterMatch, searchForms } from '../search-match.js';
import type { FindNodesQuery, NodeSummary, Page, SearchHit } from '../store.js';
import { decodeCursor, encodeCursor, isNumber } from './cursor.js';

export { MAX_SEARCH_CANDIDATES } from '../search-match.js';
/**
 * Most distinct nodes a word-prefix match scans before filtering by the other query words; bounds
 * the cost of a query whose every word is common ("anna berg") while finding rare combinations.
 */
export const MAX_WORD_SCAN = 2 * MAX_SEARCH_CANDIDATES;
/** Word rows counted per query word when choosing the rarest one to scan. */
const ANCHOR_COUNT_CAP = 2 * MAX_WORD_SCAN;
const RANGE_END = '\u{10FFFF}';

interface NodeRow { id: number; key: string; kind: NodeKind; label: string; sort_label: string; props: string }
interface CandidateRow { id: number; alias: string | null; key: string; sort_label: string }
/**
 * The best matches of one node so far: all offers with its best score, in offer order. An offer is
 * the matched alias, or (single-word matches) the word whose first matching alias is looked up only
 * if the node lands on the page.
 */
interface Candidate { score: number; key: string; sortLabel: string; offers: Array<string | { word: string }> }

export function rowToSummary(r: NodeRow): NodeSummary {
  return { key: r.key, kind: r.kind, label: r.label, props: JSON.parse(r.props) as Record<string, unknown> };
}

/** Most query words checked in SQL with one instr() each; longer queries use json_each. */
const MAX_INLINE_WORDS = 6;

export class NodeSearch {
  private readonly s;
  private readonly multiWord = new Map<number, Database.Statement>();

  constructor(private readonly db: Database.Database) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      exact: p(`SELECT a.node_id AS id, a.alias, n.key, n.sort_label FROM
        (SELECT node_id, alias FROM node_alias WHERE alias = @a AND (@kind IS NULL OR kind = @kind) LIMIT @limit) a
        JOIN nodes n ON n.id = a.node_id`),
      prefix: p(`SELECT a.node_id AS id, a.alias, n.key, n.sort_label FROM
        (SELECT node_id, alias FROM node_alias WHERE alias > @a AND alias < @b AND (@kind IS NULL OR kind = @kind) LIMIT @limit) a
        JOIN nodes n ON n.id = a.node_id`),
      countWord: p('SELECT count(*) FROM (SELECT 1 FROM node_word WHERE word >= @a AND word < @b LIMIT @cap)').pluck(),
      // One query word: every node with an indexed word in its range matches.
      oneWord: p(`SELECT c.node_id AS id, NULL AS alias, n.key, n.sort_label FROM
        (SELECT DISTINCT node_id FROM node_word WHERE word >= @a AND word < @b AND (@kind IS NULL OR kind = @kind) LIMIT @limit) c
        JOIN nodes n ON n.id = c.node_id`),
      firstAlias: p(`SELECT min(alias) FROM node_alias WHERE node_id = ? AND instr(' ' || alias, ' ' || ?) > 0`).pluck(),
      node: p('SELECT id, key, kind, label, sort_label, props FROM nodes WHERE id = ?'),
    };
  }

  find(query: FindNodesQuery): Page<SearchHit> {
    const offset = decodeCursor('graph.findNodes', query.cursor, isNumber) ?? 0;
    const kind = query.kind ?? null;
    const best = new Map<number, Candidate>();
    const offer = (rows: CandidateRow[], score: number, word?: string) => {
      for (const r of rows) {
        const o = r.alias ?? { word: word! };
        const prev = best.get(r.id);
        if (!prev || prev.score < score) best.set(r.id, { score, key: r.key, sortLabel: r.sort_label, offers: [o] });
        else if (prev.score === score) prev.offers.push(o);
      }
    };
    // Score by score, so a full candidate set never leaves out a better match of another form.
    const forms = searchForms(query.q, query.kind);
    const steps: Array<() => void> = [
      () => { for (const f of forms) offer(this.s.exact.all({ a: f, kind, limit: MAX_SEARCH_CANDIDATES }) as CandidateRow[], 3); },
      () => { for (const f of forms) offer(this.s.prefix.all({ a: f, b: f + RANGE_END, kind, limit: MAX_SEARCH_CANDIDATES }) as CandidateRow[], 2); },
      () => {
        for (const f of forms) {
          const words = f.split(' ').filter(Boolean);
          offer(this.wordMatches(words, kind), 1, words[0]);
        }
      },
    ];
    for (const step of steps) {
      if (best.size >= MAX_SEARCH_CANDIDATES) break;
      step();
    }
    const hits = [...best].sort(([, a], [, b]) => b.score - a.score || cmp(a.sortLabel, b.sortLabel) || cmp(a.key, b.key))
      .slice(0, MAX_SEARCH_CANDIDATES);
    const page = hits.slice(offset, offset + query.limit);
    return {
      items: page.flatMap(([id, h]) => {
        const row = this.s.node.get(id) as NodeRow | undefined;
        return row ? [{ node: rowToSummary(row), matched: this.matchedOf(id, h), score: h.score }] : [];
      }),
      nextCursor: offset + query.limit < hits.length ? encodeCursor(offset + query.limit) : null,
    };
  }

  /** The reported form: the shortest of the best-scoring offers, the first one on ties. */
  private matchedOf(id: number, c: Candidate): string {
    let matched: { score: number; matched: string } | undefined;
    for (const o of c.offers) {
      const alias = typeof o === 'string' ? o : ((this.s.firstAlias.get(id, o.word) as string | null) ?? '');
      if (isBetterMatch(matched, c.score, alias)) matched = { score: c.score, matched: alias };
    }
    return matched?.matched ?? '';
  }

  /** Nodes with one alias whose words every query word prefixes, scanned from the rarest word. */
  private wordMatches(words: string[], kind: string | null): CandidateRow[] {
    const anchors = anchorCandidates(words);
    if (!anchors.length) return [];
    if (words.length === 1) {
      return this.s.oneWord.all({ a: words[0], b: words[0] + RANGE_END, kind, limit: MAX_SEARCH_CANDIDATES }) as CandidateRow[];
    }
    let anchor = anchors[0]!;
    if (anchors.length > 1) {
      let fewest = Infinity;
      for (const w of anchors) {
        const n = this.s.countWord.get({ a: w, b: w + RANGE_END, cap: ANCHOR_COUNT_CAP }) as number;
        // A query word of two or more letters that starts no indexed word matches nothing.
        if (n === 0) return [];
        if (n < fewest) [fewest, anchor] = [n, w];
      }
    }
    const params: Record<string, unknown> = { a: anchor, b: anchor + RANGE_END, kind, scan: MAX_WORD_SCAN, limit: MAX_SEARCH_CANDIDATES };
    if (words.length <= MAX_INLINE_WORDS) words.forEach((w, i) => { params[`w${i}`] = w; });
    else params.words = JSON.stringify(words);
    return this.multiWordStatement(words.length).all(params) as CandidateRow[];
  }

  /** Candidates from the anchor's range; of each, the first alias every query word prefixes a word of. */
  private multiWordStatement(count: number): Database.Statement {
    const n = count <= MAX_INLINE_WORDS ? count : 0;
    let st = this.multiWord.get(n);
    if (!st) {
      const filter = n
        ? Array.from({ length: n }, (_, i) => `instr(' ' || a.alias, ' ' || @w${i}) > 0`).join(' AND ')
        : `NOT EXISTS (SELECT 1 FROM json_each(@words) j WHERE instr(' ' || a.alias, ' ' || j.value) = 0)`;
      // Nodes are read only for the candidates that pass the filter.
      st = this.db.prepare(`SELECT m.id, m.alias, n.key, n.sort_label FROM
        (SELECT c.node_id AS id, min(a.alias) AS alias FROM
          (SELECT DISTINCT node_id FROM node_word WHERE word >= @a AND word < @b AND (@kind IS NULL OR kind = @kind) LIMIT @scan) c
          JOIN node_alias a ON a.node_id = c.node_id
          WHERE ${filter}
          GROUP BY c.node_id LIMIT @limit) m
        JOIN nodes n ON n.id = m.id`);
      this.multiWord.set(n, st);
    }
    return st;
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
