// The Neo4j store's parameter rows and value conversion, without a server: integers go out as
// neo4j.int, nulls and nested provenance survive, every `row.x` a statement reads is built, and
// Integers coming back become numbers in one place.
import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import * as Q from '../../graph/neo4j/cypher.js';
import {
  contribId, dedupeByKey, docProps, edgeContribRows, edgeRow, indexRows, kindsParam, linkCheckRows, linkLatestRow, mergeRows,
  nodeContribRows, nodeRow, pageLimit, batches, BATCH_SIZE,
} from '../../graph/neo4j/rows.js';
import { checkParams } from '../../graph/neo4j/run.js';
import { cypherInt, fromNeo4j } from '../../graph/neo4j/values.js';
import { createNeo4jStore } from '../../graph/neo4j-store.js';
import { provenanceOf } from '../../graph/neo4j/records.js';
import type { Statement } from '../../graph/neo4j/statement.js';
import { check, docWrite, edge, node } from './fixtures.js';

const D1 = 'doc:00000000000000a1';
const nested = { documentId: D1, start: 3, end: 9, line: 2, page: 4, extractor: 'footnotes' };

/** The `row.<field>` names a statement reads. */
const rowFields = (s: Statement) => [...new Set([...s.text.matchAll(/\brow\.([A-Za-z]+)/g)].map((m) => m[1]!))].sort();

describe('Neo4j parameter rows', () => {
  it('builds contribution rows with JSON props and nested provenance that round-trip exactly', () => {
    const n = { ...node(D1, 'person:a-b', 'Person', 'A B', { name: 'A B', location: null, aliases: ['x', 'y'], extra: { deep: [1, { z: null }] } }), provenance: [nested] };
    const [row] = nodeContribRows(D1, [n]);
    expect(row).toEqual({ id: `${D1}|person:a-b`, docId: D1, key: 'person:a-b', label: 'A B', props: expect.any(String), provenance: expect.any(String) });
    expect(JSON.parse(row!.props)).toEqual(n.props);
    expect(JSON.parse(row!.props).location).toBeNull();
    expect(JSON.parse(row!.provenance)).toEqual([nested]);
    const e = edge(D1, 'CITES', D1, 'source:s', { marker: '12', context: null });
    const [er] = edgeContribRows(D1, [e]);
    expect(JSON.parse(er!.props)).toEqual({ marker: '12', context: null });
    expect(er!.id).toBe(contribId(D1, e.key));
  });

  it('keeps document nulls as nulls (a null SET removes the property, which reads back as null)', () => {
    const w = docWrite(D1, [], []);
    const props = docProps({ ...w, document: { ...w.document, title: null, date: null } });
    expect(props).toMatchObject({ title: null, date: null, extraction: null, text: w.text, normSource: expect.stringMatching(/doc-00000000000000a1\.md$/) });
    expect(JSON.parse(docProps({ ...w, extraction: { a: [1, 2] } }).extraction!)).toEqual({ a: [1, 2] });
    expect(Object.keys(props)).not.toContain('id');
  });

  it('sends sequence numbers, counts and limits as neo4j Integers', () => {
    const merges = mergeRows(D1, [
      { kind: 'Organization', key: 'org:x', names: ['X', 'x'], reason: 'acronym', documentId: D1 },
      { kind: 'Person', key: 'person:y', names: ['Y'], reason: 'alias-file', documentId: D1, detail: 'forced' },
    ], 41);
    expect(merges.map((m) => neo4j.isInt(m.seq))).toEqual([true, true]);
    expect(merges.map((m) => m.seq.toNumber())).toEqual([41, 42]);
    expect(merges.map((m) => m.detail)).toEqual([null, 'forced']);
    expect(JSON.parse(merges[0]!.names)).toEqual(['X', 'x']);
    expect(merges[0]!.id).not.toBe(merges[1]!.id);

    const checks = [check('HTTPS://Example.org/a#frag', 'dead', '2026-01-02T00:00:00.000Z'), check('https://example.org/a', 'alive', '2026-01-01T00:00:00.000Z')];
    const rows = linkCheckRows('call-1', checks, 7);
    expect(rows.map((r) => [r.id, r.seq.toNumber(), r.url])).toEqual([['call-1#0', 7, 'https://example.org/a'], ['call-1#1', 8, 'https://example.org/a']]);
    expect(neo4j.isInt(rows[0]!.seq)).toBe(true);
    expect(JSON.parse(rows[0]!.record)).toEqual(checks[0]);
    // The same call id gives the same ids: a retried transaction MERGEs instead of duplicating.
    expect(linkCheckRows('call-1', checks, 99).map((r) => r.id)).toEqual(rows.map((r) => r.id));

    const latest = linkLatestRow('https://example.org/a', [
      { seq: 8, record: checks[1]! }, { seq: 7, record: checks[0]! },
    ]);
    expect(neo4j.isInt(latest.checkCount) && neo4j.isInt(latest.failureStreak) && neo4j.isInt(latest.checkSeq)).toBe(true);
    expect(latest).toMatchObject({ host: 'example.org', status: 'not-found', verdict: 'dead', lastAliveAt: '2026-01-01T00:00:00.000Z', failingSince: '2026-01-02T00:00:00.000Z' });
    expect([latest.checkCount.toNumber(), latest.failureStreak.toNumber(), latest.checkSeq.toNumber()]).toEqual([2, 1, 7]);

    const limit = pageLimit('op', 20);
    expect(neo4j.isInt(limit)).toBe(true);
    expect(limit.toNumber()).toBe(21);
    expect(() => cypherInt('op', 1.5)).toThrow(expect.objectContaining({ code: 'CG_STORE' }));
    expect(() => cypherInt('op', 2 ** 53)).toThrow(expect.objectContaining({ code: 'CG_STORE' }));
  });

  it('passes edge kinds as a list parameter, null meaning no filter', () => {
    expect(kindsParam(undefined)).toBeNull();
    expect(kindsParam([])).toBeNull();
    expect(kindsParam(['CITES', 'PART_OF'])).toEqual(['CITES', 'PART_OF']);
    // An unknown kind is a value compared with r.kind, never statement text: it matches nothing.
    expect(kindsParam(['CITES\') DETACH DELETE n //'])).toEqual(['CITES\') DETACH DELETE n //']);
  });

  it('indexes the same alias and word forms as the embedded store', () => {
    const { aliases, words } = indexRows(D1, { key: 'org:odihr', kind: 'Organization', label: 'Office for Democratic Institutions and Human Rights', props: { acronym: 'ODIHR', aliases: ['O.D.I.H.R.'] } });
    expect(aliases.map((a) => [a.alias, a.aliasType])).toEqual([['office for democratic institutions and human rights', 'name'], ['odihr', 'acronym']]);
    expect(words.map((w) => w.word)).toEqual(['office', 'for', 'democratic', 'institutions', 'and', 'human', 'rights', 'odihr']);
    expect(new Set(words.map((w) => `${w.docId} ${w.nodeKey}`))).toEqual(new Set([`${D1} org:odihr`]));
    expect(new Set(aliases.map((a) => a.docId))).toEqual(new Set([D1]));
    const person = indexRows(D1, { key: 'person:guy-vinet', kind: 'Person', label: 'Guy Vinet', props: { name: 'Mr. Guy Vinet', aliases: [] } });
    expect(person.aliases.map((a) => a.alias)).toEqual(['guy vinet', 'g vinet']);
  });

  it('merges a key named twice in one batch, like the embedded store', () => {
    const a = node(D1, 'org:x', 'Organization', 'X', { aliases: ['a'] });
    const b = { ...node(D1, 'org:x', 'Organization', 'X Org', { aliases: ['b'] }), provenance: [nested] };
    const [one] = dedupeByKey([a, b]);
    expect(one).toMatchObject({ key: 'org:x', label: 'X Org', props: { aliases: ['a', 'b'] } });
    expect(one!.provenance).toHaveLength(2);
  });

  it('builds exactly the row fields each UNWIND statement reads', () => {
    const n = node(D1, 'org:x', 'Organization', 'X');
    const e = edge(D1, 'PART_OF', 'org:x', 'org:y');
    const idx = indexRows(D1, n);
    const pairs: Array<[Statement, object]> = [
      [Q.MERGE_NODE_CONTRIBS, nodeContribRows(D1, [n])[0]!],
      [Q.MERGE_EDGE_CONTRIBS, edgeContribRows(D1, [e])[0]!],
      [Q.MERGE_NODES, nodeRow(n.key, n.kind, n.label, n.props)],
      [Q.MERGE_EDGES, edgeRow(e, e.props)],
      [Q.SET_EDGE_PROPS, { key: e.key, props: '{}' }],
      [Q.MERGE_ALIASES, idx.aliases[0]!],
      [Q.MERGE_WORDS, idx.words[0]!],
      [Q.MERGE_MERGES, mergeRows(D1, [{ kind: 'Organization', key: 'org:x', names: [], reason: 'acronym', documentId: D1 }], 1)[0]!],
      [Q.MERGE_LINK_CHECKS, linkCheckRows('c', [check('https://a.example/', 'alive', '2026-01-01T00:00:00.000Z')], 1)[0]!],
      [Q.MERGE_LINK_LATEST, linkLatestRow('https://a.example/', [{ seq: 1, record: check('https://a.example/', 'alive', '2026-01-01T00:00:00.000Z') }])],
    ];
    for (const [s, row] of pairs) expect([s.name, rowFields(s)]).toEqual([s.name, Object.keys(row).sort()]);
  });

  it('splits large batches', () => {
    const parts = batches(Array.from({ length: BATCH_SIZE * 2 + 1 }, (_, i) => i));
    expect(parts.map((p) => p.length)).toEqual([BATCH_SIZE, BATCH_SIZE, 1]);
    expect(batches([])).toEqual([]);
  });

  it('refuses parameters a statement does not declare, or missing ones', () => {
    expect(() => checkParams(Q.GET_DOC, { id: 'x' })).not.toThrow();
    expect(() => checkParams(Q.GET_DOC, {})).toThrow(expect.objectContaining({ code: 'CG_STORE' }));
    expect(() => checkParams(Q.GET_DOC, { id: 'x', extra: 1 })).toThrow(/GET_DOC takes \(id\)/);
  });
});

describe('Neo4j values back to JS', () => {
  it('converts Integers to numbers, recursively, and nulls to null', () => {
    const value = { n: neo4j.int(42), list: [neo4j.int(-7), 'a', null], nested: { deep: [{ x: neo4j.int(0) }] }, missing: undefined, f: 1.5, b: true };
    expect(fromNeo4j(value)).toEqual({ n: 42, list: [-7, 'a', null], nested: { deep: [{ x: 0 }] }, missing: null, f: 1.5, b: true });
    expect(typeof (fromNeo4j(neo4j.int(Number.MAX_SAFE_INTEGER)) as number)).toBe('number');
    expect(fromNeo4j(12n)).toBe(12);
  });

  it('refuses integers beyond the safe JS range and graph entities', () => {
    expect(() => fromNeo4j(neo4j.int('9007199254740993'))).toThrow(expect.objectContaining({ code: 'CG_STORE' }));
    expect(() => fromNeo4j(2n ** 60n)).toThrow(expect.objectContaining({ code: 'CG_STORE' }));
    const entity = new neo4j.types.Node(neo4j.int(1), ['Node'], { key: 'x' }, '4:x:1');
    expect(() => fromNeo4j([entity])).toThrow(/graph entity/);
  });

  it('orders provenance by document then offset, whatever order contributions come in', () => {
    const contribs = [
      { docId: 'doc:b', provenance: JSON.stringify([{ ...nested, documentId: 'doc:b', start: 1, end: 2 }]) },
      { docId: 'doc:a', provenance: JSON.stringify([{ ...nested, documentId: 'doc:a', start: 9, end: 10 }, { ...nested, documentId: 'doc:a', start: 2, end: 3 }]) },
    ];
    expect(provenanceOf(contribs).map((p) => [p.documentId, p.start])).toEqual([['doc:a', 2], ['doc:a', 9], ['doc:b', 1]]);
    expect(provenanceOf(null)).toEqual([]);
  });
});

describe('createNeo4jStore', () => {
  it('refuses a configuration without a Neo4j URI', async () => {
    await expect(createNeo4jStore({ neo4j: null })).rejects.toMatchObject({ code: 'CG_CONFIG' });
  });
});
