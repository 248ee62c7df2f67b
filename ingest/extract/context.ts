// The state every extractor shares for one document: its text, blocks with their text, a provenance
// factory (offset -> line, page) and the text with URLs blanked out (so names are not found inside URLs).
import type { Block, LoadedDocument } from '../../src/document.js';
import type { Provenance } from '../../src/extraction.js';
import { lineIndex } from '../loaders/document-builder.js';

export interface Unit extends Block {
  index: number;
  /** Block text with URLs blanked (same length as the original). */
  text: string;
}

export interface ExtractContext {
  doc: LoadedDocument;
  documentId: string;
  text: string;
  /** doc.text with every URL replaced by spaces. */
  masked: string;
  units: Unit[];
  urlSpans: Array<{ url: string; start: number; end: number }>;
  prov(start: number, end: number, extractor: string): Provenance;
  lineOf(offset: number): number;
}

const URL_RE = /\bhttps?:\/\/[^\s<>"“”‘’]+|\bwww\.[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s<>"“”‘’]*/gi;
const TRAILING = /[.,;:!?'"’”»)\]}>*]+$/;

/** Every URL in text with exact bounds: no trailing sentence punctuation; a ")" only when balanced. */
export function findUrls(text: string): Array<{ url: string; start: number; end: number }> {
  const out: Array<{ url: string; start: number; end: number }> = [];
  for (const m of text.matchAll(URL_RE)) {
    let url = m[0];
    for (;;) {
      const t = TRAILING.exec(url);
      if (!t) break;
      let cut = t[0].length;
      // keep a closing parenthesis that balances one inside the URL (Wikipedia-style links)
      if (t[0].startsWith(')') && (url.match(/\(/g)?.length ?? 0) >= (url.match(/\)/g)?.length ?? 0)) break;
      if (t[0].includes(')') && (url.slice(0, -cut).match(/\(/g)?.length ?? 0) > (url.slice(0, -cut).match(/\)/g)?.length ?? 0)) cut = t[0].length - t[0].indexOf(')') - 1;
      if (cut <= 0) break;
      url = url.slice(0, -cut);
    }
    if (url.length < 8) continue;
    out.push({ url, start: m.index!, end: m.index! + url.length });
  }
  return out;
}

export function createContext(doc: LoadedDocument, documentId: string): ExtractContext {
  const text = doc.text;
  const urlSpans = findUrls(text);
  let masked = text;
  if (urlSpans.length) {
    const parts: string[] = [];
    let last = 0;
    for (const u of urlSpans) { parts.push(text.slice(last, u.start), ' '.repeat(u.end - u.start)); last = u.end; }
    parts.push(text.slice(last));
    masked = parts.join('');
  }
  const lineOf = lineIndex(text);
  const units: Unit[] = doc.blocks.map((b, index) => ({ ...b, index, text: masked.slice(b.start, b.end) }));
  const pageAt = (offset: number): number | undefined => {
    let lo = 0, hi = units.length - 1, found: number | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (units[mid].start <= offset) { found = units[mid].page; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  };
  return {
    doc, documentId, text, masked, units, urlSpans, lineOf,
    prov(start, end, extractor) {
      const page = pageAt(start);
      return { documentId, start, end, line: lineOf(start), ...(page ? { page } : {}), extractor };
    },
  };
}
