// HEAD goes first on every host; GET-first only after a host's HEADs kept finding HTML pages.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkLinks, HTML_HEADS_BEFORE_GET_FIRST } from '../../../ingest/linkcheck/index.js';
import { HeadPolicy } from '../../../ingest/linkcheck/head-policy.js';
import { startServer, type TestServer } from '../../helpers/rotten-web/http-server.js';

let srv: TestServer;
const methods: string[] = [];
beforeAll(async () => {
  srv = await startServer((req, res) => {
    methods.push(`${req.method} ${req.url}`);
    if (req.url?.endsWith('.pdf')) return void res.writeHead(200, { 'content-type': 'application/pdf' }).end(req.method === 'HEAD' ? undefined : '%PDF');
    if (/^\/page\/\d+$/.test(req.url ?? '')) return void res.writeHead(200, { 'content-type': 'text/html' }).end(req.method === 'HEAD' ? undefined : `<title>Page ${req.url}</title><h1>${req.url}</h1>`);
    res.writeHead(404).end();
  }, '127.0.0.14');
});
afterAll(async () => { await srv.close(); });

it('starts with HEAD on a new host and for documents, then saves the HEAD for pages', async () => {
  methods.length = 0;
  const pages = Array.from({ length: 40 }, (_, i) => `${srv.url}/page/${i}`);
  const results = await checkLinks([...pages, `${srv.url}/report.pdf`], { allowPrivate: true, concurrency: 1, perHost: 1, keepAliveTimeoutMs: 10, archive: 'none' });
  expect(results.map((r) => r.status)).toEqual(results.map(() => 'ok'));
  expect(methods[0]).toBe('HEAD /page/0');
  // Checks already under way when the host proved HTML-only still lead with HEAD; later ones do not.
  const headedPages = methods.filter((m) => m.startsWith('HEAD /page/'));
  expect(headedPages.length).toBeGreaterThanOrEqual(HTML_HEADS_BEFORE_GET_FIRST);
  expect(headedPages.length).toBeLessThan(20);
  expect(methods).toContain('HEAD /report.pdf');
  expect(methods).not.toContain('GET /report.pdf'); // a PDF's headers say all we need
});

it('keeps HEAD where it helps and drops it on hosts where it hangs', () => {
  const p = new HeadPolicy();
  const u = (s: string) => new URL(s);
  for (let i = 0; i < 5; i++) p.recordHead(u(`http://a.test/p${i}`), true);
  expect(p.shouldHead(u('http://a.test/next'))).toBe(false);
  expect(p.shouldHead(u('http://a.test/file.PDF'))).toBe(true);
  expect(p.shouldHead(u('http://b.test/next'))).toBe(true);
  for (let i = 0; i < 3; i++) p.recordHead(u(`http://a.test/d${i}`), false);
  expect(p.shouldHead(u('http://a.test/next'))).toBe(true);
  p.markHostile('http://c.test');
  expect(p.shouldHead(u('http://c.test/file.pdf'))).toBe(false);
});

it('goes straight to GET on a host whose HEADs keep answering 404 (the GET has the last word anyway)', async () => {
  methods.length = 0;
  const gone = Array.from({ length: 30 }, (_, i) => `${srv.url}/gone/${i}`);
  const results = await checkLinks(gone, { allowPrivate: true, concurrency: 1, perHost: 1, keepAliveTimeoutMs: 10, archive: 'none' });
  expect(results.every((r) => r.status === 'not-found')).toBe(true);
  const heads = methods.filter((m) => m.startsWith('HEAD /gone/'));
  expect(heads.length).toBeGreaterThanOrEqual(HTML_HEADS_BEFORE_GET_FIRST);
  expect(heads.length).toBeLessThan(15);
  expect(methods.filter((m) => m.startsWith('GET /gone/'))).toHaveLength(30);
});
