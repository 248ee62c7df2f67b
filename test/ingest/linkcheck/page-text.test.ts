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
