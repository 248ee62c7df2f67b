// PDF page layout to blocks: lines (pdf-lines.ts) grouped into headings, paragraphs, list items and agenda
// rows; notes at page bottoms and endnote sections become footnote blocks (pdf-notes.ts); a paragraph
// running over a page break is rejoined.
import type { NoteRef } from '../../src/document.js';
import type { PendingBlock } from './document-builder.js';
import { vocabularyOf, type Vocabulary } from './hard-wraps.js';
import { appendLine, isDeliberateBreak, type Spellings } from './pdf-join.js';
import { BULLET, isMetaLine, isRoleLine, isTimeRow } from './pdf-line-roles.js';
import { bodySizeOf, dropChrome, median, pageLines, type Line, type PdfPage } from './pdf-lines.js';
import { noteBlocks, NOTES_HEADING, splitEndnotes, splitFootnotes, type EndnoteState } from './pdf-notes.js';

export type { PdfItem, PdfPage } from './pdf-lines.js';

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

/** Whole-line bold at body size, short and not a sentence: a run-in heading or a label ("Agenda", a name). */
function isBoldLead(line: Line, bodySize: number): boolean {
  return line.bold === true && line.size < bodySize * 1.15 && line.text.length <= 90 && !/[.,;]$/.test(line.text) &&
    !isTimeRow(line.text) && !BULLET.test(line.text);
}

interface Open { block: PendingBlock; row: boolean; bold: boolean }

/** Body lines of one page to heading, paragraph, list-item and agenda-row blocks. */
export function bodyBlocks(lines: Line[], bodySize: number, headingSizes: number[], leading = leadingOf([lines], bodySize), spellings?: Spellings): PendingBlock[] {
  const out: PendingBlock[] = [];
  const left = median(lines.filter((l) => Math.abs(l.size - bodySize) < 0.5).map((l) => l.x));
  const right = lines.reduce((m, l) => Math.max(m, l.right), 0);
  let cur: Open | null = null;
  let prev: Line | null = null;
  const close = () => {
    if (cur) out.push(cur.block);
    cur = null;
  };
  for (const line of lines) {
    const heading = line.size >= bodySize * 1.15;
    const gap = prev ? prev.y - line.y : Infinity;
    const row = isTimeRow(line.text) && !heading;
    const bullet = BULLET.test(line.text) && !heading && !row;
    const boldLead = isBoldLead(line, bodySize);
    const indented = line.x - left > bodySize * 0.8;
    const prevEnded = prev ? /[.!?:;]["”’)]?$/.test(prev.text) : true;
    const atMargin = prev ? right - prev.right < bodySize * 3 : false;
    const deliberate = prev !== null && isDeliberateBreak(prev, line, right);
    let continues = false;
    if (cur !== null && prev !== null) {
      const open: Open = cur;
      const kind = open.block.kind;
      if (heading) {
        // A title wrapped over lines: same size and weight, spaced by its own (larger) leading.
        continues = kind === 'heading' && Math.abs(prev.size - line.size) < 0.5 && !!prev.bold === !!line.bold && gap < Math.max(leading * 1.35, line.size * 1.6);
      } else if (gap < leading * 1.35 && kind !== 'heading' && !bullet && !row) {
        // A change of weight at a line start is a new block: a bold label or name ("Agenda", "Dr. A. Example"),
        // as a word processor exports manual bold (a paragraph, not a heading), or the text after it.
        if (boldLead !== open.bold && !(open.bold && line.bold)) continues = false;
        else if (open.row) continues = true;
        else if (kind === 'paragraph' && deliberate && (isMetaLine(prev.text) || isMetaLine(line.text))) continues = false;
        else continues = !(indented && prevEnded && kind === 'paragraph') && (kind !== 'list-item' || line.x > left + 1 || !prevEnded);
      }
    }
    if (continues && cur) {
      const open: Open = cur;
      // A line that stops well short of the right margin ended there on purpose (an address, "Date: ...").
      const short = prev !== null && (right - prev.right > (right - left) * 0.25 || (open.row && deliberate) || isRoleLine(line.text)) && open.block.kind !== 'heading' &&
        !/[-–]$/.test(prev.text) && !/^\p{Ll}/u.test(line.text);
      appendLine(open.block, line, atMargin, short, spellings);
      if (!line.bold) open.bold = false;
    } else {
      close();
      const level = heading ? Math.min(6, headingSizes.findIndex((s) => Math.abs(s - line.size) < 0.5) + 1 || 1) : undefined;
      cur = {
        block: {
          kind: heading ? 'heading' : bullet ? 'list-item' : 'paragraph',
          text: bullet ? line.text.replace(BULLET, '') : line.text,
          page: line.page,
          noteRefs: bullet ? shiftRefs(line.refs, line.text.length - line.text.replace(BULLET, '').length) : line.refs,
          ...(level ? { level } : {}),
        },
        row, bold: boldLead,
      };
    }
    prev = line;
  }
  close();
  return out;
}

function shiftRefs(refs: NoteRef[], by: number): NoteRef[] {
  return refs.map((r) => ({ ...r, start: r.start - by, end: r.end - by })).filter((r) => r.start >= 0);
}

/** Append a paragraph continued at the top of the next page ("...reported increased" / "use of ...") to `last`. */
function rejoinAcrossPages(blocks: PendingBlock[], pageBlocks: PendingBlock[]): void {
  const last = blocks[blocks.length - 1];
  const first = pageBlocks[0];
  if (last?.kind === 'paragraph' && first?.kind === 'paragraph' && !/[.!?:;)"”’»]$/u.test(last.text) && /^[\p{Ll}(,;]/u.test(first.text)) {
    const shift = last.text.length + 1;
    last.text += ' ' + first.text;
    last.noteRefs = [...(last.noteRefs ?? []), ...(first.noteRefs ?? []).map((r) => ({ ...r, start: r.start + shift, end: r.end + shift }))];
    pageBlocks.shift();
  }
}

/** All pages to pending blocks: each page's body, then its notes. */
export function layoutPages(pages: PdfPage[]): PendingBlock[] {
  const bodySize = bodySizeOf(pages);
  const lines = dropChrome(pages, pages.map(pageLines));
  const headingSizes = [...new Set(lines.flat().filter((l) => l.size >= bodySize * 1.15).map((l) => Math.round(l.size * 2) / 2))].sort((a, b) => b - a);
  const split = lines.map((pageLinesList) => splitFootnotes(pageLinesList, bodySize));
  const leading = leadingOf(split.map((s) => s.body), bodySize);
  const isHeadingLine = (l: Line) => l.size >= bodySize * 1.15 || (isBoldLead(l, bodySize) && !NOTES_HEADING.test(l.text) && /^\p{Lu}/u.test(l.text) && l.leadMarker === undefined && !/^\d/.test(l.text));
  let vocabulary: Vocabulary | null = null;
  const spellings: Spellings = () => (vocabulary ??= vocabularyOf(lines.flat().map((l) => l.text.replace(/-$/, '')).join('\n')));
  const endnotes: EndnoteState = { active: false };
  const blocks: PendingBlock[] = [];
  for (const { body, notes } of split) {
    // An endnote section (open, or opening on this page) owns the page-bottom notes too: they are its entries.
    const sectionHere = endnotes.active || body.some((l) => NOTES_HEADING.test(l.text));
    const section = sectionHere ? splitEndnotes([...body, ...notes], endnotes, isHeadingLine) : null;
    const pageBlocks = bodyBlocks(section ? section.body : body, bodySize, headingSizes, leading, spellings);
    // A paragraph running over a page break with no notes in between (the builder rejoins the case with notes).
    rejoinAcrossPages(blocks, pageBlocks);
    blocks.push(...pageBlocks);
    if (section) {
      const found = noteBlocks(section.notes, { last: endnotes.last, brackets: true, spellings });
      if (found.orphans.length) blocks.push(...bodyBlocks(found.orphans, bodySize, headingSizes, leading, spellings));
      blocks.push(...found.blocks);
      endnotes.last = found.blocks[found.blocks.length - 1] ?? endnotes.last;
      if (section.tail.length) blocks.push(...bodyBlocks(section.tail, bodySize, headingSizes, leading, spellings));
    } else {
      blocks.push(...noteBlocks(notes, { spellings }).blocks);
    }
  }
  return blocks;
}
