// Every status of the vocabulary, produced by a real loopback server that rots in that way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINK_STATUSES, LinkCheckSchema } from '../../../src/link-check.js';
import { checkLinks, type CheckOptions } from '../../../ingest/linkcheck/index.js';
import { startRottenWeb, type RottenWeb } from '../../helpers/rotten-web.js';
import { offlineResolver } from '../../helpers/rotten-web/offline-resolver.js';

let web: RottenWeb;
beforeAll(async () => { web = await startRottenWeb(); });
afterAll(async () => { await web.close(); });

const base = (): CheckOptions => ({
  allowPrivate: true, timeoutMs: 800, retries: 2, retryBaseMs: 20, keepAliveTimeoutMs: 10, archive: 'none',
  resolveHost: offlineResolver(),
});

describe('checkLinks against the rotten web', () => {
  it('gives each rotten URL its status and verdict', async () => {
    web.reset();
    const citedTitles = new Map(web.scenarios.filter((s) => s.citedTitle).map((s) => [s.url, s.citedTitle as string]));
    const results = await checkLinks(web.scenarios.map((s) => s.url), { ...base(), citedTitles });
    expect(results).toHaveLength(web.scenarios.length);
    const got = results.map((r, i) => ({ name: web.scenarios[i].name, status: r.status, verdict: r.verdict }));
    const want = web.scenarios.map((s) => ({ name: s.name, status: s.status, verdict: s.verdict }));
    expect(got).toEqual(want);
    for (const r of results) expect(LinkCheckSchema.safeParse(r).success).toBe(true);
  });

  it('covers every status of the vocabulary (blocked is covered in ssrf.test.ts)', () => {
    const covered = new Set<string>(web.scenarios.map((s) => s.status));
    covered.add('blocked');
    expect(LINK_STATUSES.filter((s) => !covered.has(s))).toEqual([]);
  });
});
