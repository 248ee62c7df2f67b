import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../../ingest/loaders/html.js';
import { blockTexts, expectWellFormed, failure, notes, textBefore } from './invariants.js';

const enc = (s: string) => new TextEncoder().encode(s);
const fixture = async (name: string) => loadHtml(await readFile(`fixtures/formats/${name}`), `fixtures/formats/${name}`);

describe('loadHtml: report with <sup> footnotes and a footnote list', () => {
  it('builds headings, paragraphs, list items and footnotes with exact offsets', async () => {
    const doc = await fixture('report-footnotes.html');
    expectWellFormed(doc);
    expect(doc.mediaType).toBe('text/html');
    expect(doc.title).toBe('Closing the Gap: Remedies for Victims of Labour Exploitation (2023)');
    expect(blockTexts(doc, 'heading')).toEqual([
      'Closing the Gap: Remedies for Victims of Labour Exploitation', 'Executive summary', 'Recommendations', 'Acknowledgements',
    ]);
    expect(doc.blocks.find((b) => b.kind === 'heading')?.level).toBe(1);
    expect(blockTexts(doc, 'list-item')).toHaveLength(3);
    expect(blockTexts(doc, 'list-item')[1]).toBe('Allow labour inspectors to refer cases directly to legal aid providers;⁵');
  });

  it('drops scripts, styles, navigation and footnote back-links', async () => {
    const doc = await fixture('report-footnotes.html');
    expect(doc.text).not.toMatch(/analytics|font-family|Publications|↩|Contact/);
  });

  it('turns every footnote form into a note reference at the marker and a footnote block with its marker', async () => {
    const doc = await fixture('report-footnotes.html');
    expect(doc.noteRefs.map((r) => r.marker)).toEqual(['1', '2', '3', '4', '5']);
    expect(textBefore(doc, '1')).toMatch(/ordered payment to the victim\.$/);
    expect(textBefore(doc, '3')).toMatch(/Council of Europe in 2021,$/); // <sup><a href="#fn3">[3]</a></sup>
    expect(textBefore(doc, '4')).toMatch(/forms of slavery\.$/); // bare <a href="#fn4">4</a>
    const n = notes(doc);
    expect(n.map(([m]) => m)).toEqual(['1', '2', '3', '4', '5']);
    expect(n[1][1]).toBe('Rossi E. & Haddad K. (2022), Living In, Locked In: Domestic Workers and Tied Housing, Journal of Migration Law 9(1), pp. 45-71.');
    expect(n[2][1]).toContain('https://example.org/coe/access-to-justice-2021');
  });

  it('records hyperlinks whose URL is not in the text, with the span of their anchor text', async () => {
    const doc = await fixture('report-footnotes.html');
    const links = doc.links.map((l) => [l.url, doc.text.slice(l.start, l.end)]);
    expect(links).toEqual([
      ['https://example.org/grevio/remedies-2021', 'thematic review on access to remedies'],
      ['https://example.org/mlan/referral-protocol', 'MLAN referral protocol'],
    ]);
    // The note whose anchor text is its URL adds no link.
    expect(doc.links.some((l) => l.url.includes('access-to-justice'))).toBe(false);
  });
});

describe('loadHtml: programme', () => {
  it('keeps the programme structure and reads doc-endnotes and id="fn3" notes', async () => {
    const doc = await fixture('programme.html');
    expectWellFormed(doc);
    expect(blockTexts(doc, 'heading')).toContain('09:30–11:00 Opening session: Protecting migrants in transit');
    expect(blockTexts(doc, 'paragraph')).toContain('Lisbon and online, 8–9 October 2024\n(All times are Lisbon time, GMT+1)');
    expect(blockTexts(doc, 'list-item')).toEqual([
      'Dr. Sofia Marques, Head of Research, Atlantic Migration Policy Institute',
      'Mr. Jonas Lindqvist, Senior Inspector, Iberian Network of Labour Inspectors',
      'Professor Nadia Benali, formerly Legal Adviser to the Mediterranean Legal Aid Network',
    ]);
    expect(notes(doc)).toEqual([
      ['1', 'Atlantic Migration Policy Institute (2024), Deaths at Sea Dataset, version 3. https://example.org/ampi/deaths-at-sea-v3'],
      ['2', 'https://example.org/missing-migrants'],
      ['3', 'Supplementary note kept for the record, without a reference in the text.'],
    ]);
    expect(textBefore(doc, '2')).toMatch(/Missing Migrants Project\.$/);
    expect(doc.links).toEqual([expect.objectContaining({ url: 'https://example.org/forum/register?event=side-1' })]);
    expect(doc.warnings).toEqual(['notes without a reference in the text: 3']);
  });
});

describe('loadHtml: footnote markup variants', () => {
  it('reads <p id="fn1">1. ...</p>, <div id="fn2">, old-style <a name> targets and strips the leading number', async () => {
    const html = `<p>Alpha<a href="#fn1">1</a> beta<sup><a href="#n2">2</a></sup> gamma<sup><a href="#old3">[3]</a></sup>.</p>
      <p id="fn1">1. First note text.</p><div id="n2"><sup>2</sup> Second note.</div><p><a name="old3"></a>[3] Third note.</p>`;
    const doc = await loadHtml(enc(html), 'variants.html');
    expectWellFormed(doc);
    expect(doc.text.split('\n\n')[0]).toBe('Alpha¹ beta² gamma³.');
    expect(notes(doc)).toEqual([['1', 'First note text.'], ['2', 'Second note.'], ['3', 'Third note.']]);
  });

  it('does not take ordinals or letters in unlinked <sup> for note markers', async () => {
    const doc = await loadHtml(enc('<p>The 21<sup>st</sup> meeting, note<sup>a</sup>, and a claim<sup>12</sup>.</p>'), 'x.html');
    expect(doc.noteRefs.map((r) => r.marker)).toEqual(['12']);
    expect(doc.text).toBe('The 21st meeting, notea, and a claim¹².');
  });

  it('resolves relative links against a base URL and ignores fragments and scripts', async () => {
    const doc = await loadHtml(enc('<p><a href="/docs/a.pdf">Annual report</a> <a href="#top">top</a> <a href="javascript:void(0)">x</a></p>'), 'x.html', { baseUrl: 'http://127.0.0.1:9/p/' });
    expect(doc.links.map((l) => l.url)).toEqual(['http://127.0.0.1:9/docs/a.pdf']);
  });
});

describe('loadHtml: bad input', () => {
  it('loads HTML soup (unclosed title, tags and entities)', async () => {
    const doc = await fixture('soup.html');
    expectWellFormed(doc);
    expect(blockTexts(doc, 'paragraph')).toContain('First paragraph with bold nested text');
    expect(blockTexts(doc, 'list-item')).toEqual(['item', 'another item']);
    expect(doc.noteRefs.map((r) => r.marker)).toEqual(['7']);
    expect(doc.warnings[0]).toMatch(/unclosed <title>/);
  });

  it('fails cleanly for markup without text', async () => {
    const f = await failure(loadHtml(enc('<html><head><script>x()</script></head><body><nav>menu</nav></body></html>'), 'blank.html'));
    expect(f.code).toBe('CG_EXTRACTION');
    expect(f.message).toBe('ingest.loadHtml: blank.html: no text found in the document');
  });

  it('survives very deep nesting and long lines in bounded time', async () => {
    const deep = '<div>'.repeat(5000) + 'deep text' + '</div>'.repeat(5000);
    const long = '<p>' + 'word '.repeat(200_000) + '<sup>1</sup></p>';
    const t0 = Date.now();
    const a = await loadHtml(enc(deep), 'deep.html');
    const b = await loadHtml(enc(long), 'long.html');
    // One block built from 50,000 pieces: block text must not be re-scanned per piece (that was quadratic).
    const pieces = await loadHtml(enc('<p>' + 'word<br><span>more </span>'.repeat(50_000) + '</p>'), 'pieces.html');
    expect(pieces.blocks).toHaveLength(1);
    expect(a.text).toBe('deep text');
    expect(a.warnings).toContain('markup nested deeper than 400 levels was read as plain text');
    // Many links to one wrapper and nested note containers stay linear.
    await loadHtml(enc('<div id="x">' + '<p><sup><a href="#x">1</a></sup> t</p>'.repeat(5000) + '</div>'), 'wrapper.html');
    const nested = await loadHtml(enc('<div class="footnotes">'.repeat(300) + '<ol>' + '<li>n'.repeat(1000) + '</ol>' + '</div>'.repeat(300)), 'nested.html');
    expect(nested.blocks.filter((b) => b.kind === 'footnote')).toHaveLength(1000);
    // 20,000 nested chrome elements: lenient parse and linear chrome removal.
    const chrome = await loadHtml(enc('<div class="menu">'.repeat(20_000) + 'x' + '</div>'.repeat(20_000) + '<p>body</p>'), 'chrome.html');
    expect(chrome.text).toBe('body');
    expect(chrome.warnings).toContain('markup nested over 1000 levels deep was parsed leniently');
    expect(b.noteRefs).toHaveLength(1);
    expect(Date.now() - t0).toBeLessThan(20_000);
  });
});

describe('loadHtml: label/value layouts', () => {
  it('reads header-cell rows and definition lists as "Label: value"', async () => {
    const html = `<table><tr><th>Date</th><td>16 March 2023</td></tr><tr><th>Time:</th><td>15:00–16:30 CET</td></tr>
      <tr><td>10:00</td><td>Opening</td></tr></table>
      <dl><dt>Venue</dt><dd>Online (Zoom)</dd><dt>Organiser</dt><dd>Example Network</dd></dl>`;
    const doc = await loadHtml(enc(html), 'meta.html');
    expectWellFormed(doc);
    expect(blockTexts(doc, 'paragraph')).toEqual([
      'Date: 16 March 2023', 'Time: 15:00–16:30 CET', '10:00\nOpening', 'Venue: Online (Zoom)', 'Organiser: Example Network',
    ]);
  });
});

describe('loadHtml: character sets', () => {
  it('reads UTF-8 without a declaration, a <meta charset>, and a charset given by the caller', async () => {
    expect((await loadHtml(enc('<p>Zürich – 15:00</p>'), 'a.html')).text).toBe('Zürich – 15:00');
    const latin1 = Uint8Array.from([...'<meta charset="iso-8859-1"><p>Z'].map((c) => c.charCodeAt(0)).concat([0xfc], [...'rich</p>'].map((c) => c.charCodeAt(0))));
    expect((await loadHtml(latin1, 'b.html')).text).toBe('Zürich');
    const undeclared = Uint8Array.from([...'<p>Z'].map((c) => c.charCodeAt(0)).concat([0xfc], [...'rich</p>'].map((c) => c.charCodeAt(0))));
    expect((await loadHtml(undeclared, 'c.html')).text).toBe('Zürich');
    expect((await loadHtml(undeclared, 'd.html', { charset: 'iso-8859-1' })).text).toBe('Zürich');
  });
});

describe('loadHtml: line breaks', () => {
  it('keeps single <br> as a line break and splits paragraphs at <br><br>', async () => {
    const doc = await loadHtml(enc('<body>Speakers:<br>Ms. A, Chair<br> <br>Second paragraph<br><br><br>Third</body>'), 'br.html');
    expectWellFormed(doc);
    expect(blockTexts(doc, 'paragraph')).toEqual(['Speakers:\nMs. A, Chair', 'Second paragraph', 'Third']);
  });
});

describe('loadHtml: notes written as plain paragraphs', () => {
  it('makes a paragraph opening with an already referenced marker a footnote block', async () => {
    const html = `<p>Fees rose<sup>1</sup> and wages fell.² Costs<sup>3</sup> too.</p><h3>Notes</h3>
      <p><sup>1</sup> Labour Office (2023), <a href="https://example.org/fees">Fee Survey</a>.</p><p>² https://example.org/wages</p>
      <p><sup>4</sup> Not referenced, stays a paragraph.</p>`;
    const doc = await loadHtml(enc(html), 'plain-notes.html');
    expectWellFormed(doc);
    expect(notes(doc)).toEqual([['1', 'Labour Office (2023), Fee Survey.'], ['2', 'https://example.org/wages']]);
    expect(doc.links.map((l) => doc.text.slice(l.start, l.end))).toEqual(['Fee Survey']);
    expect(blockTexts(doc, 'paragraph')).toEqual(['Fees rose¹ and wages fell.² Costs³ too.', '⁴ Not referenced, stays a paragraph.']);
  });
});

describe('loadHtml: preformatted text', () => {
  it('keeps <pre> line breaks and trims its leading newline, keeping spans aligned', async () => {
    const doc = await loadHtml(enc('<pre>\n\n09:00  Opening<sup>1</sup>\n\n  \n10:00  Panel</pre><ol class="footnotes"><li>Note.</li></ol>'), 'pre.html');
    expectWellFormed(doc);
    expect(blockTexts(doc, 'paragraph')).toEqual(['09:00  Opening¹\n10:00  Panel']);
  });
});

describe('loadHtml: <base href>', () => {
  it('resolves relative links against <base>', async () => {
    const doc = await loadHtml(enc('<head><base href="https://example.org/reports/"></head><p><a href="2024/brief.pdf">Brief</a></p>'), 'b.html');
    expect(doc.links.map((l) => l.url)).toEqual(['https://example.org/reports/2024/brief.pdf']);
  });
});

describe('loadHtml: footnotes as exported by other tools', () => {
  it('reads Google Docs notes, whose own number links back to the reference', async () => {
    const html = `<p><span>Fees rose sharply</span><sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup><span> last year.</span></p>
      <hr><div><p><a href="#ftnt_ref1" id="ftnt1">[1]</a><span>&nbsp;Labour Office (2023), Fee Survey.</span></p></div>`;
    const doc = await loadHtml(enc(html), 'gdocs.html');
    expectWellFormed(doc);
    expect(blockTexts(doc, 'paragraph')).toEqual(['Fees rose sharply¹ last year.']);
    expect(notes(doc)).toEqual([['1', 'Labour Office (2023), Fee Survey.']]);
  });

  it('reads Word "Save as HTML" notes (_ftn anchors, ftn div)', async () => {
    const html = `<p class=MsoNormal>Wages were withheld.<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference>[1]</span></a></p>
      <div style='mso-element:footnote-list'><div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1"><span class=MsoFootnoteReference>[1]</span></a> Inspection report, 2022.</p></div></div>`;
    const doc = await loadHtml(enc(html), 'word.html');
    expect(blockTexts(doc, 'paragraph')).toEqual(['Wages were withheld.¹']);
    expect(notes(doc)).toEqual([['1', 'Inspection report, 2022.']]);
  });

  it('reads Wikipedia-style references', async () => {
    const html = `<p>The treaty entered into force in 2003.<sup class="reference"><a href="#cite_note-3">[3]</a></sup></p>
      <ol class="references"><li id="cite_note-1">One.</li><li id="cite_note-2">Two.</li><li id="cite_note-3"><span class="mw-cite-backlink"><a href="#cite_ref-3">^</a></span> <span class="reference-text">UN Treaty Collection.</span></li></ol>`;
    const doc = await loadHtml(enc(html), 'wiki.html');
    expect(doc.noteRefs.map((r) => r.marker)).toEqual(['3']);
    expect(notes(doc)).toEqual([['1', 'One.'], ['2', 'Two.'], ['3', 'UN Treaty Collection.']]);
  });
});
