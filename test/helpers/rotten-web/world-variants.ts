// Rot seen on real sites that the first fixture hosts did not show, on a host of their own (127.0.0.10):
// error pages in other languages and site builders, empty 200s, search-page fallbacks, items bounced to a
// section index, a catch-all site that shares a word with the cited path, a UTF-8 Location header,
// a cookie-check redirect, a mislabelled gzip body, firewall answers (AWS WAF 202, mod_security 406).
import type http from 'node:http';
import { deflateRawSync, gzipSync } from 'node:zlib';

const HTML = { 'content-type': 'text/html; charset=utf-8' };
const NAV = '<nav><a href="/">Home</a> <a href="/news/">News</a> <a href="/about/">About</a></nav>';
const FOOT = `<footer>${'Contact us, privacy, accessibility, newsletter. '.repeat(6)}</footer>`;
const page = (title: string, main: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${NAV}<main>${main}</main>${FOOT}</body></html>`;
const ARTICLE = '<p>The study reviews shoreline management plans, funding instruments and monitoring data across forty municipalities.</p>'.repeat(40);
const ALLIANCE = page('Coastal Alliance – Home', `<h1>Welcome to the Coastal Alliance</h1>${ARTICLE.slice(0, 1200)}`);

export const WORLD_VARIANTS: Array<{ path: string; status: string; verdict: string }> = [
  { path: '/de/bericht-2016', status: 'soft-404', verdict: 'soft-dead' },
  { path: '/fr/rapport-2016', status: 'soft-404', verdict: 'soft-dead' },
  { path: '/ja/report-2016', status: 'soft-404', verdict: 'soft-dead' },
  { path: '/blog/old-post', status: 'soft-404', verdict: 'soft-dead' },
  { path: '/reports/empty', status: 'soft-404', verdict: 'soft-dead' },
  { path: '/reports/search-fallback', status: 'soft-404', verdict: 'soft-dead' },
  { path: '/news/2016/harbour-plan', status: 'soft-404', verdict: 'soft-dead' },
  { path: '/programmes/coastal-resilience-2015', status: 'soft-404', verdict: 'soft-dead' },
  { path: '/reports/found-and-not-found', status: 'ok', verdict: 'alive' },
  { path: '/blog/why-404-pages-matter', status: 'ok', verdict: 'alive' },
  { path: '/frames', status: 'ok', verdict: 'alive' },
  { path: '/r/unicode', status: 'ok', verdict: 'alive' },
  { path: '/lapsed', status: 'parked', verdict: 'soft-dead' },
  { path: '/cookie-test', status: 'ok', verdict: 'alive' },
  { path: '/mislabelled-gzip', status: 'ok', verdict: 'alive' },
  { path: '/waf-challenge', status: 'forbidden', verdict: 'inconclusive' },
  { path: '/firewall-406', status: 'forbidden', verdict: 'inconclusive' },
  { path: '/raw-deflate', status: 'ok', verdict: 'alive' },
  { path: '/refresh-loop-a', status: 'redirect-loop', verdict: 'dead' },
  { path: '/ad-parking', status: 'parked', verdict: 'soft-dead' },
  { path: '/app/report-77', status: 'soft-404', verdict: 'soft-dead' },
  { path: '/slowdir/annual-review', status: 'ok', verdict: 'alive' },
  { path: '/big/gzip-missing', status: 'soft-404', verdict: 'soft-dead' },
  { path: '/head-loop', status: 'ok', verdict: 'alive' },
  { path: '/head-throttled', status: 'ok', verdict: 'alive' },
  { path: '/files/annual-2012.pdf', status: 'soft-404', verdict: 'soft-dead' },
];

export function worldVariantsHandler(): http.RequestListener {
  return (req, res) => {
    const send = (status: number, body: string | Buffer, headers: http.OutgoingHttpHeaders = HTML) => {
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const path = req.url ?? '/';
    // A directory whose made-up siblings hang (the sibling probe must not hold the check past its time).
    if (path.startsWith('/slowdir/')) {
      // The page itself is slow too, so the probe would push the check past its budget.
      if (path === '/slowdir/annual-review') {
        return void setTimeout(() => send(200, page('Annual Review', `<h1>Annual Review</h1>${ARTICLE.slice(0, 800)}`)), req.method === 'HEAD' ? 0 : 150);
      }
      return;
    }
    // A whole site that answers every unknown path with its home page.
    if (path.startsWith('/programmes/')) return send(200, ALLIANCE);
    if (path === '/cookie-test') {
      // "Set a cookie and come back": a client without cookies loops here forever.
      if (/(^|;\s*)visited=1/.test(req.headers.cookie ?? '')) return send(200, page('Regional Accounts', `<h1>Regional Accounts</h1>${ARTICLE.slice(0, 800)}`));
      return send(302, '', { location: '/cookie-test', 'set-cookie': 'visited=1; Path=/; HttpOnly' });
    }
    switch (path) {
      // Claims gzip, sends plain HTML (browsers differ; the page is there).
      case '/mislabelled-gzip': return send(200, page('Hours Worked 2021', `<h1>Hours Worked 2021</h1>${ARTICLE.slice(0, 800)}`), { ...HTML, 'content-encoding': 'gzip' });
      // "deflate" sent raw (no zlib wrapper), as many servers do.
      case '/raw-deflate':
        return send(200, deflateRawSync(page('Wage Statistics 2020', `<h1>Wage Statistics 2020</h1>${ARTICLE.slice(0, 800)}`)), { ...HTML, 'content-encoding': 'deflate' });
      case '/refresh-loop-a': return send(200, '<html><head><title>Moved</title><meta http-equiv="refresh" content="0; url=/refresh-loop-b"></head><body></body></html>');
      case '/refresh-loop-b': return send(200, '<html><head><title>Moved</title><meta http-equiv="refresh" content="0; url=/refresh-loop-a"></head><body></body></html>');
      case '/ad-parking':
        return send(200, '<html><head><title>Coastal Monitoring</title><script src="//www.google.com/adsense/domains/caf.js"></script></head><body><div id="ads"></div></body></html>');
      // A prerendered single-page app that tells crawlers the route is missing.
      case '/app/report-77':
        return send(200, '<html><head><title>Explorer</title><meta name="prerender-status-code" content="404"></head><body><div id="root"><p>Explorer</p></div><script src="/app.js"></script></body></html>');
      // A 1 MB error page sent as gzip: decoded it is far past the 256 KiB read cap.
      case '/big/gzip-missing':
        return send(200, gzipSync(page('Page not found', `<h1>Page not found</h1>${'<p>Related links and site map entries.</p>'.repeat(25_000)}`)), { ...HTML, 'content-encoding': 'gzip' });
      // HEAD bounces to itself forever; GET answers the page.
      case '/head-loop':
        if (req.method === 'HEAD') return send(302, '', { location: '/head-loop' });
        return send(200, page('Fleet Register', `<h1>Fleet Register</h1>${ARTICLE.slice(0, 800)}`));
      // A CDN that throttles every HEAD; GET is served.
      case '/head-throttled':
        if (req.method === 'HEAD') return send(429, '');
        return send(200, page('Harbour Dues', `<h1>Harbour Dues</h1>${ARTICLE.slice(0, 800)}`));
      // A removed PDF answered with the front page (no redirect; siblings 404).
      case '/files/annual-2012.pdf': return send(200, page('Harbour Authority – Home', `<h1>Welcome</h1>${ARTICLE.slice(0, 800)}`));
      case '/waf-challenge': return send(202, '', { ...HTML, 'x-amzn-waf-action': 'challenge' });
      case '/firewall-406': return send(406, '<title>Not Acceptable!</title><p>This error was generated by Mod_Security.</p>');
      case '/': return send(200, page('Coastal Policy Institute', `<h1>Welcome</h1>${ARTICLE.slice(0, 600)}`));
      case '/news/': return send(200, page('News – Coastal Policy Institute', `<h1>News</h1>${ARTICLE.slice(0, 600)}`));
      case '/de/bericht-2016': return send(200, page('Landesamt', '<h1>Fehler</h1><p>Die von Ihnen aufgerufene Seite existiert leider nicht oder wurde verschoben.</p>'));
      case '/fr/rapport-2016': return send(200, page('Conservatoire', "<h1>Erreur</h1><p>Désolé, la page que vous demandez n’existe pas ou a été déplacée.</p>"));
      case '/ja/report-2016': return send(200, page('国土交通省', '<h1>ページが見つかりません</h1><p>お探しのページは削除されたか、URLが変更された可能性があります。</p>'));
      case '/blog/old-post': return send(200, page('Coastal Notes', '<h2>We couldn’t find the page you were looking for.</h2><p>Try the archive.</p>'));
      case '/reports/empty': return send(200, '');
      case '/reports/search-fallback':
        return send(200, page('Search results for “shoreline plan 2012” – Institute', '<h1>Search results</h1><p>No results were found for “shoreline plan 2012”.</p>'));
      case '/news/2016/harbour-plan': return send(302, '', { location: '/news/' });
      case '/reports/found-and-not-found':
        return send(200, page('Found and Not Found: Provenance Research in Regional Museums', `<h1>Found and Not Found: Provenance Research in Regional Museums</h1>${ARTICLE}`));
      case '/blog/why-404-pages-matter':
        return send(200, page('Why good 404 pages matter for public websites', `<h1>Why good 404 pages matter</h1>${ARTICLE.slice(0, 1800)}`));
      case '/frames': return send(200, '<html><head><title></title></head><frameset cols="20%,80%"><frame src="/nav"><frame src="/"></frameset></html>');
      // Raw UTF-8 bytes in the header, as many servers send them (Node only lets latin1 through).
      case '/r/unicode': return send(302, '', { location: Buffer.from('/docs/küste-bericht', 'utf8').toString('latin1') });
      case '/docs/k%C3%BCste-bericht': return send(200, page('Küstenbericht', `<h1>Küstenbericht</h1>${ARTICLE.slice(0, 800)}`));
      case '/lapsed': return send(200, '<html><head><title>kuestenatlas.de</title></head><body><h1>kuestenatlas.de</h1><p>Diese Domain steht zum Verkauf!</p></body></html>');
    }
    send(404, page('Not Found', '<h1>Not Found</h1>'));
  };
}
