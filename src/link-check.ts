// The link-check record: a broken link is data, not an exception.
// Status is what happened (one of a closed vocabulary); verdict is what it means for the citation.
import { z } from 'zod';

export const LINK_STATUSES = [
  'ok', 'redirected', 'soft-404', 'parked', 'content-drift', 'not-found', 'gone', 'forbidden',
  'rate-limited', 'server-error', 'timeout', 'dns-error', 'connection-error', 'tls-error',
  'redirect-loop', 'too-many-redirects', 'invalid-url', 'unsupported-scheme', 'blocked',
] as const;
export const LinkStatusSchema = z.enum(LINK_STATUSES);
export type LinkStatus = z.infer<typeof LinkStatusSchema>;

export const LINK_VERDICTS = ['alive', 'moved', 'dead', 'soft-dead', 'inconclusive', 'skipped'] as const;
export const LinkVerdictSchema = z.enum(LINK_VERDICTS);
export type LinkVerdict = z.infer<typeof LinkVerdictSchema>;

export const LinkCheckSchema = z.object({
  url: z.string(),
  status: LinkStatusSchema,
  verdict: LinkVerdictSchema,
  httpStatus: z.number().int().nullable(),
  finalUrl: z.string().nullable(),
  redirects: z.array(z.object({ url: z.string(), status: z.number().int() })),
  attempts: z.number().int(),
  durationMs: z.number(),
  /** ISO timestamp. */
  checkedAt: z.string(),
  contentType: z.string().nullable(),
  title: z.string().nullable(),
  error: z.string().nullable(),
  archived: z.object({ url: z.string(), timestamp: z.string() }).nullable(),
});
export type LinkCheck = z.infer<typeof LinkCheckSchema>;

/** Trend over stored history of one URL. */
export const LINK_TRENDS = ['healthy', 'newly-failing', 'intermittent', 'persistently-dead', 'unchecked'] as const;
export type LinkTrend = (typeof LINK_TRENDS)[number];
