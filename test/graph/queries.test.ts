// The query layer over a small resolved graph: three documents, one conference with two sessions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore, type SqliteStore } from '../../graph/sqlite-store.js';
import { ingestExtraction } from '../../graph/ingest-extraction.js';
import * as Q from '../../graph/queries/index.js';
import { sourceKey } from '../../graph/keys.js';
import { ExtractionBuilder } from './extraction-builder.js';
import { check } from './fixtures.js';
import { tempDirs } from './temp-dir.js';

const dirs = tempDirs();
let store: SqliteStore;
const R1 = 'https://osce.example/r1';
const R2 = 'https://odihr.example/r2';
const R3 = 'https://third.example/r3';
const ODIHR = 'org:organization-for-security-and-cooperation-in-europe.office-for-democratic-institutions-and-human-rights';
const src = (url: string) => sourceKey({ url, documentId: '', marker: '' });

beforeAll(async () => {
  store = openSqliteStore({ dir: dirs.make() });
  const textA = 'Alliance Conference. Community Policing. Victim Support. Organization for Security and Co-operation in Europe (OSCE), ' +
    'Office for Democratic Institutions and Human Rights (ODIHR), Europol. Ana Lopez. Guy Vinet. Policing works [1]. Support matters [2].';
  const a = new ExtractionBuilder('doc:a', textA)
    .org('Organization for Security and Co-operation in Europe', 'OSCE')
    .org('Office for Democratic Institutions and Human Rights', 'ODIHR', 'OSCE')
    .org('Europol')
    .session('conf', 'Alliance Conference', { kind: 'conference' })
    .session('s1', 'Community Policing', { partOf: 'conf', convenors: ['OSCE'], topics: ['community policing'] })
    .session('s2', 'Victim Support', { partOf: 'conf', convenors: ['ODIHR'], topics: ['victim support', 'community policing'] })
    .person('Ana Lopez', { affiliations: [{ organization: 'Europol', role: 'Analyst', current: true }, { organization: 'ODIHR', role: null, current: false }],
      participation: [{ session: 's1', role: 'moderator' }, { session: 's2', role: 'speaker' }] })
    .person('Guy Vinet', { honorific: 'Mr.', affiliations: [{ organization: 'OSCE', role: null, current: true }], participation: [{ session: 's1', role: 'speaker' }] })
    .cite('1', { issuer: 'OSCE', title: 'Report One', url: R1, session: 's1', context: 'Policing works [1].' })
    .cite('2', { issuer: 'ODIHR', title: 'Report Two', url: R2, session: 's2', context: 'Support matters [2].' });
  const b = new ExtractionBuilder('doc:b', 'Follow-up. See [1], [2] and [3].', 'Follow-up')
    .cite('1', { title: 'Report One', url: R1, context: 'See [1]' }).cite('2', { title: 'Report Two', url: R2 }).cite('3', { title: 'Report Three', url: R3 });
  const c = new ExtractionBuilder('doc:c', 'Only [9].', 'Third').cite('9', { title: 'Report Three', url: R3 });
  for (const x of [a, b, c]) await ingestExtraction(store, x.build(), { text: x.text, contentHash: x.id });
  await store.recordLinkCheck({ ...check(R1, 'dead', '2026-01-02T00:00:00.000Z'), archived: { url: 'https://web.archive.org/r1', timestamp: '20200101' } });
});
afterAll(async () => { await store.close(); dirs.cleanup(); });

describe('query layer', () => {
  it('searches by acronym and long form, with a kind filter and a bounded limit', async () => {
    expect((await Q.search(store, { q: 'osce' })).items[0]!.node.label).toBe('Organization for Security and Co-operation in Europe');
    expect((await Q.search(store, { q: 'democratic institutions', kind: 'Organization' })).items.map((h) => h.node.key)).toHaveLength(1);
    expect((await Q.search(store, { q: 'policing', kind: 'Topic' })).items.map((h) => h.node.key)).toEqual(['topic:community-policing']);
    await expect(Q.search(store, { q: '  ' })).rejects.toMatchObject({ code: 'CG_INVALID_INPUT' });
    await expect(Q.search(store, { q: 'a', limit: 0 })).rejects.toMatchObject({ code: 'CG_INVALID_INPUT' });
  });

  it('returns neighbourhoods up to depth 3 and refuses deeper', async () => {
    const d1 = await Q.neighbourhood(store, { key: 'person:ana-lopez', depth: 1, edgeKinds: ['PARTICIPATED_IN', 'AFFILIATED_WITH'] });
    expect(d1.nodes.map((n) => n.key).sort()).toEqual(['event:2020-07-21:community-policing', 'event:2020-07-21:victim-support', 'org:europol',
      ODIHR, 'person:ana-lopez']);
    const d2 = await Q.neighbourhood(store, { key: 'person:ana-lopez', depth: 2, edgeKinds: ['PARTICIPATED_IN', 'PART_OF'] });
    expect(d2.nodes.find((n) => n.key === 'event:2020-07-21:alliance-conference')?.depth).toBe(2);
    expect(d2.nodes.find((n) => n.key === 'person:guy-vinet')?.depth).toBe(2);
    const small = await Q.neighbourhood(store, { key: 'doc:a', depth: 1, limit: 3 });
    expect(small.nodes).toHaveLength(3);
    expect(small.truncated).toBe(true);
    await expect(Q.neighbourhood(store, { key: 'doc:a', depth: 4 })).rejects.toMatchObject({ code: 'CG_INVALID_INPUT' });
    await expect(Q.neighbourhood(store, { key: 'person:nobody' })).rejects.toMatchObject({ code: 'CG_NOT_FOUND' });
    const noDocs = await Q.neighbourhood(store, { key: 'person:guy-vinet', depth: 2, excludeEdgeKinds: ['MENTIONS'] });
    expect(noDocs.nodes.map((n) => n.kind)).not.toContain('Document');
    expect(noDocs.nodes.map((n) => n.key)).toContain('person:ana-lopez');
    expect((await Q.neighbourhood(store, { key: 'person:guy-vinet', depth: 1 })).nodes.map((n) => n.key)).toContain('doc:a');
    const draw = await Q.subgraph(store, { key: 'event:2020-07-21:alliance-conference', depth: 1, edgeKinds: ['PART_OF', 'CONVENED'] });
    expect(draw.nodes).toHaveLength(3);
    expect(draw.edges.map((e) => e.kind)).toEqual(['PART_OF', 'PART_OF']);
  });

  it('finds shortest paths within max hops, honouring edge kinds', async () => {
    // Through MENTIONS both are two hops apart via doc:a; that is followed only when asked for.
    const any = await Q.shortestPath(store, { from: 'person:guy-vinet', to: 'org:europol', excludeEdgeKinds: [] });
    expect(any.hops).toBe(2);
    expect(any.nodes[1]!.key).toBe('doc:a');
    expect(any.excludedEdgeKinds).toEqual([]);
    const meant = await Q.shortestPath(store, { from: 'person:guy-vinet', to: 'org:europol' });
    expect(meant.excludedEdgeKinds).toEqual(['MENTIONS']);
    expect(meant.edges.map((e) => e.kind)).not.toContain('MENTIONS');
    expect(meant.hops).toBe(3);
    expect(meant.nodes.map((n) => n.kind)).not.toContain('Document');
    // An explicit include list replaces the default exclusion; a Document endpoint keeps MENTIONS.
    const viaDoc = await Q.shortestPath(store, { from: 'person:guy-vinet', to: 'org:europol', edgeKinds: ['MENTIONS'] });
    expect(viaDoc.hops).toBe(2);
    expect((await Q.shortestPath(store, { from: 'person:guy-vinet', to: 'doc:a' })).hops).toBe(1);
    await expect(Q.shortestPath(store, { from: 'person:guy-vinet', to: 'org:europol', edgeKinds: ['MENTIONS'], excludeEdgeKinds: ['MENTIONS'] }))
      .rejects.toMatchObject({ code: 'CG_INVALID_INPUT' });
    const social = await Q.shortestPath(store, { from: 'person:guy-vinet', to: 'org:europol', edgeKinds: ['PARTICIPATED_IN', 'AFFILIATED_WITH'] });
    expect(social.hops).toBe(3);
    expect(social.nodes.map((n) => n.key)).toEqual(['person:guy-vinet', 'event:2020-07-21:community-policing', 'person:ana-lopez', 'org:europol']);
    expect(social.edges.map((e) => e.kind)).toEqual(['PARTICIPATED_IN', 'PARTICIPATED_IN', 'AFFILIATED_WITH']);
    const tooShort = await Q.shortestPath(store, { from: 'person:guy-vinet', to: 'org:europol', maxHops: 2, edgeKinds: ['PARTICIPATED_IN', 'AFFILIATED_WITH'] });
    expect(tooShort).toMatchObject({ hops: null, nodes: [] });
    expect((await Q.shortestPath(store, { from: 'org:europol', to: 'org:europol' })).hops).toBe(0);
    await expect(Q.shortestPath(store, { from: 'org:europol', to: 'doc:a', maxHops: 7 })).rejects.toMatchObject({ code: 'CG_INVALID_INPUT' });
  });

  it('profiles a person: current and former affiliations, sessions with roles and conference, topics, documents', async () => {
    const p = await Q.personProfile(store, 'person:ana-lopez');
    expect(p.affiliations.current.map((r) => [r.node.key, r.props.role])).toEqual([['org:europol', 'Analyst']]);
    expect(p.affiliations.former.map((r) => r.node.key)).toEqual([ODIHR]);
    // A unit's parent comes along: ODIHR is part of the OSCE; Europol is part of nothing here.
    expect(p.affiliations.former[0]!.partOf?.key).toBe('org:organization-for-security-and-cooperation-in-europe');
    expect(p.affiliations.current[0]!.partOf).toBeNull();
    expect(p.sessions.items.map((s) => [s.node.label, s.props.role, s.conference?.label])).toEqual([
      ['Community Policing', 'moderator', 'Alliance Conference'], ['Victim Support', 'speaker', 'Alliance Conference']]);
    expect(p.topics.map((t) => [t.topic.label, t.sessions])).toEqual([['community policing', 2], ['victim support', 1]]);
    expect(p.documents.map((d) => d.id)).toEqual(['doc:a']);
    expect(p.affiliations.current[0]!.provenance[0]!.documentId).toBe('doc:a');
    await expect(Q.personProfile(store, 'org:europol')).rejects.toMatchObject({ code: 'CG_NOT_FOUND' });
  });

  it('profiles an organization, an event and a topic', async () => {
    const osce = await Q.organizationProfile(store, 'org:organization-for-security-and-cooperation-in-europe');
    expect(osce.subUnits.items.map((n) => n.key)).toEqual([ODIHR]);
    expect(osce.people.items.map((r) => r.node.key)).toEqual(['person:guy-vinet']);
    expect(osce.eventsConvened.items.map((r) => r.node.label)).toEqual(['Community Policing']);
    expect(osce.sourcesPublished.items.map((r) => r.node.label)).toEqual(['Report One']);
    expect((await Q.organizationProfile(store, ODIHR)).parent?.key).toBe('org:organization-for-security-and-cooperation-in-europe');
    const ev = await Q.eventProfile(store, 'event:2020-07-21:community-policing');
    expect(ev.conference?.label).toBe('Alliance Conference');
    expect(ev.participants.items.map((p) => [p.node.label, p.props.role, p.organizations.map((o) => o.key)])).toEqual([
      ['Ana Lopez', 'moderator', ['org:europol', ODIHR]],
      ['Guy Vinet', 'speaker', ['org:organization-for-security-and-cooperation-in-europe']]]);
    expect(ev.convenors.items.map((r) => r.node.label)).toEqual(['Organization for Security and Co-operation in Europe']);
    expect(ev.cites.items.map((r) => [r.node.label, r.props.marker, r.props.context])).toEqual([['Report One', '1', 'Policing works [1].']]);
    expect((await Q.eventProfile(store, 'event:2020-07-21:alliance-conference')).sessions.items).toHaveLength(2);
    const topic = await Q.topicProfile(store, 'topic:community-policing');
    expect(topic.events.items.map((e) => e.label).sort()).toEqual(['Community Policing', 'Victim Support']);
    expect(topic.speakers.map((s) => [s.person.label, s.sessions.length])).toEqual([['Ana Lopez', 2], ['Guy Vinet', 1]]);
    expect(topic.organizations.map((o) => [o.organization.key, o.speakers])).toEqual([
      ['org:europol', 1], ['org:organization-for-security-and-cooperation-in-europe', 1], [ODIHR, 1]]);
  });

  it('answers speaker -> organization -> topic patterns', async () => {
    const t = await Q.topicsOfOrganization(store, 'org:europol');
    expect(t.map((r) => [r.topic.label, r.sessions, r.speakers.map((s) => s.label)])).toEqual([
      ['community policing', 2, ['Ana Lopez']], ['victim support', 1, ['Ana Lopez']]]);
    // An organization's people include its units': Ana Lopez (formerly ODIHR, an OSCE unit) counts for the OSCE.
    const osce = 'org:organization-for-security-and-cooperation-in-europe';
    expect((await Q.topicsOfOrganization(store, osce)).map((r) => [r.topic.label, r.sessions, r.speakers.map((x) => x.label)])).toEqual([
      ['community policing', 2, ['Ana Lopez', 'Guy Vinet']], ['victim support', 1, ['Ana Lopez']]]);
    const profile = await Q.organizationProfile(store, osce);
    expect(profile.unitPeople.items.map((r) => [r.node.key, r.unit.key, r.props.current])).toEqual([['person:ana-lopez', ODIHR, false]]);
    expect((await Q.organizationProfile(store, ODIHR)).unitPeople.items).toEqual([]);
    const s = await Q.speakersOnTopic(store, 'topic:victim-support');
    expect(s.map((r) => [r.person.label, r.organizations.length, r.sessions.map((x) => x.label)])).toEqual([['Ana Lopez', 2, ['Victim Support']]]);
  });

  it('answers who cites a source, what a document cites, co-citation and coupling', async () => {
    const by = await Q.citedBy(store, src(R1));
    expect(by.items.map((r) => [r.citer.key, r.marker, r.context, r.document?.id])).toEqual([
      ['doc:a', '1', 'Policing works [1].', 'doc:a'], ['doc:b', '1', 'See [1]', 'doc:b'], ['event:2020-07-21:community-policing', '1', 'Policing works [1].', 'doc:a']]);
    const page1 = await Q.citedBy(store, src(R1), { limit: 2 });
    const page2 = await Q.citedBy(store, src(R1), { limit: 2, cursor: page1.nextCursor! });
    expect([...page1.items, ...page2.items]).toHaveLength(3);
    expect((await Q.citesOf(store, 'doc:b')).items.map((r) => r.node.label)).toEqual(expect.arrayContaining(['Report One', 'Report Two', 'Report Three']));
    expect((await Q.coCited(store, src(R1))).map((r) => [r.source.label, r.count])).toEqual([['Report Two', 2], ['Report Three', 1]]);
    expect((await Q.bibliographicCoupling(store, 'doc:a')).map((r) => [r.document.key, r.shared])).toEqual([['doc:b', 2]]);
    expect((await Q.bibliographicCoupling(store, 'doc:c')).map((r) => [r.document.key, r.shared])).toEqual([['doc:b', 1]]);
  });

  it('reports link status on the source page, the rot report and unchecked URLs', async () => {
    const sp = await Q.sourceProfile(store, src(R1));
    expect(sp.publishers.map((n) => n.key)).toEqual(['org:organization-for-security-and-cooperation-in-europe']);
    expect(sp.links).toHaveLength(1);
    expect(sp.links[0]).toMatchObject({ url: R1, latest: { verdict: 'dead' }, failureStreak: 1, archived: { timestamp: '20200101' } });
    expect(sp.citedBy.items).toHaveLength(3);
    const report = await Q.linkReport(store, { verdict: 'dead' });
    expect(report.items.map((r) => [r.check.url, r.sources.map((s) => s.title), r.documents.map((d) => d.id)])).toEqual([[R1, ['Report One'], ['doc:a', 'doc:b']]]);
    const all = await Q.linksWithStatus(store, { limit: 10 });
    expect(all.items.map((w) => [w.url, w.latest?.verdict ?? null])).toEqual([[R2, null], [R1, 'dead'], [R3, null]]);
  });

  it('profiles a document and counts the store', async () => {
    const d = await Q.documentProfile(store, 'doc:a');
    expect(d.mentions.Person?.map((n) => n.label).sort()).toEqual(['Ana Lopez', 'Guy Vinet']);
    expect(d.cites.items).toHaveLength(2);
    expect(d.coupled.map((c) => c.document.key)).toEqual(['doc:b']);
    await expect(Q.documentProfile(store, 'doc:none')).rejects.toMatchObject({ code: 'CG_NOT_FOUND' });
    const c = await Q.counts(store);
    expect(c.documents).toBe(3);
    expect(c.nodes.Source).toBe(3);
    expect(c.edges.CITES).toBe(8);
  });
});
