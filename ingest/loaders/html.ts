// HTML loader (cheerio): decodes the bytes (html-charset.ts), drops scripts, styles and navigation,
// finds footnotes and their references, and builds the document from headings, paragraphs, items and notes.
import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import type { LoadedDocument, MediaType } from '../../src/document.js';
import { ExtractionError } from '../../src/errors.js';
import { buildDocument, type PendingBlock } from './document-builder.js';
import { walkHtml } from './html-blocks.js';
import { decodeHtml } from './html-charset.js';
import { removeSiteChrome } from './html-chrome.js';
import { findNotes, removeBacklinks, textOf } from './html-notes.js';
import { promoteNoteParagraphs } from './note-paragraphs.js';
import { oneLine } from './one-line.js';

export interface HtmlConversion {
  blocks: PendingBlock[];
  title: string | null;
  warnings: string[];
}

export interface HtmlConvertOptions {
  /** Resolve relative hrefs against this URL (documents fetched from the web). */
  baseUrl?: string;
  /** Charset declared outside the document (HTTP Content-Type); wins over <meta charset>. */
  charset?: string;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Nesting beyond this is junk or an attack; the block walker recurses, so deeper content becomes plain text. */
const MAX_DEPTH = 400;

/** Replace the content of elements at depth `max` by their text. Iterative. Returns whether anything changed. */
function flattenDeep($: CheerioAPI, max: number): boolean {
  let changed = false;
  const frames: Array<{ node: AnyNode; next: number }> = [{ node: $.root()[0], next: 0 }];
  while (frames.length) {
    const top = frames[frames.length - 1];
    const children = 'children' in top.node ? top.node.children : [];
    if (top.next >= children.length) { frames.pop(); continue; }
    const child = children[top.next++];
    if (child.type !== 'tag') continue;
    if (frames.length >= max) {
      $(child).text(textOf(child));
      changed = true;
      continue;
    }
    frames.push({ node: child, next: 0 });
  }
  return changed;
}

/** Blocks and title of parsed HTML; shared with the DOCX loader, which converts Word to HTML first. */
export function convertHtml($: CheerioAPI, options: HtmlConvertOptions = {}): HtmlConversion {
  const extra: string[] = [];
  const titleText = collapse($('head > title, title').first().text());
  const usable = (t: string) => (t && t.length <= 300 && !t.includes('<') ? t : '');
  const title = usable(titleText) || usable(collapse($('h1').first().text())) || null;
  // <base href> (read before <head> goes) redirects relative links.
  const baseHref = $('base[href]').first().attr('href');
  if (baseHref) {
    try {
      options = { ...options, baseUrl: new URL(baseHref, options.baseUrl).href };
    } catch {
      // A relative <base> without a document URL cannot be resolved; keep the caller's base.
    }
  }
  $('script, style, noscript, template, nav, head, [role="navigation"], [aria-hidden="true"]').remove();
  removeSiteChrome($);
  if (flattenDeep($, MAX_DEPTH)) extra.push(`markup nested deeper than ${MAX_DEPTH} levels was read as plain text`);
  removeBacklinks($);
  const marks = findNotes($);
  const root = $.root()[0];
  const blocks = promoteNoteParagraphs(walkHtml(root, marks, options));
  const warnings: string[] = [...extra];
  const refMarkers = new Set([...marks.refs.values()]);
  const orphanNotes = [...new Set(marks.notes.values())].filter((m) => !refMarkers.has(m));
  if (orphanNotes.length && refMarkers.size) warnings.push(`notes without a reference in the text: ${orphanNotes.slice(0, 10).join(', ')}`);
  return { blocks, title, warnings };
}

const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Past this nesting, parse5 (spec parsing) slows down quadratically; htmlparser2 stays linear. */
const MAX_SPEC_PARSE_DEPTH = 1000;

/** Rough maximum tag nesting, in one linear scan of the markup. */
function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w:-]{0,30})[^<>]{0,2000}?(\/?)>/g)) {
    const name = m[2].toLowerCase();
    if (VOID_TAGS.has(name) || m[3]) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}

/** Parse with the HTML5 algorithm (parse5), or leniently (htmlparser2) when the markup nests absurdly deep. */
function parseHtml(html: string, warnings: string[]): CheerioAPI {
  if (nestingDepth(html) <= MAX_SPEC_PARSE_DEPTH) return load(html);
  warnings.push(`markup nested over ${MAX_SPEC_PARSE_DEPTH} levels deep was parsed leniently`);
  return load(html, { xml: { xmlMode: false, decodeEntities: true } });
}

/**
 * Load an HTML document from raw bytes.
 * @throws ExtractionError (CG_EXTRACTION) when the bytes cannot be parsed or hold no text.
 */
export async function loadHtml(raw: Uint8Array, source: string, options: HtmlConvertOptions = {}): Promise<LoadedDocument> {
  return loadHtmlAs(raw, source, 'text/html', 'ingest.loadHtml', options);
}

/** Shared by HTML and DOCX: parse, convert, build. */
export function loadHtmlAs(
  raw: Uint8Array | string, source: string, mediaType: MediaType, op: string, options: HtmlConvertOptions = {},
  extraWarnings: string[] = [], bytes: Uint8Array | string = raw,
): LoadedDocument {
  let conversion: HtmlConversion;
  const parseWarnings: string[] = [];
  try {
    const html = typeof raw === 'string' ? raw : decodeHtml(raw, options.charset);
    const $ = parseHtml(html, parseWarnings);
    const rawTitle = $('title').first().text();
    conversion = convertHtml($, options);
    // Soup: an unclosed <title> swallows the whole page as title text (HTML parsing rules). Read it as markup instead.
    if (!conversion.blocks.length && rawTitle.includes('<')) {
      conversion = convertHtml(parseHtml(html.replace(/<title\b[^>]*>/gi, ''), []), options);
      conversion.warnings.unshift('unclosed <title>: its content was read as the page body');
    }
  } catch (err) {
    throw new ExtractionError(`${op}: ${source}: cannot parse HTML (${oneLine(err)})`, { cause: err, details: { source } });
  }
  if (!conversion.blocks.length) {
    throw new ExtractionError(`${op}: ${source}: no text found in the document`, { details: { source } });
  }
  return buildDocument(conversion.blocks, {
    source, mediaType, raw: bytes, title: conversion.title, warnings: [...extraWarnings, ...parseWarnings, ...conversion.warnings],
  });
}
