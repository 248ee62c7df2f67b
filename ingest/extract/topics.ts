// Topics per document and per session from the controlled vocabulary (labels normalised: "THB" counts as
// "human trafficking"), plus key phrases: frequent multi-word noun phrases of the text itself.
import { escapeRegExp } from './text-utils.js';
import { TOPIC_VOCABULARY } from './topic-vocabulary.js';

const MATCHERS = TOPIC_VOCABULARY.map((t) => {
  const acr = t.terms.filter((x) => /^[A-Z][A-Za-z]*[A-Z]s?$|^[A-Z]{2,}/.test(x) && x === x.replace(/[a-z]{3,}/g, ''));
  const words = t.terms.filter((x) => !acr.includes(x));
  return {
    label: t.label,
    words: words.length ? new RegExp(`(?<![\\p{L}\\p{N}-])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null,
    acronyms: acr.length ? new RegExp(`(?<![\\p{L}\\p{N}-])(?:${acr.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null,
  };
});

/** Vocabulary topics of a text with scores (share of mentions, 0..1, two decimals), best first. */
export function scoreTopics(text: string, limit = 10): Array<{ label: string; score: number }> {
  const counts: Array<{ label: string; n: number }> = [];
  for (const m of MATCHERS) {
    let n = 0;
    if (m.words) n += text.match(m.words)?.length ?? 0;
    if (m.acronyms) n += text.match(m.acronyms)?.length ?? 0;
    if (n) counts.push({ label: m.label, n });
  }
  const max = Math.max(1, ...counts.map((c) => c.n));
  return counts
    .sort((a, b) => b.n - a.n)
    .slice(0, limit)
    .map((c) => ({ label: c.label, score: Math.round((c.n / max) * 100) / 100 }));
}

const STOP = new Set('a an the and or of in on for to with by from at as is are was were be been will would can could should may might this that these those it its their our your such which who whom whose than then also into over under between through during about against among within without towards toward upon via per across beyond around not no yes all any each other more most some very well including'.split(' '));

/**
 * Last words that make a phrase an office, a body or a meeting ("regional office", "side event",
 * "nordic council"), not a subject: those are organizations and events of the graph already.
 */
const NOT_TOPIC_HEAD = new Set('event events session sessions conference meeting meetings webinar panel forum summit dialogue roundtable office offices department ministry bureau unit division coordinator representative rapporteur agency commission council committee mission secretariat delegation organization organisation association alliance network institute centre center foundation programme program project partnership parliament union nations time date hours'.split(' '));

/** Multi-word vocabulary terms: already counted under their label, so not key phrases too. */
const TERM_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${TOPIC_VOCABULARY.flatMap((t) => t.terms).filter((x) => /[\s-]/.test(x)).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');

/** What ends a clause: punctuation other than hyphens and apostrophes, a spaced dash. */
const CLAUSE_BREAK = /[^\p{L}\p{N}\s'’\u0000-]+|\s-\s/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Word sequences of `names` (lower-cased, function words kept) for "is this phrase part of a name?". */
function nameWords(names: readonly string[]): string[] {
  return names.map((n) => ` ${(n.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `).filter((n) => n.trim());
}

/**
 * Frequent 2-3 word phrases of the text, a complement to the vocabulary: counted within a clause (no
 * phrase runs over punctuation or a skipped short word), content words at both ends ('of' may join
 * them), none a vocabulary term, none part of one of `names` (the document's organizations and
 * people), none headed by an office or meeting word; a pair mostly seen inside a kept triple is left
 * to the triple ("child sexual" under "child sexual abuse").
 */
export function keyPhrases(text: string, limit = 5, names: readonly string[] = []): Array<{ label: string; score: number }> {
  const counts = new Map<string, number>();
  // Each distinct line counts once: a title repeated in headers and headings is not a frequent phrase.
  const byWords = new Map<string, string>();
  for (const l of text.replace(TERM_RE, ' \u0000 ').toLowerCase().split('\n')) byWords.set(l.replace(/[^\p{L}\p{N}\u0000]+/gu, ' ').trim(), l);
  const lines = [...byWords.values()];
  const clauses = lines.flatMap((l) => l.split(CLAUSE_BREAK));
  const index = nameIndex(names);
  for (let c = 0; c < clauses.length; c++) {
    const clause = clauses[c]!;
    // a vocabulary term (\u0000) ends the clause and spoils its neighbours: "addressing emerging [human trafficking]"
    const parts = clause.split('\u0000');
    if (parts.length > 1) {
      const trimmed = parts.map((p, i) => (i > 0 ? p.replace(/^\s*\S+/u, '') : p)).map((p, i, a) => (i < a.length - 1 ? p.replace(/\S+\s*$/u, '') : p));
      clauses.push(...trimmed.filter((p) => p.trim()));
      continue;
    }
    const words = clause.match(WORD) ?? [];
    const inName = coveredByNames(words, index);
    for (let i = 0; i < words.length; i++) {
      for (const n of [2, 3]) {
        const g = words.slice(i, i + n);
        if (g.length < n || !isContent(g[0]!) || !isContent(g[n - 1]!)) continue;
        if (inName.slice(i, i + n).some(Boolean)) continue;
        if (g.some((w) => !isContent(w) && w !== 'of')) continue;
        if (NOT_TOPIC_HEAD.has(g[n - 1]!.split('-').pop()!)) continue;
        const k = g.join(' ');
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
    }
  }
  const inNames = nameWords(names);
  const frequent = [...counts].filter(([k, c]) => c >= 3 && !inNames.some((n) => n.includes(` ${k} `)));
  const kept = frequent.filter(([k, c]) => {
    if (k.split(' ').length !== 2) return true;
    const within = frequent.filter(([t]) => t.split(' ').length === 3 && (t.startsWith(k + ' ') || t.endsWith(' ' + k))).reduce((a, [, n]) => a + n, 0);
    return within < 0.8 * c;
  });
  const top = kept.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
  const max = top[0]?.[1] ?? 1;
  return top.map(([label, c]) => ({ label, score: Math.round((c / max) * 50) / 100 }));
}

/** Names as lower-case word sequences, indexed by their first word (for a linear scan of a clause). */
function nameIndex(names: readonly string[]): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  // each part of a name counts: "Anti Trafficking Action" of "ASTRA – Anti Trafficking Action"
  for (const n of new Set(names.flatMap((x) => [x, ...x.split(CLAUSE_BREAK)]))) {
    const w = n.toLowerCase().match(WORD) ?? [];
    if (w.length < 2 && (w[0]?.length ?? 0) < 4) continue;
    index.set(w[0]!, [...(index.get(w[0]!) ?? []), w]);
  }
  return index;
}

/** Which words of a clause belong to one of the names (longest match at each start). */
function coveredByNames(words: readonly string[], index: Map<string, string[][]>): boolean[] {
  const covered = new Array<boolean>(words.length).fill(false);
  for (let i = 0; i < words.length; i++) {
    let len = 0;
    for (const seq of index.get(words[i]!) ?? []) {
      if (seq.length > len && seq.every((w, k) => words[i + k] === w)) len = seq.length;
    }
    for (let k = 0; k < len; k++) covered[i + k] = true;
  }
  return covered;
}

/** A word that can open or close a phrase: three or more characters, a letter, not a function word. */
function isContent(w: string): boolean {
  return w.length >= 3 && /\p{L}/u.test(w) && !/\d/.test(w) && !/-$/.test(w) && !STOP.has(w);
}
