// The "rotten web": loopback servers (127.0.0.2-10 plus a refused port on 127.0.0.1) that reproduce
// every way a cited link rots, each URL paired with the status and verdict a correct checker gives.
import type http from 'node:http';
import type { LinkStatus, LinkVerdict } from '../../src/link-check.js';
import { refusedPort, startServer, type TestServer } from './rotten-web/http-server.js';
import { CITED_REPORT_TITLE, fixturePage } from './rotten-web/pages.js';
import { selfSignedCert } from './rotten-web/self-signed.js';
import { VARIANTS, variantsHandler } from './rotten-web/variants.js';
import { WORLD_VARIANTS, worldVariantsHandler } from './rotten-web/world-variants.js';

export { CITED_REPORT_TITLE };

export interface Scenario {
  name: string;
  url: string;
  status: LinkStatus;
  verdict: LinkVerdict;
  citedTitle?: string;
}

export interface RottenWeb {
  hosts: Record<'site' | 'newHome' | 'catchAll' | 'parked' | 'hostile' | 'wayback', string>;
  /** https server with a self-signed certificate; null when openssl is unavailable. */
  tlsUrl: string | null;
  refusedUrl: string;
  scenarios: Scenario[];
  /** Wayback stand-in requests seen (query strings), for archive assertions. */
  waybackQueries: URLSearchParams[];
  /** Bytes written by /huge before the client hung up. */
  hugeBytesSent: () => number;
  /** Per-path request counts (method + path). */
  hits: Map<string, number>;
  reset: () => void;
  close: () => Promise<void>;
}

const HTML = { 'content-type': 'text/html; charset=utf-8' };
export const HUGE_BYTES = 512 * 1024 * 1024;

function send(res: http.ServerResponse, status: number, body = '', headers: http.OutgoingHttpHeaders = HTML): void {
  res.writeHead(status, headers);
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/** Stream `total` bytes of HTML with backpressure (never buffered), counting what was written. */
function streamHuge(res: http.ServerResponse, total: number, onBytes: (n: number) => void): void {
  res.writeHead(200, { ...HTML, 'content-length': String(total) });
  if (res.req.method === 'HEAD') return void res.end();
  const chunk = Buffer.alloc(64 * 1024, 'a');
  const head = Buffer.from('<!doctype html><html><head><title>Very large report</title></head><body><p>');
  let sent = 0;
  const pump = () => {
    while (sent < total) {
      const piece = sent === 0 ? head : chunk.subarray(0, Math.min(chunk.length, total - sent));
      sent += piece.length;
      onBytes(piece.length);
      if (!res.write(piece)) return void res.once('drain', pump);
    }
    res.end();
  };
  res.on('close', () => { sent = total; });
  pump();
}

export async function startRottenWeb(): Promise<RottenWeb> {
  const hits = new Map<string, number>();
  const waybackQueries: URLSearchParams[] = [];
  let hugeSent = 0;
  const count = (req: http.IncomingMessage) => {
    const key = `${req.method} ${req.url}`;
    const n = (hits.get(key) ?? 0) + 1;
    hits.set(key, n);
    return n;
  };
  const pathHits = (path: string) => (hits.get(`HEAD ${path}`) ?? 0) + (hits.get(`GET ${path}`) ?? 0);
  const servers: TestServer[] = [];
  const start = async (h: http.RequestListener, host: string, tls?: { key: string; cert: string }) => {
    const s = await startServer(h, host, tls);
    servers.push(s);
    return s;
  };

  const newHome = await start((req, res) => {
    count(req);
    if (req.url === '/library/assembly-guidelines') return send(res, 200, fixturePage('report-moved'));
    if (req.url === '/') return send(res, 200, fixturePage('home'));
    send(res, 404, '<title>Not Found</title>');
  }, '127.0.0.3');

  const site = await start((req, res) => {
    count(req);
    const path = req.url ?? '/';
    if (path.startsWith('/slow')) return; // never answers
    switch (path) {
      case '/': return send(res, 200, fixturePage('home'));
      case '/reports/assembly-guidelines': return send(res, 200, fixturePage('report'));
      case '/publications/temp': return send(res, 302, '', { location: '/reports/assembly-guidelines' });
      case '/publications/old-guidelines': return send(res, 301, '', { location: `${newHome.url}/library/assembly-guidelines` });
      case '/publications/perm-same-host': return send(res, 308, '', { location: '/reports/assembly-guidelines' });
      case '/news/2019/missing-story': return send(res, 200, fixturePage('soft-404'));
      case '/archive/2015/report-on-elections': return send(res, 302, '', { location: '/' });
      case '/missing': return send(res, 404, '<title>404 Not Found</title>');
      case '/withdrawn': return send(res, 410, '<title>410 Gone</title>');
      case '/members-only': return send(res, 403, '<title>Forbidden</title>');
      case '/protected': return send(res, 403, fixturePage('bot-wall'), { ...HTML, 'cf-mitigated': 'challenge', server: 'cloudflare' });
      case '/busy': return send(res, 429, 'slow down', { 'retry-after': '3600', 'content-type': 'text/plain' });
      case '/busy-once':
        return pathHits(path) === 1 ? send(res, 429, 'slow down', { 'retry-after': '1', 'content-type': 'text/plain' })
          : send(res, 200, fixturePage('report'));
      case '/broken': return send(res, 500, '<title>Internal Server Error</title>');
      case '/flaky': return pathHits(path) <= 2 ? send(res, 503, '<title>Service Unavailable</title>') : send(res, 200, fixturePage('report'));
      case '/reset':
        res.writeHead(200, { ...HTML, 'content-length': '100000' });
        res.write('<!doctype html><title>Half a page</title><p>');
        setTimeout(() => res.socket?.destroy(), 20);
        return;
      case '/loop-a': return send(res, 302, '', { location: '/loop-b' });
      case '/loop-b': return send(res, 302, '', { location: '/loop-a' });
      case '/huge': return streamHuge(res, HUGE_BYTES, (n) => { hugeSent += n; });
      case '/drift': return send(res, 200, fixturePage('drift'));
      case '/meta-refresh':
        return send(res, 200, '<!doctype html><html><head><title>Redirecting</title><meta http-equiv="refresh" content="0; url=/reports/assembly-guidelines"></head><body></body></html>');
      case '/members/report': return send(res, 302, '', { location: '/login?next=/members/report' });
      case '/login?next=/members/report': return send(res, 200, '<!doctype html><title>Sign in</title><form><input name=user></form>');
    }
    const chain = /^\/chain\/(\d+)$/.exec(path);
    if (chain) return send(res, 302, '', { location: `/chain/${Number(chain[1]) + 1}` });
    send(res, 404, '<title>404 Not Found</title>');
  }, '127.0.0.2');

  // Every path answers 200 with the same page: only the random-sibling probe can tell.
  const catchAll = await start((req, res) => { count(req); send(res, 200, fixturePage('catch-all')); }, '127.0.0.4');
  // A lapsed domain: every path bounces to a for-sale lander.
  const parked = await start((req, res) => {
    count(req);
    if (req.url === '/') return send(res, 200, fixturePage('parked'));
    send(res, 302, '', { location: '/' });
  }, '127.0.0.5');
  // HEAD-hostile server: GET works, HEAD is refused, hangs, resets or lies.
  const hostile = await start((req, res) => {
    count(req);
    const head = req.method === 'HEAD';
    const path = req.url ?? '/';
    if (head && path === '/head-405') return send(res, 405, '', { allow: 'GET' });
    if (head && path === '/head-501') return send(res, 501, '');
    if (head && path === '/head-403') return send(res, 403, '');
    if (head && path === '/head-404') return send(res, 404, '');
    if (head && path === '/head-hang') return;
    if (head && path === '/head-reset') return void req.socket.destroy();
    if (path === '/no-type') {
      res.writeHead(200);
      return void res.end(head ? undefined : fixturePage('report'));
    }
    if (['/head-405', '/head-501', '/head-403', '/head-404', '/head-hang', '/head-reset'].includes(path)) return send(res, 200, fixturePage('report'));
    send(res, 404, '<title>404 Not Found</title>');
  }, '127.0.0.6');
  const wayback = await start((req, res) => {
    count(req);
    const u = new URL(req.url ?? '/', 'http://wayback.local');
    if (u.pathname !== '/wayback/available') return send(res, 404, '');
    waybackQueries.push(u.searchParams);
    const target = u.searchParams.get('url') ?? '';
    const ts = `${(u.searchParams.get('timestamp') ?? '20200101').slice(0, 8)}120000`;
    const body = target.includes('never-archived') ? { url: target, archived_snapshots: {} }
      : { url: target, archived_snapshots: { closest: { status: '200', available: true, url: `http://web.archive.org/web/${ts}/${target}`, timestamp: ts } } };
    send(res, 200, JSON.stringify(body), { 'content-type': 'application/json' });
  }, '127.0.0.8');
  const cert = selfSignedCert('127.0.0.7');
  const tls = cert ? await start((req, res) => send(res, 200, fixturePage('report')), '127.0.0.7', cert) : null;
  const refused = `http://127.0.0.1:${await refusedPort()}/report`;
  const variants = await start(variantsHandler(refused), '127.0.0.9');
  const world = await start(worldVariantsHandler(), '127.0.0.10');

  const s = site.url;
  const scenarios: Scenario[] = [
    { name: 'ok', url: `${s}/reports/assembly-guidelines`, status: 'ok', verdict: 'alive', citedTitle: CITED_REPORT_TITLE },
    { name: 'temporary redirect same host', url: `${s}/publications/temp`, status: 'ok', verdict: 'alive' },
    { name: 'meta refresh', url: `${s}/meta-refresh`, status: 'ok', verdict: 'alive' },
    { name: '301 to another host', url: `${s}/publications/old-guidelines`, status: 'redirected', verdict: 'moved', citedTitle: CITED_REPORT_TITLE },
    { name: '308 same host', url: `${s}/publications/perm-same-host`, status: 'redirected', verdict: 'moved' },
    { name: 'soft-404 wording', url: `${s}/news/2019/missing-story`, status: 'soft-404', verdict: 'soft-dead' },
    { name: 'deep link to root', url: `${s}/archive/2015/report-on-elections`, status: 'soft-404', verdict: 'soft-dead' },
    { name: 'random-sibling probe', url: `${catchAll.url}/docs/annual-report-2019`, status: 'soft-404', verdict: 'soft-dead' },
    { name: 'parked', url: `${parked.url}/reports/2019.html`, status: 'parked', verdict: 'soft-dead' },
    { name: 'content drift', url: `${s}/drift`, status: 'content-drift', verdict: 'soft-dead', citedTitle: CITED_REPORT_TITLE },
    { name: '404', url: `${s}/missing`, status: 'not-found', verdict: 'dead' },
    { name: '410', url: `${s}/withdrawn`, status: 'gone', verdict: 'dead' },
    { name: '403', url: `${s}/members-only`, status: 'forbidden', verdict: 'inconclusive' },
    { name: 'bot wall', url: `${s}/protected`, status: 'forbidden', verdict: 'inconclusive' },
    { name: 'login wall', url: `${s}/members/report`, status: 'forbidden', verdict: 'inconclusive' },
    { name: '429 Retry-After over cap', url: `${s}/busy`, status: 'rate-limited', verdict: 'inconclusive' },
    { name: '429 then ok', url: `${s}/busy-once`, status: 'ok', verdict: 'alive' },
    { name: '500', url: `${s}/broken`, status: 'server-error', verdict: 'dead' },
    { name: '503 recovers', url: `${s}/flaky`, status: 'ok', verdict: 'alive' },
    { name: 'hang', url: `${s}/slow`, status: 'timeout', verdict: 'dead' },
    { name: 'reset mid-response', url: `${s}/reset`, status: 'connection-error', verdict: 'dead' },
    { name: 'refused port', url: refused, status: 'connection-error', verdict: 'dead' },
    { name: 'unresolvable', url: 'http://something.invalid/report', status: 'dns-error', verdict: 'dead' },
    { name: 'redirect loop', url: `${s}/loop-a`, status: 'redirect-loop', verdict: 'dead' },
    { name: 'too many redirects', url: `${s}/chain/1`, status: 'too-many-redirects', verdict: 'dead' },
    { name: 'invalid url', url: 'not a url', status: 'invalid-url', verdict: 'skipped' },
    { name: 'ftp', url: 'ftp://127.0.0.1/file.pdf', status: 'unsupported-scheme', verdict: 'skipped' },
    { name: 'mailto', url: 'mailto:someone@example.org', status: 'unsupported-scheme', verdict: 'skipped' },
    ...['/head-405', '/head-501', '/head-403', '/head-404', '/head-hang', '/head-reset', '/no-type'].map((p): Scenario => (
      { name: `HEAD-hostile ${p}`, url: `${hostile.url}${p}`, status: 'ok', verdict: 'alive' })),
  ];
  for (const v of VARIANTS) scenarios.push({ name: `variant ${v.path}`, url: `${variants.url}${v.path}`, status: v.status as LinkStatus, verdict: v.verdict as LinkVerdict });
  for (const v of WORLD_VARIANTS) scenarios.push({ name: `world ${v.path}`, url: `${world.url}${v.path}`, status: v.status as LinkStatus, verdict: v.verdict as LinkVerdict });
  scenarios.push({ name: 'redirect to a refused port', url: `${variants.url}/to-refused`, status: 'connection-error', verdict: 'dead' });
  if (tls) scenarios.push({ name: 'self-signed TLS', url: `${tls.url}/report`, status: 'tls-error', verdict: 'dead' });

  return {
    hosts: { site: s, newHome: newHome.url, catchAll: catchAll.url, parked: parked.url, hostile: hostile.url, wayback: wayback.url },
    tlsUrl: tls?.url ?? null,
    refusedUrl: refused,
    scenarios,
    waybackQueries,
    hugeBytesSent: () => hugeSent,
    hits,
    reset: () => { hits.clear(); waybackQueries.length = 0; hugeSent = 0; },
    close: async () => { await Promise.all(servers.map((x) => x.close())); },
  };
}
