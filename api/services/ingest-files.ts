// Ingest local files into a store (used by `citegraph demo` and the API tests): each file is loaded,
// extracted and written in its own transaction; a bad file is reported and skipped.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ingestExtraction, type IngestSummary } from '../../graph/ingest-extraction.js';
import type { GraphStore } from '../../graph/store.js';
import { loadDocument } from '../../ingest/load-document.js';
import { extractDocument } from '../../ingest/pipeline.js';
import { describeError } from '../../src/errors.js';

export interface IngestFilesResult {
  summaries: IngestSummary[];
  failures: Array<{ path: string; error: string }>;
}

/** Every regular file of a directory (not recursive, dot files skipped), sorted by name. */
export async function listDocumentFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => join(dir, e.name)).sort();
}

export async function ingestFiles(store: GraphStore, paths: readonly string[]): Promise<IngestFilesResult> {
  const summaries: IngestSummary[] = [];
  const failures: IngestFilesResult['failures'] = [];
  for (const path of paths) {
    try {
      const doc = await loadDocument(path);
      const extraction = extractDocument(doc);
      summaries.push(await ingestExtraction(store, extraction, { text: doc.text, contentHash: doc.contentHash, source: doc.source }));
    } catch (err) {
      failures.push({ path, error: describeError(err) });
    }
  }
  return { summaries, failures };
}
