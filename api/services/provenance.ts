// "Where does it say this?": turns provenance entries into views quoting the document span, reading
// each document's title and text at most once per request.
import type { GraphStore, NodeSummary } from '../../graph/store.js';
import type { GraphProvenance, NodeRecord } from '../../src/graph-model.js';
import type { ProvenanceView } from '../schemas/common.js';

/** Longest quote returned; longer spans are cut with an ellipsis. */
export const MAX_QUOTE_CHARS = 400;
/** Provenance entries quoted per item (the rest are counted by the page, not shipped). */
export const MAX_PROVENANCE_PER_ITEM = 12;

/** Document texts kept across requests (keyed by id and content hash, so a new version is re-read). */
const TEXT_CACHE_CHARS = 32 * 1024 * 1024;
const texts = new Map<string, string | null>();
let cachedChars = 0;

function rememberText(key: string, text: string | null): void {
  if (text !== null && text.length > TEXT_CACHE_CHARS / 4) return;
  texts.set(key, text);
  cachedChars += text?.length ?? 0;
  for (const [k, v] of texts) {
    if (cachedChars <= TEXT_CACHE_CHARS) break;
    texts.delete(k);
    cachedChars -= v?.length ?? 0;
  }
}

export class ProvenanceQuoter {
  private readonly docs = new Map<string, Promise<{ title: string | null; text: string | null }>>();
  constructor(private readonly store: GraphStore) {}

  private doc(id: string) {
    let p = this.docs.get(id);
    if (!p) {
      p = this.store.getDocument(id).then(async (d) => {
        if (!d) return { title: null, text: null };
        const key = `${d.id}\u0000${d.contentHash}\u0000${d.ingestedAt}`;
        let text = texts.get(key);
        if (text === undefined) {
          text = await this.store.getDocumentText(id);
          rememberText(key, text);
        }
        return { title: d.title?.trim() || d.source.split(/[\\/]/).filter(Boolean).pop() || d.source, text };
      });
      this.docs.set(id, p);
    }
    return p;
  }

  async quote(entries: readonly GraphProvenance[]): Promise<ProvenanceView[]> {
    const seen = new Set<string>();
    const unique = entries.filter((p) => {
      const k = `${p.documentId}:${p.start}:${p.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    }).slice(0, MAX_PROVENANCE_PER_ITEM);
    return Promise.all(unique.map(async (p) => {
      const d = await this.doc(p.documentId);
      return {
        documentId: p.documentId,
        documentTitle: d.title,
        start: p.start,
        end: p.end,
        line: p.line,
        ...(p.page !== undefined ? { page: p.page } : {}),
        extractor: p.extractor,
        quote: d.text === null ? null : clip(d.text.slice(p.start, p.end)),
        ...surroundings(d.text, p.start, p.end),
      };
    }));
  }
}

/** Characters of context shown on each side of a quoted span, within its line. */
export const CONTEXT_CHARS = 160;

function surroundings(text: string | null, start: number, end: number): { before: string | null; after: string | null } {
  if (text === null) return { before: null, after: null };
  const lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  const from = Math.max(lineStart, start - CONTEXT_CHARS);
  const to = Math.min(lineEnd, end + CONTEXT_CHARS);
  return {
    before: (from > lineStart ? '…' : '') + text.slice(from, Math.max(from, start)),
    after: text.slice(Math.min(end, to), to) + (to < lineEnd ? '…' : ''),
  };
}

function clip(s: string): string {
  return s.length <= MAX_QUOTE_CHARS ? s : s.slice(0, MAX_QUOTE_CHARS - 1) + '…';
}

/** A node record without its provenance. */
export function summaryOf(node: NodeRecord | NodeSummary): NodeSummary {
  return { key: node.key, kind: node.kind, label: node.label, props: node.props };
}
