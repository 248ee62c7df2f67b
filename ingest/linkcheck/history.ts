// Trend of a link over its stored checks: a link is "persistently dead" only after enough failing
// checks spread over enough time (one bad day is not rot); a first failure is "newly failing".
import { DEFAULT_PERSISTENT_FAILURES, DEFAULT_PERSISTENT_SPAN_MS } from '../../src/defaults.js';
import type { LinkCheck, LinkTrend } from '../../src/link-check.js';
import { summarizeLinkHistory } from '../../src/link-history.js';
import { isAliveVerdict, isFailingVerdict } from './policy.js';

export interface HistoryOptions {
  /** Failing checks needed in the current run (default 3). */
  minFailures?: number;
  /** Time between the first and last failing check of the run, ms (default 2 days). */
  minSpanMs?: number;
  /** Recent conclusive checks looked at for flapping (default 6). */
  window?: number;
}

export interface LinkHistorySummary {
  trend: LinkTrend;
  checks: number;
  /** checkedAt of the newest alive/moved check; null if never alive. */
  lastAliveAt: string | null;
  /** Consecutive failing checks ending with the newest conclusive one (inconclusive checks skipped). */
  failureStreak: number;
  /** checkedAt of the first failure of that streak. */
  failingSince: string | null;
  latest: LinkCheck | null;
}

/** Summarise a URL's history (any order). Inconclusive and skipped checks neither fail nor heal. */
export function summarizeHistory(history: readonly LinkCheck[], options: HistoryOptions = {}): LinkHistorySummary {
  const minFailures = options.minFailures ?? DEFAULT_PERSISTENT_FAILURES;
  const minSpanMs = options.minSpanMs ?? DEFAULT_PERSISTENT_SPAN_MS;
  const window = options.window ?? 6;
  const sorted = [...history].sort((a, b) => Date.parse(a.checkedAt) - Date.parse(b.checkedAt));
  const latest = sorted.at(-1) ?? null;
  // The facts (last alive, failure run) follow the one rule the stores use; the trend is decided here.
  const facts = summarizeLinkHistory(sorted);
  const conclusive = sorted.filter((c) => isAliveVerdict(c.verdict) || isFailingVerdict(c.verdict));
  const streak = facts.failureStreak;
  const streakChecks = conclusive.slice(conclusive.length - streak);
  const base = { checks: sorted.length, lastAliveAt: facts.lastAliveAt, failureStreak: streak, failingSince: facts.failingSince, latest };

  if (conclusive.length === 0) return { ...base, trend: 'unchecked' };
  const recent = conclusive.slice(-window);
  const recentFailures = recent.filter((c) => isFailingVerdict(c.verdict)).length;
  if (streak === 0) {
    // Alive now, but failing repeatedly of late: flapping.
    return { ...base, trend: recentFailures >= 2 ? 'intermittent' : 'healthy' };
  }
  const span = Date.parse(streakChecks[streak - 1].checkedAt) - Date.parse(streakChecks[0].checkedAt);
  if (streak >= minFailures && span >= minSpanMs) return { ...base, trend: 'persistently-dead' };
  // Failing now after recent recoveries: flapping rather than new.
  if (recentFailures > streak && recent.some((c) => isAliveVerdict(c.verdict))) return { ...base, trend: 'intermittent' };
  return { ...base, trend: 'newly-failing' };
}
