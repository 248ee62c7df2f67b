// TypeScript types of the API's response bodies, inferred from their zod schemas; the explorer
// pages render the same objects the JSON API returns.
import type { z } from 'zod';
import type {
  CoCitedResponseSchema, EventProfileSchema, LinkStateSchema, NodeListSchema, OrganizationProfileSchema,
  PersonProfileSchema, SearchResponseSchema, SourceProfileSchema, TopicProfileSchema, DocumentRefSchema,
} from './entities.js';
import type { GraphResponseSchema, PathsResponseSchema, StatsResponseSchema } from './graph.js';
import type { LinkCheckJobSchema, LinkCountsSchema, LinkReportRowSchema, LinksResponseSchema } from './links.js';
import type { DocumentResponseSchema, IngestResponseSchema } from './documents.js';

export type SearchResponse = z.infer<typeof SearchResponseSchema>;
export type NodeList = z.infer<typeof NodeListSchema>;
export type PersonProfile = z.infer<typeof PersonProfileSchema>;
export type OrganizationProfile = z.infer<typeof OrganizationProfileSchema>;
export type EventProfile = z.infer<typeof EventProfileSchema>;
export type SourceProfile = z.infer<typeof SourceProfileSchema>;
export type TopicProfile = z.infer<typeof TopicProfileSchema>;
export type CoCitedResponse = z.infer<typeof CoCitedResponseSchema>;
export type LinkState = z.infer<typeof LinkStateSchema>;
export type DocumentRef = z.infer<typeof DocumentRefSchema>;
export type GraphResponse = z.infer<typeof GraphResponseSchema>;
export type PathsResponse = z.infer<typeof PathsResponseSchema>;
export type StatsResponse = z.infer<typeof StatsResponseSchema>;
export type LinksResponse = z.infer<typeof LinksResponseSchema>;
export type LinkReportRow = z.infer<typeof LinkReportRowSchema>;
export type LinkCounts = z.infer<typeof LinkCountsSchema>;
export type LinkCheckJob = z.infer<typeof LinkCheckJobSchema>;
export type DocumentResponse = z.infer<typeof DocumentResponseSchema>;
export type IngestResponse = z.infer<typeof IngestResponseSchema>;
