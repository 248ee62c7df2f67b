// Plain-text loader: blank-line paragraphs, bullet lines as list items, superscript / [n] note lines
// as footnote blocks. Note markers in running text are left for the citation extractor to find.
import type { LoadedDocument } from '../../src/document.js';
import { buildDocument } from './document-builder.js';
import { repairHardWraps } from './hard-wraps.js';
import { decodeText, splitBlocks } from './plain-blocks.js';

/**
 * Load a plain-text document (UTF-8 or Latin-1 bytes).
 * @throws InvalidInputError for an empty or binary input.
 */
export async function loadText(raw: Uint8Array, source: string): Promise<LoadedDocument> {
  const text = repairHardWraps(decodeText(raw, 'ingest.loadText', source));
  return buildDocument(splitBlocks(text, { markdownHeadings: false }), { source, mediaType: 'text/plain', raw });
}
