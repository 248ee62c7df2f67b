// Notes written as ordinary paragraphs: "<p><sup>3</sup> Source ...</p>" or "³ Source ..." at the bottom of a
// page or Word file, and "1 Source", "2. Source", "[3] Source" paragraphs under a "Notes"/"Endnotes"/
// "References" heading. A paragraph that opens with a marker an earlier paragraph referenced is that note.
import type { PendingBlock } from './document-builder.js';

const SUPER: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };
const LEADING_SUPER = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})[ \t]*(?=\S)/u;
const INNER_SUPER = /[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}/gu;
/** "1 Text", "2. Text", "3) Text", "[4] Text": a numbered note, recognised only inside a notes section. */
const NUMBERED = /^(?:\[(\d{1,3})\]|(\d{1,3})[.)]?)[ \t]+(?=\S)/;
/** A heading (or a paragraph that is only these words) that opens a notes section. */
const NOTES_HEADING = /^(?:(?:foot|end)?notes|references|sources|bibliography)\s*:?$/i;

const plain = (s: string) => [...s].map((c) => SUPER[c] ?? c).join('');

/** Turn note-like paragraphs into footnote blocks (marker moved to block.marker, spans shifted). */
export function promoteNoteParagraphs(blocks: PendingBlock[]): PendingBlock[] {
  const referenced = new Set<string>();
  let inNotes = false;
  let lastNote: string | null = null;
  return blocks.map((b) => {
    const text = b.text.trim();
    if (NOTES_HEADING.test(text) && (b.kind === 'heading' || b.kind === 'paragraph')) {
      inNotes = true;
      lastNote = null;
      return b;
    }
    if (b.kind === 'heading') inNotes = false;
    let promoted: PendingBlock | null = null;
    if (b.kind === 'paragraph' || b.kind === 'list-item') {
      const first = b.noteRefs?.[0];
      let marker: string | null = null;
      let cut = 0;
      let numbered = false;
      if (first && first.start === 0) {
        marker = first.marker;
        cut = first.end;
      } else {
        const m = LEADING_SUPER.exec(b.text);
        if (m) { marker = plain(m[1]); cut = m[1].length; }
        const n = m || !inNotes ? null : NUMBERED.exec(b.text);
        if (n) { marker = n[1] ?? n[2]; cut = n[0].length; numbered = true; }
      }
      // A numbered paragraph in a notes section is a note when cited, or next in the notes' own sequence.
      const inSequence = numbered && (lastNote === null ? marker === '1' : Number(marker) === Number(lastNote) + 1);
      if (marker !== null && (referenced.has(marker) || inSequence)) {
        while (cut < b.text.length && (b.text[cut] === ' ' || b.text[cut] === '\t')) cut++;
        const shift = <T extends { start: number; end: number }>(spans: T[] | undefined): T[] =>
          (spans ?? []).filter((s) => s.start >= cut).map((s) => ({ ...s, start: s.start - cut, end: s.end - cut }));
        promoted = { ...b, kind: 'footnote', marker, text: b.text.slice(cut), noteRefs: shift(b.noteRefs), links: shift(b.links) };
        delete promoted.level;
        if (numbered) lastNote = marker;
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
