// The catalogue of API operations: path, method and the zod schemas of each. Routes validate with
// the same schemas; api/openapi.ts turns this list into the OpenAPI document.
import { z } from 'zod';
import { IdParamsSchema } from './common.js';
import {
  CoCitedQuerySchema, CoCitedResponseSchema, EventProfileSchema, ListQuerySchema, NodeListSchema,
  OrganizationProfileSchema, PersonProfileSchema, SearchQuerySchema, SearchResponseSchema,
  SourceProfileSchema, TopicProfileSchema,
} from './entities.js';
import { GraphQuerySchema, GraphResponseSchema, PathsQuerySchema, PathsResponseSchema, StatsResponseSchema } from './graph.js';
import { JobParamsSchema, LinkCheckBodySchema, LinkCheckJobSchema, LinksQuerySchema, LinksResponseSchema } from './links.js';
import { DocumentListQuerySchema, DocumentListSchema, DocumentResponseSchema, IngestResponseSchema, IngestUrlBodySchema } from './documents.js';

export interface Operation {
  id: string;
  method: 'get' | 'post';
  /** Express-style path under /api/v1. */
  path: string;
  tag: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  multipart?: boolean;
  response: z.ZodType;
  responseDescription?: string;
  status?: number;
  auth?: boolean;
  csv?: boolean;
}

const list = (id: string, path: string, tag: string, what: string): Operation => ({
  id, method: 'get', path, tag, summary: `List ${what}, ordered by name`, query: ListQuerySchema, response: NodeListSchema,
});

export const OPERATIONS: readonly Operation[] = [
  { id: 'search', method: 'get', path: '/search', tag: 'search', summary: 'Search entities by name, alias or acronym', query: SearchQuerySchema, response: SearchResponseSchema },
  list('listPeople', '/people', 'people', 'people'),
  { id: 'getPerson', method: 'get', path: '/people/:id', tag: 'people', summary: 'A person: affiliations (current and former), sessions with roles, topics, documents, provenance', params: IdParamsSchema, response: PersonProfileSchema },
  list('listOrganizations', '/organizations', 'organizations', 'organizations'),
  { id: 'getOrganization', method: 'get', path: '/organizations/:id', tag: 'organizations', summary: 'An organization: people (its own and its units\'), sub-units, parent, events convened, sources published, topics its people speak on; `truncated` names sections cut at their limit', params: IdParamsSchema, response: OrganizationProfileSchema },
  list('listEvents', '/events', 'events', 'events (conferences and sessions)'),
  { id: 'getEvent', method: 'get', path: '/events/:id', tag: 'events', summary: 'An event: conference, sessions (schedule order), participants with roles and organizations, a conference\'s session participants, convenors, citations', params: IdParamsSchema, response: EventProfileSchema },
  list('listSources', '/sources', 'sources', 'cited sources'),
  { id: 'getSource', method: 'get', path: '/sources/:id', tag: 'sources', summary: 'A cited source: who cites it (with the citing sentence), link status and history, archived copy', params: IdParamsSchema, response: SourceProfileSchema },
  { id: 'getCoCited', method: 'get', path: '/sources/:id/co-cited', tag: 'sources', summary: 'Sources cited together with this one', params: IdParamsSchema, query: CoCitedQuerySchema, response: CoCitedResponseSchema },
  list('listTopics', '/topics', 'topics', 'topics'),
  { id: 'getTopic', method: 'get', path: '/topics/:id', tag: 'topics', summary: 'A topic: events, documents, speakers (with their sessions on it) and their organizations, the sources cited on it', params: IdParamsSchema, response: TopicProfileSchema },
  { id: 'getPaths', method: 'get', path: '/paths', tag: 'graph', summary: 'Shortest path between two entities (bounded hops)', query: PathsQuerySchema, response: PathsResponseSchema },
  { id: 'getGraph', method: 'get', path: '/graph', tag: 'graph', summary: 'Neighbourhood subgraph of an entity with a layout, for drawing', query: GraphQuerySchema, response: GraphResponseSchema },
  { id: 'getLinks', method: 'get', path: '/links', tag: 'links', summary: 'Link-rot report: newest status per cited URL, filterable; CSV with format=csv', query: LinksQuerySchema, response: LinksResponseSchema, csv: true },
  { id: 'startLinkCheck', method: 'post', path: '/links/check', tag: 'links', summary: 'Start a link check (SSRF guard on); poll the returned job', body: LinkCheckBodySchema, response: LinkCheckJobSchema, status: 202, auth: true },
  { id: 'getLinkCheck', method: 'get', path: '/links/check/:id', tag: 'links', summary: 'Progress of a link check job', params: JobParamsSchema, response: LinkCheckJobSchema },
  { id: 'listDocuments', method: 'get', path: '/documents', tag: 'documents', summary: 'Ingested documents', query: DocumentListQuerySchema, response: DocumentListSchema },
  { id: 'getDocument', method: 'get', path: '/documents/:id', tag: 'documents', summary: 'One document with its text (provenance spans index into it)', params: IdParamsSchema, response: DocumentResponseSchema },
  { id: 'ingestDocument', method: 'post', path: '/documents', tag: 'documents', summary: 'Ingest a document: multipart upload (field "file") or JSON {url}', body: IngestUrlBodySchema, multipart: true, response: IngestResponseSchema, status: 201, auth: true },
  { id: 'getStats', method: 'get', path: '/stats', tag: 'stats', summary: 'Counts per node and edge kind, documents, merges, link checks', response: StatsResponseSchema },
  { id: 'getOpenApi', method: 'get', path: '/openapi.json', tag: 'meta', summary: 'This OpenAPI 3.1 document', response: z.record(z.string(), z.unknown()) },
];
