// Record details against the rotten web: redirect chains, attempts, Retry-After, timeouts, HEAD
// fallbacks, duplicates, the sibling probe cache, archived copies, a caller's dispatcher.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent } from 'undici';
import { checkLinks, streamLinkChecks, type CheckOptions } from '../../../ingest/linkcheck/index.js';
import { startRottenWeb, type RottenWeb } from '../../helpers/rotten-web.js';
import { offlineResolver } from '../../helpers/rotten-web/offline-resolver.js';

let web: RottenWeb;
beforeAll(async () => { web = await startRottenWeb(); });
afterAll(async () => { await web.close(); });

const opts = (extra: CheckOptions = {}): CheckOptions => ({
  allowPrivate: true, timeoutMs: 600, retries: 2, retryBaseMs: 20, keepAliveTimeoutMs: 10, archive: 'none',
  resolveHost: offlineResolver(), ...extra,
});

describe('redirects', () => {
  it('records the whole chain and the final URL of a move to another host', async () => {
    const url = `${web.hosts.site}/publications/old-guidelines`;
    const [r] = await checkLinks([url], opts());
    expect(r.status).toBe('redirected');
    expect(r.redirects).toEqual([{ url, status: 301 }]);
    expect(r.finalUrl).toBe(`${web.hosts.newHome}/library/assembly-guidelines`);
    expect(r.httpStatus).toBe(200);
    expect(r.title).toMatch(/Freedom of Peaceful Assembly/);
  });

  it('stops a loop and a runaway chain', async () => {
    const [loop, chain] = await checkLinks([`${web.hosts.site}/loop-a`, `${web.hosts.site}/chain/1`], opts({ maxRedirects: 5 }));
    expect(loop.status).toBe('redirect-loop');
    expect(loop.redirects.map((h) => new URL(h.url).pathname)).toEqual(['/loop-a', '/loop-b']);
    expect(chain.status).toBe('too-many-redirects');
    expect(chain.redirects.length).toBe(6);
  });

  it('records a meta refresh as a hop', async () => {
    const [r] = await checkLinks([`${web.hosts.site}/meta-refresh`], opts());
    expect(r.status).toBe('ok');
    expect(r.redirects).toEqual([{ url: `${web.hosts.site}/meta-refresh`, status: 200 }]);
    expect(r.finalUrl).toBe(`${web.hosts.site}/reports/assembly-guidelines`);
  });
});

describe('retries and politeness', () => {
  it('honours Retry-After under the cap and gives up at once above it', async () => {
    web.reset();
    const [once, busy] = await checkLinks([`${web.hosts.site}/busy-once`, `${web.hosts.site}/busy`], opts({ retryAfterCapMs: 5000 }));
    expect(once.status).toBe('ok');
    expect(once.attempts).toBe(2);
    expect(once.durationMs).toBeGreaterThanOrEqual(950);
    expect(busy.status).toBe('rate-limited');
    expect(busy.verdict).toBe('inconclusive');
    expect(busy.attempts).toBe(1);
    expect(busy.durationMs).toBeLessThan(900);
  });

  it('retries 5xx with backoff: a 500 stays dead after every attempt, a 503 recovers', async () => {
    web.reset();
    const [broken, flaky] = await checkLinks([`${web.hosts.site}/broken`, `${web.hosts.site}/flaky`], opts());
    expect(broken).toMatchObject({ status: 'server-error', verdict: 'dead', httpStatus: 500, attempts: 3 });
    expect(flaky).toMatchObject({ status: 'ok', httpStatus: 200, attempts: 3 });
  });

  it('answers a hanging server within timeout x attempts', async () => {
    const timeoutMs = 400;
    const started = Date.now();
    const [r] = await checkLinks([`${web.hosts.site}/slow`], opts({ timeoutMs, retries: 1 }));
    expect(r.status).toBe('timeout');
    expect(r.attempts).toBe(2);
    // 2 attempts of 400 ms plus one backoff (20-40 ms) plus slack for a loaded machine.
    expect(Date.now() - started).toBeLessThan(2 * timeoutMs + 1000);
    expect(r.durationMs).toBeGreaterThanOrEqual(2 * timeoutMs - 50);
  });

  it('falls back to GET when HEAD hangs, resets or is refused, within one attempt', async () => {
    web.reset();
    const paths = ['/head-405', '/head-hang', '/head-reset', '/head-404'];
    const started = Date.now();
    // HEAD may use half the 1 s budget; the GET must still fit in the same attempt.
    const results = await checkLinks(paths.map((p) => `${web.hosts.hostile}${p}`), opts({ timeoutMs: 1000 }));
    expect(results.map((r) => [r.status, r.attempts])).toEqual(paths.map(() => ['ok', 1]));
    for (const p of paths) expect(web.hits.get(`GET ${p}`)).toBeGreaterThanOrEqual(1);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('checks a duplicated URL once and probes a directory once', async () => {
    web.reset();
    const a = `${web.hosts.catchAll}/docs/a`;
    const urls = [a, a, `${web.hosts.catchAll}/docs/b`, `${web.hosts.catchAll}/docs/c`];
    const seen: string[] = [];
    for await (const r of streamLinkChecks(urls, opts())) seen.push(r.url);
    expect(seen.sort()).toEqual([...urls].sort());
    expect(web.hits.get('GET /docs/a')).toBe(1);
    const probes = [...web.hits.keys()].filter((k) => k.startsWith('GET /docs/cg-'));
    expect(probes).toHaveLength(1);
  });
});

describe('archived copies', () => {
  it('looks up dead and soft-dead links near the citing date, and only those', async () => {
    web.reset();
    const dead = `${web.hosts.site}/missing`;
    const soft = `${web.hosts.site}/news/2019/missing-story`;
    const alive = `${web.hosts.site}/reports/assembly-guidelines`;
    const results = await checkLinks([dead, soft, alive], opts({
      archive: 'wayback', archiveUrl: web.hosts.wayback, citedDates: new Map([[dead, '2019-05-04'], [soft, '2018']]),
    }));
    expect(results[0].archived).toEqual({ url: `http://web.archive.org/web/20190504120000/${dead}`, timestamp: '20190504120000' });
    expect(results[1].archived?.timestamp).toBe('20180101120000');
    expect(results[2].archived).toBeNull();
    expect(web.waybackQueries.map((q) => q.get('url')).sort()).toEqual([dead, soft].sort());
    expect(web.waybackQueries.find((q) => q.get('url') === dead)?.get('timestamp')).toBe('20190504');
  });

  it('takes the archive base with a trailing slash or as the endpoint itself', async () => {
    const dead = `${web.hosts.site}/missing`;
    for (const archiveUrl of [`${web.hosts.wayback}/`, `${web.hosts.wayback}/wayback/available`]) {
      const [r] = await checkLinks([dead], opts({ archive: 'wayback', archiveUrl, citedDates: new Map([[dead, '2019-05-04']]) }));
      expect(r.archived?.timestamp).toBe('20190504120000');
    }
  });

  it('records no copy when the archive has none or is unreachable', async () => {
    const never = `${web.hosts.site}/never-archived`;
    const [none] = await checkLinks([never], opts({ archive: 'wayback', archiveUrl: web.hosts.wayback }));
    expect(none).toMatchObject({ status: 'not-found', archived: null });
    const [down] = await checkLinks([`${web.hosts.site}/missing`], opts({ archive: 'wayback', archiveUrl: web.refusedUrl.replace(/\/report$/, ''), retries: 0 }));
    expect(down).toMatchObject({ status: 'not-found', archived: null });
  });

  it('stops asking an archive that hangs after a few failures, and keeps durations its own', async () => {
    web.reset();
    const dead = Array.from({ length: 6 }, (_, i) => `${web.hosts.site}/missing?n=${i}`);
    const started = Date.now();
    // The archive "hangs": its base URL is the never-answering /slow route.
    const results = await checkLinks(dead, opts({ archive: 'wayback', archiveUrl: `${web.hosts.site}/slow`, timeoutMs: 300, concurrency: 1 }));
    expect(results.every((r) => r.archived === null)).toBe(true);
    expect(results.every((r) => r.durationMs < 300)).toBe(true);
    // Two lookups time out (300 ms each), then the run stops asking.
    expect(Date.now() - started).toBeLessThan(2 * 300 + 1500);
  });
});

describe('abort', () => {
  it('stops starting URLs and drops checks cut short instead of reporting false timeouts', async () => {
    const controller = new AbortController();
    const urls = [`${web.hosts.site}/reports/assembly-guidelines`, ...Array.from({ length: 5 }, () => `${web.hosts.site}/slow`).map((u, i) => `${u}?n=${i}`)];
    const seen: string[] = [];
    const started = Date.now();
    setTimeout(() => controller.abort(), 300);
    for await (const r of streamLinkChecks(urls, opts({ timeoutMs: 5000, perHost: 6, signal: controller.signal }))) seen.push(r.status);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(seen).toEqual(['ok']);
  });
});

describe('caller-supplied dispatcher', () => {
  it('uses it and leaves it open for the caller to close', async () => {
    const dispatcher = new Agent({ keepAliveTimeout: 10, keepAliveMaxTimeout: 10 });
    try {
      const [r] = await checkLinks([`${web.hosts.site}/reports/assembly-guidelines`], opts({ dispatcher }));
      expect(r.status).toBe('ok');
      const [again] = await checkLinks([`${web.hosts.site}/missing`], opts({ dispatcher }));
      expect(again.status).toBe('not-found');
    } finally {
      await dispatcher.close();
    }
  });
});
