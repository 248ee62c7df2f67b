// Archived copies: the Wayback Machine availability API, asked for the snapshot closest to (before)
// the citing document's date. Only for dead and soft-dead links; a failed lookup is just "no copy".
import type { FetchContext } from './fetch-page.js';
import { Budget, fetchChain } from './fetch-page.js';

export interface ArchivedCopy {
  url: string;
  timestamp: string;
}

/** `2021-03-04`, `2021-03`, `2021`, or an ISO timestamp -> `20210304` (missing parts become 01). */
export function waybackTimestamp(date: string | undefined | null): string | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date.trim());
  if (!m) return null;
  return `${m[1]}${m[2] ?? '01'}${m[3] ?? '01'}`;
}

export function availabilityUrl(archiveUrl: string, url: string, timestamp: string | null): string {
  const q = new URLSearchParams({ url });
  if (timestamp) q.set('timestamp', timestamp);
  return `${archiveUrl}/wayback/available?${q.toString()}`;
}

interface AvailabilityResponse {
  archived_snapshots?: { closest?: { available?: boolean; url?: string; timestamp?: string; status?: string } };
}

/** Look up the closest snapshot; null when there is none or the archive cannot be reached. */
export async function findArchivedCopy(ctx: FetchContext, url: string, citedDate: string | undefined): Promise<ArchivedCopy | null> {
  const { options } = ctx;
  const api = availabilityUrl(options.archiveUrl, url, waybackTimestamp(citedDate));
  try {
    const res = await fetchChain(ctx, api, 'GET', new Budget(options.timeoutMs, options.signal));
    if (!res.response || res.response.statusCode !== 200 || !res.response.body) return null;
    const parsed = JSON.parse(res.response.body.toString('utf8')) as AvailabilityResponse;
    const closest = parsed.archived_snapshots?.closest;
    if (!closest || closest.available === false || !closest.url || !closest.timestamp) return null;
    if (closest.status && !/^2\d\d$/.test(closest.status)) return null;
    return { url: closest.url, timestamp: closest.timestamp };
  } catch {
    return null;
  }
}
