// DOCX loader (mammoth): converts Word to HTML, renumbers note references the way Word shows them
// (footnotes 1, 2, 3; endnotes i, ii, iii when the document also has footnotes), then reuses the HTML loader.
import { load } from 'cheerio';
import mammoth from 'mammoth';
import type { LoadedDocument } from '../../src/document.js';
import { ExtractionError } from '../../src/errors.js';
import { buildDocument } from './document-builder.js';
import { convertHtml } from './html.js';
import { oneLine } from './one-line.js';

const OP = 'ingest.loadDocx';
const MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Word styles mammoth does not map by default. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Footnote Text'] => p:fresh",
  "p[style-name='Endnote Text'] => p:fresh",
];

/** Lower-case roman numeral: Word's default endnote numbering. */
export function toRoman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

/**
 * Load a DOCX document: text, blocks, footnotes and endnotes (as footnote blocks with markers), hyperlinks.
 * @throws ExtractionError (CG_EXTRACTION) for a truncated or corrupt file.
 */
export async function loadDocx(raw: Uint8Array, source: string): Promise<LoadedDocument> {
  const buffer = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  if (!(buffer[0] === 0x50 && buffer[1] === 0x4b)) {
    throw new ExtractionError(`${OP}: ${source}: not a valid DOCX (not a ZIP archive)`, { details: { source } });
  }
  let html: string;
  let messages: Array<{ type: string; message: string }>;
  try {
    const result = await mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP });
    html = result.value;
    messages = result.messages;
  } catch (err) {
    throw new ExtractionError(`${OP}: ${source}: not a valid DOCX (${oneLine(err)})`, { cause: err, details: { source } });
  }
  const $ = load(html);
  // mammoth numbers all notes in one sequence ([1]..[n]); show them as Word does instead.
  const footRefs = $('a[href^="#footnote-"]').toArray();
  const endRefs = $('a[href^="#endnote-"]').toArray();
  const endnoteStyle = footRefs.length ? toRoman : String;
  const number = (refs: typeof footRefs, format: (n: number) => string) => {
    const seen = new Map<string, string>();
    for (const a of refs) {
      const href = a.attribs.href ?? '';
      if (!seen.has(href)) seen.set(href, format(seen.size + 1));
      $(a).text(seen.get(href)!);
    }
  };
  number(footRefs, String);
  number(endRefs, endnoteStyle);
  // Footnotes before endnotes, as a reader meets them (mammoth interleaves them in reference order).
  // A note cited twice is listed twice by mammoth: keep the first.
  const seenIds = new Set<string>();
  const items = $('li[id^="footnote-"], li[id^="endnote-"]').toArray().filter((li) => {
    if (seenIds.has(li.attribs.id)) { $(li).remove(); return false; }
    seenIds.add(li.attribs.id);
    return true;
  });
  if (items.length) {
    const list = $(items[0]).parent();
    const sorted = [...items].sort((a, b) => Number(a.attribs.id.startsWith('endnote-')) - Number(b.attribs.id.startsWith('endnote-')));
    list.empty().append(sorted);
  }
  const conversion = convertHtml($);
  if (!conversion.blocks.length) {
    throw new ExtractionError(`${OP}: ${source}: no text found in the document`, { details: { source } });
  }
  const warnings = messages
    .filter((m) => m.type !== 'info' && !/Unrecognised (?:paragraph|run) style/.test(m.message))
    .slice(0, 5)
    .map((m) => `docx: ${oneLine(m.message)}`);
  return buildDocument(conversion.blocks, {
    source, mediaType: MEDIA_TYPE, raw, title: conversion.title, warnings: [...warnings, ...conversion.warnings],
  });
}
