// Derives DOCX and PDF versions of a loaded text/Markdown document, so one gold file can test three formats:
// headings, paragraphs and list items carry over; note markers in the text (¹, [1]) become real Word
// footnotes (docx) or superscripts with the notes set at the bottom of the page that cites them (pdf-lib).
import { Document, ExternalHyperlink, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, PDFString, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { LoadedDocument } from '../../src/document.js';

const SUPER: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };

interface Piece { text: string; note?: string; br?: boolean; link?: string }
interface Part { kind: 'heading' | 'paragraph' | 'list-item'; level?: number; pieces: Piece[] }
export interface Derivable { parts: Part[]; notes: Map<string, string> }

/** Split a document into body parts (text with note markers cut out) and its notes by marker. */
export function derivable(doc: LoadedDocument): Derivable {
  const notes = new Map<string, string>();
  for (const b of doc.blocks) if (b.kind === 'footnote' && b.marker && !notes.has(b.marker)) notes.set(b.marker, doc.text.slice(b.start, b.end).replace(/\s+/g, ' '));
  // ¹, [1], [^1], [iv], <sup>1</sup> (Markdown with inline HTML).
  const marker = /([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|\[\^?([\w-]{1,10})\]|<sup>\s*(\w{1,4})\s*<\/sup>/gu;
  const parts: Part[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'footnote') continue;
    const text = doc.text.slice(b.start, b.end);
    // Marker spans: those the loader recognised (noteRefs), then markers written in the text.
    const spans: Array<{ start: number; end: number; note: string }> = doc.noteRefs
      .filter((r) => r.start >= b.start && r.end <= b.end && notes.has(r.marker))
      .map((r) => ({ start: r.start - b.start, end: r.end - b.start, note: r.marker }));
    for (const m of text.matchAll(marker)) {
      const n = m[1] ? [...m[1]].map((c) => SUPER[c]).join('') : (m[2] ?? m[3]);
      const at = m.index!;
      if (notes.has(n) && !spans.some((x) => at < x.end && at + m[0].length > x.start)) spans.push({ start: at, end: at + m[0].length, note: n });
    }
    spans.sort((a, b) => a.start - b.start);
    const links = doc.links.filter((l) => l.start >= b.start && l.end <= b.end).map((l) => ({ start: l.start - b.start, end: l.end - b.start, url: l.url }));
    const pieces: Piece[] = [];
    // Text between markers, cut at hyperlink boundaries and line breaks.
    const pushText = (from: number, to: number, trimEnd = false) => {
      const cuts = [...new Set([from, to, ...links.flatMap((l) => [l.start, l.end]).filter((c) => c > from && c < to)])].sort((a, b) => a - b);
      for (let k = 0; k + 1 < cuts.length; k++) {
        let t = text.slice(cuts[k], cuts[k + 1]);
        if (trimEnd && k + 2 === cuts.length) t = t.replace(/ $/, '');
        const link = links.find((l) => l.start <= cuts[k] && l.end >= cuts[k + 1])?.url;
        t.split(/ *\n */).forEach((line, n) => {
          if (n) pieces.push({ text: '', br: true });
          pieces.push({ text: line, ...(link ? { link } : {}) });
        });
      }
    };
    let last = 0;
    for (const x of spans) {
      pushText(last, x.start, true);
      pieces.push({ text: '', note: x.note });
      last = x.end;
    }
    pushText(last, text.length);
    parts.push({ kind: b.kind as Part['kind'], ...(b.level ? { level: b.level } : {}), pieces: pieces.filter((p) => p.text || p.note || p.br) });
  }
  return { parts, notes };
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

/** A DOCX with real footnotes (the notes keep their order; Word numbers them 1, 2, 3 ...). */
export async function toDocx(d: Derivable): Promise<Buffer> {
  const ids = new Map([...d.notes.keys()].map((m, i) => [m, i + 1]));
  const footnotes = Object.fromEntries([...d.notes].map(([m, text]) => [ids.get(m)!, { children: [new Paragraph(text)] }]));
  const children = d.parts.map((p) => new Paragraph({
    ...(p.kind === 'heading' ? { heading: HEADINGS[Math.min(3, (p.level ?? 1) - 1)] } : {}),
    ...(p.kind === 'list-item' ? { bullet: { level: 0 } } : {}),
    children: p.pieces.map((x) => (x.note ? new FootnoteReferenceRun(ids.get(x.note)!) : x.br ? new TextRun({ text: '', break: 1 })
      : x.link ? new ExternalHyperlink({ link: x.link, children: [new TextRun(x.text)] }) : new TextRun(x.text))),
  }));
  return Packer.toBuffer(new Document({ footnotes, sections: [{ children }] }));
}

interface Word { runs: Array<{ text: string; sup: boolean; link?: string }>; notes: string[]; br?: boolean }

function words(pieces: Piece[]): Word[] {
  const out: Word[] = [];
  let afterNote = false;
  let prevEndedSpace = true;
  for (const p of pieces) {
    const glue = afterNote;
    afterNote = !!p.note;
    const endedSpace = prevEndedSpace;
    if (!p.note && !p.br) prevEndedSpace = /\s$/.test(p.text) || p.text === '';
    if (p.br) prevEndedSpace = true;
    if (p.br) { out.push({ runs: [], notes: [], br: true }); continue; }
    if (p.note) {
      const w = out[out.length - 1] ?? (out.push({ runs: [], notes: [] }), out[0]);
      w.runs.push({ text: p.note, sup: true });
      w.notes.push(p.note);
      continue;
    }
    p.text.split(' ').forEach((t, i) => {
      // Text right after a note marker ("2020³.") belongs to the marked word.
      const run = { text: t, sup: false, ...(p.link ? { link: p.link } : {}) };
      const joinsPrevious = i === 0 && out.length > 0 && !out[out.length - 1].br && !/^\s/.test(p.text) &&
        (glue || !endedSpace);
      if (joinsPrevious && t) out[out.length - 1].runs.push(run);
      else if (t) out.push({ runs: [run], notes: [] });
    });
  }
  return out;
}

/** WinAnsi (the standard PDF fonts' encoding) cannot show every character: fold accents, else "?". */
const WIN_ANSI_EXTRA = new Set([...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ']);
export function pdfSafe(text: string): string {
  return [...text].map((c) => {
    const code = c.codePointAt(0)!;
    if (code < 0x7f || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(c)) return c;
    const folded = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    return folded.length === 1 && folded.codePointAt(0)! < 0x7f ? folded : '?';
  }).join('');
}

/** Notes numbered 1, 2, 3 in order, as a word processor prints them. */
function renumber(d: Derivable): Derivable {
  const ids = new Map([...d.notes.keys()].map((m, i) => [m, String(i + 1)]));
  return {
    parts: d.parts.map((p) => ({ ...p, pieces: p.pieces.map((x) => (x.note ? { ...x, note: ids.get(x.note)! } : x)) })),
    notes: new Map([...d.notes].map(([m, t]) => [ids.get(m)!, t])),
  };
}

function safeDerivable(d: Derivable): Derivable {
  return {
    parts: d.parts.map((p) => ({ ...p, pieces: p.pieces.map((x) => ({ ...x, text: pdfSafe(x.text) })) })),
    notes: new Map([...d.notes].map(([m, t]) => [m, pdfSafe(t)])),
  };
}

/** A PDF: Helvetica 10.5pt body, 8pt notes under a rule at the bottom of the page that cites them, page numbers. */
export async function toPdf(source: Derivable): Promise<Uint8Array> {
  const d = renumber(safeDerivable(source));
  const pdf = await PDFDocument.create();
  pdf.setCreationDate(new Date('2024-01-01T00:00:00Z'));
  pdf.setModificationDate(new Date('2024-01-01T00:00:00Z'));
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const LEFT = 72, WIDTH = 451, TOP = 770, BOTTOM = 60, NOTE_SIZE = 8, NOTE_LEAD = 10;
  const noteLines = (text: string) => wrap(font, text, NOTE_SIZE, WIDTH - 10);
  let page: PDFPage, y = TOP, pageNotes: string[] = [], pageNo = 0;
  const drawn = new Set<string>(); // a note is printed once, where it is first cited
  const notesHeight = (ns: string[]) => (ns.length ? 16 + ns.reduce((h, n) => h + noteLines(d.notes.get(n)!).length * NOTE_LEAD + 2, 0) : 0);
  const finishPage = () => {
    if (!pageNo) return;
    let ny = BOTTOM + notesHeight(pageNotes) - 16;
    if (pageNotes.length) page.drawLine({ start: { x: LEFT, y: ny + 12 }, end: { x: LEFT + 140, y: ny + 12 }, thickness: 0.5, color: rgb(0, 0, 0) });
    for (const n of pageNotes) {
      drawn.add(n);
      page.drawText(n, { x: LEFT, y: ny, size: NOTE_SIZE, font });
      for (const line of noteLines(d.notes.get(n)!)) { page.drawText(line, { x: LEFT + 10, y: ny, size: NOTE_SIZE, font }); ny -= NOTE_LEAD; }
      ny -= 2;
    }
    page.drawText(String(pageNo), { x: 297, y: 30, size: 8, font });
  };
  const newPage = () => { finishPage(); page = pdf.addPage([595, 842]); pageNo++; y = TOP; pageNotes = []; };
  newPage();
  for (const part of d.parts) {
    const size = part.kind === 'heading' ? 13 : 10.5;
    const f = part.kind === 'heading' ? bold : font;
    const lead = size * 1.35;
    const indent = part.kind === 'list-item' ? 12 : 0;
    const lines: Word[][] = [];
    let line: Word[] = [];
    const widthOf = (ws: Word[]) => ws.reduce((a, w, i) => a + (i ? advance(f, ' ', size) : 0) + w.runs.reduce((b, r) => b + advance(f, r.text, r.sup ? 6.5 : size), 0), 0);
    for (const w of words(part.pieces)) {
      if (w.br) { if (line.length) lines.push(line); line = []; continue; }
      if (line.length && widthOf([...line, w]) > WIDTH - indent) { lines.push(line); line = []; }
      line.push(w);
    }
    if (line.length) lines.push(line);
    y -= part.kind === 'heading' ? 10 : 5;
    lines.forEach((ws, li) => {
      const lineNotes = ws.flatMap((w) => w.notes).filter((n) => !pageNotes.includes(n) && !drawn.has(n));
      if (y - lead < BOTTOM + notesHeight([...pageNotes, ...lineNotes])) newPage();
      pageNotes.push(...lineNotes.filter((n) => !pageNotes.includes(n)));
      let x = LEFT + indent;
      if (part.kind === 'list-item' && li === 0) page.drawText('•', { x: LEFT, y, size, font: f });
      // One link annotation per line and URL, over the linked runs.
      const rects: Array<{ url: string; x1: number; x2: number }> = [];
      ws.forEach((w, i) => {
        if (i) x += advance(f, ' ', size);
        for (const r of w.runs) {
          const s = r.sup ? 6.5 : size;
          page.drawText(r.text, { x, y: y + (r.sup ? 4 : 0), size: s, font: f });
          const x2 = x + advance(f, r.text, s);
          const open = rects[rects.length - 1];
          if (r.link && open?.url === r.link) open.x2 = x2;
          else if (r.link) rects.push({ url: r.link, x1: x, x2 });
          x = x2;
        }
      });
      for (const r of rects) {
        const annot = pdf.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [r.x1, y - 2, r.x2, y + size], Border: [0, 0, 0], A: { Type: 'Action', S: 'URI', URI: PDFString.of(r.url) } });
        page.node.addAnnot(pdf.context.register(annot));
      }
      y -= lead;
    });
  }
  finishPage();
  return pdf.save();
}

/** Advance of a text as drawn: pdf-lib's widthOfTextAtSize applies kerning that drawText does not. */
export function advance(font: PDFFont, text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += font.widthOfTextAtSize(ch, size);
  return w;
}

/** Wrap at spaces; a token longer than the line (a URL) is broken by characters. */
function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (let w of text.split(' ')) {
    while (advance(font, w, size) > width) {
      let k = w.length;
      while (k > 1 && advance(font, w.slice(0, k), size) > width) k--;
      // Break after URL punctuation, as word processors do.
      const soft = Math.max(w.lastIndexOf('/', k - 1), w.lastIndexOf('-', k - 1), w.lastIndexOf('_', k - 1));
      if (soft > k / 2) k = soft + 1;
      if (cur) { out.push(cur); cur = ''; }
      out.push(w.slice(0, k));
      w = w.slice(k);
    }
    const next = cur ? `${cur} ${w}` : w;
    if (cur && advance(font, next, size) > width) { out.push(cur); cur = w; } else cur = next;
  }
  if (cur) out.push(cur);
  return out;
}
