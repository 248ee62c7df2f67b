// Entity resolution across documents, the model mapping, the aliases file, and ingestExtraction.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EDGE_ENDPOINTS, EDGE_PROPS, NODE_PROPS } from '../../src/graph-model.js';
import { openSqliteStore, type SqliteStore } from '../../graph/sqlite-store.js';
import { ingestExtraction, reresolveDocuments } from '../../graph/ingest-extraction.js';
import { resolveExtraction } from '../../graph/resolve.js';
import { compileAliasRules, loadAliasFile } from '../../graph/resolve/alias-file.js';
import { ExtractionBuilder } from './extraction-builder.js';
import { tempDirs } from './temp-dir.js';

const dirs = tempDirs();
afterAll(() => dirs.cleanup());
let store: SqliteStore;
beforeEach(() => { store = openSqliteStore({ dir: dirs.make() }); });
afterEach(async () => { await store.close(); });

const ingest = (b: ExtractionBuilder, hash = 'h1', aliases?: ReturnType<typeof compileAliasRules>) =>
  ingestExtraction(store, b.build(), { text: b.text, contentHash: hash, aliases });

async function people(): Promise<string[]> {
  return (await store.listNodes({ kind: 'Person', limit: 100 })).items.map((n) => n.label);
}

describe('resolution across documents', () => {
  it('one person despite honorifics, case and "Surname, Given" order, with provenance from both', async () => {
    const a = new ExtractionBuilder('doc:a', 'Opening by Mr. Guy Vinet, OSCE.').person('Mr. Guy Vinet', { honorific: 'Mr.' });
    const b = new ExtractionBuilder('doc:b', 'Remarks: VINET, Guy (Dr.)').person('VINET, Guy', { honorific: 'Dr.' });
    await ingest(a);
    const s = await ingest(b);
    expect(s.nodesMerged).toBeGreaterThanOrEqual(1);
    expect(await people()).toHaveLength(1);
    const node = await store.getNode('person:guy-vinet');
    expect(node!.provenance.map((p) => p.documentId)).toEqual(['doc:a', 'doc:b']);
    expect(node!.props.honorifics).toEqual(['Mr.', 'Dr.']);
    const merges = (await store.listMerges({ key: 'person:guy-vinet', limit: 10 })).items;
    expect(merges).toEqual([expect.objectContaining({ names: ['Dr. Guy VINET', 'Mr. Guy Vinet'], reason: 'normalized-name', documentId: 'doc:b' })]);
  });

  it('an acronym in one document and the long form in another are one organization', async () => {
    const a = new ExtractionBuilder('doc:a', 'The Office for Democratic Institutions and Human Rights (ODIHR) hosts.')
      .org('Office for Democratic Institutions and Human Rights', 'ODIHR');
    const b = new ExtractionBuilder('doc:b', 'Organized by odihr and Europol.').org('odihr').org('EUROPOL');
    await ingest(a);
    await ingest(b);
    const orgs = (await store.listNodes({ kind: 'Organization', limit: 10 })).items;
    expect(orgs.map((o) => o.label).sort()).toEqual(['EUROPOL', 'Office for Democratic Institutions and Human Rights']);
    const odihr = orgs.find((o) => o.label.startsWith('Office'))!;
    expect((await store.getNode(odihr.key))!.provenance.map((p) => p.documentId)).toEqual(['doc:a', 'doc:b']);
    const merges = (await store.listMerges({ limit: 10 })).items;
    expect(merges).toEqual([expect.objectContaining({ key: odihr.key, names: ['odihr', 'Office for Democratic Institutions and Human Rights'], reason: 'acronym' })]);
    // Found by acronym, by long form, case-insensitively.
    expect((await store.findNodes({ q: 'ODIHR', limit: 5 })).items[0]!.node.key).toBe(odihr.key);
    // The reverse order (acronym first) also resolves to one node.
    const store2 = openSqliteStore({ dir: dirs.make() });
    await ingestExtraction(store2, b.build(), { text: b.text, contentHash: 'x' });
    await ingestExtraction(store2, a.build(), { text: a.text, contentHash: 'y' });
    expect((await store2.stats()).nodes.Organization).toBe(2);
    await store2.close();
  });

  it('joins an initial-only author to the one full name with those initials', async () => {
    const a = new ExtractionBuilder('doc:a', 'Speaker: Sevda Kara, researcher.').person('Sevda Kara');
    const b = new ExtractionBuilder('doc:b', '1 Kara, S. (2019) Trafficking report.').cite('1', { authors: ['Kara, S.'], title: 'Trafficking report', year: 2019 });
    await ingest(a);
    await ingest(b);
    expect(await people()).toEqual(['Sevda Kara']);
    const src = (await store.listNodes({ kind: 'Source', limit: 5 })).items[0]!;
    const by = await store.getEdges({ key: src.key, direction: 'out', edgeKinds: ['AUTHORED_BY'], limit: 5 });
    expect(by.items.map((e) => e.to)).toEqual(['person:sevda-kara']);
    expect((await store.listMerges({ limit: 5 })).items[0]).toMatchObject({ reason: 'initials', names: ['S. Kara', 'Sevda Kara'] });
  });

  it('does not join initials when two full names share them, or affiliations disagree', async () => {
    const a = new ExtractionBuilder('doc:a', 'Sevda Kara and Selim Kara spoke.').person('Sevda Kara').person('Selim Kara');
    const b = new ExtractionBuilder('doc:b', '2 Kara, S. Report.').cite('2', { authors: ['Kara, S.'], title: 'Report' });
    await ingest(a);
    await ingest(b);
    expect((await people()).sort()).toEqual(['S. Kara', 'Selim Kara', 'Sevda Kara']);

    const store2 = openSqliteStore({ dir: dirs.make() });
    const c = new ExtractionBuilder('doc:c', 'Ana Lopez (UNODC)').org('UNODC').person('Ana Lopez', { affiliations: [{ organization: 'UNODC', role: null, current: true }] });
    const d = new ExtractionBuilder('doc:d', 'A. Lopez (Europol)').org('Europol').person('A. Lopez', { affiliations: [{ organization: 'Europol', role: null, current: true }] });
    await ingestExtraction(store2, c.build(), { text: c.text, contentHash: '1' });
    await ingestExtraction(store2, d.build(), { text: d.text, contentHash: '2' });
    expect((await store2.listNodes({ kind: 'Person', limit: 5 })).items.map((n) => n.label)).toEqual(['A. Lopez', 'Ana Lopez']);
    await store2.close();
  });

  it('an aliases file forces and forbids merges, and re-resolution applies a changed file', async () => {
    const dir = dirs.make();
    const file = join(dir, 'citegraph.aliases.json');
    writeFileSync(file, JSON.stringify({ version: 1, merge: [{ kind: 'Organization', canonical: 'United Nations Office on Drugs and Crime', names: ['UN drugs office'] }] }));
    const rules = await loadAliasFile(file);
    const a = new ExtractionBuilder('doc:a', 'United Nations Office on Drugs and Crime').org('United Nations Office on Drugs and Crime');
    const b = new ExtractionBuilder('doc:b', 'the UN drugs office').org('UN drugs office');
    await ingest(a, 'h', rules);
    await ingest(b, 'h', rules);
    expect((await store.stats()).nodes.Organization).toBe(1);
    expect((await store.listMerges({ limit: 5 })).items[0]).toMatchObject({ reason: 'alias-file', names: ['UN drugs office', 'United Nations Office on Drugs and Crime'] });

    const c = new ExtractionBuilder('doc:c', 'Sevda Kara').person('Sevda Kara');
    const d = new ExtractionBuilder('doc:d', 'Kara, S.').cite('1', { authors: ['Kara, S.'], title: 'T' });
    await ingest(c, 'h', rules);
    await ingest(d, 'h', rules);
    expect(await people()).toEqual(['Sevda Kara']);
    writeFileSync(file, JSON.stringify({ forbid: [{ kind: 'Person', names: ['S. Kara', 'Sevda Kara'] }] }));
    const changed = await loadAliasFile(file);
    const out = await reresolveDocuments(store, changed);
    expect(out.map((s) => s.documentId).sort()).toEqual(['doc:a', 'doc:b', 'doc:c', 'doc:d']);
    expect((await people()).sort()).toEqual(['S. Kara', 'Sevda Kara']);
    expect((await store.stats()).nodes.Organization).toBe(2); // the forced merge is gone too
  });

  it('rejects a malformed aliases file with CG_INVALID_INPUT and tolerates a missing optional one', async () => {
    const file = join(dirs.make(), 'a.json');
    writeFileSync(file, JSON.stringify({ merge: [{ kind: 'Planet', canonical: 'x', names: ['y'] }] }));
    await expect(loadAliasFile(file)).rejects.toMatchObject({ code: 'CG_INVALID_INPUT' });
    writeFileSync(file, '{oops');
    await expect(loadAliasFile(file)).rejects.toMatchObject({ code: 'CG_INVALID_INPUT' });
    expect((await loadAliasFile(join(dirs.make(), 'none.json'), { optional: true })).forced.size).toBe(0);
    await expect(loadAliasFile(join(dirs.make(), 'none.json'))).rejects.toMatchObject({ code: 'CG_NOT_FOUND' });
  });
});

describe('mapping an extraction onto the model', () => {
  const text = 'Conference on Trafficking. Session: Community Policing. Convenor: OSCE. Moderator: Ms. Ana Lopez, Europol. ' +
    'Register at https://example.org/register. Trafficking rose [1]. 1 OSCE (2019) Annual Report https://osce.example/report';
  const build = () => new ExtractionBuilder('doc:m', text)
    .org('Organization for Security and Co-operation in Europe', 'OSCE').org('Europol', null, 'OSCE')
    .session('conf', 'Conference on Trafficking', { kind: 'conference' })
    .session('s1', 'Community Policing', { partOf: 'conf', convenors: ['OSCE'], topics: ['community policing'], registrationUrl: 'https://example.org/register' })
    .person('Ana Lopez', { honorific: 'Ms.', affiliations: [{ organization: 'Europol', role: 'Analyst', current: true }], participation: [{ session: 's1', role: 'moderator' }] })
    .cite('1', { issuer: 'OSCE', year: 2019, title: 'Annual Report', url: 'https://osce.example/report', session: 's1', context: 'Trafficking rose [1].' })
    .url('https://example.org/register', 'registration')
    .topic('human trafficking', 0.8);

  it('produces schema-valid nodes and edges whose endpoints have the right kinds', async () => {
    const ex = build().build();
    const w = await resolveExtraction(store, ex, { text, contentHash: 'c' });
    const kindOf = new Map(w.nodes.map((n) => [n.key, n.kind]));
    for (const n of w.nodes) {
      expect(NODE_PROPS[n.kind].safeParse(n.props).success, `${n.key} ${JSON.stringify(n.props)}`).toBe(true);
      expect(n.provenance.length).toBeGreaterThan(0);
    }
    for (const e of w.edges) {
      expect(EDGE_PROPS[e.kind].safeParse(e.props).success, e.key).toBe(true);
      expect(EDGE_ENDPOINTS[e.kind].from, e.key).toContain(kindOf.get(e.from));
      expect(EDGE_ENDPOINTS[e.kind].to, e.key).toContain(kindOf.get(e.to));
      expect(e.provenance.every((p) => p.documentId === 'doc:m')).toBe(true);
    }
    const kinds = new Set(w.edges.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['ABOUT', 'AFFILIATED_WITH', 'AVAILABLE_AT', 'CITES', 'CONVENED', 'MENTIONS', 'PARTICIPATED_IN', 'PART_OF', 'PUBLISHED_BY']);
    const edge = (kind: string, from: string) => w.edges.find((e) => e.kind === kind && e.from.startsWith(from));
    expect(edge('PART_OF', 'event:')).toMatchObject({ from: 'event:2020-07-21:community-policing', to: 'event:2020-07-21:conference-on-trafficking' });
    expect(edge('PART_OF', 'org:')).toMatchObject({ from: 'org:organization-for-security-and-cooperation-in-europe.europol', to: 'org:organization-for-security-and-cooperation-in-europe' });
    expect(edge('PARTICIPATED_IN', 'person:')).toMatchObject({ from: 'person:ana-lopez', props: { role: 'moderator' } });
    expect(edge('AFFILIATED_WITH', 'person:')!.to).toBe('org:organization-for-security-and-cooperation-in-europe.europol');
    expect(edge('CITES', 'event:')).toMatchObject({ props: { marker: '1', context: 'Trafficking rose [1].' } });
    expect(edge('CITES', 'doc:')!.to).toBe(edge('CITES', 'event:')!.to);
    expect(edge('AVAILABLE_AT', 'source:')!.to).toBe('url:https://osce.example/report');
    expect(w.nodes.find((n) => n.key === 'url:https://example.org/register')).toMatchObject({ kind: 'WebResource', props: { host: 'example.org' } });
    await store.replaceDocument(w);
    expect((await store.listWebResources({ limit: 10 })).items.map((r) => r.url)).toEqual(['https://example.org/register', 'https://osce.example/report']);
  });

  it('skips unchanged content and retracts the old version of a changed one', async () => {
    const first = await ingest(build(), 'v1');
    expect(first.status).toBe('added');
    const before = await store.stats();
    expect((await ingest(build(), 'v1')).status).toBe('skipped');
    expect(await store.stats()).toEqual(before);
    const v2 = new ExtractionBuilder('doc:m', 'Session: Community Policing. Speaker: Ana Lopez.')
      .session('s1', 'Community Policing').person('Ana Lopez', { participation: [{ session: 's1', role: 'speaker' }] });
    const second = await ingest(v2, 'v2');
    expect(second.status).toBe('replaced');
    expect(second.nodesRemoved).toBeGreaterThan(0);
    const after = await store.stats();
    expect(after.nodes).toMatchObject({ Organization: 0, Source: 0, WebResource: 0, Topic: 0, Event: 1, Person: 1, Document: 1 });
    const pi = await store.getEdges({ key: 'person:ana-lopez', direction: 'out', edgeKinds: ['PARTICIPATED_IN'], limit: 5 });
    expect(pi.items.map((e) => e.props.role)).toEqual(['speaker']);
    expect(await store.getDocumentText('doc:m')).toBe(v2.text);
  });

  it('rejects an invalid extraction with CG_INVALID_INPUT', async () => {
    const bad = { ...build().build(), people: [{ name: 3 }] } as never;
    await expect(ingestExtraction(store, bad, { text, contentHash: 'x' })).rejects.toMatchObject({ code: 'CG_INVALID_INPUT' });
  });
});

describe('organization units', () => {
  it('keeps same-named units of different parents apart and joins a unit named without its parent', async () => {
    const a = new ExtractionBuilder('doc:a', 'Law Department, Qatar University').org('Qatar University').org('Law Department', null, 'Qatar University');
    const b = new ExtractionBuilder('doc:b', 'Law Department, Stockholm University').org('Stockholm University').org('Law Department', null, 'Stockholm University');
    const c = new ExtractionBuilder('doc:c', 'the Law Department of Qatar University').org('Law Department', null, 'Qatar University');
    await ingest(a);
    await ingest(b);
    await ingest(c);
    const units = (await store.listNodes({ kind: 'Organization', limit: 10 })).items.filter((n) => n.label === 'Law Department').map((n) => n.key).sort();
    expect(units).toEqual(['org:qatar-university.law-department', 'org:stockholm-university.law-department']);
    const qatar = await store.getNode('org:qatar-university.law-department');
    expect([...new Set(qatar!.provenance.map((p) => p.documentId))]).toEqual(['doc:a', 'doc:c']);
    // A document that names the unit without a parent joins the only stored unit of that name...
    const store2 = openSqliteStore({ dir: dirs.make() });
    const d = new ExtractionBuilder('doc:d', 'Strategic Police Matters Unit').org('Strategic Police Matters Unit');
    const e = new ExtractionBuilder('doc:e', 'SPMU of TNTD').org('Transnational Threats Department', 'TNTD').org('Strategic Police Matters Unit', 'SPMU', 'TNTD');
    await ingestExtraction(store2, d.build(), { text: d.text, contentHash: 'd' });
    await ingestExtraction(store2, e.build(), { text: e.text, contentHash: 'e' });
    expect((await store2.stats()).nodes.Organization).toBe(2);
    // ...but with two candidates it is ambiguous and stays on its own.
    const f = new ExtractionBuilder('doc:f', 'Law Department').org('Law Department');
    await ingest(f);
    expect((await store.findNodes({ q: 'law department', kind: 'Organization', limit: 10 })).items).toHaveLength(3);
    await store2.close();
  });

  it('a unit named with or without its parent\'s acronym in front is one node', async () => {
    const a = new ExtractionBuilder('doc:a', 'ILO Regional Office for Africa').org('International Labour Organization', 'ILO').org('ILO Regional Office for Africa', null, 'ILO');
    const b = new ExtractionBuilder('doc:b', 'Regional Office for Africa of the ILO').org('International Labour Organization', 'ILO').org('Regional Office for Africa', null, 'International Labour Organization');
    await ingest(a);
    await ingest(b);
    const units = (await store.listNodes({ kind: 'Organization', limit: 10 })).items.filter((n) => n.key.includes('.'));
    expect(units.map((n) => [n.key, n.label])).toEqual([['org:international-labor-organization.regional-office-for-africa', 'ILO Regional Office for Africa']]);
    expect((await store.listMerges({ limit: 5 })).items).toEqual([expect.objectContaining({ names: ['Regional Office for Africa', 'ILO Regional Office for Africa'], reason: 'alias' })]);
  });
});
