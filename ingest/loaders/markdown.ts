// Markdown loader: blocks from lines (headings, bullets, footnotes), inline markup removed
// (**bold**, *em*, `code`, <autolinks>, [text](url) links, <sup>n</sup> note references).
import type { LoadedDocument, NoteRef } from '../../src/document.js';
import { buildDocument, type PendingBlock } from './document-builder.js';
import { repairHardWraps } from './hard-wraps.js';
import { decodeText, splitBlocks } from './plain-blocks.js';
import { hasPageNotes } from './text-furniture.js';
import { linkPlainMarkers } from './text-markers.js';
import { splitPlainNotes } from './text-page-notes.js';

interface Inline {
  text: string;
  links: Array<{ url: string; start: number; end: number }>;
  noteRefs: NoteRef[];
}

// One alternation, tried left to right; every branch is linear (no nested quantifiers).
const INLINE = /<(https?:\/\/[^\s<>]+)>|!?\[([^\]\n]{0,500})\]\((\S{1,2000}?)(?:\s+"[^"\n]{0,300}")?\)|<sup>\s*([\w*†‡]{1,6})\s*<\/sup>|\*\*([^*\n]{1,2000}?)\*\*|__([^_\n]{1,2000}?)__|(?<![\w*])\*(?![\s*])([^*\n]{1,2000}?)(?<!\s)\*(?![\w*])|`([^`\n]{1,2000})`|\\([\\`*_{}[\]()#+\-.!<>])|<\/?(?:u|b|i|em|strong|span|br)\s*\/?>/g;

/** Strip inline Markdown from one block's text, keeping link targets and note references with offsets. */
export function stripInline(src: string): Inline {
  const links: Inline['links'] = [];
  const noteRefs: NoteRef[] = [];
  let text = '';
  let last = 0;
  // A fresh RegExp per call: the function recurses for nested markup.
  const re = new RegExp(INLINE.source, 'g');
  for (let m = re.exec(src); m; m = re.exec(src)) {
    text += src.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[1] !== undefined) {
      text += m[1];
    } else if (m[2] !== undefined) {
      const inner = stripInline(m[2]).text;
      const start = text.length;
      text += inner;
      if (/^https?:\/\//i.test(m[3]) && m[0][0] !== '!') links.push({ url: m[3], start, end: text.length });
    } else if (m[4] !== undefined) {
      const start = text.length;
      text += m[4];
      noteRefs.push({ marker: m[4], start, end: text.length });
    } else if (m[5] !== undefined || m[6] !== undefined || m[7] !== undefined) {
      const inner = stripInline(m[5] ?? m[6] ?? m[7]);
      const shift = text.length;
      text += inner.text;
      for (const l of inner.links) links.push({ ...l, start: l.start + shift, end: l.end + shift });
      for (const r of inner.noteRefs) noteRefs.push({ ...r, start: r.start + shift, end: r.end + shift });
    } else if (m[8] !== undefined) {
      text += m[8];
    } else if (m[9] !== undefined) {
      text += m[9];
    }
  }
  text += src.slice(last);
  return { text, links, noteRefs };
}

/**
 * Load a Markdown document (UTF-8 or Latin-1 bytes).
 * @throws InvalidInputError for an empty or binary input.
 */
export async function loadMarkdown(raw: Uint8Array, source: string): Promise<LoadedDocument> {
  // Word exports and PDF copies saved as Markdown carry hard wraps inside URLs and hyphenated words too.
  const decoded = decodeText(raw, 'ingest.loadMarkdown', source);
  // a PDF copy saved as Markdown: page-bottom notes under rules are read as in plain text (see text.ts)
  const pdfCopy = hasPageNotes(decoded.split('\n'));
  const segments = pdfCopy ? splitPlainNotes(decoded) : [{ kind: 'text' as const, text: decoded }];
  const pending: PendingBlock[] = segments.flatMap((s) => s.kind === 'notes' ? s.notes : splitBlocks(repairHardWraps(s.text), { markdownHeadings: true }))
    .map((b) => {
      const inline = stripInline(b.text);
      return { ...b, text: inline.text, links: inline.links, noteRefs: inline.noteRefs };
    });
  return buildDocument(pdfCopy ? linkPlainMarkers(pending) : pending, { source, mediaType: 'text/markdown', raw });
}
