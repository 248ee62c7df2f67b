// The link-rot report for the API, the dashboard and the CSV download: every cited URL with its
// newest check ("unchecked" when none), trend, last alive time and archived copy, filterable.
// Reads through the query module (graph/queries/links.ts, link-counts.ts).
import type { GraphStore } from '../../graph/store.js';
import { linkReport, linksWithStatus, linkStatus } from '../../graph/queries/links.js';
import { summarizeHistory } from '../../ingest/linkcheck/history.js';
import { InvalidInputError } from '../../src/errors.js';
import type { LinkStatus, LinkVerdict } from '../../src/link-check.js';
import { cachedLinkCounts } from './counts-cache.js';
import type { LinkReportRow, LinksResponse, LinkState, SourceProfile } from '../schemas/views.js';

export interface LinkReportFilter {
  status?: LinkStatus | 'unchecked';
  verdict?: LinkVerdict | 'unchecked';
  host?: string;
  /** Only dead and soft-dead. */
  failing?: boolean;
}

type Mode = 'all' | 'unchecked' | 'failing' | 'filtered';
/** Mode, phase (failing: dead then soft-dead), the store's cursor, and rows of that store page already shown. */
interface ReportCursor { m: Mode; p: number; c: string | null; s?: number }
/** Most store pages one request scans to fill a filtered page (bounds a filter that matches little). */
const MAX_SCAN_PAGES = 50;
/** Store page size while filtering here: whatever the page size asked, a scan reads up to 5 000 URLs. */
const SCAN_PAGE = 100;

function modeOf(f: LinkReportFilter): Mode {
  if (f.status === 'unchecked' || f.verdict === 'unchecked') return 'unchecked';
  if (f.failing) return 'failing';
  // A host alone filters the full list in place, so unchecked URLs of that host show too.
  return f.status || f.verdict ? 'filtered' : 'all';
}
function encode(c: ReportCursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}
function decode(cursor: string | undefined, mode: Mode): ReportCursor {
  if (!cursor) return { m: mode, p: 0, c: null };
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as ReportCursor;
    if (v && v.m === mode && (v.p === 0 || v.p === 1) && (v.c === null || typeof v.c === 'string') && (v.s === undefined || (Number.isInteger(v.s) && v.s >= 0))) return v;
  } catch {
    // fall through
  }
  throw new InvalidInputError('api.links: invalid cursor (it belongs to another filter or was altered)', {
    details: [{ path: ['cursor'], code: 'invalid_cursor', message: 'cursor is malformed' }],
  });
}

/** The state of one URL from its stored history (newest first, as the query module returns it). */
export async function linkState(store: GraphStore, url: string, host?: string): Promise<LinkState & { history: Awaited<ReturnType<typeof linkStatus>>['history'] }> {
  const info = await linkStatus(store, url);
  const summary = summarizeHistory(info.history);
  const latest = info.latest;
  return {
    url: info.url,
    host: host ?? safeHost(info.url),
    status: latest?.status ?? 'unchecked',
    verdict: latest?.verdict ?? 'unchecked',
    trend: summary.trend,
    httpStatus: latest?.httpStatus ?? null,
    finalUrl: latest?.finalUrl ?? null,
    checkedAt: latest?.checkedAt ?? null,
    lastAliveAt: info.lastAliveAt,
    failingSince: info.failingSince,
    checkCount: info.history.length,
    archived: info.archived,
    history: info.history,
  };
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/**
 * One page of the report: full pages whatever the filter (a page is short only at the end), so a
 * "next" cursor always leads somewhere. @throws InvalidInputError for a bad cursor.
 */
export async function linkReportPage(store: GraphStore, filter: LinkReportFilter, limit: number, cursor?: string): Promise<Omit<LinksResponse, 'counts'>> {
  const mode = modeOf(filter);
  const at = decode(cursor, mode);
  const rows: LinkReportRow[] = [];
  const toRow = async (url: string, host: string, sources: LinkReportRow['sources'], documents: Array<{ id: string; title: string | null }>) => {
    const { history: _h, ...state } = await linkState(store, url, host);
    rows.push({ ...state, sources, documents: documents.map((d) => ({ id: d.id, title: d.title })) });
  };
  if (mode === 'all' || mode === 'unchecked') {
    // The store pages every URL; unchecked-only and host filters are applied here, page after page.
    let c = at.c;
    let skip = at.s ?? 0;
    const filtering = mode === 'unchecked' || !!filter.host;
    for (let scanned = 0; ; scanned++) {
      const page = await linksWithStatus(store, { limit: filtering ? SCAN_PAGE : limit, cursor: c ?? undefined });
      const matching = page.items.filter((w) => !(mode === 'unchecked' && w.latest) && !(filter.host && w.host !== filter.host));
      const take = matching.slice(skip, skip + limit - rows.length);
      for (const w of take) await toRow(w.url, w.host, w.sources, w.documents);
      if (skip + take.length < matching.length) return { items: rows, nextCursor: encode({ m: mode, p: 0, c, s: skip + take.length }) };
      skip = 0;
      if (!page.nextCursor) return { items: rows, nextCursor: null };
      c = page.nextCursor;
      if (rows.length >= limit || scanned + 1 >= MAX_SCAN_PAGES) return { items: rows, nextCursor: encode({ m: mode, p: 0, c }) };
    }
  }
  // failing: dead first, then soft-dead, each paged by the store; a page runs on into the next verdict.
  const verdicts: Array<LinkVerdict | undefined> = mode === 'failing' ? ['dead', 'soft-dead'] : [filter.verdict as LinkVerdict | undefined];
  let phase = at.p;
  let c = at.c;
  for (;;) {
    const verdict = verdicts[phase];
    const page = await linkReport(store, {
      ...(verdict ? { verdict } : {}),
      ...(filter.status ? { status: filter.status as LinkStatus } : {}),
      ...(filter.host ? { host: filter.host } : {}),
      limit: limit - rows.length,
      ...(c ? { cursor: c } : {}),
    });
    for (const r of page.items) await toRow(r.check.url, r.host, r.sources, r.documents);
    if (page.nextCursor) return { items: rows, nextCursor: encode({ m: mode, p: phase, c: page.nextCursor }) };
    if (phase + 1 >= verdicts.length) return { items: rows, nextCursor: null };
    phase += 1;
    c = null;
    if (rows.length >= limit) {
      // only point at the next verdict when it holds something
      const probe = await linkReport(store, { verdict: verdicts[phase], ...(filter.host ? { host: filter.host } : {}), limit: 1 });
      return { items: rows, nextCursor: probe.items.length ? encode({ m: mode, p: phase, c: null }) : null };
    }
  }
}

export async function linkReportView(store: GraphStore, filter: LinkReportFilter, limit: number, cursor?: string): Promise<LinksResponse> {
  const [page, counts] = await Promise.all([linkReportPage(store, filter, limit, cursor), cachedLinkCounts(store)]);
  return { ...page, counts };
}

/** Source links for the source page: each URL's state with its history. */
export async function sourceLinks(store: GraphStore, urls: readonly string[]): Promise<SourceProfile['links']> {
  return Promise.all(urls.map((u) => linkState(store, u)));
}
