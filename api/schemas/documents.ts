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
  nodesAdded: z.number().int(),
  edgesAdded: z.number().int(),
  nodesUpdated: z.number().int(),
  edgesUpdated: z.number().int(),
  nodesRemoved: z.number().int(),
  edgesRemoved: z.number().int(),
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
