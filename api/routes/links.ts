// /api/v1/links: the link-rot report as JSON (paginated, with counts) or, with format=csv or
// Accept: text/csv, the whole filtered report as a CSV download.
import { Router, type Response } from 'express';
import type { GraphStore } from '../../graph/store.js';
import { csvRow } from '../http/csv.js';
import { parseInput } from '../http/parse-input.js';
import { LinksQuerySchema } from '../schemas/links.js';
import { linkReportPage, linkReportView, type LinkReportFilter } from '../services/link-views.js';
import type { RouteContext } from './context.js';

/** Rows in one CSV download at most. */
export const MAX_CSV_ROWS = 100_000;
const CSV_PAGE = 100;

const CSV_COLUMNS = [
  'url', 'host', 'verdict', 'status', 'trend', 'httpStatus', 'finalUrl', 'checkedAt', 'lastAliveAt', 'failingSince',
  'checkCount', 'archivedUrl', 'archivedTimestamp', 'sources', 'documents',
];

export async function writeLinksCsv(store: GraphStore, filter: LinkReportFilter, res: Response): Promise<void> {
  res.type('text/csv; charset=utf-8').attachment('citegraph-links.csv');
  const lines: string[] = [csvRow(CSV_COLUMNS)];
  let cursor: string | undefined;
  let rows = 0;
  do {
    const page = await linkReportPage(store, filter, CSV_PAGE, cursor);
    for (const r of page.items) {
      lines.push(csvRow([
        r.url, r.host, r.verdict, r.status, r.trend, r.httpStatus, r.finalUrl, r.checkedAt, r.lastAliveAt, r.failingSince,
        r.checkCount, r.archived?.url, r.archived?.timestamp, r.sources.map((s) => s.title ?? s.key), r.documents.map((d) => d.title ?? d.id),
      ]));
    }
    rows += page.items.length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor && rows < MAX_CSV_ROWS);
  // One body (not streamed) so the ETag and 304 work like every other read.
  res.send(lines.join(''));
}

export function linkRoutes(ctx: RouteContext): Router {
  const router = Router();
  router.get('/links', async (req, res) => {
    const q = parseInput(LinksQuerySchema, req.query, 'links.query');
    const filter: LinkReportFilter = { status: q.status, verdict: q.verdict, host: q.host, failing: q.failing };
    const wantsCsv = q.format === 'csv' || (q.format === undefined && req.accepts(['application/json', 'text/csv']) === 'text/csv');
    res.vary('Accept');
    if (wantsCsv) return writeLinksCsv(ctx.store, filter, res);
    res.json(await linkReportView(ctx.store, filter, q.limit, q.cursor));
  });
  return router;
}
