// The facts of one URL's link-check history (checks, last alive, failure run), computed one way for
// the stores, the link checker and the API: checks in checkedAt order; alive/moved resets the failure run, dead/soft-dead
// extends it, inconclusive and skipped leave it alone.
import type { LinkCheck } from './link-check.js';

const ALIVE = new Set(['alive', 'moved']);
const DEAD = new Set(['dead', 'soft-dead']);

export interface LinkHistoryFacts {
  checkCount: number;
  lastAliveAt: string | null;
  failureStreak: number;
  failingSince: string | null;
  /** Index (in the given array) of the newest check. */
  latest: number;
}

/** Summarise a URL's history given in checkedAt order (ties: later entries are newer). */
export function summarizeLinkHistory(history: readonly LinkCheck[]): LinkHistoryFacts {
  let lastAliveAt: string | null = null;
  let failureStreak = 0;
  let failingSince: string | null = null;
  let latest = 0;
  history.forEach((c, i) => {
    if (c.checkedAt >= history[latest]!.checkedAt) latest = i;
    if (ALIVE.has(c.verdict)) { lastAliveAt = c.checkedAt; failureStreak = 0; failingSince = null; }
    else if (DEAD.has(c.verdict)) { failureStreak++; failingSince ??= c.checkedAt; }
  });
  return { checkCount: history.length, lastAliveAt, failureStreak, failingSince, latest };
}
