// findNodes for the Neo4j store: the embedded store's scoring over the (:Alias) and (:Word) index
// nodes — exact alias (3), alias prefix (2), every query word a prefix of a word of one alias (1) —
// with the same candidate cap (match types tried best score first), ordering (score, normalised
// label, key) and offset cursors. The shared rules are in graph/search-match.ts.
import type { ManagedTransaction } from 'neo4j-driver';
import type { NodeKind } from '../../src/graph-model.js';
import { MAX_SEARCH_CANDIDATES, anchorCandidates, firstWordPrefixMatch, isBetterMatch, searchForms } from '../search-match.js';
import { decodeCursor, encodeCursor, isNumber } from '../sqlite/cursor.js';
import type { FindNodesQuery, Page, SearchHit } from '../store.js';
import * as Q from './cypher.js';
import { run, runBatched } from './run.js';
import { toSummary } from './records.js';
import { cypherInt } from './values.js';

const OP = 'graph.findNodes';

export async function findNodesTx(tx: ManagedTransaction, query: FindNodesQuery): Promise<Page<SearchHit>> {
  const offset = decodeCursor(OP, query.cursor, isNumber) ?? 0;
  const forms = searchForms(query.q, query.kind);
  const kind = query.kind ?? null;
  const limit = cypherInt(OP, MAX_SEARCH_CANDIDATES);
  const best = new Map<string, { score: number; matched: string }>();
  const offer = (key: string, score: number, matched: string) => {
    if (isBetterMatch(best.get(key), score, matched)) best.set(key, { score, matched });
  };
  const steps: Array<() => Promise<void>> = [
    async () => { for (const form of forms) for (const r of await run(tx, Q.SEARCH_EXACT, { form, kind, limit })) offer(r.nodeKey as string, 3, r.alias as string); },
    async () => { for (const form of forms) for (const r of await run(tx, Q.SEARCH_PREFIX, { form, kind, limit })) offer(r.nodeKey as string, 2, r.alias as string); },
    async () => { for (const form of forms) await wordMatches(tx, form, kind, offer); },
  ];
  for (const step of steps) {
    if (best.size >= MAX_SEARCH_CANDIDATES) break;
    await step();
  }
  const rows = await runBatched(tx, Q.GET_NODES, 'keys', [...best.keys()]);
  const hits = rows.map((row) => ({ row, ...best.get(row.key as string)! }))
    .sort((a, b) => b.score - a.score || cmp(a.row.sortLabel as string, b.row.sortLabel as string) || cmp(a.row.key as string, b.row.key as string))
    .slice(0, MAX_SEARCH_CANDIDATES);
  const page = hits.slice(offset, offset + query.limit);
  return {
    items: page.map((h) => ({ node: toSummary(h.row), matched: h.matched, score: h.score })),
    nextCursor: offset + query.limit < hits.length ? encodeCursor(offset + query.limit) : null,
  };
}

/** Every word of `form` must prefix some word of one alias of the node (the first such alias). */
async function wordMatches(tx: ManagedTransaction, form: string, kind: NodeKind | null, offer: (key: string, score: number, matched: string) => void): Promise<void> {
  const words = form.split(' ').filter(Boolean);
  if (!words.length) return;
  // The longest indexed-length word: without word counts, the likeliest to be rare.
  const anchor = anchorCandidates(words).sort((a, b) => b.length - a.length)[0];
  if (!anchor) return;
  const candidates = await run(tx, Q.SEARCH_WORD_PREFIX, { prefix: anchor, kind, limit: cypherInt(OP, MAX_SEARCH_CANDIDATES) });
  const keys = [...new Set(candidates.map((r) => r.nodeKey as string))];
  const aliases = new Map<string, string[]>();
  for (const r of await runBatched(tx, Q.ALIASES_OF, 'keys', keys)) {
    const list = aliases.get(r.nodeKey as string) ?? [];
    list.push(r.alias as string);
    aliases.set(r.nodeKey as string, list);
  }
  for (const key of keys) {
    const alias = firstWordPrefixMatch(words, aliases.get(key) ?? []);
    if (alias !== null) offer(key, 1, alias);
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
