// Link policy in one place: what each status means for the citation (verdict), which outcomes are
// worth another attempt, and which count as failures in a link's history.
import type { LinkStatus, LinkVerdict } from '../../src/link-check.js';

export const VERDICT_OF: Readonly<Record<LinkStatus, LinkVerdict>> = Object.freeze({
  ok: 'alive',
  redirected: 'moved',
  'soft-404': 'soft-dead',
  parked: 'soft-dead',
  'content-drift': 'soft-dead',
  'not-found': 'dead',
  gone: 'dead',
  // An access wall or a rate limit says nothing about whether the page exists.
  forbidden: 'inconclusive',
  'rate-limited': 'inconclusive',
  'server-error': 'dead',
  timeout: 'dead',
  'dns-error': 'dead',
  'connection-error': 'dead',
  'tls-error': 'dead',
  'redirect-loop': 'dead',
  'too-many-redirects': 'dead',
  'invalid-url': 'skipped',
  'unsupported-scheme': 'skipped',
  blocked: 'skipped',
});

export function verdictFor(status: LinkStatus): LinkVerdict {
  return VERDICT_OF[status];
}

/** Transient outcomes get another attempt (with backoff); 429 and 5xx are never final on first sight. */
export function isRetryable(status: LinkStatus): boolean {
  return status === 'server-error' || status === 'rate-limited' || status === 'timeout' || status === 'connection-error';
}

/** Verdicts that count as a failing check in a link's history. */
export function isFailingVerdict(verdict: LinkVerdict): boolean {
  return verdict === 'dead' || verdict === 'soft-dead';
}

/** Verdicts that say the cited page was reachable. */
export function isAliveVerdict(verdict: LinkVerdict): boolean {
  return verdict === 'alive' || verdict === 'moved';
}

/** Exponential backoff with full jitter on top: base * 2^n + random(0, base * 2^n). */
export function backoffMs(baseMs: number, retryIndex: number, random: () => number = Math.random): number {
  const step = baseMs * 2 ** retryIndex;
  return Math.round(step + random() * step);
}

/** Parse Retry-After (delta seconds or an HTTP date) into ms from now; null when absent or bad. */
export function retryAfterMs(header: string | undefined, nowMs: number = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const when = Date.parse(trimmed);
  return Number.isNaN(when) ? null : Math.max(0, when - nowMs);
}
