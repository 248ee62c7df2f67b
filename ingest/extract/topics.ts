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

const STOP = new Set('a an the and or of in on for to with by from at as is are was were be been will would can could should may might this that these those it its their our your such which who whom whose than then also into over under between through during about against among within without not no yes all any each other more most some very well including including'.split(' '));

/** Frequent 2-3 word phrases (no stop words at either end), a complement to the vocabulary. */
export function keyPhrases(text: string, limit = 5): Array<{ label: string; score: number }> {
  const words = text.toLowerCase().match(/[\p{L}][\p{L}-]{2,}/gu) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i < words.length; i++) {
    for (const n of [2, 3]) {
      if (i + n > words.length) continue;
      const g = words.slice(i, i + n);
      if (STOP.has(g[0]) || STOP.has(g[n - 1])) continue;
      if (g.some((w) => STOP.has(w) && w !== 'of')) continue;
      const k = g.join(' ');
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const top = [...counts].filter(([, c]) => c >= 3).sort((a, b) => b[1] - a[1] || b[0].length - a[0].length).slice(0, limit);
  const max = top[0]?.[1] ?? 1;
  return top.map(([label, c]) => ({ label, score: Math.round((c / max) * 50) / 100 }));
}
