// Shared text utilities for the extractors: word tokens with offsets, sentence spans,
// slugs, whitespace cleanup and title-similarity. All functions are linear in their input.

export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*\.?/gu;

/** Word tokens (letters/digits with inner hyphens; a trailing period is kept for initials like "H."). */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let t = m[0];
    // keep the period only for single letters ("H.") and known abbreviations; otherwise it ends a sentence
    if (t.endsWith('.') && !/^\p{Lu}\.$/u.test(t) && !ABBREVIATIONS.has(t.toLowerCase())) t = t.slice(0, -1);
    out.push({ text: t, start: offset + m.index, end: offset + m.index + t.length });
  }
  return out;
}

/** Abbreviations after which a period does not end a sentence. */
export const ABBREVIATIONS = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'st.', 'no.', 'vs.', 'jr.', 'sr.', 'inc.', 'ltd.', 'co.', 'amb.', 'hon.', 'rev.',
  'col.', 'capt.', 'lt.', 'sgt.', 'gen.', 'e.g.', 'i.e.', 'etc.', 'cf.', 'p.', 'pp.', 'vol.', 'ed.', 'eds.', 'fig.', 'art.',
  'para.', 'approx.', 'dept.', 'univ.', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
]);

/**
 * Sentence spans inside [start, end) of text: ends at . ! ? followed by space and an upper-case letter, digit or quote,
 * unless the period belongs to an abbreviation or an initial.
 */
export function sentenceSpans(text: string, start = 0, end = text.length): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = start;
  // after a word, a note marker may be glued to the sentence end: plain digits ("worldwide.1 Each",
  // "labour.2,3 The"), superscripts ("sea.¹ The"), bracketed ("NGOs.[ii] The", "online.[^2] GRETA")
  const re = /[.!?]+(?=["'”’)\]]?(?:\d{1,3}(?:[,–-]\d{1,3})*|[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:[,–-][⁰¹²³⁴⁵⁶⁷⁸⁹]+)*|(?:\[\^?[\p{L}\p{N}]{1,6}\])+)?\s+["“‘(\[]?[\p{Lu}\p{N}])/gu;
  re.lastIndex = start;
  const slice = text.slice(0, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const dot = m.index;
    if (m[0] === '.') {
      // the word before the period
      let w = dot;
      while (w > s && /[\p{L}.]/u.test(text[w - 1])) w--;
      const word = text.slice(w, dot + 1).toLowerCase();
      if (ABBREVIATIONS.has(word) || /^\p{L}\.$/u.test(text.slice(w, dot + 1)) || /^(?:\p{L}\.){2,}$/u.test(text.slice(w, dot + 1))) continue;
    }
    let e = dot + m[0].length;
    while (e < end && /["'”’)\]]/.test(text[e])) e++;
    if (/\d/.test(text[e] ?? '')) {
      if (!/\p{L}/u.test(text[dot - 1] ?? '')) continue; // "version 2.0 Released": a number, not a marker
      while (e < end && /[\d,–-]/.test(text[e])) e++;
    } else if (/[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(text[e] ?? '')) {
      while (e < end && /[⁰¹²³⁴⁵⁶⁷⁸⁹,–-]/.test(text[e])) e++;
    } else {
      const marks = /^(?:\[\^?[\p{L}\p{N}]{1,6}\])+/u.exec(text.slice(e, Math.min(end, e + 64)));
      if (marks) e += marks[0].length;
    }
    out.push([s, e]);
    s = e;
    while (s < end && /\s/.test(text[s])) s++;
  }
  if (s < end) out.push([s, end]);
  return out;
}

/** Squash the head of a long text only: labels, titles and entries live in the first few thousand characters. */
export function squashHead(s: string, max = 4000): string {
  return squash(s.length > max ? s.slice(0, max) : s);
}

/** Does text have at least n words? Stops counting early (no split of long texts). */
export function hasWords(text: string, n: number): boolean {
  const re = /\S+/g;
  let k = 0;
  while (re.exec(text)) if (++k >= n) return true;
  return false;
}

/** Collapse whitespace (newlines included) to single spaces and trim. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Lower-case, accent-free slug for ids. */
export function slugify(s: string, max = 60): string {
  const slug = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, max).replace(/-+$/, '') || 'x';
}

/** Comparison key: lower case, letters and digits only, single spaces, no leading "the". */
export function nameKey(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[‘’“”"'`]/g, '').replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/^the /, '');
}

/** Jaccard similarity of the word sets of two titles. */
export function titleSimilarity(a: string, b: string): number {
  const A = new Set(nameKey(a).split(' ').filter(Boolean));
  const B = new Set(nameKey(b).split(' ').filter(Boolean));
  if (!A.size && !B.size) return 1;
  let i = 0;
  for (const t of A) if (B.has(t)) i++;
  return i / (A.size + B.size - i);
}

/** Split at top-level separators (not inside parentheses/brackets/quotes). Returns [text, offset] pairs, trimmed. */
export function splitTopLevel(text: string, offset: number, isSep: (text: string, i: number) => number): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  let depth = 0;
  let quote = false;
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === '“') quote = true;
    else if (c === '”') quote = false;
    if (depth > 0 || quote) continue;
    const len = isSep(text, i);
    if (len > 0) {
      out.push([text.slice(s, i), offset + s]);
      s = i + len;
      i = s - 1;
    }
  }
  out.push([text.slice(s), offset + s]);
  return out
    .map(([t, o]): [string, number] => {
      const lead = t.length - t.trimStart().length;
      return [t.trim(), o + lead];
    })
    .filter(([t]) => t.length > 0);
}

/** Escape a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when a word starts with an upper-case letter (or is a number like "20th"). */
export function isCapitalized(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word);
}
