// PDF hyperlinks: Link annotations carry a URL and a rectangle on the page, not a text span. The anchor is
// the text under the rectangle; it is found again in the document text to give LoadedDocument.links spans.
import type { LoadedDocument } from '../../src/document.js';
import type { PdfItem } from './pdf-layout.js';

export interface PdfLink { page: number; url: string; rect: [number, number, number, number] }

/** Text of the items whose middle lies inside the rectangle (1pt tolerance), top to bottom, left to right. */
export function anchorText(items: PdfItem[], rect: PdfLink['rect']): string {
  const [x1, y1, x2, y2] = [Math.min(rect[0], rect[2]), Math.min(rect[1], rect[3]), Math.max(rect[0], rect[2]), Math.max(rect[1], rect[3])];
  return items
    .filter((i) => i.str.trim() && i.x + i.width / 2 >= x1 - 1 && i.x + i.width / 2 <= x2 + 1 && i.y + i.size * 0.3 >= y1 - 1 && i.y + i.size * 0.3 <= y2 + 1)
    .sort((a, b) => b.y - a.y || a.x - b.x)
    .map((i) => i.str.trim())
    .join(' ');
}

const stripScheme = (u: string) => u.replace(/^(?:https?:\/\/|mailto:)/i, '').replace(/\/$/, '');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Add links to a built document. Consecutive annotations of one URL (a link wrapped over lines) become one
 * anchor; anchors that already show their URL are skipped, as the text holds the URL itself.
 */
export function attachLinks(doc: LoadedDocument, links: Array<{ page: number; url: string; anchor: string }>): void {
  const merged: typeof links = [];
  for (const l of links) {
    const prev = merged[merged.length - 1];
    if (prev && prev.url === l.url && prev.page === l.page) prev.anchor = `${prev.anchor} ${l.anchor}`;
    else merged.push({ ...l });
  }
  let cursor = 0;
  for (const l of merged) {
    const anchor = l.anchor.replace(/\s+/g, ' ').trim();
    if (!anchor || anchor.includes(stripScheme(l.url)) || !/^(?:https?|mailto):/i.test(l.url)) continue;
    const pageStart = doc.blocks.find((b) => (b.page ?? 0) >= l.page)?.start ?? 0;
    // Line joins may have changed spacing or removed a break: match whitespace loosely.
    const pattern = new RegExp(anchor.split(' ').map(escape).join('\\s*'), 'g');
    const find = (from: number) => { pattern.lastIndex = from; return pattern.exec(doc.text); };
    const m = find(Math.max(cursor, pageStart)) ?? find(pageStart) ?? find(0);
    if (!m) continue;
    doc.links.push({ url: l.url, start: m.index, end: m.index + m[0].length });
    cursor = m.index + m[0].length;
  }
  doc.links.sort((a, b) => a.start - b.start);
}
