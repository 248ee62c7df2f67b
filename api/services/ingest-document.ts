// Ingest over HTTP: bytes (an upload) or a URL -> loadDocument -> extractDocument -> ingestExtraction.
// A URL fetched on behalf of an API caller goes through the same SSRF guard as API link checks.
import { basename, join } from 'node:path';
import { ingestExtraction } from '../../graph/ingest-extraction.js';
import { ALIAS_FILE_NAME, loadAliasFile } from '../../graph/resolve/alias-file.js';
import { loadDocument, loadDocumentBytes } from '../../ingest/load-document.js';
import { createCheckAgent } from '../../ingest/linkcheck/agent.js';
import { BLOCKED_CODE, preflightBlocked } from '../../ingest/linkcheck/ssrf.js';
import { extractDocument } from '../../ingest/pipeline.js';
import { DEFAULT_FETCH_TIMEOUT_MS } from '../../src/defaults.js';
import type { LoadedDocument } from '../../src/document.js';
import { ForbiddenError, InvalidInputError } from '../../src/errors.js';
import type { IngestResponse } from '../schemas/views.js';
import type { RouteContext } from '../routes/context.js';

/** The source name of an upload: the file's base name, cleaned, under `upload:` (re-uploading replaces). */
export function uploadSource(fileName: string): string {
  const name = basename(fileName.replace(/\\/g, '/')).replace(/[^\w.\- ()]+/g, '_').slice(0, 200) || 'upload';
  return `upload:${name}`;
}

export async function ingestUpload(ctx: RouteContext, bytes: Buffer, fileName: string, mediaType: string | undefined): Promise<IngestResponse> {
  const source = uploadSource(fileName);
  const hint = { name: fileName, ...(mediaType && mediaType !== 'application/octet-stream' ? { mediaType } : {}) };
  const doc = await loadDocumentBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), source, hint);
  return ingestLoaded(ctx, doc);
}

export async function ingestUrl(ctx: RouteContext, url: string): Promise<IngestResponse> {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    throw new InvalidInputError(`api.documents: not a URL: ${url}`);
  }
  const allowPrivate = ctx.config.allowPrivateLinkTargets;
  // IP literals never reach the guarded DNS lookup, so they are checked here.
  const blocked = allowPrivate ? null : await preflightBlocked(host, null, false);
  if (blocked) throw new ForbiddenError(`api.documents: ${url}: refusing to fetch from a private address (${blocked})`);
  const agent = createCheckAgent({ connectTimeoutMs: DEFAULT_FETCH_TIMEOUT_MS, allowPrivate, keepAliveTimeoutMs: 10 });
  try {
    const doc = await loadDocument(url, { dispatcher: agent, maxBytes: ctx.config.maxDocumentBytes });
    return await ingestLoaded(ctx, doc);
  } catch (err) {
    if (hasBlockedCause(err)) throw new ForbiddenError(`api.documents: ${url}: refusing to fetch from a private address`, { cause: err });
    throw err;
  } finally {
    await agent.close();
  }
}

/** The SSRF guard's refusal may arrive wrapped (FetchError -> undici error -> BlockedAddressError). */
function hasBlockedCause(err: unknown): boolean {
  for (let e = err, i = 0; e && i < 6; e = (e as { cause?: unknown }).cause, i++) {
    if ((e as { code?: unknown }).code === BLOCKED_CODE) return true;
    if (/\(blocked\)/.test(String((e as { message?: unknown }).message ?? ''))) return true;
  }
  return false;
}

async function ingestLoaded(ctx: RouteContext, doc: LoadedDocument): Promise<IngestResponse> {
  const extraction = extractDocument(doc);
  const aliases = ctx.config.neo4j ? undefined : await loadAliasFile(join(ctx.config.storeDir, ALIAS_FILE_NAME), { optional: true });
  const summary = await ingestExtraction(ctx.store, extraction, {
    text: doc.text, contentHash: doc.contentHash, source: doc.source, ...(aliases ? { aliases } : {}),
  });
  const stored = await ctx.store.getDocument(summary.documentId);
  return {
    document: { id: summary.documentId, source: summary.source, title: stored?.title ?? doc.title ?? null, date: stored?.date ?? null },
    unchanged: summary.status === 'skipped',
    status: summary.status,
    nodesAdded: summary.nodesAdded,
    edgesAdded: summary.edgesAdded,
    nodesMerged: summary.nodesMerged,
    nodesRemoved: summary.nodesRemoved,
    edgesRemoved: summary.edgesRemoved,
    merges: summary.merges,
    warnings: [...doc.warnings, ...extraction.warnings],
  };
}
