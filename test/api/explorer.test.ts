// The server-rendered explorer (no JavaScript needed): search, entity pages with provenance, graph
// page, dashboard, documents, assets; and escaping: a document full of markup never injects any.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { listDocumentFiles } from '../../api/services/ingest-files.js';
import { escapeHtml, html } from '../../api/web/html.js';
import { FIXTURE_DIR, startApiFixture, type ApiFixture } from './helpers/api-fixture.js';

const EVIL = `# Side event <script>alert('title')</script> on labour exploitation

**Thursday, 4 May 2023 · 10:00–12:30 (Vienna time, CET) · Online via Zoom**

Convened by the Office <img src=x onerror=alert('org')> for Testing (OFT) and the Click <a href="javascript:alert(3)">Network</a>

Registration: <javascript:alert(4)>

### Agenda

**10:00–10:15 Opening <b onmouseover=alert(1)>remarks</b>**

- Dr. Mallory Evilson, Director, Institute <script>alert('org2')</script> for Studies
- Ms. Trudy <img src=x onerror=alert(6)> Quill, Senior Adviser, Labour Rights Network

**10:15–11:30 Roundtable**

Moderator: Mr. Trent Doe, Adviser, Office <script>alert('mod')</script> of Tests

See the report on <script>document.cookie</script> exploitation.¹

¹ Report "<script>alert('src')</script>" (2022). <https://example.org/report?a=<script>alert(5)</script>>
`;

/** Markup a document tried to inject, as it would appear if it were not escaped. */
const INJECTED = /<script>alert|<script>document|<img src=x|<b onmouseover|href="javascript:/i;

let fx: ApiFixture;
let tmp: string;
let evilDocId: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'citegraph-evil-'));
  const evil = join(tmp, 'evil-side-event.md');
  await writeFile(evil, EVIL);
  fx = await startApiFixture({ files: await listDocumentFiles(FIXTURE_DIR), extraFiles: [evil] });
  const docs = await request(fx.url).get('/api/v1/documents?limit=100').expect(200);
  evilDocId = docs.body.items.find((d: { source: string }) => d.source.endsWith('evil-side-event.md')).id;
});
afterAll(async () => {
  await fx?.close();
  await rm(tmp, { recursive: true, force: true });
});

const page = async (path: string, status = 200) => {
  const res = await request(fx.url).get(path).expect(status).expect('Content-Type', /html/);
  return res.text;
};
const links = (text: string) => [...text.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&')).filter((h) => h.startsWith('/'));

describe('escaping', () => {
  it('escapes every interpolated value exactly once', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&\``)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;');
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p>${inner}${['<', '>']}</p>`.value).toBe('<p><b>&lt;i&gt;</b>&lt;&gt;</p>');
  });

  it('shows a document containing <script> as text, on its page and on every page it links to', async () => {
    const docPage = await page(`/documents/${encodeURIComponent(evilDocId)}`);
    expect(docPage).toContain('&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;');
    expect(docPage).not.toMatch(INJECTED);
    const targets = [...new Set(links(docPage))].filter((h) => !h.startsWith('/assets/'));
    expect(targets.length).toBeGreaterThan(3);
    for (const target of targets) {
      const res = await request(fx.url).get(target);
      expect(res.status, target).toBeLessThan(500);
      expect(res.text, target).not.toMatch(INJECTED);
    }
  });

  it('escapes entities whose names carry markup, on their pages and in search', async () => {
    // Written straight through the store API, so the test does not depend on what the extractor keeps.
    const text = 'Eve <script>alert(1)</script> Hacker of <img src=x onerror=alert(2)> Org';
    const prov = [{ documentId: 'doc:00000000000000ee', start: 0, end: text.length, line: 1, extractor: 'test' }];
    await fx.store.replaceDocument({
      document: { id: 'doc:00000000000000ee', source: 'hostile.txt', mediaType: 'text/plain', title: '<script>alert(3)</script>', date: null, contentHash: 'x', ingestedAt: new Date().toISOString() },
      text,
      nodes: [
        { key: 'doc:00000000000000ee', kind: 'Document', label: '<script>alert(3)</script>', props: {}, provenance: prov },
        { key: 'person:eve-hacker', kind: 'Person', label: "Eve <script>alert('p')</script> Hacker", props: { name: 'Eve Hacker', honorifics: [], aliases: ['<b onmouseover=alert(4)>E</b>'], roles: ['<img src=x onerror=alert(5)>'], location: null }, provenance: prov },
        { key: 'org:hostile-org', kind: 'Organization', label: '<img src=x onerror=alert(2)> Org', props: { name: 'x', acronym: '<script>alert(6)</script>', aliases: [] }, provenance: prov },
      ],
      edges: [
        { key: 'AFFILIATED_WITH:person:eve-hacker->org:hostile-org', kind: 'AFFILIATED_WITH', from: 'person:eve-hacker', to: 'org:hostile-org', props: { role: '<script>alert(7)</script>', current: true }, provenance: prov },
        { key: 'MENTIONS:doc:00000000000000ee->person:eve-hacker', kind: 'MENTIONS', from: 'doc:00000000000000ee', to: 'person:eve-hacker', props: {}, provenance: prov },
      ],
    });
    for (const path of ['/people/eve-hacker', '/organizations/hostile-org', '/search?q=Eve+Hacker', '/documents/doc%3A00000000000000ee', '/graph?focus=person%3Aeve-hacker', '/people']) {
      const text = await page(path);
      expect(text, path).not.toMatch(INJECTED);
      expect(text, path).not.toMatch(/<script>alert\(|<b onmouseover/);
    }
    expect(await page('/people/eve-hacker')).toContain('Eve &lt;script&gt;alert(&#39;p&#39;)&lt;/script&gt; Hacker');
  });

  it('escapes search input and results, the dashboard and the graph page', async () => {
    const search = await page('/search?q=' + encodeURIComponent('<script>alert(9)</script>'));
    expect(search).toContain('&lt;script&gt;alert(9)&lt;/script&gt;');
    expect(search).not.toMatch(/<script>alert\(9\)/);
    for (const q of ['Mallory', 'Evilson', 'Click Network', 'Office']) expect(await page('/search?q=' + q)).not.toMatch(INJECTED);
    expect(await page('/links?limit=100')).not.toMatch(INJECTED);
    expect(await page('/graph?focus=' + encodeURIComponent(evilDocId) + '&depth=2')).not.toMatch(INJECTED);
    expect(await page('/api/docs')).not.toMatch(INJECTED);
  });

  it('never makes a javascript: URL clickable', async () => {
    const all = await request(fx.url).get('/links?limit=100').expect(200);
    expect(all.text).not.toMatch(/href="\s*javascript:/i);
  });
});

describe('pages', () => {
  it('home page shows counts and entry points', async () => {
    const home = await page('/');
    expect(home).toMatch(/<a href="\/people">People<\/a>/);
    expect(home).toContain('/links');
  });

  it('search finds a speaker and links to the person page', async () => {
    const text = await page('/search?q=Guy+Vinet');
    expect(text).toContain('href="/people/guy-vinet"');
    expect(await page('/search?q=Guy+Vinet&kind=Organization')).not.toContain('href="/people/guy-vinet"');
    expect(await page('/search')).toContain('<h1>Search</h1>');
  });

  it('person page shows the affiliation, sessions, provenance and a graph link', async () => {
    const api = await request(fx.url).get('/api/v1/people/guy-vinet').expect(200);
    const text = await page('/people/guy-vinet');
    const org = api.body.affiliations[0].organization;
    expect(text).toContain(`>${escapeHtml(org.label)}</a>`);
    expect(text).toContain('Where does it say this?');
    expect(text).toMatch(/<blockquote>[^<]*<mark>[^<]*Vinet[^<]*<\/mark>/);
    expect(text).toContain('href="/graph?focus=person%3Aguy-vinet&amp;depth=2&amp;excludeEdgeKinds=MENTIONS"');
    // Provenance links open the document at the quoted span.
    const prov = links(text).find((h) => h.startsWith('/documents/') && h.includes('start='));
    expect(prov).toBeTruthy();
    expect(await page(prov!)).toMatch(/<mark id="span">[^<]*Vinet/);
  });

  it('organization, event, source, topic and list pages render and link on', async () => {
    const api = (await request(fx.url).get('/api/v1/people/guy-vinet').expect(200)).body;
    const org = await page('/organizations/' + encodeURIComponent(api.affiliations[0].organization.key));
    expect(org).toContain('href="/people/guy-vinet"');
    const event = await page('/events/' + encodeURIComponent(api.sessions[0].event.key));
    expect(event).toContain('href="/people/guy-vinet"');
    const topic = await page('/topics/' + encodeURIComponent(api.topics[0].key));
    expect(topic).toContain('href="/people/guy-vinet"');
    const sources = await page('/sources');
    const first = links(sources).find((h) => h.startsWith('/sources/'));
    const source = await page(first!);
    expect(source).toContain('Link status');
    expect(source).toMatch(/unchecked|No URL recorded/);
    for (const list of ['/people', '/organizations', '/events', '/topics', '/documents']) expect(await page(list)).toMatch(/rel="next"|<li>/);
  });

  it('organization pages count their units\' people, and say who spoke on each topic', async () => {
    // Any organization with units whose people are not its own (found through the API, not by name).
    const orgs = (await request(fx.url).get('/api/v1/search?q=' + encodeURIComponent('OSCE') + '&kind=Organization&limit=20').expect(200)).body.items as Array<{ node: { key: string } }>;
    let checked = 0;
    for (const { node } of orgs) {
      const api = (await request(fx.url).get('/api/v1/organizations/' + encodeURIComponent(node.key)).expect(200)).body;
      if (!api.unitPeople.length) continue;
      const html = await page('/organizations/' + encodeURIComponent(node.key));
      expect(html).toContain('People of its units');
      const first = api.unitPeople[0];
      // The person's page names the unit's parent too.
      const person = (await request(fx.url).get('/api/v1/people/' + encodeURIComponent(first.person.key)).expect(200)).body;
      const viaUnit = person.affiliations.find((a: { organization: { key: string } }) => a.organization.key === first.unit.key);
      expect(viaUnit.partOf).not.toBeNull();
      expect(await page('/people/' + encodeURIComponent(first.person.key))).toContain('(part of <a href=');
      expect(html).toContain(`href="/people/${encodeURIComponent(first.person.key.replace(/^person:/, ''))}"`);
      expect(api.unitPeople.every((u: { unit: { key: string } }) => api.subUnits.some((s: { key: string }) => s.key === u.unit.key) || u.unit.key.startsWith('org:'))).toBe(true);
      for (const t of api.speakerTopics) {
        expect(t.speakers.length).toBeGreaterThan(0);
        expect(html).toContain(`(${t.sessions} session${t.sessions === 1 ? '' : 's'})`);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('document pages list what they cite and the documents citing the same sources', async () => {
    const docs = (await request(fx.url).get('/api/v1/documents?limit=100').expect(200)).body.items as Array<{ id: string }>;
    let citing = 0;
    let coupled = 0;
    for (const d of docs) {
      const text = await page('/documents/' + encodeURIComponent(d.id));
      if (text.includes('<h2>Cites</h2>')) citing++;
      const m = /<h2>Documents citing the same sources<\/h2><ul class="plain">([\s\S]*?)<\/ul>/.exec(text);
      if (m) {
        coupled++;
        expect(m[1]).toMatch(/href="\/documents\/doc%3A[0-9a-f]+"/);
        expect(m[1]).toMatch(/\(\d+ shared\)/);
      }
    }
    expect(citing).toBeGreaterThan(3);
    expect(coupled).toBeGreaterThanOrEqual(2);
  });

  it('paths page connects two entities typed by name', async () => {
    const api = (await request(fx.url).get('/api/v1/people/guy-vinet').expect(200)).body;
    const topic = api.topics[0].label as string;
    const text = await page(`/paths?from=${encodeURIComponent('Guy Vinet')}&to=${encodeURIComponent(topic)}&maxHops=4`);
    const chain = /<ol class="path">([\s\S]*?)<\/ol>/.exec(text)?.[1] ?? '';
    expect(chain).toContain('href="/people/guy-vinet"');
    expect(chain).toContain(`>${escapeHtml(topic)}</a>`);
    expect(chain).toMatch(/PARTICIPATED_IN|AFFILIATED_WITH|CONVENED|ABOUT/);
    expect(chain).not.toContain('MENTIONS');
    expect(text).toContain('Not followed: MENTIONS.');
    const org = api.affiliations[0].organization.label as string;
    const via = await page(`/paths?from=${encodeURIComponent('Guy Vinet')}&to=${encodeURIComponent(org)}&maxHops=4&viaDocuments=1`);
    expect(via).toMatch(/name="viaDocuments" value="1" checked/);
    expect(via).not.toContain('Not followed:');
    expect(await page('/paths?from=Guy+Vinet&to=zzzz-nothing-matches')).toContain('Nothing found for');
    // no path within one hop: the page says what to try next
    const none = await page(`/paths?from=${encodeURIComponent('Guy Vinet')}&to=${encodeURIComponent(topic)}&maxHops=1`);
    expect(none).toContain('No path between');
    expect(none).toContain('Try more hops (up to 6), or paths through documents that name both.');
    expect(await page('/paths')).toContain('How are they connected?');
  });

  it('answers unknown entities with an HTML 404 and bad input with an HTML 400', async () => {
    expect(await page('/people/nobody-at-all', 404)).toContain('CG_NOT_FOUND');
    expect(await page('/graph?focus=person:guy-vinet&depth=9', 400)).toContain('CG_INVALID_INPUT');
  });

  it('graph page carries the canvas, the legend, the scripts and a no-JS list', async () => {
    const text = await page('/graph?focus=person%3Aguy-vinet&depth=2');
    expect(text).toMatch(/<div id="graph-canvas" data-focus="person:guy-vinet" data-depth="2"/);
    expect(text).toContain('class="legend"');
    for (const src of ['/assets/vendor/graphology.umd.min.js', '/assets/vendor/sigma.min.js', '/assets/graph-view.js']) {
      expect(text).toContain(`<script defer src="${src}">`);
      await request(fx.url).get(src).expect(200).expect('Content-Type', /javascript/);
    }
    expect(text).toContain('<h2>Neighbours</h2>');
    const filtered = await page('/graph?focus=person%3Aguy-vinet&depth=2&edgeKinds=AFFILIATED_WITH&edgeKinds=PART_OF');
    const kinds = [...filtered.matchAll(/<td><code>([A-Z_]+)<\/code><\/td>/g)].map((m) => m[1]);
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds).size).toBeLessThanOrEqual(2);
    expect(kinds.every((k) => k === 'AFFILIATED_WITH' || k === 'PART_OF')).toBe(true);
    expect(filtered).toContain('data-edge-kinds="AFFILIATED_WITH,PART_OF"');
    expect(filtered).toContain('value="PART_OF" checked');
    // Hiding documents' mentions: the list, the drawing's data attribute and the checkbox agree.
    const all = await page('/graph?focus=person%3Aguy-vinet&depth=2');
    const noDocs = await page('/graph?focus=person%3Aguy-vinet&depth=2&excludeEdgeKinds=MENTIONS');
    expect(all).toContain('<code>MENTIONS</code>');
    expect(noDocs).not.toContain('<code>MENTIONS</code>');
    expect(noDocs).toContain('data-exclude-edge-kinds="MENTIONS"');
    expect(noDocs).toContain('value="MENTIONS" checked> Hide documents');
    expect(all).toContain('data-exclude-edge-kinds=""');
    await request(fx.url).get('/assets/kinds.css').expect(200).expect('Content-Type', /css/).expect('Cache-Control', 'no-cache');
    // our own script is revalidated on each load (a new server's page must not meet an old script)
    const script = await request(fx.url).get('/assets/graph-view.js').expect(200).expect('Cache-Control', 'no-cache');
    await request(fx.url).get('/assets/graph-view.js').set('If-None-Match', script.headers.etag!).expect(304);
    await request(fx.url).get('/assets/vendor/nothing.js').expect(404);
  });

  it('dashboard shows charts by verdict and status, filters, a table and the CSV link', async () => {
    const text = await page('/links?verdict=unchecked');
    expect(text).toMatch(/<svg class="chart"[^>]*aria-label="Links by verdict"/);
    expect(text).toMatch(/<g data-label="unchecked" data-count="\d+">/);
    expect(text).toContain('href="/api/v1/links?verdict=unchecked&amp;format=csv"');
    expect(text).toMatch(/<tr data-verdict="unchecked">/);
    expect(await page('/links?verdict=&status=&host=')).toContain('<table class="links">');
  });
});
