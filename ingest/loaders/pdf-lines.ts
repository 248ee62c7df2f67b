// PDF text items to lines: small raised markers attached to their line as note references, items grouped by
// baseline top to bottom, a line's size and weight taken from its ordinary (non-superscript) items, and
// running headers/footers and page numbers dropped.
import type { NoteRef } from '../../src/document.js';
import { renderMarker } from './html-blocks.js';

export interface PdfItem {
  str: string; x: number; y: number; width: number; size: number;
  /** Set when the item's font is bold (from the font name or flags); unknown counts as regular. */
  bold?: boolean;
}
export interface PdfPage { number: number; width: number; height: number; items: PdfItem[] }

export interface Line {
  page: number; y: number; x: number; right: number; size: number;
  text: string; refs: NoteRef[];
  /** Most of the line's characters are set in a bold font. */
  bold?: boolean;
  /** A superscript marker opening the line (a footnote's number). */
  leadMarker?: string;
}

const MARKER_TEXT = /^(?:\d{1,3}|[*†‡§¶]{1,2})$/;

export function median(values: number[]): number {
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
    const chars = (list: typeof g) => list.reduce((n, i) => n + i.str.trim().length, 0);
    const bold = chars(normal.filter((i) => i.bold)) * 2 > chars(normal);
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
    return { page: page.number, y: g[0].y, x, right: last.x + last.width, size, text: trimmed.trim(), refs: fixed, ...(bold ? { bold } : {}), ...(leadMarker ? { leadMarker } : {}) };
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
