// Builds a LoadedDocument from blocks: concatenates block texts with blank lines between them,
// tracks offsets and lines, and rejoins paragraphs that a block of footnotes split at a page break.
import { createHash } from 'node:crypto';
import type { Block, BlockKind, LoadedDocument, MediaType, NoteRef } from '../../src/document.js';

export interface PendingBlock {
  kind: BlockKind;
  text: string;
  level?: number;
  marker?: string;
  page?: number;
  /** Note references inside this block, offsets relative to the block text. */
  noteRefs?: NoteRef[];
  /** Hyperlinks inside this block, offsets relative to the block text. */
  links?: Array<{ url: string; start: number; end: number }>;
}

export interface BuildMeta {
  source: string;
  mediaType: MediaType;
  raw: Uint8Array | string;
  title?: string | null;
  warnings?: string[];
}

const SENTENCE_END = /[.!?:;)"”’»]\s*$/u;
const CONTINUATION_START = /^[\p{Ll}(,;]/u;

export function sha256(raw: Uint8Array | string): string {
  return createHash('sha256').update(raw).digest('hex');
}

/**
 * Rejoin "paragraph … [footnotes] … continuation": a paragraph that does not end a sentence,
 * followed by one or more footnote blocks, followed by a paragraph starting in lower case.
 * The continuation is appended to the first paragraph; the footnotes move after it.
 */
export function joinSplitParagraphs(blocks: PendingBlock[]): PendingBlock[] {
  const out = [...blocks];
  for (let i = 0; i < out.length; i++) {
    const head = out[i];
    if (head.kind !== 'paragraph' || SENTENCE_END.test(head.text)) continue;
    let j = i + 1;
    while (j < out.length && out[j].kind === 'footnote') j++;
    if (j === i + 1 || j >= out.length) continue;
    const tail = out[j];
    if (tail.kind !== 'paragraph' || !CONTINUATION_START.test(tail.text.trimStart())) continue;
    const sep = ' ';
    const shift = head.text.length + sep.length;
    const merged: PendingBlock = {
      ...head,
      text: head.text + sep + tail.text.trimStart(),
      noteRefs: [...(head.noteRefs ?? []), ...(tail.noteRefs ?? []).map((r) => ({ ...r, start: r.start + shift, end: r.end + shift }))],
      links: [...(head.links ?? []), ...(tail.links ?? []).map((l) => ({ ...l, start: l.start + shift, end: l.end + shift }))],
    };
    const notes = out.slice(i + 1, j);
    out.splice(i, j - i + 1, merged, ...notes);
  }
  return out;
}

/** Assemble text, block offsets, lines and note references. Blocks are separated by a blank line. */
export function buildDocument(pending: PendingBlock[], meta: BuildMeta): LoadedDocument {
  const blocks: Block[] = [];
  const noteRefs: NoteRef[] = [];
  const links: LoadedDocument['links'] = [];
  let text = '';
  let line = 1;
  for (const b of joinSplitParagraphs(pending.filter((p) => p.text.trim() !== ''))) {
    if (text) { text += '\n\n'; line += 2; }
    const start = text.length;
    text += b.text;
    blocks.push({
      kind: b.kind, start, end: text.length, line,
      ...(b.level !== undefined ? { level: b.level } : {}),
      ...(b.marker !== undefined ? { marker: b.marker } : {}),
      ...(b.page !== undefined ? { page: b.page } : {}),
    });
    for (const r of b.noteRefs ?? []) noteRefs.push({ marker: r.marker, start: start + r.start, end: start + r.end });
    for (const l of b.links ?? []) links.push({ url: l.url, start: start + l.start, end: start + l.end });
    for (let k = 0; k < b.text.length; k++) if (b.text.charCodeAt(k) === 10) line++;
  }
  return {
    source: meta.source,
    mediaType: meta.mediaType,
    text,
    blocks,
    noteRefs,
    links,
    title: meta.title ?? null,
    contentHash: sha256(meta.raw),
    warnings: meta.warnings ?? [],
  };
}

/** 1-based line number of an offset (for provenance). Precompute with lineIndex for many lookups. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset: number) => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo + 1;
  };
}
