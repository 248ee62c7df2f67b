// Schemas of document ingestion over HTTP (POST /api/v1/documents) and of document reads.
import { z } from 'zod';
import { PageQuerySchema, pageOf } from './common.js';
import { DocumentRefSchema } from './entities.js';

export const IngestUrlBodySchema = z.object({
  url: z.string().url().max(2000).refine((u) => /^https?:\/\//i.test(u), 'only http(s) URLs'),
}).strict();

export const IngestResponseSchema = z.object({
  document: DocumentRefSchema,
  /** True when the same content was already stored (nothing changed). */
  unchanged: z.boolean(),
  /** added: a new document; replaced: a changed version of a stored source; skipped: same content. */
  status: z.enum(['added', 'replaced', 'skipped']),
  nodesAdded: z.number().int(),
  edgesAdded: z.number().int(),
  /** Existing nodes this document now also supports (cross-document merges). */
  nodesMerged: z.number().int(),
  nodesRemoved: z.number().int(),
  edgesRemoved: z.number().int(),
  merges: z.number().int(),
  warnings: z.array(z.string()),
});

export const DocumentListQuerySchema = PageQuerySchema;
export const DocumentListSchema = pageOf(DocumentRefSchema);
export const DocumentResponseSchema = DocumentRefSchema.extend({
  mediaType: z.string(),
  contentHash: z.string(),
  ingestedAt: z.string(),
  text: z.string().nullable(),
});
