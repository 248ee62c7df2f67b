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

/**
 * The availability query for `url`. `archiveUrl` is the API's base (`https://archive.org`, with or
 * without a trailing slash) or, as people also write it, the endpoint itself (`.../wayback/available`).
 */
export function availabilityUrl(archiveUrl: string, url: string, timestamp: string | null): string {
  const q = new URLSearchParams({ url });
  if (timestamp) q.set('timestamp', timestamp);
  const base = archiveUrl.replace(/[?#].*$/, '').replace(/\/+$/, '');
  const endpoint = /\/wayback\/available$/.test(base) ? base : `${base}/wayback/available`;
  return `${endpoint}?${q.toString()}`;
}

interface AvailabilityResponse {
  archived_snapshots?: { closest?: { available?: boolean; url?: string; timestamp?: string; status?: string } };
}

/** Longest wait for the archive per lookup: it is a nice-to-have, never the slow part of a check. */
export const ARCHIVE_TIMEOUT_CAP_MS = 10_000;
/** Consecutive unreachable-archive failures after which a run stops asking. */
export const ARCHIVE_FAILURES_BEFORE_GIVING_UP = 2;

/**
 * Wayback availability lookups for one run. When the archive cannot be reached (no network, a
 * firewall, an outage) it stops asking after a few failures instead of charging every dead link
 * another timeout.
 */
export class ArchiveLookup {
  private failures = 0;
  /** Until the archive has answered once, lookups go one at a time (so an unreachable archive costs a few timeouts, not one per dead link). */
  private reachable = false;
  private gate: Promise<unknown> = Promise.resolve();

  constructor(private readonly ctx: FetchContext) {}

  get gaveUp(): boolean {
    return this.failures >= ARCHIVE_FAILURES_BEFORE_GIVING_UP;
  }

  /** The closest snapshot; null when there is none or the archive cannot be reached. */
  find(url: string, citedDate: string | undefined): Promise<ArchivedCopy | null> {
    if (this.gaveUp) return Promise.resolve(null);
    if (this.reachable) return this.lookup(url, citedDate);
    const turn = this.gate.then(() => (this.gaveUp ? null : this.lookup(url, citedDate)));
    this.gate = turn.catch(() => undefined);
    return turn;
  }

  private async lookup(url: string, citedDate: string | undefined): Promise<ArchivedCopy | null> {
    const { options } = this.ctx;
    const api = availabilityUrl(options.archiveUrl, url, waybackTimestamp(citedDate));
    try {
      const res = await fetchChain(this.ctx, api, 'GET', new Budget(Math.min(options.timeoutMs, ARCHIVE_TIMEOUT_CAP_MS), options.signal));
      if (!res.response) {
        // A name that does not resolve or a refused port will not heal within the run: give up now.
        const code = res.failure?.kind === 'error' ? String((res.failure.error as { code?: unknown })?.code ?? '') : '';
        this.failures += /^(ENOTFOUND|EAI_|ECONNREFUSED)/.test(code) ? ARCHIVE_FAILURES_BEFORE_GIVING_UP : 1;
        return null;
      }
      this.failures = 0;
      this.reachable = true;
      if (res.response.statusCode !== 200 || !res.response.body) return null;
      const parsed = JSON.parse(res.response.body.toString('utf8')) as AvailabilityResponse;
      const closest = parsed.archived_snapshots?.closest;
      if (!closest || closest.available === false || !closest.url || !closest.timestamp) return null;
      if (closest.status && !/^2\d\d$/.test(closest.status)) return null;
      return { url: closest.url, timestamp: closest.timestamp };
    } catch {
      return null;
    }
  }
}
