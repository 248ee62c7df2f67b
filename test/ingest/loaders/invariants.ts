// Checks every loader's output must satisfy: blocks index the text exactly (trimmed, ordered, right line),
// note references cover their rendered marker, link spans cover their anchor text.
import { expect } from 'vitest';
import type { LoadedDocument } from '../../../src/document.js';
import { lineIndex } from '../../../ingest/loaders/document-builder.js';
import { renderMarker } from '../../../ingest/loaders/html-blocks.js';

export function expectWellFormed(doc: LoadedDocument): void {
  const lineOf = lineIndex(doc.text);
  let prevEnd = 0;
  for (const b of doc.blocks) {
    const text = doc.text.slice(b.start, b.end);
    expect(text.length, `empty ${b.kind} block at ${b.start}`).toBeGreaterThan(0);
    expect(text).toBe(text.trim());
    expect(text).not.toContain('\n\n');
    expect(b.start).toBeGreaterThanOrEqual(prevEnd);
    expect(b.line).toBe(lineOf(b.start));
    if (b.kind === 'footnote') expect(b.marker, `footnote block without marker: ${text}`).toBeTruthy();
    prevEnd = b.end;
  }
  for (const r of doc.noteRefs) expect(doc.text.slice(r.start, r.end)).toBe(renderMarker(r.marker));
  for (const l of doc.links) {
    expect(l.end).toBeGreaterThan(l.start);
    expect(doc.text.slice(l.start, l.end)).toBe(doc.text.slice(l.start, l.end).trim());
    expect(/^(?:https?|mailto):/.test(l.url)).toBe(true);
  }
}

/** Text of every block of a kind. */
export function blockTexts(doc: LoadedDocument, kind: string): string[] {
  return doc.blocks.filter((b) => b.kind === kind).map((b) => doc.text.slice(b.start, b.end));
}

/** Footnote blocks as [marker, text]. */
export function notes(doc: LoadedDocument): Array<[string, string]> {
  return doc.blocks.filter((b) => b.kind === 'footnote').map((b) => [b.marker ?? '', doc.text.slice(b.start, b.end)]);
}

/** The text just before a note reference (to check where it sits). */
export function textBefore(doc: LoadedDocument, marker: string, chars = 40): string {
  const r = doc.noteRefs.find((n) => n.marker === marker);
  if (!r) throw new Error(`no note reference ${marker}`);
  return doc.text.slice(Math.max(0, r.start - chars), r.start);
}

/** A thrown error's code and message (for bad-input assertions). */
export async function failure(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (err) {
    const e = err as { code?: string; message?: string };
    return { code: String(e.code), message: String(e.message) };
  }
  throw new Error('expected a failure');
}
