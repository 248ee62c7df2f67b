// ingestExtraction: the write path of one document. Unchanged content (same hash) is a no-op;
// otherwise resolve against the store and replace the document's contributions atomically.
// reresolveDocuments re-runs resolution over stored extractions (after the aliases file changed).
import { ExtractionSchema, type Extraction } from '../src/extraction.js';
import { InvalidInputError } from '../src/errors.js';
import { resolveExtraction } from './resolve.js';
import type { GraphStore, ReplaceResult } from './store.js';
import type { AliasRules } from './resolve/alias-file.js';

export interface IngestExtractionOptions {
  text: string;
  contentHash: string;
  /** Overrides extraction.document.source (e.g. the path as the user gave it). */
  source?: string;
  aliases?: AliasRules;
  /** Re-resolve and rewrite even when the content hash is unchanged. */
  force?: boolean;
  ingestedAt?: string;
}

export interface IngestSummary {
  documentId: string;
  source: string;
  /** added: new document; replaced: a changed version; skipped: same content already stored. */
  status: 'added' | 'replaced' | 'skipped';
  nodesAdded: number;
  edgesAdded: number;
  /** Existing nodes (from other documents) this document now also supports: cross-document merges. */
  nodesMerged: number;
  nodesRemoved: number;
  edgesRemoved: number;
  /** Merge records written (different names resolved to one node). */
  merges: number;
}

/**
 * Ingest one extraction.
 * @throws InvalidInputError when the extraction fails its schema; StoreError on store failure.
 */
export async function ingestExtraction(store: GraphStore, extraction: Extraction, options: IngestExtractionOptions): Promise<IngestSummary> {
  const parsed = ExtractionSchema.safeParse(extraction);
  if (!parsed.success) {
    throw new InvalidInputError(`graph.ingestExtraction: ${extraction?.document?.source ?? 'extraction'}: invalid extraction`, { details: parsed.error.issues });
  }
  const ex = parsed.data;
  const source = options.source ?? ex.document.source;
  const existing = await store.getDocument(ex.document.id);
  if (existing && existing.contentHash === options.contentHash && !options.force) {
    return { documentId: ex.document.id, source, status: 'skipped', nodesAdded: 0, edgesAdded: 0, nodesMerged: 0, nodesRemoved: 0, edgesRemoved: 0, merges: 0 };
  }
  const write = await resolveExtraction(store, ex, { ...options, source });
  const r: ReplaceResult = await store.replaceDocument(write);
  return {
    documentId: r.documentId, source, status: existing ? 'replaced' : 'added',
    nodesAdded: r.nodesAdded, edgesAdded: r.edgesAdded, nodesMerged: r.nodesUpdated, nodesRemoved: r.nodesRemoved, edgesRemoved: r.edgesRemoved,
    merges: write.merges?.length ?? 0,
  };
}

/**
 * Re-run resolution for every stored document that kept its extraction (e.g. after editing the
 * aliases file). Documents are rewritten one transaction each, in id order.
 */
export async function reresolveDocuments(store: GraphStore, aliases: AliasRules | undefined): Promise<IngestSummary[]> {
  const out: IngestSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listDocuments({ limit: 100, cursor });
    for (const doc of page.items) {
      const ex = ExtractionSchema.safeParse(await store.getDocumentExtraction(doc.id));
      const text = await store.getDocumentText(doc.id);
      if (!ex.success || text === null) continue;
      out.push(await ingestExtraction(store, ex.data, { text, contentHash: doc.contentHash, source: doc.source, aliases, force: true, ingestedAt: doc.ingestedAt }));
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}
