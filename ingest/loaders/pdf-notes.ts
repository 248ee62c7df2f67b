// PDF notes: footnote areas at page bottoms (smaller type opening with a marker, or a gap and a referenced
// marker), and endnote sections ("Notes", "Endnotes", "References" followed by "1 Text", "2. Text",
// "[3] Text" lines) that may run over page breaks; both become footnote blocks with their markers.
import type { PendingBlock } from './document-builder.js';
import { appendLine, type Spellings } from './pdf-join.js';
import { median, type Line } from './pdf-lines.js';

const SUP_DIGITS: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };
const NOTE_START = /^(\d{1,3}|[*†‡§¶]{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})[.)]?\s+(?=\S)/u;
/** "[3] Text": only inside an endnote section, where a bracketed number cannot be a citation in prose. */
const BRACKET_START = /^\[(\d{1,3})\]\s*(?=\S)/;
/** A line that names a notes section and nothing else. */
export const NOTES_HEADING = /^(?:(?:foot|end)?notes|references|sources|bibliography)\s*:?$/i;

const plainMarker = (raw: string) => [...raw].map((c) => SUP_DIGITS[c] ?? c).join('');

/** The marker a note line starts with and the length of its prefix, or null. */
function noteStartOf(l: Line, brackets: boolean): { marker: string; cut: number } | null {
  if (l.leadMarker !== undefined) return { marker: l.leadMarker, cut: 0 };
  const m = NOTE_START.exec(l.text) ?? (brackets ? BRACKET_START.exec(l.text) : null);
  return m ? { marker: plainMarker(m[1]), cut: m[0].length } : null;
}

/** The marker a footnote line starts with, or null. */
export function noteMarkerOf(l: Line, brackets = false): string | null {
  return noteStartOf(l, brackets)?.marker ?? null;
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

/** Does `marker` follow `prev` in a numbered sequence? Non-numeric markers always may. */
function followsInSequence(marker: string, prev: string | undefined): boolean {
  if (prev === undefined || !/^\d+$/.test(marker) || !/^\d+$/.test(prev)) return true;
  return Number(marker) === Number(prev) + 1;
}

/**
 * Note lines to footnote blocks, one per marker. `last` is the note the lines may continue (an endnote
 * running over a page break); continuation lines before any marker are appended to it.
 * Lines before the first marker that continue nothing come back as `orphans` (body text, not lost).
 */
export function noteBlocks(lines: Line[], options: { last?: PendingBlock; brackets?: boolean; spellings?: Spellings } = {}): { blocks: PendingBlock[]; orphans: Line[] } {
  const out: PendingBlock[] = [];
  const orphans: Line[] = [];
  let last = options.last;
  for (const line of lines) {
    const start = noteStartOf(line, options.brackets ?? false);
    // A wrapped note line can start with a number ("12 pages"): a new note needs the next number in sequence.
    const isNew = start !== null && (line.leadMarker !== undefined || followsInSequence(start.marker, last?.marker));
    if (start && isNew) {
      last = { kind: 'footnote', marker: start.marker, page: line.page, text: line.text.slice(start.cut), noteRefs: [] };
      out.push(last);
    } else if (last) {
      appendLine(last, { ...line, refs: [] }, true, false, options.spellings);
    } else {
      orphans.push(line);
    }
  }
  return { blocks: out, orphans };
}

/** Endnote-section state carried from page to page. */
export interface EndnoteState { active: boolean; noteSize?: number; last?: PendingBlock }

/**
 * Cut a page's body lines at an endnote section: lines before the section (and its heading) stay body,
 * the marker lines after it are notes. A section already open on an earlier page goes on while the page
 * starts with the next note or with a line in the notes' type size; a heading-size line closes it.
 */
export function splitEndnotes(lines: Line[], state: EndnoteState, isHeadingLine: (l: Line) => boolean): { body: Line[]; notes: Line[]; tail: Line[] } {
  let k = 0;
  if (state.active) {
    const first = lines[0];
    const start = first ? noteMarkerOf(first, true) : null;
    const goesOn = first !== undefined && !isHeadingLine(first) &&
      ((start !== null && followsInSequence(start, state.last?.marker)) || (state.noteSize !== undefined && Math.abs(first.size - state.noteSize) < 0.3));
    if (!goesOn) state.active = false;
  }
  let body: Line[] = [];
  if (!state.active) {
    const h = lines.findIndex((l, i) => NOTES_HEADING.test(l.text) && i + 1 < lines.length && noteMarkerOf(lines[i + 1], true) !== null);
    if (h < 0) return { body: lines, notes: [], tail: [] };
    body = lines.slice(0, h + 1);
    k = h + 1;
    state.active = true;
    state.last = undefined;
    state.noteSize = lines[k].size;
  }
  let end = k;
  while (end < lines.length && !isHeadingLine(lines[end])) end++;
  if (end < lines.length) state.active = false;
  return { body, notes: lines.slice(k, end), tail: lines.slice(end) };
}
