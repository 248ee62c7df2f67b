// The extraction output contract (`citegraph extract --format json`), as zod schemas.
// One source of truth for the extractor, the graph loader and the API.
import { z } from 'zod';

export const ProvenanceSchema = z.object({
  documentId: z.string(),
  /** Character offsets into the document text, end exclusive. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** 1-based line of `start`. */
  line: z.number().int().positive(),
  page: z.number().int().positive().optional(),
  extractor: z.string(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

export const SESSION_ROLES = ['opening', 'speaker', 'moderator', 'presenter', 'discussant', 'closing', 'keynote', 'author'] as const;
export const SessionRoleSchema = z.enum(SESSION_ROLES);
export type SessionRole = z.infer<typeof SessionRoleSchema>;

export const AffiliationSchema = z.object({
  organization: z.string(),
  role: z.string().nullable(),
  current: z.boolean(),
});
export type Affiliation = z.infer<typeof AffiliationSchema>;

export const ParticipationSchema = z.object({
  /** Id of a session in the same extraction. */
  session: z.string(),
  role: SessionRoleSchema,
  tentative: z.boolean().optional(),
});

export const PersonSchema = z.object({
  id: z.string(),
  name: z.string(),
  honorific: z.string().nullable(),
  roles: z.array(z.string()),
  affiliations: z.array(AffiliationSchema),
  location: z.string().nullable(),
  participation: z.array(ParticipationSchema),
  provenance: z.array(ProvenanceSchema),
});
export type Person = z.infer<typeof PersonSchema>;

export const OrganizationSchema = z.object({
  id: z.string(),
  name: z.string(),
  acronym: z.string().nullable(),
  aliases: z.array(z.string()),
  /** Name of the parent organization (as it appears in `organizations`). */
  parent: z.string().nullable(),
  provenance: z.array(ProvenanceSchema),
});
export type Organization = z.infer<typeof OrganizationSchema>;

export const SESSION_KINDS = ['conference', 'session'] as const;
export const SessionSchema = z.object({
  id: z.string(),
  kind: z.enum(SESSION_KINDS),
  title: z.string(),
  /** ISO date YYYY-MM-DD. */
  date: z.string().nullable(),
  endDate: z.string().nullable().optional(),
  /** HH:MM, 24h. */
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  /** As stated: "Vienna time, GMT+2" -> "GMT+2" with the label kept in timezoneLabel. */
  timezone: z.string().nullable(),
  timezoneLabel: z.string().nullable().optional(),
  convenors: z.array(z.string()),
  platform: z.string().nullable(),
  location: z.string().nullable().optional(),
  registrationUrl: z.string().nullable(),
  topics: z.array(z.string()),
  /** Id of the conference session this one is part of. */
  partOf: z.string().nullable().optional(),
  provenance: z.array(ProvenanceSchema),
});
export type Session = z.infer<typeof SessionSchema>;

export const CitationSchema = z.object({
  id: z.string(),
  marker: z.string(),
  issuer: z.string().nullable(),
  authors: z.array(z.string()),
  year: z.number().int().nullable(),
  date: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  /** Id of the session whose text cites it. */
  session: z.string().nullable(),
  /** The citing sentence. */
  context: z.string().nullable(),
  /** The full note text. */
  note: z.string().optional(),
  provenance: z.array(ProvenanceSchema),
});
export type Citation = z.infer<typeof CitationSchema>;

export const URL_KINDS = ['citation', 'registration', 'other'] as const;
export const UrlSchema = z.object({
  url: z.string(),
  kind: z.enum(URL_KINDS),
  provenance: z.array(ProvenanceSchema),
});
export type ExtractedUrl = z.infer<typeof UrlSchema>;

export const TopicSchema = z.object({ label: z.string(), score: z.number() });
export const AcronymSchema = z.object({ short: z.string(), long: z.string() });

export const DocumentInfoSchema = z.object({
  id: z.string(),
  source: z.string(),
  mediaType: z.string(),
  title: z.string().nullable(),
  date: z.string().nullable(),
  contentHash: z.string().optional(),
});

export const ExtractionSchema = z.object({
  document: DocumentInfoSchema,
  people: z.array(PersonSchema),
  organizations: z.array(OrganizationSchema),
  sessions: z.array(SessionSchema),
  citations: z.array(CitationSchema),
  urls: z.array(UrlSchema),
  topics: z.array(TopicSchema),
  acronyms: z.array(AcronymSchema),
  warnings: z.array(z.string()),
});
export type Extraction = z.infer<typeof ExtractionSchema>;
