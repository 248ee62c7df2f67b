// PDF page layout to blocks: text items -> lines (grouped by baseline), superscript note markers attached
// to their line, running headers/footers and page numbers dropped, footnotes found at page bottoms
// (smaller type starting with a marker), body lines grouped into headings, paragraphs and list items.
import type { NoteRef } from '../../src/document.js';
import type { PendingBlock } from './document-builder.js';
import { renderMarker } from './html-blocks.js';

export interface PdfItem { str: string; x: number; y: number; width: number; size: number }
export interface PdfPage { number: number; width: number; height: number; items: PdfItem[] }

interface Line {
  page: number; y: number; x: number; right: number; size: number;
  text: string; refs: NoteRef[];
  /** A superscript marker opening the line (a footnote's number). */
  leadMarker?: string;
}

const MARKER_TEXT = /^(?:\d{1,3}|[*†‡§¶]{1,2})$/;
const SUP_DIGITS: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };
const BULLET = /^(?:[•▪◦‣●■\-–*]|\d{1,2}[.)])\s+/u;
const NOTE_START = /^(\d{1,3}|[*†‡§¶]{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})[.)]?\s+(?=\S)/u;

function median(values: number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The most common text size, weighted by characters: the body size. */
export function bodySizeOf(pages: PdfPage[]): number {
  const weight = new Map<number, number>();
  for (const p of pages) for (const it of p.items) {
    const k = Math.round(it.size * 2) / 2;
    weight.set(k, (weight.get(k) ?? 0) + it.str.trim().length);
  }
  let best = 0, bestW = -1;
  for (const [k, w] of weight) if (w > bestW) { best = k; bestW = w; }
  return best || 10;
}

/** Move small raised markers onto the baseline of the text they follow (or precede, for a note's own number). */
function attachSuperscripts(items: PdfItem[]): Array<PdfItem & { sup?: boolean }> {
  const out: Array<PdfItem & { sup?: boolean }> = items.map((i) => ({ ...i }));
  // Candidate hosts sorted by baseline, so each marker looks only at the band just below it.
  const byY = out.map((i) => ({ item: i, y: i.y })).sort((a, b) => a.y - b.y);
  const maxSize = out.reduce((m, i) => Math.max(m, i.size), 0);
  const origY = new Map(byY.map((e) => [e.item, e.y]));
  for (const it of out) {
    const t = it.str.trim();
    if (!MARKER_TEXT.test(t)) continue;
    const low = it.y - maxSize * 0.75;
    let lo = 0, hi = byY.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (byY[mid].y < low) lo = mid + 1; else hi = mid; }
    let host: PdfItem | undefined;
    for (let k = lo; k < byY.length && byY[k].y < it.y; k++) {
      const other = byY[k].item;
      if (other === it || other.size < it.size * 1.2) continue;
      const rise = it.y - byY[k].y;
      if (rise <= other.size * 0.08 || rise > other.size * 0.75) continue;
      const before = Math.abs(other.x + other.width - it.x) < other.size * 0.4;
      const after = other.x - (it.x + it.width) >= -0.5 && other.x - (it.x + it.width) < other.size * 1.6;
      if (before || after) { host = other; if (before) break; }
    }
    if (host) { it.y = origY.get(host)!; it.sup = true; }
  }
  return out;
}

/** Group a page's items into lines, top to bottom. */
export function pageLines(page: PdfPage): Line[] {
  const items = attachSuperscripts(page.items.filter((i) => i.str.trim() !== ''))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Array<typeof items> = [];
  // Items come top to bottom: each joins the line being built or starts the next one.
  for (const it of items) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(g[0].y - it.y) <= Math.max(g[0].size, it.size) * 0.3) g.push(it); else groups.push([it]);
  }
  groups.sort((a, b) => b[0].y - a[0].y);
  return groups.map((g) => {
    g.sort((a, b) => a.x - b.x);
    const normal = g.filter((i) => !i.sup);
    const size = median((normal.length ? normal : g).map((i) => i.size));
    let text = '';
    const refs: NoteRef[] = [];
    let leadMarker: string | undefined;
    let prevEnd = -Infinity;
    g.forEach((it, idx) => {
      const t = it.sup ? it.str.trim() : it.str;
      if (it.sup && idx === 0) { leadMarker = t; prevEnd = it.x + it.width; return; }
      if (!it.sup && text && !/\s$/.test(text) && !/^\s/.test(t) && it.x - prevEnd > it.size * 0.12) text += ' ';
      if (it.sup) {
        const shown = renderMarker(t);
        refs.push({ marker: t, start: text.length, end: text.length + shown.length });
        text += shown;
      } else text += t;
      prevEnd = it.x + it.width;
    });
    const trimmed = text.replace(/\s+/g, ' ');
    // Collapsing whitespace can shift refs: recompute from the collapsed text by order.
    const fixed = relocateRefs(text, trimmed.trimStart(), refs);
    const x = g[0].x;
    const last = g[g.length - 1];
    return { page: page.number, y: g[0].y, x, right: last.x + last.width, size, text: trimmed.trim(), refs: fixed, ...(leadMarker ? { leadMarker } : {}) };
  });
}

function relocateRefs(before: string, after: string, refs: NoteRef[]): NoteRef[] {
  if (before === after) return refs;
  const map: number[] = [];
  let j = 0;
  const collapsed = before.replace(/^\s+/, '');
  const lead = before.length - collapsed.length;
  let prevSpace = false;
  for (let i = 0; i < collapsed.length; i++) {
    const space = /\s/.test(collapsed[i]);
    map[i + lead] = j;
    if (space && prevSpace) continue;
    prevSpace = space;
    j++;
  }
  return refs.map((r) => ({ ...r, start: map[r.start] ?? r.start, end: (map[r.end - 1] ?? r.end - 1) + 1 }));
}

/** Drop page numbers and running headers/footers: lines in the top/bottom 8% that are numbers or repeat across pages. */
export function dropChrome(pages: PdfPage[], lines: Line[][]): Line[][] {
  const key = (l: Line) => l.text.replace(/\d+/g, '#').toLowerCase();
  const inMargin = (l: Line) => {
    const h = pages[l.page - 1]?.height ?? 842;
    return l.y > h * 0.92 || l.y < h * 0.08;
  };
  const counts = new Map<string, number>();
  for (const ls of lines) for (const k of new Set(ls.filter(inMargin).map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return lines.map((ls) => ls.filter((l) => {
    if (!inMargin(l)) return true;
    if (/^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i.test(l.text) || /^[-–]\s*\d{1,4}\s*[-–]$/.test(l.text)) return false;
    return !(lines.length > 1 && (counts.get(key(l)) ?? 0) > 1);
  }));
}

const plainMarker = (raw: string) => [...raw].map((c) => SUP_DIGITS[c] ?? c).join('');

/** The marker a footnote line starts with, or null. */
function noteMarkerOf(l: Line): string | null {
  if (l.leadMarker !== undefined) return l.leadMarker;
  const m = NOTE_START.exec(l.text);
  return m ? plainMarker(m[1]) : null;
}

/**
 * Split a page's lines into body and the footnote area at its bottom: a run of smaller lines whose first
 * line starts with a marker; or, when notes are set in body size, the lines after the last wide gap whose
 * first line starts with a marker that a superscript on the same page refers to.
 */
export function splitFootnotes(lines: Line[], bodySize: number): { body: Line[]; notes: Line[] } {
  const small = (l: Line) => l.size < bodySize * 0.93;
  let i = lines.length;
  while (i > 0 && small(lines[i - 1])) i--;
  while (i < lines.length && noteMarkerOf(lines[i]) === null) i++;
  if (i < lines.length && !(i === 0 && lines.every(small))) return { body: lines.slice(0, i), notes: lines.slice(i) };

  const referenced = new Set(lines.flatMap((l) => l.refs.map((r) => r.marker)));
  if (!referenced.size) return { body: lines, notes: [] };
  const gaps = lines.slice(1).map((l, k) => lines[k].y - l.y);
  const leading = median(gaps) || bodySize * 1.3;
  for (let k = lines.length - 1; k > 0; k--) {
    if (lines[k - 1].y - lines[k].y > leading * 1.6) {
      const marker = noteMarkerOf(lines[k]);
      if (marker !== null && referenced.has(marker)) return { body: lines.slice(0, k), notes: lines.slice(k) };
      break;
    }
  }
  return { body: lines, notes: [] };
}

const URLISH = /(?:https?:\/\/|www\.)\S*$/i;

/** Join a continuation line: no space after a hyphen or inside a URL broken at the margin. */
function joinLine(prev: string, next: string, prevAtMargin: boolean): string {
  // A word or range broken after its hyphen or dash ("exploita-tion", "COVID-19", "11:30–13:00") stays one token.
  if (/[\p{L}\d][-–]$/u.test(prev) && /^[\p{L}\d]/u.test(next)) return prev + next;
  const lastToken = prev.slice(prev.lastIndexOf(' ') + 1);
  if (prevAtMargin && URLISH.test(lastToken) && /^[\w/%#?=&.~-]+(?:\s|$)/.test(next) && /[/_\-.=?&%#\d]/.test(next.split(' ')[0])) return prev + next;
  return prev + ' ' + next;
}

function appendLine(block: PendingBlock, line: Line, atMargin: boolean, hardBreak = false): void {
  const joined = hardBreak ? `${block.text}\n${line.text}` : joinLine(block.text, line.text, atMargin);
  const shift = joined.length - line.text.length;
  block.noteRefs = [...(block.noteRefs ?? []), ...line.refs.map((r) => ({ ...r, start: r.start + shift, end: r.end + shift }))];
  block.text = joined;
}

/**
 * Line spacing of body text over the whole document: the smallest recurring baseline gap between body-size
 * lines (the median is a paragraph gap on pages of short paragraphs, such as a cover or a programme).
 */
export function leadingOf(pages: Line[][], bodySize: number): number {
  const gaps: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const gap = lines[i - 1].y - lines[i].y;
      if (Math.abs(lines[i].size - bodySize) < 0.5 && Math.abs(lines[i - 1].size - bodySize) < 0.5 && gap > 0 && gap < bodySize * 3) gaps.push(gap);
    }
  }
  if (!gaps.length) return bodySize * 1.3;
  gaps.sort((a, b) => a - b);
  // The smallest gap that recurs (wrapped lines); a lone tight gap (a superscript line, a table) is noise.
  const need = Math.max(2, Math.ceil(gaps.length * 0.05));
  let leading = gaps[Math.floor(gaps.length / 4)];
  for (let i = 0; i < gaps.length; i++) {
    let n = 0;
    for (let j = i; j < gaps.length && gaps[j] - gaps[i] <= 0.5; j++) n++;
    if (n >= need) { leading = gaps[i]; break; }
  }
  // Pages of one-line paragraphs only show paragraph gaps: no body text is set wider than about 1.5 lines.
  if (leading > bodySize * 1.6) leading = bodySize * 1.2;
  return Math.max(bodySize * 0.9, leading);
}

/** Body lines of one page to heading, paragraph and list-item blocks. */
export function bodyBlocks(lines: Line[], bodySize: number, headingSizes: number[], leading = leadingOf([lines], bodySize)): PendingBlock[] {
  const out: PendingBlock[] = [];
  const left = median(lines.filter((l) => Math.abs(l.size - bodySize) < 0.5).map((l) => l.x));
  const right = lines.reduce((m, l) => Math.max(m, l.right), 0);
  let cur: PendingBlock | null = null;
  let prev: Line | null = null;
  for (const line of lines) {
    const heading = line.size >= bodySize * 1.15;
    const gap = prev ? prev.y - line.y : Infinity;
    const bullet = BULLET.test(line.text) && !heading;
    const indented = line.x - left > bodySize * 0.8;
    const prevEnded = prev ? /[.!?:;]["”’)]?$/.test(prev.text) : true;
    const atMargin = prev ? right - prev.right < bodySize * 3 : false;
    const continues = cur !== null && prev !== null && gap < leading * 1.35 && (
      heading ? cur.kind === 'heading' && Math.abs(prev.size - line.size) < 0.5
        : cur.kind !== 'heading' && !bullet && !(indented && prevEnded && cur.kind === 'paragraph') &&
          (cur.kind !== 'list-item' || line.x > left + 1 || !prevEnded));
    if (continues && cur) {
      // A line that stops well short of the right margin ended there on purpose (an address, "Date: ...").
      const short = prev !== null && right - prev.right > (right - left) * 0.25 && cur.kind !== 'heading' &&
        !/[-–]$/.test(prev.text) && !/^\p{Ll}/u.test(line.text);
      appendLine(cur, line, atMargin, short);
    } else {
      if (cur) out.push(cur);
      const level = heading ? Math.min(6, headingSizes.findIndex((s) => Math.abs(s - line.size) < 0.5) + 1 || 1) : undefined;
      cur = {
        kind: heading ? 'heading' : bullet ? 'list-item' : 'paragraph',
        text: bullet ? line.text.replace(BULLET, '') : line.text,
        page: line.page,
        noteRefs: bullet ? shiftRefs(line.refs, line.text.length - line.text.replace(BULLET, '').length) : line.refs,
        ...(level ? { level } : {}),
      };
    }
    prev = line;
  }
  if (cur) out.push(cur);
  return out;
}

function shiftRefs(refs: NoteRef[], by: number): NoteRef[] {
  return refs.map((r) => ({ ...r, start: r.start - by, end: r.end - by })).filter((r) => r.start >= 0);
}

/** Footnote-area lines to footnote blocks, one per marker. */
export function noteBlocks(lines: Line[]): PendingBlock[] {
  const out: PendingBlock[] = [];
  for (const line of lines) {
    const marker = noteMarkerOf(line);
    const prev = out[out.length - 1]?.marker;
    // A wrapped note line can start with a number ("12 pages"): a new note needs the next number in sequence.
    const inSequence = marker !== null && (line.leadMarker !== undefined || prev === undefined || !/^\d+$/.test(marker) || !/^\d+$/.test(prev) || Number(marker) === Number(prev) + 1);
    if (marker !== null && inSequence) {
      const m = line.leadMarker === undefined ? NOTE_START.exec(line.text) : null;
      out.push({ kind: 'footnote', marker, page: line.page, text: m ? line.text.slice(m[0].length) : line.text, noteRefs: [] });
    } else if (out.length) {
      appendLine(out[out.length - 1], { ...line, refs: [] }, true);
    }
  }
  return out;
}

/** All pages to pending blocks: each page's body, then its footnotes. */
export function layoutPages(pages: PdfPage[]): PendingBlock[] {
  const bodySize = bodySizeOf(pages);
  const lines = dropChrome(pages, pages.map(pageLines));
  const headingSizes = [...new Set(lines.flat().filter((l) => l.size >= bodySize * 1.15).map((l) => Math.round(l.size * 2) / 2))].sort((a, b) => b - a);
  const split = lines.map((pageLinesList) => splitFootnotes(pageLinesList, bodySize));
  const leading = leadingOf(split.map((s) => s.body), bodySize);
  const blocks: PendingBlock[] = [];
  for (const { body, notes } of split) {
    const pageBlocks = bodyBlocks(body, bodySize, headingSizes, leading);
    // A paragraph running over a page break with no notes in between (the builder rejoins the case with notes).
    const last = blocks[blocks.length - 1];
    const first = pageBlocks[0];
    if (last?.kind === 'paragraph' && first?.kind === 'paragraph' && !/[.!?:;)"”’»]$/u.test(last.text) && /^[\p{Ll}(,;]/u.test(first.text)) {
      const shift = last.text.length + 1;
      last.text += ' ' + first.text;
      last.noteRefs = [...(last.noteRefs ?? []), ...(first.noteRefs ?? []).map((r) => ({ ...r, start: r.start + shift, end: r.end + shift }))];
      pageBlocks.shift();
    }
    blocks.push(...pageBlocks, ...noteBlocks(notes));
  }
  return blocks;
}
