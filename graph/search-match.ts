// What a name search matches, shared by every store so they return the same hits: the normalised
// forms of the query, the anchor word a store scans its word index for, and which alias of a
// candidate node is reported as `matched` for a word-prefix match.
import type { NodeKind } from '../src/graph-model.js';
import { normalizeOrgName, normalizePersonName } from './normalize.js';
import { normalizeForKind } from './node-aliases.js';

/**
 * Most candidates one search considers (pagination runs within them). Match types are tried best
 * score first and a search stops once it holds this many nodes, so the first pages are the same
 * whatever the store.
 */
export const MAX_SEARCH_CANDIDATES = 1000;

/** The distinct normalised forms a query is looked up under (one per kind's normaliser). */
export function searchForms(q: string, kind: NodeKind | undefined): string[] {
  const forms = kind ? [normalizeForKind(kind, q)] : [normalizeOrgName(q), normalizePersonName(q)];
  return [...new Set(forms)].filter(Boolean);
}

/**
 * Words a store may scan its word index for. Single letters are not indexed as words (they would
 * match everything), so a word of two or more letters is a sound anchor whenever one exists: every
 * alias whose words the query words prefix has an indexed word starting with it.
 */
export function anchorCandidates(words: readonly string[]): string[] {
  const long = words.filter((w) => w.length > 1);
  if (long.length) return [...new Set(long)];
  return words.length ? [[...words].sort((a, b) => b.length - a.length)[0]!] : [];
}

/** True when every query word is a prefix of some word of `alias`. */
export function isWordPrefixMatch(words: readonly string[], alias: string): boolean {
  const aw = alias.split(' ');
  return words.every((w) => aw.some((x) => x.startsWith(w)));
}

/** The alias reported for a word-prefix match: the lexicographically first alias that matches. */
export function firstWordPrefixMatch(words: readonly string[], aliases: readonly string[]): string | null {
  let best: string | null = null;
  for (const a of aliases) if (isWordPrefixMatch(words, a) && (best === null || a < best)) best = a;
  return best;
}

/** Keep the better of two matches of one node: higher score, then the shorter matched form. */
export function isBetterMatch(prev: { score: number; matched: string } | undefined, score: number, matched: string): boolean {
  return !prev || prev.score < score || (prev.score === score && matched.length < prev.matched.length);
}
