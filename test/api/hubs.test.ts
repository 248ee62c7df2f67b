// Very connected nodes stay readable: an organization with hundreds of people and a topic with
// hundreds of sessions list the first ones, say that there are more, and cap the speakers listed per
// topic. Also the topic page's documents and session counts, and unit people grouped by person.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { FIXTURE_DIR, startApiFixture, type ApiFixture } from './helpers/api-fixture.js';
import { OrganizationProfileSchema, TopicProfileSchema } from '../../api/schemas/entities.js';
import { edgeKey } from '../../graph/keys.js';
import type { EdgeRecord, NodeRecord } from '../../src/graph-model.js';

const N = 260;
const ORG = 'org:organization-for-security-and-cooperation-in-europe';
const TOPIC = 'topic:human-trafficking';
let fx: ApiFixture;

/** A synthetic document: N people affiliated with ORG, each speaking in a session about TOPIC. */
async function writeHub(): Promise<void> {
  const docId = 'doc:00000000000000aa';
  const prov = [{ documentId: docId, start: 0, end: 4, line: 1, extractor: 'test' }];
  const nodes = new Map<string, NodeRecord>();
  const edges: EdgeRecord[] = [];
  const add = (key: string, kind: NodeRecord['kind'], label: string, props: Record<string, unknown>) => nodes.set(key, { key, kind, label, props, provenance: prov });
  const link = (kind: EdgeRecord['kind'], from: string, to: string, props: Record<string, unknown> = {}) => edges.push({ key: edgeKey(kind, from, to), kind, from, to, props, provenance: prov });
  for (const k of [ORG, TOPIC]) {
    const n = await fx.store.getNode(k);
    if (!n) throw new Error(`fixture lacks ${k}`);
    add(k, n.kind, n.label, n.props);
  }
  add('source:hub-widely-cited', 'Source', 'Hub Widely Cited', { title: 'Hub Widely Cited', year: 2021, authors: [], issuer: null, url: null });
  // the document cites 30 sources together: each is co-cited with 29
  add(docId, 'Document', 'Hub', { title: 'Hub', source: 'hub.txt' });
  for (let i = 0; i < 30; i++) {
    const src = `source:hub-cited-${i}`;
    add(src, 'Source', `Hub Cited ${i}`, { title: `Hub Cited ${i}`, year: 2020, authors: [], issuer: null, url: null });
    link('CITES', docId, src, { marker: String(i + 1), context: `Sentence ${i + 1}.` });
  }
  for (let i = 0; i < N; i++) {
    const p = `person:hub-member-${String(i).padStart(3, '0')}`;
    const ev = `event:2024-05-01:hub-session-${i}`;
    add(p, 'Person', `Hub Member ${i}`, { name: `Hub Member ${i}`, honorifics: [], aliases: [], roles: [], location: null });
    add(ev, 'Event', `Hub Session ${i}`, { title: `Hub Session ${i}`, eventKind: 'session', date: '2024-05-01', startTime: null, endTime: null, timezone: null, platform: null, registrationUrl: null });
    link('AFFILIATED_WITH', p, ORG, { role: 'Member', current: true });
    link('CITES', ev, 'source:hub-widely-cited', { marker: '1', context: `Session ${i} cites it.` });
    link('PARTICIPATED_IN', p, ev, { role: 'speaker' });
    link('ABOUT', ev, TOPIC);
  }
  await fx.store.replaceDocument({
    document: { id: docId, source: 'hub.txt', mediaType: 'text/plain', title: 'Hub', date: '2024-05-01', contentHash: 'hub', ingestedAt: '2026-01-01T00:00:00.000Z' },
    text: 'Hub.', nodes: [...nodes.values()], edges,
  });
}

beforeAll(async () => {
  fx = await startApiFixture({ files: ['osce-alliance-side-events-2020.md', 'follow-up-meeting-2021.md'].map((f) => join(FIXTURE_DIR, f)) });
});
afterAll(async () => {
  await fx?.close();
});

describe('pages of small nodes', () => {
  it('lists a person of several units once, with each unit', async () => {
    const res = await request(fx.url).get('/organizations/' + encodeURIComponent(ORG)).expect(200);
    const entries = res.text.split('<li class="unit-person">').slice(1).map((li) => li.split('</li>')[0]!).filter((li) => li.includes('>Guy Vinet<'));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toContain('Transnational Threats Department');
    expect(entries[0]).toContain('Strategic Police Matters Unit');
    expect(res.text).not.toContain('Only the first ones are listed');
  });

  it('gives a topic its documents and each speaker\'s number of sessions', async () => {
    const t = TopicProfileSchema.parse((await request(fx.url).get('/api/v1/topics/human-trafficking').expect(200)).body);
    expect(t.documents.length).toBeGreaterThan(0);
    expect(t.speakers.every((s) => s.sessions >= 1)).toBe(true);
    expect(t.truncated).toEqual([]);
    const page = await request(fx.url).get('/topics/human-trafficking').expect(200);
    expect(page.text).toContain('<h2>Documents</h2>');
    expect(page.text).toMatch(/class="topic-speaker">.*\(\d+ sessions?\)/);
  });
});

describe('pages of very connected nodes', () => {
  beforeAll(writeHub);

  it('an organization lists its first people, says there are more, and caps speakers per topic', async () => {
    const started = performance.now();
    const o = OrganizationProfileSchema.parse((await request(fx.url).get('/api/v1/organizations/' + encodeURIComponent(ORG)).expect(200)).body);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(o.people.length).toBeLessThanOrEqual(200);
    expect(o.truncated).toContain('people');
    const hub = o.speakerTopics.find((t) => t.topic.key === TOPIC)!;
    expect(hub.speakerCount).toBeGreaterThanOrEqual(N);
    expect(hub.speakers).toHaveLength(25);
    const page = await request(fx.url).get('/organizations/' + encodeURIComponent(ORG)).expect(200);
    expect(page.text).toContain('Only the first ones are listed');
    expect(page.text).toContain(`and ${hub.speakerCount - 25} more`);
  });

  it('a source cited by more than 100 lists 100 and says there are more', async () => {
    const s = (await request(fx.url).get('/api/v1/sources/hub-widely-cited').expect(200)).body;
    expect(s.citedBy).toHaveLength(100);
    expect(s.truncated).toEqual(['citedBy']);
    const page = await request(fx.url).get('/sources/hub-widely-cited').expect(200);
    expect(page.text).toContain('Only the first ones are listed');
    const small = (await request(fx.url).get('/api/v1/sources/hub-cited-0').expect(200)).body;
    expect(small.truncated).toEqual([]);
  });

  it('a source page lists 20 co-cited sources and links to all of them', async () => {
    const page = await request(fx.url).get('/sources/hub-cited-0').expect(200);
    expect(page.text.split('<h2>Co-cited with</h2>')[1]!.match(/\(1×\)/g)).toHaveLength(20);
    expect(page.text).toContain('href="/api/v1/sources/source%3Ahub-cited-0/co-cited?limit=100"');
    const all = await request(fx.url).get('/api/v1/sources/source%3Ahub-cited-0/co-cited?limit=100').expect(200);
    expect(all.body.items).toHaveLength(29);
  });

  it('a topic lists at most 100 speakers and says there are more', async () => {
    const t = TopicProfileSchema.parse((await request(fx.url).get('/api/v1/topics/human-trafficking').expect(200)).body);
    expect(t.speakers).toHaveLength(100);
    expect(t.truncated).toEqual(expect.arrayContaining(['events', 'speakers']));
    const page = await request(fx.url).get('/topics/human-trafficking').expect(200);
    expect(page.text.match(/Only the first ones are listed/g)?.length).toBeGreaterThanOrEqual(2);
  });
});

describe('page of a very long document', () => {
  it('shows a window of the text around the quoted span, and says so', async () => {
    const id = 'doc:00000000000000bb';
    const line = 'Workers on distant-water vessels report withheld wages and confiscated passports.\n';
    const text = line.repeat(6000) + 'THE QUOTED SENTENCE.\n' + line.repeat(2000);
    await fx.store.replaceDocument({
      document: { id, source: 'long.txt', mediaType: 'text/plain', title: 'Long', date: null, contentHash: 'long', ingestedAt: '2026-01-01T00:00:00.000Z' },
      text, nodes: [{ key: id, kind: 'Document', label: 'Long', props: { title: 'Long', source: 'long.txt' }, provenance: [] }], edges: [],
    });
    const start = text.indexOf('THE QUOTED');
    const page = await request(fx.url).get(`/documents/${encodeURIComponent(id)}?start=${start}&end=${start + 20}`).expect(200);
    expect(page.text.length).toBeLessThan(260_000);
    expect(page.text).toContain('<mark id="span">THE QUOTED SENTENCE.</mark>');
    expect(page.text).toMatch(new RegExp(`Characters \\d+–\\d+ of ${text.length} are shown`));
    const head = await request(fx.url).get(`/documents/${encodeURIComponent(id)}`).expect(200);
    expect(head.text).toContain('Characters 0–');
    expect(head.text).not.toContain('THE QUOTED');
  });
});
