// Writes: document ingestion (upload and URL) and link checks, behind the bearer token, the write
// rate limit, the SSRF guard and the per-request time limit. Real servers on 127.0.0.1 only.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import request from 'supertest';
import { startApiFixture, type ApiFixture } from './helpers/api-fixture.js';
import { IngestResponseSchema } from '../../api/schemas/documents.js';
import { LinkCheckJobSchema } from '../../api/schemas/links.js';
import type { LinkCheckJobs } from '../../api/services/link-check-jobs.js';
import { startServer } from '../../api/server.js';
import { loadConfig } from '../../src/config.js';

const TOKEN = 'test-admin-token-0123456789';
const DOC = `# Regional Workshop on Labour Inspection

Date: 14 March 2023

Speakers:

- Ms. Oriana Testwell, Director, Institute for Inspection Studies
- Mr. Bertram Quill, Senior Adviser, Labour Rights Network
`;

async function startDocServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    if (req.url === '/doc.md') return void res.writeHead(200, { 'content-type': 'text/markdown' }).end(DOC);
    if (req.url === '/hang') return; // never answers; closed with the server
    if (req.url === '/ok') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><head><title>Fine</title></head><body>fine</body></html>');
    res.writeHead(404, { 'content-type': 'text/html' }).end('<html><head><title>Not found</title></head><body>no</body></html>');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}

let web: Awaited<ReturnType<typeof startDocServer>>;
beforeAll(async () => {
  web = await startDocServer();
});
afterAll(async () => {
  await web?.close();
});

describe('auth', () => {
  let fx: ApiFixture;
  let noToken: ApiFixture;
  beforeAll(async () => {
    [fx, noToken] = await Promise.all([
      startApiFixture({ files: [], config: { adminToken: TOKEN } }),
      startApiFixture({ files: [], config: {} }),
    ]);
  });
  afterAll(async () => {
    await fx?.close();
    await noToken?.close();
  });

  it('answers 401 without a token or with a wrong one, on both write routes', async () => {
    for (const path of ['/api/v1/documents', '/api/v1/links/check']) {
      const missing = await request(fx.url).post(path).send({ url: 'https://example.org/' }).expect(401);
      expect(missing.body.error.code).toBe('CG_UNAUTHORIZED');
      expect(missing.headers['www-authenticate']).toMatch(/^Bearer/);
      const wrong = await request(fx.url).post(path).set('Authorization', `Bearer ${TOKEN}x`).send({}).expect(401);
      expect(wrong.body.error.code).toBe('CG_UNAUTHORIZED');
    }
  });

  it('answers 403 when no admin token is configured (writes disabled)', async () => {
    for (const path of ['/api/v1/documents', '/api/v1/links/check']) {
      const res = await request(noToken.url).post(path).set('Authorization', `Bearer ${TOKEN}`).send({}).expect(403);
      expect(res.body.error.code).toBe('CG_FORBIDDEN');
    }
  });

  it('validates the body once authorized', async () => {
    const auth = { Authorization: `Bearer ${TOKEN}` };
    const noUrl = await request(fx.url).post('/api/v1/documents').set(auth).send({}).expect(400);
    expect(noUrl.body.error.details[0].path).toEqual(['url']);
    await request(fx.url).post('/api/v1/documents').set(auth).send({ url: 'ftp://example.org/x' }).expect(400);
    await request(fx.url).post('/api/v1/documents').set(auth).field('note', 'no file').expect(400);
    await request(fx.url).post('/api/v1/links/check').set(auth).send({ urls: ['not a url'] }).expect(400);
    await request(fx.url).post('/api/v1/links/check').set(auth).send({ extra: 1 }).expect(400);
  });
});

describe('document ingestion', () => {
  let fx: ApiFixture;
  beforeAll(async () => {
    fx = await startApiFixture({ files: [], config: { adminToken: TOKEN, maxDocumentBytes: 4096 } });
  });
  afterAll(async () => {
    await fx?.close();
  });
  const auth = () => ({ Authorization: `Bearer ${TOKEN}` });

  it('ingests an uploaded file; the same upload again changes nothing', async () => {
    const before = await request(fx.url).get('/api/v1/stats').expect(200);
    const res = await request(fx.url).post('/api/v1/documents').set(auth()).attach('file', Buffer.from(DOC), 'workshop.md').expect(201);
    const body = IngestResponseSchema.parse(res.body);
    expect(body.status).toBe('added');
    expect(body.nodesAdded).toBeGreaterThan(2);
    const hit = await request(fx.url).get('/api/v1/search?q=Oriana%20Testwell').expect(200);
    expect(hit.body.items[0].node.kind).toBe('Person');
    // Counts are cached briefly, but a write through the API refreshes them at once.
    const after = await request(fx.url).get('/api/v1/stats').expect(200);
    expect(after.body.documents).toBe(before.body.documents + 1);
    const again = await request(fx.url).post('/api/v1/documents').set(auth()).attach('file', Buffer.from(DOC), 'workshop.md').expect(201);
    expect(again.body).toMatchObject({ status: 'skipped', unchanged: true, nodesAdded: 0 });
  });

  it('refuses a file over the size limit with 413 and an unsupported format with 415', async () => {
    const big = await request(fx.url).post('/api/v1/documents').set(auth()).attach('file', Buffer.alloc(5000, 'a'), 'big.txt').expect(413);
    expect(big.body.error.code).toBe('CG_TOO_LARGE');
    const bad = await request(fx.url).post('/api/v1/documents').set(auth()).attach('file', Buffer.from('x'), 'slides.pptx').expect(415);
    expect(bad.body.error.code).toBe('CG_UNSUPPORTED_FORMAT');
  });

  it('refuses to fetch a document from a private address (SSRF guard on by default)', async () => {
    const res = await request(fx.url).post('/api/v1/documents').set(auth()).send({ url: `${web.url}/doc.md` }).expect(403);
    expect(res.body.error.code).toBe('CG_FORBIDDEN');
  });
});

describe('document ingestion from a URL when private targets are allowed', () => {
  let fx: ApiFixture;
  beforeAll(async () => {
    fx = await startApiFixture({ files: [], config: { adminToken: TOKEN, allowPrivateLinkTargets: true } });
  });
  afterAll(async () => {
    await fx?.close();
  });

  it('fetches, extracts and stores it', async () => {
    const res = await request(fx.url).post('/api/v1/documents').set('Authorization', `Bearer ${TOKEN}`).send({ url: `${web.url}/doc.md` }).expect(201);
    expect(res.body.document.source).toBe(`${web.url}/doc.md`);
    const hit = await request(fx.url).get('/api/v1/search?q=Bertram%20Quill').expect(200);
    expect(hit.body.items.length).toBeGreaterThan(0);
  });
});

async function runCheck(fx: ApiFixture, urls: string[]) {
  const started = await request(fx.url).post('/api/v1/links/check').set('Authorization', `Bearer ${TOKEN}`).send({ urls }).expect(202);
  const job = LinkCheckJobSchema.parse(started.body);
  expect(started.headers.location).toBe(`/api/v1/links/check/${job.id}`);
  await (fx.server.app.locals.linkCheckJobs as LinkCheckJobs).wait(job.id);
  const done = await request(fx.url).get(`/api/v1/links/check/${job.id}`).expect(200);
  return LinkCheckJobSchema.parse(done.body);
}

describe('link checks over the API', () => {
  let guarded: ApiFixture;
  let open: ApiFixture;
  const linkCheckOptions = { archive: 'none' as const, retries: 0, timeoutMs: 1500, siblingProbe: false };
  beforeAll(async () => {
    [guarded, open] = await Promise.all([
      startApiFixture({ files: [], config: { adminToken: TOKEN }, app: { linkCheckOptions } }),
      startApiFixture({ files: [], config: { adminToken: TOKEN, allowPrivateLinkTargets: true }, app: { linkCheckOptions } }),
    ]);
  });
  afterAll(async () => {
    await guarded?.close();
    await open?.close();
  });

  it('blocks loopback targets by default and records the result', async () => {
    const job = await runCheck(guarded, [`${web.url}/ok`]);
    expect(job).toMatchObject({ state: 'done', total: 1, checked: 1 });
    const report = await request(guarded.url).get('/api/v1/links?status=blocked').expect(200);
    expect(report.body.items).toHaveLength(1);
    expect(report.body.items[0]).toMatchObject({ url: `${web.url}/ok`, status: 'blocked', checkCount: 1 });
    expect(report.body.items[0].verdict).not.toBe('alive');
    expect(report.body.counts.byStatus.blocked).toBe(1);
  });

  it('checks them when the operator allowed private targets', async () => {
    const job = await runCheck(open, [`${web.url}/ok`, `${web.url}/missing`]);
    expect(job.state).toBe('done');
    expect(job.byVerdict).toEqual({ alive: 1, dead: 1 });
  });

  it('runs one check at a time: a second start while one runs is 429', async () => {
    const started = await request(open.url).post('/api/v1/links/check').set('Authorization', `Bearer ${TOKEN}`).send({ urls: [`${web.url}/hang`] }).expect(202);
    const busy = await request(open.url).post('/api/v1/links/check').set('Authorization', `Bearer ${TOKEN}`).send({ urls: [`${web.url}/ok`] }).expect(429);
    expect(busy.body.error.code).toBe('CG_RATE_LIMITED');
    const running = await request(open.url).get(`/api/v1/links/check/${started.body.id}`).expect(200);
    expect(running.body.state).toBe('running');
    await (open.server.app.locals.linkCheckJobs as LinkCheckJobs).wait(started.body.id);
    const done = await request(open.url).get(`/api/v1/links/check/${started.body.id}`).expect(200);
    expect(done.body).toMatchObject({ state: 'done', checked: 1 });
    const report = await request(open.url).get('/api/v1/links?status=timeout').expect(200);
    expect(report.body.items.map((i: { url: string }) => i.url)).toContain(`${web.url}/hang`);
  });

  it('answers 404 for an unknown job and 400 for a malformed job id', async () => {
    await request(open.url).get('/api/v1/links/check/unknownjob').expect(404);
    await request(open.url).get('/api/v1/links/check/' + encodeURIComponent('bad id!')).expect(400);
  });
});

describe('write rate limit and request time limit', () => {
  let fx: ApiFixture;
  beforeAll(async () => {
    fx = await startApiFixture({ files: [], config: { adminToken: TOKEN }, app: { writeRateLimit: { limit: 2 }, requestTimeLimitMs: 300, writeTimeLimitMs: 300 } });
  });
  afterAll(async () => {
    await fx?.close();
  });

  it('answers 429 once a client exceeds the write limit', async () => {
    await request(fx.url).post('/api/v1/documents').send({}).expect(401);
    await request(fx.url).post('/api/v1/documents').send({}).expect(401);
    const res = await request(fx.url).post('/api/v1/documents').send({}).expect(429);
    expect(res.body.error.code).toBe('CG_RATE_LIMITED');
    // Reads are not limited.
    await request(fx.url).get('/api/v1/stats').expect(200);
  });

  it('answers 503 CG_TIMEOUT when a request outlives the time limit', async () => {
    const { port } = new URL(fx.url);
    const started = Date.now();
    const result = await new Promise<{ status: number; body: string }>((ok, fail) => {
      // A request whose body never finishes keeps the handler waiting (slow client) past the limit.
      const req = http.request({ host: '127.0.0.1', port, path: '/api/v1/documents', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '100' } }, (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => ok({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', fail);
      req.write('{"url":');
    });
    expect(result.status).toBe(503);
    expect(JSON.parse(result.body).error.code).toBe('CG_TIMEOUT');
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('drops the late answer of a handler that finishes after its time limit, quietly', async () => {
    // The real store, with one read slowed down (as a Neo4j round trip under load would be).
    const slow = new Proxy(fx.store, {
      get(target, prop, receiver) {
        const v = Reflect.get(target, prop, receiver) as unknown;
        if (prop === 'stats') return async () => { await new Promise((r) => setTimeout(r, 600)); return target.stats(); };
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    const server = await startServer({ store: slow, config: loadConfig({ storeDir: fx.dir }, {}), host: '127.0.0.1', port: 0, requestTimeLimitMs: 200, log: () => undefined });
    // Express stays quiet about errors in env "test"; act like production so a late error would be logged.
    server.app.set('env', 'production');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const res = await request(server.url).get('/api/v1/stats').expect(503);
      expect(res.body.error.code).toBe('CG_TIMEOUT');
      await new Promise((r) => setTimeout(r, 700));
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
      await server.close();
    }
  });
});
