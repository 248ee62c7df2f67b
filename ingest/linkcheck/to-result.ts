// The one place a LinkCheck record is built, for every path (checked, skipped, failed), so the
// fields always agree: verdict comes from the status, never set separately.
import type { LinkCheck, LinkStatus } from '../../src/link-check.js';
import type { Hop } from './fetch-page.js';
import type { ArchivedCopy } from './archive.js';
import { verdictFor } from './policy.js';

export interface PartialResult {
  status: LinkStatus;
  httpStatus?: number | null;
  finalUrl?: string | null;
  redirects?: readonly Hop[];
  contentType?: string | null;
  title?: string | null;
  error?: string | null;
}

export interface ResultTiming {
  attempts: number;
  startedAtMs: number;
  checkedAt: Date;
}

export function toResult(url: string, partial: PartialResult, timing: ResultTiming, archived: ArchivedCopy | null = null): LinkCheck {
  return {
    url,
    status: partial.status,
    verdict: verdictFor(partial.status),
    httpStatus: partial.httpStatus ?? null,
    finalUrl: partial.finalUrl ?? null,
    redirects: (partial.redirects ?? []).map((h) => ({ url: h.url, status: h.status })),
    attempts: timing.attempts,
    durationMs: Math.max(0, Date.now() - timing.startedAtMs),
    checkedAt: timing.checkedAt.toISOString(),
    contentType: partial.contentType ?? null,
    title: partial.title ?? null,
    error: partial.error ?? null,
    archived: archived ? { url: archived.url, timestamp: archived.timestamp } : null,
  };
}
