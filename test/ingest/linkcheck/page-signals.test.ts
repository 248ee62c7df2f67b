// Pure signals: soft-404 wording and generic redirects, sibling fingerprints, parking, drift, bot walls.
import { describe, expect, it } from 'vitest';
import {
  answersLikeProbe, fingerprint, isBotWall, isDrifted, isParked, isParkingHost, isRedirectToGeneric, notFoundByWording,
  siblingKey, siblingProbeUrl, titleSimilarity, classifyError, statusForHttp, verdictFor, retryAfterMs, backoffMs,
} from '../../../ingest/linkcheck/index.js';

describe('soft-404 signals', () => {
  it('reads not-found wording in titles, headings and short pages only', () => {
    expect(notFoundByWording('Page not found | Org', [], 'long text')).toBe(true);
    expect(notFoundByWording('Org', ['Seite nicht gefunden'], '')).toBe(true);
    expect(notFoundByWording('Org', [], 'Sorry, this page is no longer available.')).toBe(true);
    expect(notFoundByWording('Error', [], 'Something went wrong.')).toBe(true);
    expect(notFoundByWording('Document not available | Archive', [], '')).toBe(true);
    expect(notFoundByWording('Error handling in distributed systems', [], 'An essay.')).toBe(false);
    const article = 'How we fixed our 404 page not found errors. '.repeat(100);
    expect(notFoundByWording('Engineering blog', ['Fixing broken links'], article)).toBe(false);
  });
  it('knows the common error-page sentences, in titles and inside long site templates', () => {
    const template = (msg: string) => `${'Menu Home About Publications Contact Section '.repeat(40)}${msg} ${'Footer links imprint '.repeat(15)}`;
    for (const msg of ["The page you were looking for doesn't exist.", "The page you're looking for isn't here.",
      'The link you followed may be broken, or the page may have been removed.']) {
      expect(notFoundByWording('Org', [], template(msg))).toBe(true);
      expect(notFoundByWording(msg, [], 'text')).toBe(true);
    }
    for (const title of ["Sorry, this page isn't available", 'Page unavailable', 'Looks like you’re lost', 'Page missing', 'That page is gone']) {
      expect(notFoundByWording(title, [], 'long text')).toBe(true);
    }
    for (const title of ['A Page Missing from the Record', 'Lost in transition: migrants at the border', 'What exists between us']) {
      expect(notFoundByWording(title, [title], 'Long article text about the subject. '.repeat(100))).toBe(false);
    }
  });
  it('flags deep links landing on a root, locale root, home or error page', () => {
    expect(isRedirectToGeneric('http://a.org/reports/2019/x.pdf', 'http://a.org/')).toBe(true);
    expect(isRedirectToGeneric('http://a.org/reports/x', 'https://b.org/en/')).toBe(true);
    expect(isRedirectToGeneric('http://a.org/reports/x', 'http://a.org/errors/404.html')).toBe(true);
    expect(isRedirectToGeneric('http://a.org/', 'https://www.a.org/')).toBe(false);
    expect(isRedirectToGeneric('http://a.org/reports/x', 'http://a.org/reports/x/')).toBe(false);
    expect(isRedirectToGeneric('http://a.org/reports/x', 'http://a.org/?error=404')).toBe(true);
    expect(isRedirectToGeneric('http://a.org/reports/x', 'http://a.org/?page_id=42')).toBe(false);
    expect(isRedirectToGeneric('http://a.org/reports/x', 'http://a.org/search?q=x')).toBe(true);
  });
  it('builds sibling probes beside the URL and compares fingerprints', () => {
    expect(siblingProbeUrl('http://a.org/docs/report.pdf?x=1', () => 'abc')).toBe('http://a.org/docs/cg-abc.pdf');
    expect(siblingKey('http://a.org/docs/a.html')).toBe(siblingKey('http://a.org/docs/b.html'));
    expect(siblingKey('http://a.org/docs/a.html')).not.toBe(siblingKey('http://a.org/other/a.html'));
    const text = 'Documents library of the institute with working papers and policy briefs on governance and security.';
    const cited = fingerprint(200, 'Library', `${text} You asked for annual report`, 'http://a.org/docs/annual-report');
    const probe = fingerprint(200, 'Library', `${text} You asked for cg abc`, 'http://a.org/docs/cg-abc');
    expect(answersLikeProbe(cited, probe)).toBe(true);
    const other = fingerprint(200, 'Annual report 2019', 'The annual report covers the activities of the year in detail and more.', 'http://a.org/docs/annual-report');
    expect(answersLikeProbe(other, probe)).toBe(false);
    expect(answersLikeProbe(cited, { ...probe, status: 404 })).toBe(false);
    // A short catch-all page that stamps each answer with a request id still matches.
    const stamp = (id: string, url: string) => fingerprint(200, 'Library', `Welcome to the documents library of the institute. Request ${id}.`, url);
    expect(answersLikeProbe(stamp('a1b2', 'http://a.org/docs/x'), stamp('c3d4', 'http://a.org/docs/cg-1'))).toBe(true);
    // Script-only shells look alike on every path: no verdict from the probe alone.
    expect(answersLikeProbe(fingerprint(200, 'App', '', 'http://a.org/x/1'), fingerprint(200, 'App', '', 'http://a.org/x/cg-2'))).toBe(false);
  });
});

describe('parked domains', () => {
  it('spots parking hosts and for-sale landers', () => {
    expect(isParkingHost('https://www.sedoparking.com/lander')).toBe(true);
    expect(isParkingHost('http://ww25.old-ngo.org/reports')).toBe(true);
    expect(isParkingHost('http://www.old-ngo.org/')).toBe(false);
    expect(isParked([], 'old-ngo.org', 'This domain may be for sale. Buy this domain today!', '')).toBe(true);
    expect(isParked([], 'x', '', '<script>window.location.href="/lander"</script>')).toBe(true);
    expect(isParked(['http://old-ngo.org/'], 'Old NGO', 'Our work on elections', '')).toBe(false);
    for (const text of ['The domain name old-ngo.org is for sale.', 'old-ngo.org is available for registration', 'Future home of something quite cool.',
      'The owner of this domain has not yet uploaded their website.', 'This domain is registered, but may still be available.',
      'Inquire now about this domain', 'The domain old-ngo.org is available for purchase']) {
      expect(isParked([], 'old-ngo.org', text, '')).toBe(true);
    }
  });
});

describe('content drift', () => {
  const cited = 'Guidelines on Freedom of Peaceful Assembly';
  it('scores the cited title against title and headings', () => {
    expect(titleSimilarity(cited, 'Guidelines on Freedom of Peaceful Assembly | OSCE', [])).toBe(1);
    expect(titleSimilarity(cited, 'Home', ['Latest news'])).toBe(0);
    expect(titleSimilarity(cited, null, [])).toBeNull();
    expect(titleSimilarity('Home', 'Anything', [])).toBeNull();
  });
  it('calls drift only below the threshold', () => {
    expect(isDrifted(cited, 'Best Deals on Garden Furniture', ['Sale'], '', 0.34)).toBe(true);
    expect(isDrifted(cited, 'Freedom of assembly guidelines', [], '', 0.34)).toBe(false);
    expect(isDrifted(undefined, 'Anything', [], '', 0.34)).toBe(false);
    // The title changed but the page still opens with the cited title.
    expect(isDrifted(cited, 'Publication 4711', [], `${cited}. Second edition, 2020.`, 0.34)).toBe(false);
  });
});

describe('classification and policy', () => {
  it('maps HTTP codes and network errors', () => {
    expect([200, 204, 404, 410, 401, 403, 451, 429, 500, 503, 400].map(statusForHttp)).toEqual(
      ['ok', 'ok', 'not-found', 'gone', 'forbidden', 'forbidden', 'forbidden', 'rate-limited', 'server-error', 'server-error', 'not-found']);
    expect(classifyError({ code: 'ENOTFOUND', message: 'x' }, false).status).toBe('dns-error');
    expect(classifyError({ code: 'ECONNREFUSED', message: 'x' }, false).status).toBe('connection-error');
    expect(classifyError({ code: 'UND_ERR_SOCKET', message: 'other side closed' }, false).status).toBe('connection-error');
    expect(classifyError({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT', message: 'self-signed certificate' }, false).status).toBe('tls-error');
    expect(classifyError({ code: 'ERR_TLS_CERT_ALTNAME_INVALID', message: 'x' }, false).status).toBe('tls-error');
    expect(classifyError({ code: 'UND_ERR_HEADERS_TIMEOUT', message: 'x' }, false).status).toBe('timeout');
    expect(classifyError(new Error('aborted'), true).status).toBe('timeout');
  });
  it('never calls an access wall dead', () => {
    expect(verdictFor('forbidden')).toBe('inconclusive');
    expect(verdictFor('rate-limited')).toBe('inconclusive');
    expect(isBotWall(503, { server: 'cloudflare' }, 'Just a moment...', '')).toBe(true);
    expect(isBotWall(200, {}, 'Annual report', '<p>text</p>')).toBe(false);
    const article = '<p>Long article</p><form><div class="g-recaptcha"></div></form>';
    expect(isBotWall(200, {}, 'Annual report', article, 5000)).toBe(false);
    expect(isBotWall(200, {}, 'example.org', article, 20)).toBe(true);
    expect(isBotWall(403, { 'cf-mitigated': 'challenge' }, null, '')).toBe(true);
    for (const title of ['Robot Check', 'Verifying you are human', 'Human verification', 'Access to this page has been denied']) {
      expect(isBotWall(200, {}, title, '')).toBe(true);
    }
    for (const title of ['One More Step Toward Peace in the Region', 'Robot check-ups in modern factories', 'Human verification of machine translation']) {
      expect(isBotWall(200, {}, title, '<p>text</p>', 2000)).toBe(false);
    }
  });
  it('parses Retry-After and grows backoff', () => {
    expect(retryAfterMs('7')).toBe(7000);
    expect(retryAfterMs(new Date(Date.now() + 5000).toUTCString())).toBeGreaterThan(3000);
    expect(retryAfterMs('soon')).toBeNull();
    expect(backoffMs(100, 0, () => 0)).toBe(100);
    expect(backoffMs(100, 2, () => 0.5)).toBe(600);
  });
});
