// Query and response schemas of the link-rot report and of starting a link check.
import { z } from 'zod';
import { LinkStatusSchema, LinkVerdictSchema, LINK_STATUSES, LINK_VERDICTS } from '../../src/link-check.js';
import { PageQuerySchema, pageOf } from './common.js';
import { LinkStateSchema } from './entities.js';

export const LinksQuerySchema = PageQuerySchema.extend({
  status: z.union([LinkStatusSchema, z.literal('unchecked')]).optional().describe('Newest status, or "unchecked"'),
  verdict: z.union([LinkVerdictSchema, z.literal('unchecked')]).optional().describe('Newest verdict, or "unchecked"'),
  // A pasted URL ('https://www.example.org/page') filters by its host.
  host: z.string().trim().toLowerCase().min(1).max(2000)
    .transform((h) => h.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '').replace(/:\d+$/, ''))
    .pipe(z.string().min(1).max(253)).optional().describe('Exact host (a URL is cut to its host)'),
  failing: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('Only dead and soft-dead links'),
  format: z.enum(['json', 'csv']).optional().describe('csv: the whole filtered report as CSV (also with Accept: text/csv)'),
});

export const LinkReportRowSchema = LinkStateSchema.extend({
  /** Sources available at this URL (title = the citation title). */
  sources: z.array(z.object({ key: z.string(), title: z.string().nullable() })),
  /** Documents citing or mentioning the URL. */
  documents: z.array(z.object({ id: z.string(), title: z.string().nullable() })),
});
export const LinkCountsSchema = z.object({
  total: z.number().int(),
  byVerdict: z.record(z.enum([...LINK_VERDICTS, 'unchecked']), z.number().int()),
  byStatus: z.record(z.enum([...LINK_STATUSES, 'unchecked']), z.number().int()),
});
export const LinksResponseSchema = pageOf(LinkReportRowSchema).extend({ counts: LinkCountsSchema });

export const LinkCheckBodySchema = z.object({
  urls: z.array(z.string().url().max(2000)).min(1).max(1000).optional()
    .describe('URLs to check; omitted: every URL in the store'),
}).strict();
export const LinkCheckJobSchema = z.object({
  id: z.string(),
  state: z.enum(['running', 'done', 'failed']),
  total: z.number().int(),
  checked: z.number().int(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  byVerdict: z.record(z.string(), z.number().int()),
  error: z.string().nullable(),
});
export const JobParamsSchema = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });
