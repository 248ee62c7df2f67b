// PDF drawing helpers shared by the fixture generators (pdf-lib, A4, standard fonts): word-wrapped paragraphs
// with raised superscript note markers ("text{1}"), long URLs broken after '/' or '-' as PDF writers do,
// page chrome (running header and page number) and a footnote separator rule.
import { rgb, type PDFFont, type PDFPage } from 'pdf-lib';

export const PAGE_WIDTH = 595;
export const PAGE_HEIGHT = 842;
export const LEFT = 72;
export const WIDTH = PAGE_WIDTH - 2 * LEFT;
/** Superscript markers: 6.5pt, raised 4pt above the baseline. */
const SUP_SIZE = 6.5;
const SUP_RISE = 4;

/** Where the next line goes on a page, and the fonts to set it in. */
export interface Pen { page: PDFPage; font: PDFFont; bold: PDFFont; y: number }

export interface ParaOptions { x?: number; size?: number; leading?: number; font?: PDFFont; width?: number }

const MARK = /\{(\d+)\}/g;

/** Width of text in which "{n}" is a superscript marker. */
function widthOf(font: PDFFont, s: string, size: number): number {
  return font.widthOfTextAtSize(s.replace(MARK, ''), size) + (s.match(MARK) ?? []).reduce((a, m) => a + font.widthOfTextAtSize(m.slice(1, -1), SUP_SIZE), 0);
}

/** Word-wrap text into lines of at most `width`; a word wider than the column is broken after a '/' or '-'. */
export function wrapText(font: PDFFont, text: string, size: number, width: number): string[] {
  const w = (s: string) => widthOf(font, s, size);
  const words: string[] = [];
  for (let word of text.split(' ')) {
    while (w(word) > width) {
      let cut = word.length - 1;
      while (cut > 1 && w(word.slice(0, cut)) > width) cut--;
      const soft = Math.max(word.lastIndexOf('/', cut - 1), word.lastIndexOf('-', cut - 1));
      if (soft > 8) cut = soft + 1;
      words.push(word.slice(0, cut));
      word = word.slice(cut);
    }
    words.push(word);
  }
  const lines: string[] = [];
  let cur = '';
  for (const word of words) {
    const next = cur ? `${cur} ${word}` : word;
    if (cur && w(next) > width) { lines.push(cur); cur = word; } else cur = next;
  }
  if (cur) lines.push(cur);
  return lines;
}

/** Draw one line at (x, y); "{n}" parts are raised superscripts. */
export function drawLine(page: PDFPage, line: string, x: number, y: number, size: number, font: PDFFont): void {
  let cx = x;
  for (const part of line.split(/(\{\d+\})/).filter(Boolean)) {
    const sup = /^\{\d+\}$/.test(part);
    const t = sup ? part.slice(1, -1) : part;
    const s = sup ? SUP_SIZE : size;
    page.drawText(t, { x: cx, y: y + (sup ? SUP_RISE : 0), size: s, font });
    cx += font.widthOfTextAtSize(t, s);
  }
}

/** A word-wrapped paragraph at the pen; moves the pen down one leading per line. */
export function para(pen: Pen, text: string, opts: ParaOptions = {}): void {
  const { x = LEFT, size = 11, leading = 14.5, font = pen.font, width = WIDTH - (x - LEFT) } = opts;
  for (const line of wrapText(font, text, size, width)) {
    drawLine(pen.page, line, x, pen.y, size, font);
    pen.y -= leading;
  }
}

/** One line of text at the pen, not wrapped; moves the pen down by `advance`. */
export function textLine(pen: Pen, text: string, opts: { size?: number; font?: PDFFont; x?: number; advance?: number } = {}): void {
  const { size = 11, font = pen.font, x = LEFT, advance = size * 1.35 } = opts;
  pen.page.drawText(text, { x, y: pen.y, size, font });
  pen.y -= advance;
}

/** Running header at the top and the page number at the bottom centre. */
export function drawChrome(page: PDFPage, font: PDFFont, header: string, pageNo: number, opts: { headerY?: number; numberY?: number; size?: number } = {}): void {
  const { headerY = 800, numberY = 36, size = 8.5 } = opts;
  page.drawText(header, { x: LEFT, y: headerY, size, font });
  page.drawText(String(pageNo), { x: PAGE_WIDTH / 2, y: numberY, size: 8.5, font });
}

/** The short rule Word draws above a page's footnotes. */
export function footnoteRule(page: PDFPage, y: number): void {
  page.drawLine({ start: { x: LEFT, y }, end: { x: LEFT + 150, y }, thickness: 0.5, color: rgb(0, 0, 0) });
}
