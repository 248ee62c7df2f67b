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
interface ReportCursor { m: Mode; p: number; c: string | null }

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
    if (v && v.m === mode && (v.p === 0 || v.p === 1) && (v.c === null || typeof v.c === 'string')) return v;
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

/** One page of the report. @throws InvalidInputError for a bad cursor. */
export async function linkReportPage(store: GraphStore, filter: LinkReportFilter, limit: number, cursor?: string): Promise<Omit<LinksResponse, 'counts'>> {
  const mode = modeOf(filter);
  const at = decode(cursor, mode);
  const rows: LinkReportRow[] = [];
  const toRow = async (url: string, host: string, sources: LinkReportRow['sources'], documents: Array<{ id: string; title: string | null }>) => {
    const { history: _h, ...state } = await linkState(store, url, host);
    rows.push({ ...state, sources, documents: documents.map((d) => ({ id: d.id, title: d.title })) });
  };
  if (mode === 'all' || mode === 'unchecked') {
    const page = await linksWithStatus(store, { limit, cursor: at.c ?? undefined });
    for (const w of page.items) {
      if (mode === 'unchecked' && w.latest) continue;
      if (filter.host && w.host !== filter.host) continue;
      await toRow(w.url, w.host, w.sources, w.documents);
    }
    return { items: rows, nextCursor: page.nextCursor ? encode({ m: mode, p: 0, c: page.nextCursor }) : null };
  }
  // failing: dead first, then soft-dead, each paged by the store.
  const verdicts: Array<LinkVerdict | undefined> = mode === 'failing' ? ['dead', 'soft-dead'] : [filter.verdict as LinkVerdict | undefined];
  const verdict = verdicts[at.p];
  const page = await linkReport(store, {
    ...(verdict ? { verdict } : {}),
    ...(filter.status ? { status: filter.status as LinkStatus } : {}),
    ...(filter.host ? { host: filter.host } : {}),
    limit,
    ...(at.c ? { cursor: at.c } : {}),
  });
  for (const r of page.items) await toRow(r.check.url, r.host, r.sources, r.documents);
  const next = page.nextCursor
    ? encode({ m: mode, p: at.p, c: page.nextCursor })
    : at.p + 1 < verdicts.length ? encode({ m: mode, p: at.p + 1, c: null }) : null;
  return { items: rows, nextCursor: next };
}

export async function linkReportView(store: GraphStore, filter: LinkReportFilter, limit: number, cursor?: string): Promise<LinksResponse> {
  const [page, counts] = await Promise.all([linkReportPage(store, filter, limit, cursor), cachedLinkCounts(store)]);
  return { ...page, counts };
}

/** Source links for the source page: each URL's state with its history. */
export async function sourceLinks(store: GraphStore, urls: readonly string[]): Promise<SourceProfile['links']> {
  return Promise.all(urls.map((u) => linkState(store, u)));
}
