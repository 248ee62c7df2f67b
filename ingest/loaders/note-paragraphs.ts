// Notes written as ordinary paragraphs: "<p><sup>3</sup> Source ...</p>" or "³ Source ..." at the bottom of a
// page or Word file. A paragraph that opens with a marker an earlier paragraph already referenced is that note.
import type { PendingBlock } from './document-builder.js';

const SUPER: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };
const LEADING_SUPER = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})[ \t]*(?=\S)/u;
const INNER_SUPER = /[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}/gu;

const plain = (s: string) => [...s].map((c) => SUPER[c] ?? c).join('');

/** Turn note-like paragraphs into footnote blocks (marker moved to block.marker, spans shifted). */
export function promoteNoteParagraphs(blocks: PendingBlock[]): PendingBlock[] {
  const referenced = new Set<string>();
  return blocks.map((b) => {
    let promoted: PendingBlock | null = null;
    if (b.kind === 'paragraph' || b.kind === 'list-item') {
      const first = b.noteRefs?.[0];
      let marker: string | null = null;
      let cut = 0;
      if (first && first.start === 0) {
        marker = first.marker;
        cut = first.end;
      } else {
        const m = LEADING_SUPER.exec(b.text);
        if (m) { marker = plain(m[1]); cut = m[1].length; }
      }
      if (marker !== null && referenced.has(marker)) {
        while (cut < b.text.length && (b.text[cut] === ' ' || b.text[cut] === '\t')) cut++;
        const shift = <T extends { start: number; end: number }>(spans: T[] | undefined): T[] =>
          (spans ?? []).filter((s) => s.start >= cut).map((s) => ({ ...s, start: s.start - cut, end: s.end - cut }));
        promoted = { ...b, kind: 'footnote', marker, text: b.text.slice(cut), noteRefs: shift(b.noteRefs), links: shift(b.links) };
        delete promoted.level;
      }
    }
    const out = promoted ?? b;
    if (out.kind !== 'footnote') {
      for (const r of out.noteRefs ?? []) referenced.add(r.marker);
      for (const m of out.text.matchAll(INNER_SUPER)) if (m.index! > 0) referenced.add(plain(m[0]));
    }
    return out;
  });
}
