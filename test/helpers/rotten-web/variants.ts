// Variations on the rot the main site shows, on a host of their own (127.0.0.9): error pages in a
// full site template, redirects to a search page, a Refresh header, gzip, half-open sockets, bad HTTP.
import type http from 'node:http';
import { gzipSync } from 'node:zlib';
import { fixturePage } from './pages.js';

const HTML = { 'content-type': 'text/html; charset=utf-8' };
const NAV = Array.from({ length: 40 }, (_, i) => `<li><a href="/section/${i}">Section ${i} of the organization and its programmes</a></li>`).join('');

const templated = (main: string, title = 'Institute for Regional Studies') =>
  `<!doctype html><html><head><title>${title}</title></head><body><nav><ul>${NAV}</ul></nav><main>${main}</main>` +
  `<footer><p>${'Contact, imprint, privacy policy, accessibility statement, newsletter and social media. '.repeat(8)}</p></footer></body></html>`;

export interface VariantExpectation {
  path: string;
  status: string;
  verdict: string;
}

export const VARIANTS: VariantExpectation[] = [
  { path: '/publications/templated-missing', status: 'soft-404', verdict: 'soft-dead' },
  { path: '/publications/old-search', status: 'soft-404', verdict: 'soft-dead' },
  { path: '/publications/refresh-header', status: 'soft-404', verdict: 'soft-dead' },
  { path: '/website-for-sale', status: 'parked', verdict: 'soft-dead' },
  { path: '/unauthorized', status: 'forbidden', verdict: 'inconclusive' },
  { path: '/challenge-503', status: 'forbidden', verdict: 'inconclusive' },
  { path: '/close-early', status: 'connection-error', verdict: 'dead' },
  { path: '/garbage', status: 'connection-error', verdict: 'dead' },
  { path: '/gzip-page', status: 'ok', verdict: 'alive' },
  { path: '/templated-page', status: 'ok', verdict: 'alive' },
  { path: '/unavailable-once', status: 'ok', verdict: 'alive' },
  { path: '/trickle', status: 'timeout', verdict: 'dead' },
  { path: '/bad-location', status: 'connection-error', verdict: 'dead' },
  { path: '/page-without-type', status: 'ok', verdict: 'alive' },
  { path: '/head-with-body', status: 'ok', verdict: 'alive' },
  { path: '/head-with-body-2', status: 'ok', verdict: 'alive' },
  { path: '/publications/script-home', status: 'soft-404', verdict: 'soft-dead' },
  { path: '/script-moved', status: 'ok', verdict: 'alive' },
];

export function variantsHandler(refusedUrl: string): http.RequestListener {
  let unavailable = 0;
  return (req, res) => {
    const head = req.method === 'HEAD';
    const send = (status: number, body: string | Buffer, headers: http.OutgoingHttpHeaders = HTML) => {
      res.writeHead(status, headers);
      res.end(head ? undefined : body);
    };
    switch (req.url) {
      case '/': return send(200, fixturePage('home'));
      case '/search?q=old-search': return send(200, templated('<h1>Search</h1><p>Enter a term to search the site.</p>'));
      case '/publications/templated-missing':
        return send(200, templated('<p>Sorry! The page you requested could not be found. It may have moved during our relaunch.</p>'));
      case '/templated-page':
        return send(200, templated('<h1>Working paper on cross-border cooperation</h1><p>The paper reviews agreements signed since 2010.</p>'));
      case '/publications/old-search': return send(302, '', { location: '/search?q=old-search' });
      case '/publications/refresh-header': return send(200, '', { ...HTML, refresh: '0; url=/' });
      case '/website-for-sale': return send(200, '<html><head><title>regional-studies.example</title></head><body><h2>This website is for sale!</h2><p>Contact the owner.</p></body></html>');
      case '/unauthorized': return send(401, '<title>401 Authorization Required</title>', { ...HTML, 'www-authenticate': 'Basic realm="members"' });
      case '/challenge-503': return send(503, fixturePage('bot-wall'), { ...HTML, server: 'cloudflare' });
      case '/close-early': return void req.socket.destroy();
      case '/garbage': return void req.socket.end('HELLO THERE\r\n\r\n');
      case '/gzip-page': return send(200, gzipSync(fixturePage('report')), { ...HTML, 'content-encoding': 'gzip' });
      case '/unavailable-once':
        if (!head && ++unavailable === 1) return send(503, 'busy', { 'retry-after': '1', 'content-type': 'text/plain' });
        if (head) return send(503, '', { 'retry-after': '1', 'content-type': 'text/plain' });
        return send(200, fixturePage('report'));
      case '/trickle': {
        res.writeHead(200, HTML);
        if (head) return void res.end();
        res.write('<!doctype html><title>Slow</title>');
        const timer = setInterval(() => res.write(' '), 50);
        res.on('close', () => clearInterval(timer));
        return;
      }
      case '/to-refused': return send(302, '', { location: refusedUrl });
      case '/head-with-body':
      case '/head-with-body-2':
        // A broken server that sends a body after a HEAD response, poisoning a kept-alive socket.
        if (head) return void req.socket.write(`HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 40\r\n\r\n<html><title>oops body on HEAD</title>`);
        return send(200, fixturePage('report'));
      case '/publications/script-home':
        // A stub that bounces every old link to the home page by script.
        return send(200, '<!doctype html><html><head><title>Redirecting</title><script>window.location.href = "/";</script></head><body></body></html>');
      case '/script-moved':
        return send(200, '<html><head><script>location.replace("/templated-page")</script></head><body>Moved.</body></html>');
      case '/bad-location': return send(302, '', { location: 'http://[::1' });
      case '/page-without-type':
        res.writeHead(200);
        return void res.end(head ? undefined : '<!DOCTYPE html><html><head><title>Untyped working paper</title></head><body><h1>Untyped working paper</h1><p>Served without a Content-Type header.</p></body></html>');
    }
    send(404, '<title>404 Not Found</title>');
  };
}
