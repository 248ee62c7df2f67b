// Link trends over stored checks with an injected clock: persistence needs count AND span.
import { describe, expect, it } from 'vitest';
import type { LinkCheck, LinkVerdict } from '../../../src/link-check.js';
import { summarizeHistory } from '../../../ingest/linkcheck/index.js';

const DAY = 24 * 3600_000;
const t0 = Date.parse('2026-01-01T00:00:00Z');
const check = (offsetMs: number, verdict: LinkVerdict): LinkCheck => ({
  url: 'http://a.org/x', status: verdict === 'alive' ? 'ok' : verdict === 'inconclusive' ? 'rate-limited' : 'not-found', verdict,
  httpStatus: null, finalUrl: null, redirects: [], attempts: 1, durationMs: 1, checkedAt: new Date(t0 + offsetMs).toISOString(),
  contentType: null, title: null, error: null, archived: null,
});

describe('summarizeHistory', () => {
  it('is unchecked with no conclusive checks', () => {
    expect(summarizeHistory([]).trend).toBe('unchecked');
    expect(summarizeHistory([check(0, 'inconclusive')]).trend).toBe('unchecked');
  });
  it('calls a first failure newly failing and remembers when the link was last alive', () => {
    const s = summarizeHistory([check(0, 'alive'), check(DAY, 'dead')]);
    expect(s).toMatchObject({ trend: 'newly-failing', failureStreak: 1, lastAliveAt: new Date(t0).toISOString() });
  });
  it('needs three failures AND two days for persistently dead', () => {
    const burst = [check(0, 'dead'), check(3600_000, 'dead'), check(7200_000, 'dead')];
    expect(summarizeHistory(burst).trend).toBe('newly-failing');
    const spread = [check(0, 'dead'), check(DAY, 'soft-dead'), check(2 * DAY, 'dead')];
    expect(summarizeHistory(spread)).toMatchObject({ trend: 'persistently-dead', failureStreak: 3, lastAliveAt: null });
    const two = [check(0, 'dead'), check(3 * DAY, 'dead')];
    expect(summarizeHistory(two).trend).toBe('newly-failing');
    expect(summarizeHistory(two, { minFailures: 2, minSpanMs: DAY }).trend).toBe('persistently-dead');
  });
  it('skips inconclusive checks: a rate limit neither breaks nor extends a streak', () => {
    const h = [check(0, 'dead'), check(DAY, 'inconclusive'), check(2 * DAY, 'dead'), check(2.5 * DAY, 'dead')];
    expect(summarizeHistory(h)).toMatchObject({ trend: 'persistently-dead', failureStreak: 3 });
  });
  it('sees flapping as intermittent and a recovery as healthy', () => {
    const flap = [check(0, 'dead'), check(DAY, 'alive'), check(2 * DAY, 'dead'), check(3 * DAY, 'alive')];
    expect(summarizeHistory(flap).trend).toBe('intermittent');
    expect(summarizeHistory([check(0, 'dead'), check(DAY, 'alive')]).trend).toBe('healthy');
    const order = summarizeHistory([check(2 * DAY, 'alive'), check(0, 'dead')]);
    expect(order.latest?.verdict).toBe('alive');
  });
});
