// PDF loader (pdfjs-dist legacy build, in-process "fake" worker: Node has no web workers): reads the text
// items of every page and hands them to pdf-layout.ts (links: pdf-links.ts); corrupt, truncated or encrypted files fail cleanly.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { LoadedDocument } from '../../src/document.js';
import { ExtractionError } from '../../src/errors.js';
import { buildDocument, type PendingBlock } from './document-builder.js';
import { oneLine } from './one-line.js';
import { layoutPages, type PdfPage } from './pdf-layout.js';
import { anchorText, attachLinks } from './pdf-links.js';

const OP = 'ingest.loadPdf';
/** Reading pages stops after this long (checked between pages). */
const PDF_TIME_BUDGET_MS = 120_000;
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjsPromise: Promise<PdfJs> | null = null;

/** Load pdf.js once. Importing the worker module registers its handler on globalThis, so pdf.js runs it in-process. */
function pdfjs(): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    const workerModule = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
    await import(workerModule);
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjsPromise;
}

function standardFontDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts') + '/';
}

interface TextItemLike { str?: string; transform?: number[]; width?: number; height?: number; fontName?: string }
interface PageLike {
  getOperatorList(): Promise<unknown>;
  commonObjs: { has(id: string): boolean; get(id: string): unknown };
}

/**
 * The page's bold fonts, by pdf.js font id. Text content names fonts only by id; the font objects (with the
 * PostScript name and flags) arrive once the page's operator list is built. Unknown counts as regular.
 */
async function boldFonts(page: PageLike, ids: string[]): Promise<Set<string>> {
  const bold = new Set<string>();
  try {
    await page.getOperatorList();
    for (const id of ids) {
      if (!page.commonObjs.has(id)) continue;
      const font = page.commonObjs.get(id) as { name?: unknown; bold?: unknown } | null;
      if (font && (font.bold === true || (typeof font.name === 'string' && /bold|black|heavy|semibold|demi/i.test(font.name)))) bold.add(id);
    }
  } catch {
    // Weight is a hint for headings only; a page whose drawing cannot be parsed still has its text.
  }
  return bold;
}

/** Metadata titles that name the file or the tool rather than the document. */
const JUNK_TITLE = /^(?:untitled|microsoft (?:word|powerpoint) - |document\d*$)|\.(?:docx?|pdf|odt|rtf|indd)$/i;

/**
 * The document title: the metadata title unless it is junk or a generic label of a few words ("Agenda",
 * "Expert Meeting") above a longer main heading on page 1; else that heading.
 */
export function chooseTitle(meta: string | null, blocks: PendingBlock[]): string | null {
  const main = blocks.find((b) => b.kind === 'heading' && b.level === 1 && (b.page ?? 1) === 1)?.text
    ?? blocks.find((b) => b.kind === 'heading')?.text ?? null;
  if (meta === null || JUNK_TITLE.test(meta)) return main ?? meta;
  if (main && meta.split(/\s+/).length <= 3 && main.length > meta.length && !main.toLowerCase().includes(meta.toLowerCase())) return main;
  return meta;
}

/**
 * Load a PDF: text by page and line, paragraphs, headings, list items, footnotes (block.page set).
 * @throws ExtractionError (CG_EXTRACTION) for a truncated, corrupt or password-protected file, or one without text.
 */
export async function loadPdf(raw: Uint8Array, source: string): Promise<LoadedDocument> {
  const lib = await pdfjs();
  // pdf.js takes ownership of (detaches) the buffer it is given: pass a copy.
  const data = new Uint8Array(raw);
  const task = lib.getDocument({
    data, verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false,
    standardFontDataUrl: standardFontDir(), stopAtErrors: false,
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (err) {
      const name = (err as { name?: string }).name;
      if (name === 'PasswordException') throw new ExtractionError(`${OP}: ${source}: PDF is password-protected`, { cause: err, details: { source } });
      throw new ExtractionError(`${OP}: ${source}: not a valid PDF (${oneLine(err)})`, { cause: err, details: { source } });
    }
    const pages: PdfPage[] = [];
    const warnings: string[] = [];
    const links: Array<{ page: number; url: string; anchor: string }> = [];
    const started = Date.now();
    for (let n = 1; n <= doc.numPages; n++) {
      // Bounded time: a huge or hostile file yields the pages read so far, with a warning.
      if (Date.now() - started > PDF_TIME_BUDGET_MS) {
        warnings.push(`stopped after page ${n - 1} of ${doc.numPages}: reading took over ${PDF_TIME_BUDGET_MS / 1000} s`);
        break;
      }
      try {
        const page = await doc.getPage(n);
        const [x0, y0, x1, y1] = page.view;
        const content = await page.getTextContent();
        const bold = await boldFonts(page, Object.keys(content.styles));
        const items = (content.items as TextItemLike[]).filter((i) => typeof i.str === 'string' && i.transform).map((i) => {
          const t = i.transform!;
          return {
            str: i.str!, x: t[4] - x0, y: t[5] - y0, width: i.width ?? 0, size: Math.hypot(t[2], t[3]) || i.height || 0,
            ...(i.fontName && bold.has(i.fontName) ? { bold: true } : {}),
          };
        });
        pages.push({ number: n, width: x1 - x0, height: y1 - y0, items });
        try {
          for (const a of (await page.getAnnotations({ intent: 'display' })) as Array<{ subtype?: string; url?: string; rect?: number[] }>) {
            if (a.subtype !== 'Link' || typeof a.url !== 'string' || !a.rect || a.rect.length !== 4) continue;
            const rect: [number, number, number, number] = [a.rect[0] - x0, a.rect[1] - y0, a.rect[2] - x0, a.rect[3] - y0];
            links.push({ page: n, url: a.url, anchor: anchorText(items, rect) });
          }
        } catch (err) {
          warnings.push(`page ${n}: links could not be read (${oneLine(err)})`);
        }
        page.cleanup();
      } catch (err) {
        warnings.push(`page ${n} could not be read (${oneLine(err)})`);
      }
    }
    if (pages.length === 0 && doc.numPages > 0) {
      throw new ExtractionError(`${OP}: ${source}: not a valid PDF (no page could be read)`, { details: { source } });
    }
    const blocks = layoutPages(pages);
    if (!blocks.length) {
      throw new ExtractionError(`${OP}: ${source}: no text layer in the PDF (scanned images need OCR)`, { details: { source } });
    }
    let title: string | null = null;
    try {
      const meta = await doc.getMetadata();
      const t = (meta.info as { Title?: unknown } | undefined)?.Title;
      if (typeof t === 'string' && t.trim()) title = t.trim();
    } catch {
      // Metadata is optional.
    }
    title = chooseTitle(title, blocks);
    const built = buildDocument(blocks, { source, mediaType: 'application/pdf', raw, title, warnings });
    attachLinks(built, links);
    return built;
  } finally {
    await task.destroy();
  }
}
