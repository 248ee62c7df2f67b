// Query and response schemas of the entity resources: search, lists and the profiles of people,
// organizations, events, sources and topics.
import { z } from 'zod';
import { SessionRoleSchema } from '../../src/extraction.js';
import { LinkCheckSchema, LinkStatusSchema, LinkVerdictSchema, LINK_TRENDS } from '../../src/link-check.js';
import { KindParamSchema, NodeSummarySchema, PageQuerySchema, ProvenanceViewSchema, pageOf } from './common.js';

export const SearchQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().min(1).max(200).describe('Name, alias, acronym or title (case, punctuation and honorifics ignored)'),
  kind: KindParamSchema.optional().describe('Restrict to one node kind'),
});
export const SearchHitSchema = z.object({ node: NodeSummarySchema, matched: z.string(), score: z.number() });
export const SearchResponseSchema = pageOf(SearchHitSchema);

export const ListQuerySchema = PageQuerySchema;
export const NodeListSchema = pageOf(NodeSummarySchema);

export const DocumentRefSchema = z.object({
  id: z.string(), source: z.string(), title: z.string().nullable(), date: z.string().nullable(),
});

const Node = NodeSummarySchema;
const Prov = z.array(ProvenanceViewSchema);
/** Sections cut at their limit (200 edges, 100 speakers): a very connected node lists only the first ones. */
const Truncated = z.array(z.string()).describe('Names of the sections that list only the first of more items');

export const PersonProfileSchema = z.object({
  node: Node,
  /** `partOf`: the organization the affiliated one is a unit of, when known. */
  affiliations: z.array(z.object({ organization: Node, partOf: Node.nullable(), role: z.string().nullable(), current: z.boolean(), provenance: Prov })),
  sessions: z.array(z.object({ event: Node, role: SessionRoleSchema, tentative: z.boolean(), partOf: Node.nullable(), provenance: Prov })),
  topics: z.array(Node),
  authored: z.array(Node),
  documents: z.array(DocumentRefSchema),
  provenance: Prov,
  truncated: Truncated,
});

export const OrganizationProfileSchema = z.object({
  node: Node,
  people: z.array(z.object({ person: Node, role: z.string().nullable(), current: z.boolean() })),
  /** People of its sub-units (two levels down), with the unit. */
  unitPeople: z.array(z.object({ person: Node, unit: Node, role: z.string().nullable(), current: z.boolean() })),
  parent: Node.nullable(),
  subUnits: z.array(Node),
  eventsConvened: z.array(Node),
  sourcesPublished: z.array(Node),
  topics: z.array(Node),
  /** The same topics with who (its own or its units' people) spoke on each, and in how many sessions. */
  speakerTopics: z.array(z.object({
    topic: Node, sessions: z.number().int(), speakers: z.array(Node).describe('The first 25'), speakerCount: z.number().int(),
  })),
  documents: z.array(DocumentRefSchema),
  provenance: Prov,
  truncated: Truncated,
});

export const CitationViewSchema = z.object({
  source: Node, marker: z.string(), context: z.string().nullable(), provenance: Prov,
});

export const EventProfileSchema = z.object({
  node: Node,
  partOf: Node.nullable(),
  sessions: z.array(Node),
  participants: z.array(z.object({ person: Node, role: SessionRoleSchema, tentative: z.boolean(), organizations: z.array(Node) })),
  /** For a conference: who took part in its sessions, most sessions first. */
  sessionParticipants: z.array(z.object({ person: Node, sessions: z.number().int() })),
  convenors: z.array(Node),
  /** For a session with no convenor of its own: its conference's convenors. */
  conferenceConvenors: z.array(Node),
  topics: z.array(Node),
  citations: z.array(CitationViewSchema),
  documents: z.array(DocumentRefSchema),
  provenance: Prov,
  truncated: Truncated,
});

export const LinkTrendSchema = z.enum(LINK_TRENDS);
/** The state of one URL: its newest check (or "unchecked"), trend, last alive time, archived copy. */
export const LinkStateSchema = z.object({
  url: z.string(),
  host: z.string(),
  status: z.union([LinkStatusSchema, z.literal('unchecked')]),
  verdict: z.union([LinkVerdictSchema, z.literal('unchecked')]),
  trend: LinkTrendSchema,
  httpStatus: z.number().int().nullable(),
  finalUrl: z.string().nullable(),
  checkedAt: z.string().nullable(),
  lastAliveAt: z.string().nullable(),
  failingSince: z.string().nullable(),
  checkCount: z.number().int(),
  archived: z.object({ url: z.string(), timestamp: z.string() }).nullable(),
});

export const SourceProfileSchema = z.object({
  node: Node,
  citedBy: z.array(z.object({
    citer: Node,
    document: DocumentRefSchema.nullable(),
    marker: z.string(),
    context: z.string().nullable().describe('The citing sentence'),
    provenance: Prov,
  })),
  publishers: z.array(Node),
  authors: z.array(Node),
  topics: z.array(Node),
  links: z.array(LinkStateSchema.extend({ history: z.array(LinkCheckSchema) })),
  provenance: Prov,
  truncated: Truncated.describe('citedBy: more than the 100 citations listed'),
});

export const TopicProfileSchema = z.object({
  node: Node,
  events: z.array(Node),
  sources: z.array(Node),
  /** Most sessions on the topic first. */
  speakers: z.array(z.object({ person: Node, organizations: z.array(Node), sessions: z.number().int().describe('Sessions on the topic') })),
  organizations: z.array(z.object({ organization: Node, people: z.number().int() })),
  documents: z.array(DocumentRefSchema).describe('Documents about the topic'),
  /** Sources cited by the documents and sessions about the topic, by how many of them cite each (top 30). */
  citedSources: z.array(z.object({ source: Node, citers: z.number().int() })),
  truncated: Truncated,
});

export const CoCitedQuerySchema = PageQuerySchema;
export const CoCitedResponseSchema = pageOf(z.object({
  source: Node,
  count: z.number().int().describe('Documents or sessions citing both'),
  citers: z.array(Node),
}));
