// Pages that hold what they promise and errors in one shape: a filtered link report fills its
// pages (no empty page with a "next" cursor), every error carries {code, message, details}, and a
// malformed URL is a 400, not a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { join } from 'node:path';
import { FIXTURE_DIR, startApiFixture, type ApiFixture } from './helpers/api-fixture.js';
import { LinksResponseSchema } from '../../api/schemas/links.js';
import type { LinkCheck } from '../../src/link-check.js';
import { invalidateCounts } from '../../api/services/counts-cache.js';

let fx: ApiFixture;
let hosts: Map<string, number>;
const FILES = ['osce-alliance-side-events-2020.md', 'research-report-children-online-2022.md', 'ox-report-fisheries-labour-2024.md', 'thematic-brief-platform-work-2024.md'];

function check(url: string, over: Partial<LinkCheck>): LinkCheck {
  return {
    url, status: 'ok', verdict: 'alive', httpStatus: 200, finalUrl: url, redirects: [], attempts: 1, durationMs: 5,
    checkedAt: '2026-01-02T00:00:00.000Z', contentType: 'text/html', title: null, error: null, archived: null, ...over,
  };
}

const get = async (path: string) => LinksResponseSchema.parse((await request(fx.url).get(path).expect(200)).body);

/** Every item of a report, page after page; fails on an empty page that still offers a next cursor. */
async function walk(path: string, limit: number): Promise<string[]> {
  const urls: string[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 200; pages++) {
    const r = await get(`${path}${path.includes('?') ? '&' : '?'}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    if (r.nextCursor) expect(r.items.length, `${path}: a page before the last is full`).toBe(limit);
    urls.push(...r.items.map((i) => i.url));
    cursor = r.nextCursor;
    if (!cursor) return urls;
  }
  throw new Error('too many pages');
}

beforeAll(async () => {
  fx = await startApiFixture({ files: FILES.map((f) => join(FIXTURE_DIR, f)) });
  const all = await get('/api/v1/links?limit=100');
  hosts = new Map();
  for (const r of all.items) hosts.set(r.host, (hosts.get(r.host) ?? 0) + 1);
  // The last URLs in the store's order are checked: a dead one, a soft-dead one, three alive.
  const tail = all.items.slice(-5).map((r) => r.url);
  await fx.store.recordLinkChecks([
    check(tail[0]!, { status: 'not-found', verdict: 'dead', httpStatus: 404 }),
    check(tail[1]!, { status: 'soft-404', verdict: 'soft-dead' }),
    ...tail.slice(2).map((u) => check(u, {})),
  ]);
  invalidateCounts(fx.store);
});
afterAll(async () => {
  await fx?.close();
});

describe('link report pages', () => {
  it('fills each page of the unchecked-only list, which skips checked URLs', async () => {
    const all = await walk('/api/v1/links', 3);
    const unchecked = await walk('/api/v1/links?verdict=unchecked', 3);
    expect(unchecked).toHaveLength(all.length - 5);
    expect(new Set(unchecked).size).toBe(unchecked.length);
  });

  it('fills pages of one host, with no empty page before the end', async () => {
    const [host, count] = [...hosts].sort((a, b) => b[1] - a[1])[0]!;
    expect(count).toBeGreaterThan(1);
    const urls = await walk(`/api/v1/links?host=${encodeURIComponent(host)}`, 1);
    expect(urls).toHaveLength(count);
    const first = await get(`/api/v1/links?host=${encodeURIComponent(host)}&limit=20`);
    expect(first.items).toHaveLength(count);
    expect(first.nextCursor).toBeNull();
  });

  it('takes a pasted URL or an upper-case host as its host', async () => {
    const [host, count] = [...hosts].sort((a, b) => b[1] - a[1])[0]!;
    for (const form of [`https://${host}/some/page?x=1`, host.toUpperCase()]) {
      const r = await get(`/api/v1/links?limit=100&host=${encodeURIComponent(form)}`);
      expect(r.items, form).toHaveLength(count);
    }
  });

  it('runs the failing list from dead into soft-dead on one page, and ends without an empty page', async () => {
    const one = await get('/api/v1/links?failing=true&limit=20');
    expect(one.items.map((i) => i.verdict)).toEqual(['dead', 'soft-dead']);
    expect(one.nextCursor).toBeNull();
    expect(await walk('/api/v1/links?failing=true', 1)).toHaveLength(2);
  });
});

describe('link dashboard empty states', () => {
  it('says that nothing was checked yet rather than "no match" when filtering for failures', async () => {
    const fresh = await startApiFixture({ files: [join(FIXTURE_DIR, FILES[0]!)] });
    try {
      const none = await request(fresh.url).get('/links?failing=true').expect(200);
      expect(none.text).toContain('No link has been checked yet');
      const host = await request(fresh.url).get('/links?host=nothing.example').expect(200);
      expect(host.text).toContain('No links match these filters.');
    } finally {
      await fresh.close();
    }
    // once checks exist, an empty failing filter is a plain "no match"
    const res = await request(fx.url).get('/links?failing=true&host=nothing.example').expect(200);
    expect(res.text).toContain('No links match these filters.');
  });
});

describe('error shape', () => {
  it('always carries details, null when there are none', async () => {
    for (const path of ['/api/v1/people/nobody-at-all', '/api/v1/no-such-route', '/api/v1/graph?focus=nothing']) {
      const res = await request(fx.url).get(path).expect(404);
      expect(res.body).toEqual({ error: { code: 'CG_NOT_FOUND', message: expect.any(String), details: null } });
    }
    const bad = await request(fx.url).get('/api/v1/people?limit=0').expect(400);
    expect(bad.body.error.details).toEqual([expect.objectContaining({ path: ['limit'] })]);
  });

  it('answers a malformed percent-encoding with 400 CG_INVALID_INPUT, JSON under /api and a page elsewhere', async () => {
    const api = await request(fx.url).get('/api/v1/people/%E0%A4%A').expect(400).expect('Content-Type', /json/);
    expect(api.body.error).toMatchObject({ code: 'CG_INVALID_INPUT', details: null });
    await request(fx.url).get('/people/%E0%A4%A').expect(400).expect('Content-Type', /html/);
  });
});
