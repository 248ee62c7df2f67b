// The graph model: node and edge kinds with their properties, as zod schemas.
// One source of truth for both stores, the query layer, the API and the exports.
import { z } from 'zod';
import { ProvenanceSchema, SessionRoleSchema } from './extraction.js';

export const NODE_KINDS = ['Document', 'Event', 'Person', 'Organization', 'Source', 'WebResource', 'Topic'] as const;
export const NodeKindSchema = z.enum(NODE_KINDS);
export type NodeKind = z.infer<typeof NodeKindSchema>;

export const EDGE_KINDS = [
  'PARTICIPATED_IN', 'AFFILIATED_WITH', 'PART_OF', 'CONVENED', 'CITES', 'PUBLISHED_BY',
  'AUTHORED_BY', 'AVAILABLE_AT', 'ABOUT', 'MENTIONS',
] as const;
export const EdgeKindSchema = z.enum(EDGE_KINDS);
export type EdgeKind = z.infer<typeof EdgeKindSchema>;

/** Provenance on the graph: where in which document a node or edge is supported. */
export const GraphProvenanceSchema = ProvenanceSchema;
export type GraphProvenance = z.infer<typeof GraphProvenanceSchema>;

export const DocumentPropsSchema = z.object({
  source: z.string(), mediaType: z.string(), title: z.string().nullable(), date: z.string().nullable(),
  contentHash: z.string(), ingestedAt: z.string(),
});
export const EventPropsSchema = z.object({
  title: z.string(), eventKind: z.enum(['conference', 'session']), date: z.string().nullable(),
  startTime: z.string().nullable(), endTime: z.string().nullable(), timezone: z.string().nullable(),
  platform: z.string().nullable(), registrationUrl: z.string().nullable(),
});
export const PersonPropsSchema = z.object({
  name: z.string(), honorifics: z.array(z.string()), aliases: z.array(z.string()), roles: z.array(z.string()),
  location: z.string().nullable(),
});
export const OrganizationPropsSchema = z.object({
  name: z.string(), acronym: z.string().nullable(), aliases: z.array(z.string()),
});
export const SourcePropsSchema = z.object({
  title: z.string().nullable(), year: z.number().int().nullable(), date: z.string().nullable(),
  url: z.string().nullable(), issuer: z.string().nullable(), authors: z.array(z.string()),
});
export const WebResourcePropsSchema = z.object({ url: z.string(), host: z.string() });
export const TopicPropsSchema = z.object({ label: z.string() });

export const NODE_PROPS = {
  Document: DocumentPropsSchema,
  Event: EventPropsSchema,
  Person: PersonPropsSchema,
  Organization: OrganizationPropsSchema,
  Source: SourcePropsSchema,
  WebResource: WebResourcePropsSchema,
  Topic: TopicPropsSchema,
} as const satisfies Record<NodeKind, z.ZodTypeAny>;

export const PARTICIPATED_IN_PROPS = z.object({ role: SessionRoleSchema, tentative: z.boolean().optional() });
export const AFFILIATED_WITH_PROPS = z.object({ role: z.string().nullable(), current: z.boolean() });
export const CITES_PROPS = z.object({ marker: z.string(), context: z.string().nullable() });
export const EMPTY_PROPS = z.object({});

export const EDGE_PROPS = {
  PARTICIPATED_IN: PARTICIPATED_IN_PROPS,
  AFFILIATED_WITH: AFFILIATED_WITH_PROPS,
  PART_OF: EMPTY_PROPS,
  CONVENED: EMPTY_PROPS,
  CITES: CITES_PROPS,
  PUBLISHED_BY: EMPTY_PROPS,
  AUTHORED_BY: EMPTY_PROPS,
  AVAILABLE_AT: EMPTY_PROPS,
  ABOUT: z.object({ score: z.number().optional() }),
  MENTIONS: EMPTY_PROPS,
} as const satisfies Record<EdgeKind, z.ZodTypeAny>;

/** Which node kinds each edge kind connects (source -> target). */
export const EDGE_ENDPOINTS: Record<EdgeKind, { from: readonly NodeKind[]; to: readonly NodeKind[] }> = {
  PARTICIPATED_IN: { from: ['Person'], to: ['Event'] },
  AFFILIATED_WITH: { from: ['Person'], to: ['Organization'] },
  PART_OF: { from: ['Organization', 'Event'], to: ['Organization', 'Event'] },
  CONVENED: { from: ['Organization'], to: ['Event'] },
  CITES: { from: ['Document', 'Event'], to: ['Source'] },
  PUBLISHED_BY: { from: ['Source'], to: ['Organization'] },
  AUTHORED_BY: { from: ['Source'], to: ['Person'] },
  AVAILABLE_AT: { from: ['Source'], to: ['WebResource'] },
  ABOUT: { from: ['Event', 'Source', 'Document'], to: ['Topic'] },
  MENTIONS: { from: ['Document'], to: NODE_KINDS },
};

export const NodeRecordSchema = z.object({
  key: z.string(),
  kind: NodeKindSchema,
  /** Display label (name, title, URL). */
  label: z.string(),
  props: z.record(z.string(), z.unknown()),
  provenance: z.array(GraphProvenanceSchema),
});
export type NodeRecord = z.infer<typeof NodeRecordSchema>;

export const EdgeRecordSchema = z.object({
  key: z.string(),
  kind: EdgeKindSchema,
  from: z.string(),
  to: z.string(),
  props: z.record(z.string(), z.unknown()),
  provenance: z.array(GraphProvenanceSchema),
});
export type EdgeRecord = z.infer<typeof EdgeRecordSchema>;
