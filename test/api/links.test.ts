// The link-rot report: newest status per cited URL with trend, last alive time and archived copy,
// filters (verdict, status, host, failing, unchecked), pagination across phases, CSV, and the source
// page's link history. Checks are recorded in a real store through its API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { startApiFixture, type ApiFixture } from './helpers/api-fixture.js';
import { LinksResponseSchema } from '../../api/schemas/links.js';
import { SourceProfileSchema } from '../../api/schemas/entities.js';
import type { LinkCheck } from '../../src/link-check.js';
import { csvRow } from '../../api/http/csv.js';
import { invalidateCounts } from '../../api/services/counts-cache.js';

let fx: ApiFixture;
let urls: { dead: string; fresh: string; alive: string; soft: string };
let sourceOfDead: string;
const DAY = 24 * 3600 * 1000;
const T0 = Date.parse('2026-01-01T00:00:00Z');

function check(url: string, at: number, over: Partial<LinkCheck>): LinkCheck {
  return {
    url, status: 'ok', verdict: 'alive', httpStatus: 200, finalUrl: url, redirects: [], attempts: 1, durationMs: 12,
    checkedAt: new Date(at).toISOString(), contentType: 'text/html', title: 'A page', error: null, archived: null, ...over,
  };
}

beforeAll(async () => {
  fx = await startApiFixture();
  const all = LinksResponseSchema.parse((await request(fx.url).get('/api/v1/links?limit=100').expect(200)).body);
  const cited = all.items.filter((r) => r.sources.length > 0);
  const others = all.items.filter((r) => r.sources.length === 0);
  expect(cited.length).toBeGreaterThan(0);
  urls = { dead: cited[0].url, fresh: others[0].url, alive: others[1].url, soft: others[2].url };
  sourceOfDead = cited[0].sources[0].key;
  const dead = { status: 'not-found' as const, verdict: 'dead' as const, httpStatus: 404, title: 'Not Found' };
  await fx.store.recordLinkChecks([
    check(urls.dead, T0, {}),
    check(urls.dead, T0 + 1 * DAY, dead),
    check(urls.dead, T0 + 2 * DAY, dead),
    check(urls.dead, T0 + 4 * DAY, { ...dead, archived: { url: 'https://web.archive.org/web/20251201000000/x', timestamp: '20251201000000' } }),
    check(urls.fresh, T0 + 4 * DAY, { status: 'gone', verdict: 'dead', httpStatus: 410 }),
    check(urls.alive, T0 + 4 * DAY, {}),
    check(urls.soft, T0 + 4 * DAY, { status: 'soft-404', verdict: 'soft-dead', title: '=HYPERLINK("http://evil")' }),
  ]);
  // Written behind the API's back (like a CLI check-links run): drop the API's short-lived counts cache.
  invalidateCounts(fx.store);
});
afterAll(async () => {
  await fx?.close();
});

const get = async (path: string) => LinksResponseSchema.parse((await request(fx.url).get(path).expect(200)).body);

describe('link-rot report', () => {
  it('counts URLs by verdict and status, unchecked included', async () => {
    const r = await get('/api/v1/links?limit=1');
    expect(r.counts.byVerdict).toMatchObject({ dead: 2, 'soft-dead': 1, alive: 1 });
    expect(r.counts.byStatus).toMatchObject({ 'not-found': 1, gone: 1, 'soft-404': 1, ok: 1 });
    expect(r.counts.byVerdict.unchecked).toBe(r.counts.total - 4);
    expect(r.counts.total).toBeGreaterThan(10);
  });

  it('filters by verdict, with trend, last alive time and archived copy', async () => {
    const r = await get('/api/v1/links?verdict=dead');
    const byUrl = new Map(r.items.map((i) => [i.url, i]));
    expect([...byUrl.keys()].sort()).toEqual([urls.dead, urls.fresh].sort());
    expect(byUrl.get(urls.dead)).toMatchObject({
      trend: 'persistently-dead', checkCount: 4, lastAliveAt: new Date(T0).toISOString(),
      failingSince: new Date(T0 + DAY).toISOString(), archived: { timestamp: '20251201000000' },
    });
    expect(byUrl.get(urls.fresh)?.trend).toBe('newly-failing');
    expect(byUrl.get(urls.dead)?.sources.length).toBeGreaterThan(0);
    expect(byUrl.get(urls.dead)?.documents.length).toBeGreaterThan(0);
    // the dashboard shows days (full times in the title), the archive's day rather than its raw timestamp
    const page = (await request(fx.url).get('/links?verdict=dead').expect(200)).text;
    expect(page).toContain('<span class="muted">2025-12-01</span>');
    expect(page).not.toContain('20251201000000</span>');
    expect(page).toContain(`<time datetime="${new Date(T0).toISOString()}" title="2026-01-01 00:00:00 UTC">2026-01-01</time>`);
  });

  it('pages through failing links (dead, then soft-dead) one at a time', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const r = await get(`/api/v1/links?failing=true&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...r.items.map((i) => i.url));
      cursor = r.nextCursor;
    } while (cursor && seen.length < 10);
    expect(seen.sort()).toEqual([urls.dead, urls.fresh, urls.soft].sort());
  });

  it('lists unchecked links, and filters by status and host', async () => {
    const unchecked = await get('/api/v1/links?verdict=unchecked&limit=100');
    expect(unchecked.items.every((i) => i.verdict === 'unchecked' && i.checkedAt === null)).toBe(true);
    expect(unchecked.items.map((i) => i.url)).not.toContain(urls.dead);
    const gone = await get('/api/v1/links?status=gone');
    expect(gone.items.map((i) => i.url)).toEqual([urls.fresh]);
    const host = new URL(urls.dead).hostname;
    const byHost = await get(`/api/v1/links?host=${host.toUpperCase()}&limit=100`);
    expect(byHost.items.length).toBeGreaterThan(0);
    expect(byHost.items.every((i) => i.host === host)).toBe(true);
  });

  it('rejects unknown filters and a cursor from another filter', async () => {
    await request(fx.url).get('/api/v1/links?verdict=sleepy').expect(400);
    await request(fx.url).get('/api/v1/links?format=xml').expect(400);
    const r = await get('/api/v1/links?limit=1');
    const res = await request(fx.url).get(`/api/v1/links?failing=true&cursor=${r.nextCursor}`).expect(400);
    expect(res.body.error.code).toBe('CG_INVALID_INPUT');
  });

  it('downloads the filtered report as CSV (format=csv or Accept: text/csv), formula cells defused', async () => {
    const res = await request(fx.url).get('/api/v1/links?failing=true&format=csv').expect(200).expect('Content-Type', /text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="?citegraph-links\.csv"?$/);
    const lines = res.text.trim().split('\r\n');
    expect(lines[0]).toMatch(/^url,host,verdict,status,trend/);
    expect(lines).toHaveLength(4);
    expect(lines.some((l) => l.startsWith(urls.dead) && l.includes('persistently-dead'))).toBe(true);
    const accept = await request(fx.url).get('/api/v1/links?verdict=alive').set('Accept', 'text/csv').expect(200).expect('Content-Type', /text\/csv/);
    expect(accept.text.trim().split('\r\n')).toHaveLength(2);
    // Cited titles come from untrusted documents: a spreadsheet must not run them as formulas.
    expect(csvRow(['=HYPERLINK("http://evil")', '+1', 'plain, "q"'])).toBe('"\'=HYPERLINK(""http://evil"")",\'+1,"plain, ""q"""\r\n');
  });

  it("shows a source's link status with its history", async () => {
    const res = await request(fx.url).get('/api/v1/sources/' + encodeURIComponent(sourceOfDead)).expect(200);
    const src = SourceProfileSchema.parse(res.body);
    const link = src.links.find((l) => l.url === urls.dead);
    expect(link).toMatchObject({ verdict: 'dead', status: 'not-found', trend: 'persistently-dead' });
    expect(link?.history).toHaveLength(4);
    expect(link?.history[0].checkedAt).toBe(new Date(T0 + 4 * DAY).toISOString());
  });
});
