// The page scanner: titles, headings, og:title, meta refresh, visible text, entities and charsets.
import { expect, it } from 'vitest';
import { readPageText } from '../../../ingest/linkcheck/page-text.js';

const read = (html: string, ct: string | null = 'text/html; charset=utf-8') => readPageText(Buffer.from(html, 'latin1'), ct, 'http://a.org/x/y');

it('reads title, headings and text, skipping scripts, styles, comments and SVG titles', () => {
  const p = read(`<!doctype html><html><head><meta property="og:title" content="OG &amp; title">
    <svg><title>icon</title></svg><title> Annual &ndash; Report&#8217;s </title><style>h1{}</style></head>
    <body><!-- <h1>old</h1> --><script>var s = "<h1>fake</h1>";</script><h1 class="x">Main <b>heading</b></h1><p>Hello&nbsp;world</p><h4>no</h4></body></html>`);
  expect(p.title).toBe('Annual – Report’s');
  expect(p.headings).toEqual(['OG & title', 'Main heading']);
  expect(p.text).toBe('Main heading Hello world no');
  expect(p.scripts).toBe(1);
});

it('resolves a short meta refresh and ignores a long one', () => {
  expect(read('<meta http-equiv="Refresh" content="0; URL=\'/new/page\'">').refreshTo).toBe('http://a.org/new/page');
  expect(read('<meta http-equiv="refresh" content="300">').refreshTo).toBeNull();
  expect(read('<meta http-equiv="refresh" content="600; url=/later">').refreshTo).toBeNull();
});

it('decodes by the declared charset and survives truncation', () => {
  const latin = Buffer.from('<title>Caf\xe9 r\xe9sum\xe9</title>', 'latin1');
  expect(readPageText(latin, 'text/html; charset=iso-8859-1', 'http://a.org/').title).toBe('Café résumé');
  expect(read('<html><head><title>Cut off in the mid').title).toBe('Cut off in the mid');
  expect(read('').title).toBeNull();
});

it('keeps the text after a script that holds a comment opener, and collapses whitespace from entities', () => {
  const p = read('<body><script>if (a <!-- b) x();</script><h2>Still\there</h2><p>one&nbsp; &#10;two &amp;&unknown; &#x20;three</p></body>');
  expect(p.headings).toEqual(['Still here']);
  expect(p.text).toBe('Still here one two &&unknown; three');
});

it('reads the meta charset only when the header names none', () => {
  const body = Buffer.from('<meta charset="iso-8859-1"><title>Caf\xe9</title>', 'latin1');
  expect(readPageText(body, 'text/html', 'http://a.org/').title).toBe('Café');
  expect(readPageText(body, 'text/html; charset=utf-8', 'http://a.org/').title).toBe('Caf\ufffd');
  expect(readPageText(body, 'text/html; charset=no-such-charset', 'http://a.org/').title).toBe('Caf\ufffd');
});
