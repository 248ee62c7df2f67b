// Shared zod schemas of the HTTP API: pagination, node summaries, provenance views and the error body.
// Node and link vocabularies come from the kernel (src/graph-model.ts, src/link-check.ts).
import { z } from 'zod';
import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT } from '../../src/defaults.js';
import { NODE_KINDS, NodeKindSchema } from '../../src/graph-model.js';

/** `limit` (1..100) and an opaque `cursor`. */
export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_LIMIT).default(DEFAULT_PAGE_LIMIT)
    .describe(`Page size, at most ${MAX_PAGE_LIMIT}`),
  cursor: z.string().min(1).max(1000).optional().describe('Opaque cursor from a previous page (`nextCursor`)'),
});

const LOWER_KINDS = Object.fromEntries(NODE_KINDS.map((k) => [k.toLowerCase(), k])) as Record<string, (typeof NODE_KINDS)[number]>;
/** A node kind, as written in the model ("Person") or in lower case ("person"). */
export const KindParamSchema = z.enum([...NODE_KINDS, ...NODE_KINDS.map((k) => k.toLowerCase())] as [string, ...string[]])
  .transform((k) => LOWER_KINDS[k.toLowerCase()]);

/** A node key as stored (`person:…`, `org:…`); path parameters carry it URL-encoded. */
export const NodeKeySchema = z.string().min(1).max(1000);
export const IdParamsSchema = z.object({ id: NodeKeySchema.describe('Node key (URL-encoded)') });

export const NodeSummarySchema = z.object({
  key: z.string(),
  kind: NodeKindSchema,
  label: z.string(),
  props: z.record(z.string(), z.unknown()),
});
export type NodeSummaryView = z.infer<typeof NodeSummarySchema>;

/** "Where does it say this?": a provenance entry with the quoted document span. */
export const ProvenanceViewSchema = z.object({
  documentId: z.string(),
  documentTitle: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
  line: z.number().int(),
  page: z.number().int().optional(),
  extractor: z.string(),
  /** The document text of the span (clipped), null when the text is not stored. */
  quote: z.string().nullable(),
  /** The rest of the line(s) around the span, so the quote reads in context. */
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type ProvenanceView = z.infer<typeof ProvenanceViewSchema>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string().describe('Stable error code, e.g. CG_INVALID_INPUT, CG_NOT_FOUND'),
    message: z.string(),
    details: z.unknown().describe('For CG_INVALID_INPUT: the zod issues; null when the error has none'),
  }),
});
