// The GraphStore contract: one suite every implementation runs (`storeContract(name, makeStore)`).
// makeStore must return a fresh, empty store; the suite closes it after each test.
import { afterEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../graph/store.js';
import { check, docWrite, edge, node } from './fixtures.js';

export interface ContractOptions {
  /** Skip the whole suite (e.g. no server configured). */
  skip?: boolean;
  /** Per-test timeout in ms (network stores are slower). */
  timeout?: number;
}

const D1 = 'doc:0000000000000001';
const D2 = 'doc:0000000000000002';
const europol = (d: string, extra: Record<string, unknown> = {}) =>
  node(d, 'org:europol', 'Organization', 'European Union Agency for Law Enforcement Cooperation', { name: 'European Union Agency for Law Enforcement Cooperation', acronym: 'EUROPOL', aliases: [], ...extra });
const alice = (d: string) => node(d, 'person:alice-martin', 'Person', 'Alice Martin', { name: 'Alice Martin', honorifics: ['Dr.'], aliases: [], roles: [], location: null });
const session = (d: string) => node(d, 'event:2020-07-21:policing', 'Event', 'Community Policing', { title: 'Community Policing', eventKind: 'session', date: '2020-07-21' });

export function storeContract(name: string, makeStore: () => Promise<GraphStore>, options: ContractOptions = {}): void {
  describe.skipIf(options.skip ?? false)(`GraphStore contract: ${name}`, () => {
    let store: GraphStore | undefined;
    const open = async () => (store = await makeStore());
    afterEach(async () => { await store?.close(); store = undefined; });
    const t = options.timeout;

    it('writes a document and reads nodes, edges and provenance back', async () => {
      const s = await open();
      const r = await s.replaceDocument(docWrite(D1, [alice(D1), europol(D1), session(D1)], [
        edge(D1, 'AFFILIATED_WITH', 'person:alice-martin', 'org:europol', { role: 'Analyst', current: true }),
        edge(D1, 'PARTICIPATED_IN', 'person:alice-martin', 'event:2020-07-21:policing', { role: 'speaker' }),
      ], { extraction: { hello: 'world' } }));
      expect(r).toMatchObject({ documentId: D1, nodesAdded: 4, edgesAdded: 2, nodesRemoved: 0, edgesRemoved: 0 });
      const n = await s.getNode('person:alice-martin');
      expect(n).toMatchObject({ kind: 'Person', label: 'Alice Martin', props: { name: 'Alice Martin' } });
      expect(n!.provenance).toEqual([{ documentId: D1, start: 0, end: 12, line: 1, extractor: 'test' }]);
      const edges = await s.getEdges({ key: 'person:alice-martin', direction: 'out', limit: 10 });
      expect(edges.items.map((e) => e.kind)).toEqual(['AFFILIATED_WITH', 'PARTICIPATED_IN']);
      expect(edges.items[0]).toMatchObject({ from: 'person:alice-martin', to: 'org:europol', props: { role: 'Analyst', current: true } });
      expect(edges.items[0]!.provenance[0]!.documentId).toBe(D1);
      expect(await s.getEdge(edges.items[1]!.key)).toMatchObject({ kind: 'PARTICIPATED_IN', props: { role: 'speaker' } });
      expect(await s.getDocument(D1)).toMatchObject({ id: D1, contentHash: `hash-${D1}`, title: `Title ${D1}` });
      expect(await s.getDocumentBySource(`/tmp/doc-0000000000000001.md`)).toMatchObject({ id: D1 });
      expect(await s.getDocumentText(D1)).toBe(`text of ${D1} with some words`);
      expect(await s.getDocumentExtraction(D1)).toEqual({ hello: 'world' });
      expect(await s.getNode('person:nobody')).toBeNull();
      expect(await s.getDocument('doc:none')).toBeNull();
      expect((await s.getNodes(['org:europol', 'person:nobody', 'person:alice-martin'])).map((x) => x.key)).toEqual(['org:europol', 'person:alice-martin']);
    }, t);

    it('merges support from two documents and retracts one without touching the other', async () => {
      const s = await open();
      await s.replaceDocument(docWrite(D1, [alice(D1), europol(D1, { aliases: ['Europol HQ'] })], [
        edge(D1, 'AFFILIATED_WITH', 'person:alice-martin', 'org:europol', { role: 'Analyst', current: true }),
      ], {}, '2026-01-01T00:00:00.000Z'));
      const r2 = await s.replaceDocument(docWrite(D2, [alice(D2), europol(D2, { aliases: ['EU police agency'] })], [
        edge(D2, 'AFFILIATED_WITH', 'person:alice-martin', 'org:europol', { role: null, current: false }),
      ], {}, '2026-01-02T00:00:00.000Z'));
      expect(r2).toMatchObject({ nodesAdded: 1, nodesUpdated: 2, edgesAdded: 0, edgesUpdated: 1 });
      const org = await s.getNode('org:europol');
      expect(org!.provenance.map((p) => p.documentId)).toEqual([D1, D2]);
      expect(org!.props.aliases).toEqual(['Europol HQ', 'EU police agency']);
      const aff = (await s.getEdges({ key: 'org:europol', direction: 'in', limit: 5 })).items[0]!;
      // Scalars: the newest non-null value wins (current from D2, role kept from D1).
      expect(aff.props).toEqual({ role: 'Analyst', current: false });
      expect(aff.provenance.map((p) => p.documentId)).toEqual([D1, D2]);
      expect(await s.removeDocument(D1)).toBe(true);
      expect(await s.removeDocument(D1)).toBe(false);
      const after = await s.getNode('org:europol');
      expect(after!.provenance.map((p) => p.documentId)).toEqual([D2]);
      expect(after!.props.aliases).toEqual(['EU police agency']);
      expect(await s.getNode(D1)).toBeNull();
      expect(await s.getDocument(D1)).toBeNull();
      expect((await s.stats()).totalEdges).toBe(1);
    }, t);

    it('replacing a document retracts its old contributions and drops what lost all support', async () => {
      const s = await open();
      await s.replaceDocument(docWrite(D1, [alice(D1), europol(D1), session(D1)], [
        edge(D1, 'AFFILIATED_WITH', 'person:alice-martin', 'org:europol', { role: null, current: true }),
        edge(D1, 'PARTICIPATED_IN', 'person:alice-martin', 'event:2020-07-21:policing', { role: 'speaker' }),
      ]));
      await s.replaceDocument(docWrite(D2, [europol(D2)], []));
      const r = await s.replaceDocument(docWrite(D1, [alice(D1), session(D1)], [
        edge(D1, 'PARTICIPATED_IN', 'person:alice-martin', 'event:2020-07-21:policing', { role: 'moderator' }),
      ]));
      expect(r).toMatchObject({ nodesAdded: 0, nodesRemoved: 0, edgesRemoved: 1, edgesAdded: 0 });
      expect(await s.getNode('org:europol')).not.toBeNull(); // still supported by D2
      expect((await s.getNode('org:europol'))!.provenance.map((p) => p.documentId)).toEqual([D2]);
      const pi = await s.getEdges({ key: 'person:alice-martin', direction: 'both', limit: 10 });
      expect(pi.items.map((e) => [e.kind, e.props.role])).toEqual([['PARTICIPATED_IN', 'moderator']]);
      const r3 = await s.replaceDocument(docWrite(D1, [], []));
      expect(r3).toMatchObject({ nodesRemoved: 2, edgesRemoved: 1 });
      expect(await s.getNode('person:alice-martin')).toBeNull();
      const st = await s.stats();
      expect(st).toMatchObject({ totalNodes: 3, totalEdges: 0, documents: 2 });
      expect(st.nodes).toMatchObject({ Document: 2, Organization: 1, Person: 0, Event: 0 });
    }, t);

    it('rejects an edge whose endpoint is not in the batch, writing nothing', async () => {
      const s = await open();
      await s.replaceDocument(docWrite(D1, [europol(D1)], []));
      const bad = docWrite(D2, [alice(D2)], [edge(D2, 'AFFILIATED_WITH', 'person:alice-martin', 'org:europol', { role: null, current: true })]);
      await expect(s.replaceDocument(bad)).rejects.toMatchObject({ code: 'CG_INVALID_INPUT' });
      expect(await s.getDocument(D2)).toBeNull();
      expect(await s.getNode('person:alice-martin')).toBeNull();
      const badKind = docWrite(D2, [{ ...alice(D2), kind: 'Planet' as never }], []);
      await expect(s.replaceDocument(badKind)).rejects.toMatchObject({ code: 'CG_INVALID_INPUT' });
      expect((await s.stats()).documents).toBe(1);
    }, t);

    it('finds nodes by name, acronym, case and punctuation variants, word prefix and kind', async () => {
      const s = await open();
      await s.replaceDocument(docWrite(D1, [alice(D1), europol(D1), session(D1),
        node(D1, 'org:odihr', 'Organization', 'Office for Democratic Institutions and Human Rights', { name: 'Office for Democratic Institutions and Human Rights', acronym: 'ODIHR', aliases: [] })], []));
      const keys = async (q: string, kind?: 'Person' | 'Organization' | 'Event') => (await s.findNodes({ q, kind, limit: 10 })).items.map((h) => h.node.key);
      expect(await keys('Europol')).toEqual(['org:europol']);
      expect(await keys('E.U.R.O.P.O.L')).toEqual(['org:europol']);
      expect((await s.findNodes({ q: 'europol', limit: 5 })).items[0]).toMatchObject({ score: 3, matched: 'europol' });
      expect(await keys('Dr. ALICE martin')).toEqual(['person:alice-martin']);
      expect(await keys('alice')).toEqual(['person:alice-martin']);
      expect(await keys('mart')).toEqual(['person:alice-martin']);
      expect(await keys('law enforcement')).toEqual(['org:europol']);
      expect(await keys('democratic rights')).toEqual(['org:odihr']);
      expect(await keys('policing', 'Person')).toEqual([]);
      expect(await keys('policing', 'Event')).toEqual(['event:2020-07-21:policing']);
      expect(await keys('zzz')).toEqual([]);
      const all = await s.findNodes({ q: 'a', limit: 1 });
      expect(all.items).toHaveLength(1);
      expect(all.nextCursor).not.toBeNull();
      const next = await s.findNodes({ q: 'a', limit: 1, cursor: all.nextCursor! });
      expect(next.items[0]!.node.key).not.toBe(all.items[0]!.node.key);
      await expect(s.findNodes({ q: 'a', limit: 1, cursor: 'garbage!' })).rejects.toMatchObject({ code: 'CG_INVALID_INPUT' });
      expect((await s.lookupAlias('Organization', 'europol')).map((n) => n.key)).toEqual(['org:europol']);
      expect((await s.lookupAlias('Person', 'a martin')).map((n) => n.key)).toEqual(['person:alice-martin']);
      expect(await s.lookupAlias('Person', 'europol')).toEqual([]);
      // Aliases are per contribution: excluding the only document that supplied one hides it.
      expect(await s.lookupAlias('Organization', 'europol', { excludeDocument: D1 })).toEqual([]);
      await s.replaceDocument(docWrite(D2, [node(D2, 'org:europol', 'Organization', 'Europol', { name: 'Europol', acronym: null, aliases: [] })], []));
      expect((await s.lookupAlias('Organization', 'europol', { excludeDocument: D1 })).map((n) => n.key)).toEqual(['org:europol']);
      expect(await s.lookupAlias('Organization', 'law enforcement', { excludeDocument: D1 })).toEqual([]);
    }, t);

    it('ranks search hits by score then label, words on one alias, one hit per node, following retractions', async () => {
      const s = await open();
      const person = (d: string, key: string, name: string, aliases: string[] = []) =>
        node(d, key, 'Person', name, { name, honorifics: [], aliases, roles: [], location: null });
      await s.replaceDocument(docWrite(D1, [
        person(D1, 'person:alpha-beta', 'Alpha Beta', ['Gamma Delta']),
        person(D1, 'person:beta-alpha', 'Beta Alphas'),
        person(D1, 'person:alpha', 'Alpha'),
      ], []));
      await s.replaceDocument(docWrite(D2, [person(D2, 'person:alpha-beta', 'Alpha Beta'), person(D2, 'person:zed-alpha', 'Zed Alphabet')], []));
      const hits = async (q: string) => (await s.findNodes({ q, limit: 10 })).items.map((h) => `${h.node.key} ${h.score} ${h.matched}`);
      // Exact first, then alias prefixes, then word prefixes, each by label; a node twice supported is one
      // hit. A word match reports the first alias that matches (here initials forms).
      expect(await hits('alpha')).toEqual([
        'person:alpha 3 alpha', 'person:alpha-beta 2 alpha beta', 'person:beta-alpha 1 b alphas', 'person:zed-alpha 1 z alphabet',
      ]);
      // Every query word must prefix a word of the same alias.
      expect(await hits('alpha delta')).toEqual([]);
      expect(await hits('del gam')).toEqual(['person:alpha-beta 1 gamma delta']);
      expect(await hits('alph be')).toEqual(['person:alpha-beta 1 alpha beta', 'person:beta-alpha 1 beta alphas']);
      const first = await s.findNodes({ q: 'alpha', limit: 2 });
      const rest = await s.findNodes({ q: 'alpha', limit: 10, cursor: first.nextCursor! });
      expect([...first.items, ...rest.items].map((h) => h.node.key)).toEqual(['person:alpha', 'person:alpha-beta', 'person:beta-alpha', 'person:zed-alpha']);
      expect(rest.nextCursor).toBeNull();
      // Retracting the only document that gave an alias takes it out of search; the node stays.
      await s.replaceDocument(docWrite(D1, [person(D1, 'person:alpha', 'Alpha')], []));
      expect(await hits('gamma')).toEqual([]);
      expect(await hits('beta')).toEqual(['person:alpha-beta 1 a beta']);
      await s.removeDocument(D2);
      expect(await hits('alph')).toEqual(['person:alpha 2 alpha']);
    }, t);

    it('lists nodes of a kind by label with cursors, and documents by id', async () => {
      const s = await open();
      const names = ['Zoe Adams', 'bob Brown', 'Carla Diaz', 'Ann Lee', 'Dan Ng'];
      const people = names.map((n, i) => node(D1, `person:p${i}`, 'Person', n, { name: n }));
      await s.replaceDocument(docWrite(D1, people, []));
      await s.replaceDocument(docWrite(D2, [], []));
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const pg = await s.listNodes({ kind: 'Person', limit: 2, cursor });
        seen.push(...pg.items.map((n) => n.label));
        cursor = pg.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual(['Ann Lee', 'bob Brown', 'Carla Diaz', 'Dan Ng', 'Zoe Adams']);
      const d1 = await s.listDocuments({ limit: 1 });
      expect(d1.items.map((d) => d.id)).toEqual([D1]);
      const d2 = await s.listDocuments({ limit: 1, cursor: d1.nextCursor! });
      expect(d2.items.map((d) => d.id)).toEqual([D2]);
      expect(d2.nextCursor).toBeNull();
    }, t);

    it('answers adjacency, edge filters, paging and degrees', async () => {
      const s = await open();
      const conf = node(D1, 'event:2020-07-20:conf', 'Event', 'Conference', { title: 'Conference', eventKind: 'conference' });
      await s.replaceDocument(docWrite(D1, [alice(D1), europol(D1), session(D1), conf], [
        edge(D1, 'AFFILIATED_WITH', 'person:alice-martin', 'org:europol', { role: null, current: true }),
        edge(D1, 'PARTICIPATED_IN', 'person:alice-martin', 'event:2020-07-21:policing', { role: 'speaker' }),
        edge(D1, 'PART_OF', 'event:2020-07-21:policing', 'event:2020-07-20:conf'),
        edge(D1, 'CONVENED', 'org:europol', 'event:2020-07-21:policing'),
      ]));
      const adj = await s.adjacent(['person:alice-martin'], { direction: 'both', limit: 10 });
      expect(adj.map((e) => e.to).sort()).toEqual(['event:2020-07-21:policing', 'org:europol']);
      const into = await s.adjacent(['event:2020-07-21:policing', 'org:europol'], { direction: 'in', limit: 10 });
      expect(into.map((e) => e.kind).sort()).toEqual(['AFFILIATED_WITH', 'CONVENED', 'PARTICIPATED_IN']);
      const only = await s.adjacent(['event:2020-07-21:policing'], { direction: 'both', edgeKinds: ['PART_OF'], limit: 10 });
      expect(only).toEqual([{ key: 'PART_OF:event:2020-07-21:policing->event:2020-07-20:conf', kind: 'PART_OF', from: 'event:2020-07-21:policing', to: 'event:2020-07-20:conf' }]);
      expect(await s.adjacent(['event:2020-07-21:policing'], { direction: 'both', limit: 2 })).toHaveLength(2);
      const p1 = await s.getEdges({ key: 'event:2020-07-21:policing', direction: 'both', limit: 2 });
      const p2 = await s.getEdges({ key: 'event:2020-07-21:policing', direction: 'both', limit: 2, cursor: p1.nextCursor! });
      expect([...p1.items, ...p2.items].map((e) => e.kind)).toEqual(['CONVENED', 'PARTICIPATED_IN', 'PART_OF']);
      expect(p2.nextCursor).toBeNull();
      expect((await s.getEdges({ key: 'org:europol', direction: 'out', edgeKinds: ['CONVENED'], limit: 5 })).items).toHaveLength(1);
      // Edges among a set: both ends inside, by key, kinds and limit honoured; unknown keys ignored.
      const among = await s.edgesAmong(['person:alice-martin', 'event:2020-07-21:policing', 'event:2020-07-20:conf', 'person:none'], { limit: 10 });
      expect(among.map((e) => e.kind)).toEqual(['PARTICIPATED_IN', 'PART_OF']);
      expect(among.every((e) => e.from !== 'org:europol' && e.to !== 'org:europol')).toBe(true);
      expect((await s.edgesAmong(['person:alice-martin', 'event:2020-07-21:policing', 'event:2020-07-20:conf'], { edgeKinds: ['PART_OF'], limit: 10 })).map((e) => e.kind)).toEqual(['PART_OF']);
      expect(await s.edgesAmong(['person:alice-martin', 'event:2020-07-21:policing', 'event:2020-07-20:conf'], { limit: 1 })).toHaveLength(1);
      expect(await s.edgesAmong(['org:europol'], { limit: 10 })).toEqual([]);
      const deg = await s.degrees(['event:2020-07-21:policing', 'person:alice-martin', 'person:none'], { direction: 'both' });
      expect([...deg]).toEqual([['event:2020-07-21:policing', 3], ['person:alice-martin', 2]]);
      expect((await s.degrees(['event:2020-07-21:policing'], { direction: 'in', edgeKinds: ['CONVENED'] })).get('event:2020-07-21:policing')).toBe(1);
    }, t);

    it('lists web resources with citing sources and documents, and keeps link-check history', async () => {
      const s = await open();
      const url = 'https://example.org/report';
      const wr = (d: string) => node(d, `url:${url}`, 'WebResource', url, { url, host: 'example.org' });
      const src = (d: string) => node(d, 'source:report', 'Source', 'The Report', { title: 'The Report', url });
      await s.replaceDocument(docWrite(D1, [wr(D1), src(D1)], [edge(D1, 'AVAILABLE_AT', 'source:report', `url:${url}`)]));
      await s.replaceDocument(docWrite(D2, [wr(D2)], []));
      const web = await s.listWebResources({ limit: 10 });
      expect(web.items).toEqual([{ key: `url:${url}`, url, host: 'example.org', sources: [{ key: 'source:report', title: 'The Report' }],
        documents: [{ id: D1, title: `Title ${D1}`, date: '2020-07-21' }, { id: D2, title: `Title ${D2}`, date: '2020-07-21' }] }]);
      await s.recordLinkCheck(check(url, 'alive', '2026-01-01T00:00:00.000Z'));
      await s.recordLinkCheck(check(url, 'dead', '2026-01-02T00:00:00.000Z'));
      await s.recordLinkChecks([check(url, 'inconclusive', '2026-01-03T00:00:00.000Z', 'rate-limited'), check(url, 'dead', '2026-01-04T00:00:00.000Z'),
        check('https://other.example/x', 'alive', '2026-01-04T00:00:00.000Z')]);
      const hist = await s.getLinkHistory(url);
      expect(hist.map((c) => c.checkedAt)).toEqual(['2026-01-04T00:00:00.000Z', '2026-01-03T00:00:00.000Z', '2026-01-02T00:00:00.000Z', '2026-01-01T00:00:00.000Z']);
      expect(await s.getLinkHistory(url, { limit: 1 })).toHaveLength(1);
      const latest = await s.getLatestLinkChecks({ limit: 10, verdict: 'dead' });
      expect(latest.items).toHaveLength(1);
      expect(latest.items[0]).toMatchObject({ host: 'example.org', checkCount: 4, lastAliveAt: '2026-01-01T00:00:00.000Z', failureStreak: 2, failingSince: '2026-01-02T00:00:00.000Z' });
      expect(latest.items[0]!.check).toMatchObject({ url, verdict: 'dead', status: 'not-found' });
      expect((await s.getLatestLinkChecks({ limit: 10, host: 'other.example' })).items.map((x) => x.check.verdict)).toEqual(['alive']);
      const p1 = await s.getLatestLinkChecks({ limit: 1 });
      const p2 = await s.getLatestLinkChecks({ limit: 1, cursor: p1.nextCursor! });
      expect([p1.items[0]!.check.url, p2.items[0]!.check.url]).toEqual([url, 'https://other.example/x']);
      await s.recordLinkCheck(check(url, 'alive', '2026-01-05T00:00:00.000Z'));
      expect((await s.getLatestLinkChecks({ limit: 10, status: 'ok', host: 'example.org' })).items[0]).toMatchObject({ failureStreak: 0, failingSince: null, lastAliveAt: '2026-01-05T00:00:00.000Z' });
      await expect(s.recordLinkCheck({ url } as never)).rejects.toMatchObject({ code: 'CG_INVALID_INPUT' });
      expect((await s.stats()).linkChecks).toBe(6);
    }, t);

    it('records merges with their document and retracts them with it', async () => {
      const s = await open();
      await s.replaceDocument(docWrite(D1, [europol(D1)], [], { merges: [{ kind: 'Organization', key: 'org:europol', names: ['EUROPOL', 'Europol'], reason: 'acronym', documentId: D1, detail: 'acronym of long form' }] }));
      await s.replaceDocument(docWrite(D2, [alice(D2)], [], { merges: [{ kind: 'Person', key: 'person:alice-martin', names: ['Dr. Alice Martin', 'Alice Martin'], reason: 'normalized-name', documentId: D2 }] }));
      const all = await s.listMerges({ limit: 10 });
      expect(all.items.map((m) => m.key)).toEqual(['person:alice-martin', 'org:europol']);
      expect(all.items[1]).toEqual({ kind: 'Organization', key: 'org:europol', names: ['EUROPOL', 'Europol'], reason: 'acronym', documentId: D1, detail: 'acronym of long form' });
      expect((await s.listMerges({ key: 'org:europol', limit: 10 })).items).toHaveLength(1);
      const first = await s.listMerges({ limit: 1 });
      expect((await s.listMerges({ limit: 1, cursor: first.nextCursor! })).items[0]!.key).toBe('org:europol');
      await s.replaceDocument(docWrite(D1, [europol(D1)], []));
      expect((await s.listMerges({ limit: 10 })).items.map((m) => m.key)).toEqual(['person:alice-martin']);
      expect((await s.stats()).merges).toBe(1);
    }, t);

    it('merges a key named twice in one batch, and finds documents by normalised source', async () => {
      const s = await open();
      const w = docWrite(D1, [alice(D1), { ...alice(D1), props: { ...alice(D1).props, aliases: ['A. Martin'] }, provenance: [{ documentId: D1, start: 40, end: 49, line: 2, extractor: 'test' }] }], []);
      await s.replaceDocument({ ...w, document: { ...w.document, source: '/tmp/dir/../doc-one.md' } });
      const n = await s.getNode('person:alice-martin');
      expect(n!.provenance.map((p) => p.start)).toEqual([0, 40]);
      expect(n!.props.aliases).toEqual(['A. Martin']);
      expect(await s.getDocumentBySource('/tmp/doc-one.md')).toMatchObject({ id: D1 });
      expect(await s.getDocumentBySource('/tmp/other.md')).toBeNull();
    }, t);

    it('rejects calls after close, and close is idempotent', async () => {
      const s = await open();
      await s.close();
      await s.close();
      await expect(s.getNode('x')).rejects.toMatchObject({ code: 'CG_STORE' });
    }, t);
  });
}
