// Counts for the link-rot dashboard: URLs in the store by newest verdict and by newest status, with
// URLs never checked counted as "unchecked". Added for the API's /links report.
import { LINK_STATUSES, LINK_VERDICTS, type LinkStatus, type LinkVerdict } from '../../src/link-check.js';
import type { GraphStore } from '../store.js';

/** Page size of the scan over newest checks (the store's own cap). */
const SCAN_PAGE = 10_000;

export interface LinkCounts {
  /** URLs in the store (WebResource nodes). */
  total: number;
  byVerdict: Record<LinkVerdict | 'unchecked', number>;
  byStatus: Record<LinkStatus | 'unchecked', number>;
}

/**
 * One pass over the newest check of every checked URL. `webResources` (the WebResource count) may be
 * passed by a caller that already has the store's stats.
 */
export async function linkCounts(store: GraphStore, webResources?: number): Promise<LinkCounts> {
  const byVerdict = Object.fromEntries([...LINK_VERDICTS, 'unchecked'].map((v) => [v, 0])) as LinkCounts['byVerdict'];
  const byStatus = Object.fromEntries([...LINK_STATUSES, 'unchecked'].map((s) => [s, 0])) as LinkCounts['byStatus'];
  const total = webResources ?? (await store.stats()).nodes.WebResource ?? 0;
  let checked = 0;
  let cursor: string | undefined;
  do {
    const page = await store.getLatestLinkChecks({ limit: SCAN_PAGE, cursor });
    for (const row of page.items) {
      byVerdict[row.check.verdict]++;
      byStatus[row.check.status]++;
      checked++;
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  // Checks may also exist for URLs no document cites (check-links --urls); those are not "unchecked" debt.
  byVerdict.unchecked = byStatus.unchecked = Math.max(0, total - checked);
  return { total: Math.max(total, checked), byVerdict, byStatus };
}
