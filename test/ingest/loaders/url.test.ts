import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../../ingest/load-document.js';
import { fetchDocument } from '../../../ingest/loaders/url.js';
import { expectWellFormed, failure, notes } from './invariants.js';

interface Server { url: string; close: () => Promise<void> }

async function startServer(handler: http.RequestListener): Promise<Server> {
  const server = http.createServer(handler);
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}

let srv: Server;
let report: Buffer;
let pdf: Buffer;
/** Bytes the endless endpoint managed to write before the client hung up. */
let endlessWritten = 0;
let endlessClosed: Promise<void> = Promise.resolve();
const dispatcher = new Agent({ keepAliveTimeout: 10, keepAliveMaxTimeout: 10 });
const opts = { dispatcher, timeoutMs: 5_000 };

beforeAll(async () => {
  report = await readFile('fixtures/formats/report-footnotes.html');
  pdf = await readFile('fixtures/formats/labour-review-2p.pdf');
  srv = await startServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/report') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(report);
    if (path === '/files/review') return void res.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf);
    if (path === '/relative') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<p>See <a href="../docs/plan.pdf">the plan</a>.</p>');
    if (path === '/moved-page') return void res.writeHead(302, { location: '/new/place/page' }).end();
    if (path === '/new/place/page') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<p><a href="annex.pdf">Annex</a></p>');
    if (path === '/latin1') return void res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' }).end(Buffer.from([0x3c, 0x70, 0x3e, 0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68]));
    if (path === '/r1') return void res.writeHead(302, { location: '/r2' }).end();
    if (path === '/r2') return void res.writeHead(301, { location: `${srv.url}/report` }).end();
    if (path.startsWith('/loop')) return void res.writeHead(302, { location: `/loop${Number(path.slice(5) || 0) + 1}` }).end();
    if (path === '/declared-big') return void res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(10 * 1024 * 1024) }).end();
    if (path === '/endless') {
      // Streams without end; the client must stop reading at its limit.
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(16 * 1024, 'a');
      endlessClosed = new Promise((done) => res.on('close', () => done()));
      const pump = () => {
        for (;;) {
          if (res.destroyed) return;
          endlessWritten += chunk.length;
          const more = res.write(chunk);
          if (endlessWritten > 256 * 1024 * 1024) return void res.end();
          if (!more) break;
        }
        res.once('drain', pump);
      };
      return pump();
    }
    if (path === '/hang') return; // never answers
    if (path === '/slow-body') { res.writeHead(200, { 'content-type': 'text/plain' }); res.write('first words '); return; }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
  });
});
afterAll(async () => {
  await srv.close();
  await dispatcher.close();
});

describe('loading a URL', () => {
  it('fetches and loads an HTML page (media type from Content-Type)', async () => {
    const doc = await loadDocument(`${srv.url}/report`, opts);
    expectWellFormed(doc);
    expect(doc.source).toBe(`${srv.url}/report`);
    expect(doc.mediaType).toBe('text/html');
    expect(notes(doc)).toHaveLength(5);
  });

  it('loads a PDF served without an extension, and resolves relative links against the URL', async () => {
    const doc = await loadDocument(`${srv.url}/files/review`, opts);
    expect(doc.mediaType).toBe('application/pdf');
    const rel = await loadDocument(`${srv.url}/relative`, opts);
    expect(rel.links.map((l) => l.url)).toEqual([`${srv.url}/docs/plan.pdf`]);
  });

  it('resolves relative links against the URL after redirects, and honours the Content-Type charset', async () => {
    const doc = await loadDocument(`${srv.url}/moved-page`, opts);
    expect(doc.links.map((l) => l.url)).toEqual([`${srv.url}/new/place/annex.pdf`]);
    expect((await loadDocument(`${srv.url}/latin1`, opts)).text).toBe('Zürich');
  });

  it('follows redirects and reports the final URL', async () => {
    const fetched = await fetchDocument(`${srv.url}/r1`, { maxBytes: 1e6, timeoutMs: 5_000, maxRedirects: 5, dispatcher });
    expect(fetched.finalUrl).toBe(`${srv.url}/report`);
    expect(fetched.status).toBe(200);
  });

  it('gives up after 5 redirects with CG_FETCH', async () => {
    const f = await failure(loadDocument(`${srv.url}/loop`, opts));
    expect(f).toEqual({ code: 'CG_FETCH', message: `ingest.loadUrl: ${srv.url}/loop: too many redirects (more than 5)` });
  });

  it('turns a 404 into CG_FETCH naming the URL and status', async () => {
    const f = await failure(loadDocument(`${srv.url}/gone`, opts));
    expect(f).toEqual({ code: 'CG_FETCH', message: `ingest.loadUrl: ${srv.url}/gone: HTTP 404 Not Found` });
  });

  it('stops a streamed body at the size limit without buffering it all (CG_TOO_LARGE)', async () => {
    const f = await failure(loadDocument(`${srv.url}/endless`, { ...opts, maxBytes: 200 * 1024 }));
    expect(f.code).toBe('CG_TOO_LARGE');
    expect(f.message).toBe(`ingest.loadUrl: ${srv.url}/endless: response over the limit of 204800 bytes (more than 204800 bytes received)`);
    await endlessClosed;
    // The server could write only what socket buffers absorb before the client hung up, far from its 256 MiB.
    expect(endlessWritten).toBeGreaterThan(0);
    expect(endlessWritten).toBeLessThan(32 * 1024 * 1024);
  });

  it('rejects a declared Content-Length over the limit before reading', async () => {
    const f = await failure(loadDocument(`${srv.url}/declared-big`, { ...opts, maxBytes: 1024 }));
    expect(f.code).toBe('CG_TOO_LARGE');
    expect(f.message).toContain('declared 10485760 bytes');
  });

  it('times out on a server that never answers (CG_TIMEOUT)', async () => {
    const t0 = Date.now();
    const f = await failure(loadDocument(`${srv.url}/hang`, { dispatcher, timeoutMs: 300 }));
    expect(f).toEqual({ code: 'CG_TIMEOUT', message: `ingest.loadUrl: ${srv.url}/hang: no complete response within 300 ms` });
    expect(Date.now() - t0).toBeLessThan(5_000);
  });

  it('times out on a body that stalls after the headers', async () => {
    const f = await failure(loadDocument(`${srv.url}/slow-body`, { dispatcher, timeoutMs: 300 }));
    expect(f.code).toBe('CG_TIMEOUT');
  });

  it('reports a refused connection as CG_FETCH', async () => {
    const closed = await startServer(() => undefined);
    await closed.close();
    const f = await failure(loadDocument(`${closed.url}/x`, opts));
    expect(f.code).toBe('CG_FETCH');
    expect(f.message).toBe(`ingest.loadUrl: ${closed.url}/x: connection refused (ECONNREFUSED)`);
  });
});
