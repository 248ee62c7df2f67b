// Plain-text loader: blank-line paragraphs, bullet lines as list items, superscript / [n] note lines
// as footnote blocks. Text copied out of a PDF also gets its page-bottom notes and "Notes" sections read
// as footnotes, page furniture dropped, and plain-digit markers ("worldwide.1") linked to those notes.
import type { LoadedDocument } from '../../src/document.js';
import { buildDocument, type PendingBlock } from './document-builder.js';
import { repairHardWraps } from './hard-wraps.js';
import { decodeText, splitBlocks } from './plain-blocks.js';
import { splitSignatureColumns } from './text-columns.js';
import { linkPlainMarkers } from './text-markers.js';
import { splitPlainNotes } from './text-page-notes.js';

/**
 * Load a plain-text document (UTF-8 or Latin-1 bytes).
 * @throws InvalidInputError for an empty or binary input.
 */
export async function loadText(raw: Uint8Array, source: string): Promise<LoadedDocument> {
  const text = decodeText(raw, 'ingest.loadText', source);
  // notes are cut out before the hard-wrap repair, so a note's number is never glued onto the URL ending the note before
  const pending: PendingBlock[] = splitPlainNotes(text).flatMap((s) =>
    s.kind === 'notes' ? s.notes : splitBlocks(repairHardWraps(splitSignatureColumns(s.text)), { markdownHeadings: false }));
  return buildDocument(linkPlainMarkers(pending), { source, mediaType: 'text/plain', raw });
}
