// The app frame: OpenAPI document and docs page, stats, the error body, security headers, ETag,
// CORS (off by default), unknown routes, against a real store filled with the fixtures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { startApiFixture, type ApiFixture } from './helpers/api-fixture.js';
import { OPERATIONS } from '../../api/schemas/operations.js';

let fx: ApiFixture;
beforeAll(async () => {
  fx = await startApiFixture();
});
afterAll(async () => {
  await fx?.close();
});

describe('openapi and docs', () => {
  it('serves an OpenAPI 3.1 document covering every operation', async () => {
    const res = await request(fx.url).get('/api/v1/openapi.json').expect(200).expect('Content-Type', /json/);
    expect(res.body.openapi).toBe('3.1.0');
    for (const op of OPERATIONS) {
      const path = '/api/v1' + op.path.replace(/:(\w+)/g, '{$1}');
      expect(res.body.paths[path]?.[op.method]?.operationId, `${op.method} ${path}`).toBe(op.id);
    }
    const search = res.body.paths['/api/v1/search'].get;
    const q = search.parameters.find((p: { name: string }) => p.name === 'q');
    expect(q).toMatchObject({ in: 'query', required: true, schema: { type: 'string' } });
    const limit = search.parameters.find((p: { name: string }) => p.name === 'limit');
    expect(limit.schema.maximum).toBe(100);
    expect(res.body.paths['/api/v1/documents'].post.security).toEqual([{ bearer: [] }]);
    expect(res.body.components.schemas.Error.properties.error).toBeTruthy();
  });

  it('renders a docs page listing the operations', async () => {
    const res = await request(fx.url).get('/api/docs').expect(200).expect('Content-Type', /html/);
    expect(res.text).toContain('/api/v1/sources/{id}/co-cited');
    expect(res.text).toContain('openapi.json');
  });
});

describe('stats', () => {
  it('counts nodes and edges per kind', async () => {
    const res = await request(fx.url).get('/api/v1/stats').expect(200);
    expect(res.body.documents).toBeGreaterThanOrEqual(12);
    expect(res.body.nodes.Person).toBeGreaterThan(10);
    expect(res.body.totalEdges).toBe(Object.values(res.body.edges as Record<string, number>).reduce((a, b) => a + b, 0));
  });
});

describe('http behaviour', () => {
  it('answers unknown API routes with a JSON 404 error body', async () => {
    const res = await request(fx.url).get('/api/v1/nope').expect(404).expect('Content-Type', /json/);
    expect(res.body).toEqual({ error: { code: 'CG_NOT_FOUND', message: expect.stringContaining('/api/v1/nope'), details: null } });
  });

  it('answers unknown pages with an HTML 404', async () => {
    const res = await request(fx.url).get('/no/such/page').set('Accept', 'text/html').expect(404).expect('Content-Type', /html/);
    expect(res.text).toContain('CG_NOT_FOUND');
  });

  it('sends security headers with a CSP that allows only our own scripts', async () => {
    const res = await request(fx.url).get('/').expect(200);
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('sets an ETag on reads and answers 304 to If-None-Match', async () => {
    const first = await request(fx.url).get('/api/v1/stats').expect(200);
    const etag = first.headers.etag;
    expect(etag).toMatch(/^"/);
    expect(first.headers['cache-control']).toBe('no-cache');
    await request(fx.url).get('/api/v1/stats').set('If-None-Match', etag).expect(304);
  });

  it('has CORS off by default', async () => {
    const res = await request(fx.url).get('/api/v1/stats').set('Origin', 'https://elsewhere.example').expect(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('rejects a malformed JSON body with 400', async () => {
    const res = await request(fx.url).post('/api/v1/documents').set('Content-Type', 'application/json').send('{"url":').expect(400);
    expect(res.body.error.code).toBe('CG_INVALID_INPUT');
  });
});

describe('configured CORS and time limit', () => {
  let other: ApiFixture;
  beforeAll(async () => {
    other = await startApiFixture({
      files: [],
      config: { corsOrigins: ['https://app.example'] },
      app: { requestTimeLimitMs: 1 },
    });
  });
  afterAll(async () => {
    await other?.close();
  });

  it('allows only the configured origin', async () => {
    const ok = await request(other.url).get('/api/v1/openapi.json').set('Origin', 'https://app.example');
    expect(ok.headers['access-control-allow-origin']).toBe('https://app.example');
    const no = await request(other.url).get('/api/v1/openapi.json').set('Origin', 'https://evil.example');
    expect(no.headers['access-control-allow-origin']).toBeUndefined();
  });
});
