// Plain-digit note markers in text copied out of a PDF, where superscripts became ordinary digits glued to the
// word or punctuation before them ("worldwide.1", "forced labour.3", "in 2021,2", "the plan12"). Linked only to
// notes that exist, and never figures ("32.6", "1,000", "10:30"), years, list numbers or "p.12"-style references.
import type { NoteRef } from '../../src/document.js';
import type { PendingBlock } from './document-builder.js';

/** A digit run (1-3 digits) glued to what comes before it, followed by a space, the end or closing punctuation. */
const CANDIDATE = /(?<=[\p{L}.,;:!?)\]"”’'–-])(\d{1,3})(?=$|[\s;:)\]]|,(?!\d{3}(?!\d))|[–-]\d|[.!?](?:\s|$))/gu;
/** Abbreviations a number after a dot belongs to ("p.12", "No.5", "Art.3"). */
const ABBREVIATION = /(?:^|[^\p{L}])(?:p|pp|no|nos|nr|vol|vols|art|arts|para|paras|fig|figs|ch|chap|sec|s|ss|op|ed|eds|n|nn|tab|v|vs|cf|cit|ibid|id|ref|rev|ver|pt|ser)\.$/iu;
const OTHER_MARKERS = /[⁰¹²³⁴⁵⁶⁷⁸⁹]|\[\^?\d{1,3}\]/u;

interface Candidate { block: number; start: number; end: number; num: number; strong: boolean }

/** The whitespace-free token around `at` (URLs, e-mail addresses and codes hold digits that are not markers); null when over 120 characters. */
function tokenAround(text: string, at: number): string | null {
  let s = at;
  while (s > 0 && !/\s/.test(text[s - 1])) if (at - --s > 120) return null;
  let e = at;
  while (e < text.length && !/\s/.test(text[e])) if (++e - at > 120) return null;
  return text.slice(s, e);
}

function candidates(text: string, block: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const at = m.index!;
    const prevCand = out[out.length - 1];
    // "labour.1,2" / "labour.2–4": a second marker straight after the first
    if (prevCand && prevCand.end === at - 1 && /[,–-]/.test(text[at - 1])) {
      out.push({ block, start: at, end: at + m[1].length, num: Number(m[1]), strong: true });
      continue;
    }
    const before = text.slice(Math.max(0, at - 12), at);
    const glue = before[before.length - 1];
    const token = tokenAround(text, at);
    if (token === null || /[/@=_#]|:\/\/|^www\./i.test(token)) continue;
    let strong: boolean;
    if (/[–-]/.test(glue)) continue; // "COVID-19", "2019-20": a dash joins a marker only to the one before it
    if (/\p{L}/u.test(glue)) {
      // "the plan12": a lower-case word of three letters or more; "G20", "COVID19", "mp3" are names and codes
      const word = /(\p{L}+)$/u.exec(before)![1];
      if (word.length < 3 || /\p{Lu}/u.test(word.slice(1)) || /\d/.test(token.slice(0, token.indexOf(word)))) continue;
      strong = false;
    } else if (/[)\]"”’']/.test(glue)) {
      strong = true;
    } else {
      const prev = before[before.length - 2] ?? '';
      if (/\p{L}/u.test(prev) || /[)\]"”’]/.test(prev)) {
        if (glue === '.' && ABBREVIATION.test(before)) continue;
        strong = true;
      } else if (/\d/.test(prev) && /[.,]/.test(glue) && /(?:^|\D)(?:1[89]|20)\d\d[.,]$/.test(before)) {
        strong = false; // "in 2021,2": a year, then the marker; "1,000" and "32.6" never get here
      } else continue;
    }
    out.push({ block, start: at, end: at + m[1].length, num: Number(m[1]), strong });
  }
  return out;
}

const SUPERSCRIPT_NUMBER = /[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}/gu;

/** The note numbers a stretch of text cites: glued plain digits (as linked below), superscripts and [n]. */
export function citedNumbers(text: string): Set<number> {
  const out = new Set(candidates(text, 0).map((c) => c.num));
  for (const m of text.matchAll(SUPERSCRIPT_NUMBER)) out.add(Number([...m[0]].map((c) => '⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)).join('')));
  for (const m of text.matchAll(/\[(\d{1,3})\]/g)) out.add(Number(m[1]));
  return out;
}

/**
 * Add noteRefs for plain-digit markers to the non-note blocks. Numbers must name an existing numbered note, and
 * markers must run in order: a strong one (after punctuation: "labour.3") may skip ahead a little or repeat an
 * earlier note; a weak one (after a letter or a year: "plan12", "2021,2") must be the very next note.
 * Documents that mark notes another way (superscripts, [n]) are left to those markers.
 */
export function linkPlainMarkers(blocks: PendingBlock[]): PendingBlock[] {
  const notes = new Set(blocks.filter((b) => b.kind === 'footnote' && /^\d+$/.test(b.marker ?? '')).map((b) => Number(b.marker)));
  if (!notes.size) return blocks;
  const prose = blocks.map((b, i) => ({ b, i })).filter(({ b }) => b.kind !== 'footnote');
  if (prose.some(({ b }) => (b.noteRefs?.length ?? 0) > 0 || OTHER_MARKERS.test(b.text))) return blocks;
  const found = prose.flatMap(({ b, i }) => candidates(b.text, i));
  const refs = new Map<number, NoteRef[]>();
  const seen = new Set<number>();
  let last = [...notes].reduce((a, b) => Math.min(a, b), Infinity) - 1; // an excerpt or chapter may number its notes from 10
  for (const c of found) {
    if (!notes.has(c.num)) continue;
    const ok = c.strong ? (c.num > last && c.num <= last + 3) || seen.has(c.num) : c.num === last + 1;
    if (!ok) continue;
    seen.add(c.num);
    last = Math.max(last, c.num);
    const list = refs.get(c.block) ?? [];
    list.push({ marker: String(c.num), start: c.start, end: c.end });
    refs.set(c.block, list);
  }
  if (!refs.size) return blocks;
  return blocks.map((b, i) => (refs.has(i) ? { ...b, noteRefs: [...(b.noteRefs ?? []), ...refs.get(i)!] } : b));
}
