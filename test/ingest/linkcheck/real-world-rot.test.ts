// Signals for rot seen on real sites: error wording in other languages and templates, headlines that
// merely contain "not found", search-page fallbacks, section-index bounces, catch-all sites, parking
// pages in other languages, UTF-8 Location headers, and a check's total time with retries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answersLikeProbe, checkLinks, fingerprint, isBotWall, isDocumentAnsweredByHome, isDrifted, isLoginPage, isParked, isRedirectToGeneric, isSearchFallback,
  notFoundByWording, statusForHttp,
} from '../../../ingest/linkcheck/index.js';
import { utf8Header } from '../../../ingest/linkcheck/fetch-page.js';
import { decodeBody } from '../../../ingest/linkcheck/decode-body.js';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { startRottenWeb, type RottenWeb } from '../../helpers/rotten-web.js';
import { offlineResolver } from '../../helpers/rotten-web/offline-resolver.js';

const LONG = 'The study reviews shoreline plans, funding instruments and monitoring data across municipalities. '.repeat(40);

describe('not-found wording on real error pages', () => {
  it('reads error sentences in the languages cited reports come in', () => {
    for (const msg of [
      'Die von Ihnen aufgerufene Seite existiert leider nicht.', 'Die gewünschte Seite wurde leider nicht gefunden.',
      "Désolé, la page que vous demandez n'existe pas.", 'Lo sentimos, la página que buscas no existe.',
      'La pagina che stai cercando non esiste.', 'A página que procura não existe.', 'De pagina die u zoekt bestaat niet.',
      'Sidan kunde inte hittas', 'Nie znaleziono strony', 'Страница не найдена', 'ページが見つかりません', '抱歉，您访问的页面不存在',
      'Halaman tidak ditemukan', 'Stránka nebola nájdená', 'Stranica nije pronađena', 'No se encontró la página solicitada',
    ]) {
      expect(notFoundByWording('Ministry', ['Error'], `Menu Home About ${msg} Footer`), msg).toBe(true);
    }
  });
  it('reads typographic apostrophes and sentences with words in between', () => {
    expect(notFoundByWording('Org', [], 'Menu. We couldn’t find the page you were looking for. Footer')).toBe(true);
    expect(notFoundByWording('Notes', [], 'Sorry, the page you were looking for in this blog does not exist.')).toBe(true);
    expect(notFoundByWording('Org', ["Hmm, we can't find what you're looking for."], '')).toBe(true);
    expect(notFoundByWording('Org', [], 'This consultation has been removed from our website.')).toBe(true);
  });
  it('reads the sentences of server and platform error templates', () => {
    for (const msg of [
      'The resource you are looking for might have been removed, had its name changed, or is temporarily unavailable.',
      'Sorry, the file you have requested does not exist.', "This content isn't available right now",
      'This video is no longer available because the account has been terminated.', 'The page you are trying to reach is not available.',
      "We're sorry, but the page you requested could not be located.", 'This account has been suspended.',
      "Looks like you've followed a broken link or entered a URL that doesn't exist on this site.",
    ]) {
      expect(notFoundByWording('Site', [], `Menu Home ${msg} Footer`), msg).toBe(true);
    }
    expect(notFoundByWording('HTTP 404 | Statistics Office', [], 'Please check the address.')).toBe(true);
    expect(notFoundByWording('Port Authority', [], `${'Menu '.repeat(300)}The requested URL /docs/x-2014.html was not found on this server.`)).toBe(true);
    expect(notFoundByWording('Lost property: what happens to items not found by their owners', [], 'Short guide.')).toBe(false);
    expect(notFoundByWording('Nothing found for annual report 2016', [], 'Try another search.')).toBe(true);
    expect(notFoundByWording('404 Days at Sea: A Memoir', ['404 Days at Sea'], 'A sailor recounts a long voyage.')).toBe(false);
    const closures = 'No Longer Available? Library Closures and Digital Access';
    expect(notFoundByWording(closures, [closures], `Home Issues ${closures} A study of closures.`)).toBe(false);
    expect(notFoundByWording('Org', [], 'Menu. This document is no longer available. Footer')).toBe(true);
    expect(notFoundByWording('Nothing Found? Null Results in Development Economics', [], 'A review.')).toBe(false);
    expect(notFoundByWording('404', [], 'Latest news')).toBe(true);
    expect(notFoundByWording('404 - Coastal Institute', [], 'Latest news')).toBe(true);
    expect(notFoundByWording('Instituto', ['¡Vaya! No encontramos la página que buscas.'], '')).toBe(true);
  });
  it('leaves short pages that use the words in passing', () => {
    expect(notFoundByWording('Note on revisions', ['Note on revisions'], 'Figures were revised in March. Nothing was found to change the conclusions.')).toBe(false);
    expect(notFoundByWording('Budget 2021', ['Budget 2021'], 'This page is not available in French. The budget sets out spending plans.')).toBe(false);
    expect(notFoundByWording('Platform bans accounts', ['Platform bans accounts'], 'The post was removed after complaints. The account has been suspended, a spokesperson said.')).toBe(false);
    expect(isSearchFallback('http://a.org/pub/no-results', 'No Results Found? Why Surveys Miss Informal Workers', [])).toBe(false);
  });
  it('keeps articles whose headline merely contains the words', () => {
    const headline = 'Found and Not Found: Provenance Research in Regional Museums';
    expect(notFoundByWording(headline, [headline], LONG)).toBe(false);
    expect(notFoundByWording('Why good 404 pages matter for public websites', ['Why good 404 pages matter'], LONG.slice(0, 1500))).toBe(false);
    // ... while the error template's own title still counts on a long page.
    expect(notFoundByWording('Page not found | Coastal Policy Institute', [], LONG)).toBe(true);
    expect(notFoundByWording('Error 404 – Page Not Found', [], LONG)).toBe(true);
  });
});

describe('search fallbacks, section bounces, catch-all sites, parking', () => {
  it('calls a search page answering for a cited item a soft-404, never a cited search', () => {
    expect(isSearchFallback('http://a.org/reports/plan-2012', 'Search results for “plan 2012” – Institute', [])).toBe(true);
    expect(isSearchFallback('http://a.org/reports/plan-2012', 'Institute', ['You searched for plan 2012'])).toBe(true);
    expect(isSearchFallback('http://a.org/search?q=plan', 'Search results for “plan” – Institute', [])).toBe(false);
    expect(isSearchFallback('http://a.org/reports/seti', 'Search for Extraterrestrial Intelligence: a review', [])).toBe(false);
  });
  it('calls a document link answered by the front page a soft-404', () => {
    const doc = /\.(pdf|docx?)$/i;
    expect(isDocumentAnsweredByHome('http://a.org/files/annual-2012.pdf', 'Harbour Authority – Home', doc)).toBe(true);
    expect(isDocumentAnsweredByHome('http://a.org/files/annual-2012.pdf', 'Annual Report 2012 – Harbour Authority', doc)).toBe(false);
    expect(isDocumentAnsweredByHome('http://a.org/about/home-office', 'Home – Harbour Authority', doc)).toBe(false);
    expect(isDocumentAnsweredByHome('http://a.org/files/x.pdf', 'Home Office guidance on ports', doc)).toBe(false);
  });
  it('calls an item bounced to a top-level section index a soft-404, not a restructuring', () => {
    expect(isRedirectToGeneric('http://a.org/news/2016/harbour-plan', 'http://a.org/news/')).toBe(true);
    expect(isRedirectToGeneric('http://a.org/reports/2019/annual.pdf', 'http://a.org/publications/')).toBe(true);
    expect(isRedirectToGeneric('http://a.org/en/about/', 'http://a.org/about/')).toBe(false);
    // ASP.NET customErrors and CMS error landings name the error in the query or the path.
    expect(isRedirectToGeneric('http://a.org/old/page.aspx', 'http://a.org/default.aspx?aspxerrorpath=/old/page.aspx')).toBe(true);
    expect(isRedirectToGeneric('http://a.org/old/item-9', 'http://a.org/index.php?page=notfound')).toBe(true);
    expect(isRedirectToGeneric('http://a.org/old/item-9', 'http://a.org/index.php?page=contact')).toBe(false);
    expect(isRedirectToGeneric('http://a.org/old/item-10', 'http://a.org/error-404')).toBe(true);
    for (const home of ['/home/', '/Home/Index', '/de/startseite', '/fr/accueil', '/es-es/inicio', '/web/guest/home', '/en']) {
      expect(isRedirectToGeneric('http://a.org/old/item-10', `http://a.org${home}`), home).toBe(true);
    }
    expect(isRedirectToGeneric('http://a.org/old/item-10', 'http://a.org/homes/for-sale')).toBe(false);
    expect(isRedirectToGeneric('http://a.org/news/2016/harbour-plan', 'http://a.org/news/2016/harbour-plan-approved')).toBe(false);
  });
  it('matches a catch-all page that shares a word with the cited path', () => {
    const text = 'Welcome to the Coastal Alliance. We bring together coastal towns, ports and researchers to plan for rising seas.';
    const cited = fingerprint(200, 'Coastal Alliance – Home', text, 'http://a.org/programmes/coastal-resilience-2015');
    const probe = fingerprint(200, 'Coastal Alliance – Home', text, 'http://a.org/programmes/cg-1a2b');
    expect(answersLikeProbe(cited, probe)).toBe(true);
    const other = fingerprint(200, 'Coastal Resilience Programme 2015', 'The programme funded dune restoration in six towns over three years.', 'http://a.org/programmes/coastal-resilience-2015');
    expect(answersLikeProbe(other, probe)).toBe(false);
  });
  it('reads for-sale and expiry notices of registrars in several languages', () => {
    expect(isParked(['http://a.de/'], 'kuestenatlas.de', 'Diese Domain steht zum Verkauf!', '')).toBe(true);
    expect(isParked(['http://a.fr/'], 'a.fr', 'Ce domaine est à vendre. Contactez le propriétaire.', '')).toBe(true);
    expect(isParked(['http://a.eu/'], 'a.eu', 'This domain name expired on 2023-05-02. Renew it now.', '')).toBe(true);
    expect(isParked(['http://a.org/'], 'Domain names and the public sector', LONG, '')).toBe(false);
  });
  it('reads marketplace and ad-feed parking pages', () => {
    expect(isParked(['http://a.org/'], 'statsregion.org is for sale | Marketplace', 'Make an offer today.', '')).toBe(true);
    expect(isParked(['http://a.eu/'], 'labourdata.eu', 'labourdata.eu Related searches Job Search Salary Calculator', '')).toBe(true);
    expect(isParked(['http://a.net/'], 'statsportal.net', 'Is this your domain? Let’s turn it into a website!', '')).toBe(true);
    expect(isParked(['http://a.net/'], 'Site builder', 'Looks like this domain isn’t connected to a website yet!', '')).toBe(true);
    expect(isParked(['http://a.net/'], 'a.net', 'a.net Own this domain today! Fast and easy transfer.', '')).toBe(true);
    expect(isParked(['http://a.org/'], 'Regional statistics', 'Related links: labour market, wages.', '')).toBe(false);
    expect(isParked(['http://a.org/'], 'a.org', '', '<script src="//www.google.com/adsense/domains/caf.js"></script>')).toBe(true);
    expect(isParked(['http://a.org/'], 'x', '', '<script>window.location.replace("/lander?ref=1")</script>')).toBe(true);
  });
  it('knows firewall answers and sign-in pages beyond the usual', () => {
    expect(statusForHttp(406)).toBe('forbidden');
    expect(statusForHttp(402)).toBe('forbidden');
    expect(isLoginPage('http://a.org/guides/login-gov', 'Login.gov adoption in agencies')).toBe(false);
    expect(isLoginPage('http://a.org/members/area', 'Login required – Members Area')).toBe(true);
    expect(isBotWall(202, { 'x-amzn-waf-action': 'challenge' }, null, '')).toBe(true);
    expect(isBotWall(200, {}, 'Request Rejected', 'Your support ID is: 123')).toBe(true);
    expect(isBotWall(200, {}, '403 Forbidden', '<h1>403 Forbidden</h1>')).toBe(true);
    expect(isBotWall(200, {}, '401(k) Plans Explained', 'A guide. '.repeat(100), 900)).toBe(false);
    expect(isBotWall(200, {}, 'Robot or human?', '<p>Activate and hold the button to confirm that you’re human.</p>')).toBe(true);
    expect(isBotWall(200, {}, 'Video', '<p>This video is not available in your country.</p>', 45)).toBe(true);
    expect(isBotWall(200, {}, 'Export rules by country', '<p>Check which goods are not available in your country of residence.</p>'.repeat(80), 5000)).toBe(false);
    expect(isLoginPage('http://a.org/wp-login.php?redirect_to=%2F', null)).toBe(true);
    expect(isLoginPage('http://login.a-cloud.com/common/oauth2/authorize?client_id=1', null)).toBe(true);
    expect(isLoginPage('http://a.org/portal/start', 'Members ‹ Log In')).toBe(true);
    expect(isLoginPage('http://a.org/portal/start', 'Anmelden – Portal')).toBe(true);
    expect(isLoginPage('http://a.org/guides/login-security', 'How to keep your login secure')).toBe(false);
    expect(isLoginPage('http://a.org/guides/visitors', 'Sign In Procedures for Port Visitors')).toBe(false);
    expect(isLoginPage('http://a.org/x', 'Log In ‹ Members — WordPress')).toBe(true);
    // Headlines that open like a wall, on pages with an article's text.
    expect(isBotWall(200, {}, 'Access Denied: Indigenous Fishing Rights in Court', '<p>...</p>', 4000)).toBe(false);
    expect(isBotWall(200, {}, 'Just a Moment: Short Films About the Sea', '<p>...</p>', 2500)).toBe(false);
    expect(isBotWall(200, {}, 'Just a moment...', '<p>Checking your browser</p>', 40)).toBe(true);
    expect(isBotWall(200, {}, 'Access Denied: Indigenous Fishing Rights in Court', '<p>...</p>', 1200)).toBe(false);
    expect(isBotWall(403, {}, 'Checking your browser before accessing example.org', '', 0)).toBe(true);
    expect(isBotWall(403, {}, 'Attention Required! | Cloudflare', '', 900)).toBe(true);
  });
  it('judges drift only by a cited title that reads like a title, not a fragment of the note', () => {
    const page = 'Wetland Restoration: Lessons from Five Pilot Sites';
    expect(isDrifted('and the accompanying data at and the press release', page, [page], '', 0.34)).toBe(false);
    expect(isDrifted('see http://a.org/x', page, [page], '', 0.34)).toBe(false);
    for (const note of ["For details see the institute's website", 'Data from the national statistics portal (table 4.2)', 'Accessed 3 May 2021']) {
      expect(isDrifted(note, page, [page], '', 0.34), note).toBe(false);
    }
    expect(isDrifted('Marine Spatial Planning in the Baltic Sea Region', 'Best Online Casino Bonuses', [], '', 0.34)).toBe(true);
    expect(isDrifted('iPhone use among teenagers: a survey', 'Garden furniture sale', [], '', 0.34)).toBe(true);
  });
  it('decodes compressed pages larger than the read cap up to the cap', async () => {
    const html = `<title>Big page</title>${'x'.repeat(2_000_000)}`;
    for (const [enc, bytes] of [['gzip', gzipSync(html)], ['br', brotliCompressSync(html)]] as const) {
      const out = await decodeBody(bytes, enc, 256 * 1024);
      expect(out.length, enc).toBe(256 * 1024);
      expect(out.subarray(0, 23).toString(), enc).toBe('<title>Big page</title>');
    }
    expect((await decodeBody(Buffer.from('<p>plain</p>'), 'gzip', 1024)).toString()).toBe('<p>plain</p>');
  });
  it('reads a Location header of raw UTF-8 bytes as UTF-8', () => {
    expect(utf8Header(Buffer.from('/docs/küste', 'utf8').toString('latin1'))).toBe('/docs/küste');
    expect(utf8Header('/docs/k\u00fcste')).toBe('/docs/k\u00fcste'); // latin1 bytes that are not UTF-8 stay
    expect(utf8Header('/plain')).toBe('/plain');
  });
});

describe('time of a check with retries', () => {
  let web: RottenWeb;
  beforeAll(async () => { web = await startRottenWeb(); });
  afterAll(async () => { await web.close(); });

  it('answers within timeout x attempts even when backoff pauses would run past it', async () => {
    const timeoutMs = 300;
    const [r] = await checkLinks([`${web.hosts.site}/slow`], {
      allowPrivate: true, timeoutMs, retries: 2, retryBaseMs: 400, keepAliveTimeoutMs: 10, archive: 'none', resolveHost: offlineResolver(),
    });
    expect(r.status).toBe('timeout');
    expect(r.attempts).toBeGreaterThanOrEqual(2);
    // Unbounded, three attempts plus 400-800 and 800-1600 ms of backoff took 2.1-3.3 s.
    expect(r.durationMs).toBeLessThanOrEqual(3 * timeoutMs + 150);
  });

  it('retries a HEAD answered 429 with GET', async () => {
    const url = web.scenarios.find((s) => s.name === 'world /head-throttled')?.url as string;
    const [r] = await checkLinks([url], {
      allowPrivate: true, timeoutMs: 800, retries: 2, retryBaseMs: 20, keepAliveTimeoutMs: 10, archive: 'none', resolveHost: offlineResolver(),
    });
    expect([r.status, r.attempts]).toEqual(['ok', 2]);
  });

  it('does not wait for a hanging sibling probe past the attempt budget', async () => {
    const url = web.scenarios.find((s) => s.name === 'world /slowdir/annual-review')?.url as string;
    const [r] = await checkLinks([url], {
      allowPrivate: true, timeoutMs: 400, retries: 0, keepAliveTimeoutMs: 10, archive: 'none', resolveHost: offlineResolver(),
    });
    expect(r.status).toBe('ok');
    // The page's GET takes 150 ms; waiting the probe's own 400 ms would end past 550 ms.
    expect(r.durationMs).toBeLessThanOrEqual(400 + 100);
  });
});
