// The Neo4j store's transaction functions driven by a scripted transaction (no server here): which
// declared statements run, with which parameter rows and types, and how canned server answers
// (with driver Integers) become results. The contract suite checks the real behaviour on a server.
import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import type { ManagedTransaction } from 'neo4j-driver';
import * as Q from '../../graph/neo4j/cypher.js';
import { isStatement, type Statement } from '../../graph/neo4j/statement.js';
import { removeDocumentTx, replaceDocumentTx, validateWrite } from '../../graph/neo4j/write-document.js';
import { recordLinkChecksTx, latestLinkChecksTx } from '../../graph/neo4j/link-checks.js';
import { findNodesTx } from '../../graph/neo4j/search.js';
import { check, docWrite, edge, node } from './fixtures.js';

const BY_TEXT = new Map(Object.values(Q).filter(isStatement).map((s) => [s.text, s]));

interface Call { name: string; params: Record<string, unknown> }
type Answer = (params: Record<string, unknown>) => Array<Record<string, unknown>>;

/** A transaction that records each statement and answers from `answers` (default: no rows). */
function scriptedTx(answers: Partial<Record<string, Answer>> = {}) {
  const calls: Call[] = [];
  const tx = {
    run: async (text: string, params: Record<string, unknown>) => {
      const s = BY_TEXT.get(text) as Statement | undefined;
      if (!s) throw new Error(`not a declared statement: ${text}`);
      calls.push({ name: s.name, params });
      const rows = answers[s.name]?.(params) ?? [];
      return { records: rows.map((r) => ({ toObject: () => r })) };
    },
  } as unknown as ManagedTransaction;
  const named = (name: string) => calls.filter((c) => c.name === name);
  return { tx, calls, named };
}

const D1 = 'doc:00000000000000b1';
const sequence = (value: number): Answer => () => [{ value: neo4j.int(value) }];

describe('replaceDocumentTx (scripted)', () => {
  it('writes a new document into an empty graph: contributions, aliases, nodes, edges, merges', async () => {
    const { tx, named, calls } = scriptedTx({ NEXT_SEQUENCE: sequence(12) });
    const w = docWrite(D1, [
      node(D1, 'org:europol', 'Organization', 'Europol', { name: 'Europol', acronym: 'EUROPOL', aliases: [] }),
      node(D1, 'person:ann-lee', 'Person', 'Ann Lee', { name: 'Ann Lee', aliases: [] }),
    ], [edge(D1, 'AFFILIATED_WITH', 'person:ann-lee', 'org:europol', { role: null, current: true })], {
      merges: [
        { kind: 'Organization', key: 'org:europol', names: ['EUROPOL', 'Europol'], reason: 'acronym', documentId: D1 },
        { kind: 'Person', key: 'person:ann-lee', names: ['Dr. Ann Lee', 'Ann Lee'], reason: 'normalized-name', documentId: D1 },
      ],
    });
    validateWrite(w);
    const result = await replaceDocumentTx(tx, w);
    expect(result).toEqual({ documentId: D1, nodesAdded: 3, edgesAdded: 1, nodesUpdated: 0, edgesUpdated: 0, nodesRemoved: 0, edgesRemoved: 0 });
    // Old contributions are retracted before the new ones are written.
    const order = calls.map((c) => c.name);
    expect(order.indexOf('DELETE_NODE_CONTRIBS_OF_DOC')).toBeLessThan(order.indexOf('MERGE_NODE_CONTRIBS'));
    expect(order.indexOf('MERGE_NODES')).toBeLessThan(order.indexOf('MERGE_EDGES'));
    expect(named('UPSERT_DOC')[0]!.params).toMatchObject({ id: D1, props: { title: `Title ${D1}`, extraction: null } });
    const nodeRows = named('MERGE_NODES')[0]!.params.rows as Array<Record<string, unknown>>;
    expect(nodeRows.map((r) => [r.key, r.kind])).toEqual([[D1, 'Document'], ['org:europol', 'Organization'], ['person:ann-lee', 'Person']]);
    expect(nodeRows.slice(1).map((r) => r.sortLabel)).toEqual(['europol', 'ann lee']);
    expect(named('MERGE_EDGES')[0]!.params.rows).toEqual([{ key: w.edges[0]!.key, kind: 'AFFILIATED_WITH', fromKey: 'person:ann-lee', toKey: 'org:europol', props: '{"role":null,"current":true}' }]);
    const aliases = (named('MERGE_ALIASES')[0]!.params.rows as Array<Record<string, unknown>>).map((r) => `${r.nodeKey}=${r.alias}@${r.docId}`);
    expect(aliases).toEqual(expect.arrayContaining([`org:europol=europol@${D1}`, `person:ann-lee=a lee@${D1}`]));
    // Merges are numbered from the reserved sequence: NEXT_SEQUENCE returned 12 for 2 merges -> 11, 12.
    expect(named('NEXT_SEQUENCE')[0]!.params.count).toEqual(neo4j.int(2));
    const merges = named('MERGE_MERGES')[0]!.params.rows as Array<{ seq: unknown }>;
    expect(merges.map((m) => neo4j.isInt(m.seq) && (m.seq as ReturnType<typeof neo4j.int>).toNumber())).toEqual([11, 12]);
    expect(named('DELETE_NODES')).toEqual([]); // nothing lost support
  });

  it('refuses a node whose stored kind differs, before writing anything', async () => {
    const { tx, calls } = scriptedTx({ EXISTING_NODES: () => [{ key: 'org:x', kind: 'Person' }] });
    await expect(replaceDocumentTx(tx, docWrite(D1, [node(D1, 'org:x', 'Organization', 'X')], [])))
      .rejects.toMatchObject({ code: 'CG_INVALID_INPUT', message: 'graph.replaceDocument: node "org:x" is a Person, not a Organization' });
    expect(calls.map((c) => c.name).filter((n) => n.startsWith('MERGE') || n.startsWith('DELETE') || n === 'UPSERT_DOC')).toEqual([]);
  });

  it('recomputes what the old version touched, deletes what lost all support, and counts it', async () => {
    const edgeKey = 'MENTIONS:doc:00000000000000b1->topic:gone';
    const { tx, named } = scriptedTx({
      EXISTING_NODES: (p) => (p.keys as string[]).flatMap((k) => (k === D1 ? [{ key: k, kind: 'Document' }] : k === 'org:kept' ? [{ key: k, kind: 'Organization' }] : k === 'topic:gone' ? [{ key: k, kind: 'Topic' }] : [])),
      NODE_CONTRIB_KEYS_OF_DOC: () => [{ key: D1 }, { key: 'org:kept' }, { key: 'topic:gone' }],
      EDGE_CONTRIB_KEYS_OF_DOC: () => [{ key: edgeKey }],
      // After the write, org:kept is still supported by another document; topic:gone by none.
      NODE_CONTRIBS_FOR_KEYS: (p) => (p.keys as string[]).flatMap((k) => k === 'org:kept'
        ? [{ key: k, docId: 'doc:other', ingestedAt: '2026-01-01T00:00:00.000Z', label: 'Kept Org', props: '{"aliases":["K"]}', provenance: '[]' }]
        : k === D1 ? [{ key: k, docId: D1, ingestedAt: '2026-01-02T00:00:00.000Z', label: `Title ${D1}`, props: '{}', provenance: '[]' }] : []),
      DELETE_NODES: (p) => (p.keys as string[]).map(() => ({ edgeKeys: [] })),
    });
    const r = await replaceDocumentTx(tx, docWrite(D1, [], []));
    expect(r).toMatchObject({ nodesAdded: 0, nodesUpdated: 0, nodesRemoved: 1, edgesRemoved: 1 });
    expect(named('DELETE_EDGES')[0]!.params.keys).toEqual([edgeKey]);
    expect(named('DELETE_NODES')[0]!.params.keys).toEqual(['topic:gone']);
    const merged = named('MERGE_NODES')[0]!.params.rows as Array<Record<string, unknown>>;
    expect(merged.find((m) => m.key === 'org:kept')).toMatchObject({ label: 'Kept Org', props: '{"aliases":["K"]}' });
    expect(named('DELETE_ALIASES_OF_DOC')[0]!.params).toEqual({ docId: D1 });
  });

  it('removeDocumentTx answers false for an unknown document and deletes nothing', async () => {
    const { tx, calls } = scriptedTx();
    expect(await removeDocumentTx(tx, 'doc:none')).toBe(false);
    expect(calls.map((c) => c.name)).toEqual(['DOC_EXISTS']);
  });
});

describe('link checks and search (scripted)', () => {
  it('appends checks with Integer sequence numbers and refreshes the summary from history', async () => {
    const url = 'https://example.org/r';
    const c1 = check(url, 'alive', '2026-01-01T00:00:00.000Z');
    const c2 = check(url, 'dead', '2026-01-02T00:00:00.000Z');
    const { tx, named } = scriptedTx({
      NEXT_SEQUENCE: sequence(8),
      LINK_HISTORY_ASC: () => [
        { url, seq: neo4j.int(3), checkedAt: c1.checkedAt, record: JSON.stringify(c1) },
        { url, seq: neo4j.int(8), checkedAt: c2.checkedAt, record: JSON.stringify(c2) },
      ],
    });
    await recordLinkChecksTx(tx, 'call-7', [c2]);
    expect(named('MERGE_LINK_CHECKS')[0]!.params.rows).toEqual([{ id: 'call-7#0', seq: neo4j.int(8), url, checkedAt: c2.checkedAt, record: JSON.stringify(c2) }]);
    const [latest] = named('MERGE_LINK_LATEST')[0]!.params.rows as Array<Record<string, unknown>>;
    expect(latest).toMatchObject({ url, host: 'example.org', verdict: 'dead', checkSeq: neo4j.int(8), checkCount: neo4j.int(2), failureStreak: neo4j.int(1), lastAliveAt: c1.checkedAt });
  });

  it('reads the latest checks back as numbers, with a cursor when there are more', async () => {
    const c = check('https://a.example/', 'dead', '2026-01-02T00:00:00.000Z');
    const row = (u: string) => ({ url: u, host: 'a.example', record: JSON.stringify({ ...c, url: u }), checkCount: neo4j.int(4), lastAliveAt: null, failureStreak: neo4j.int(2), failingSince: c.checkedAt });
    const { tx, named } = scriptedTx({ LATEST_LINK_CHECKS: () => [row('https://a.example/1'), row('https://a.example/2')] });
    const page = await latestLinkChecksTx(tx, { limit: 1, host: 'A.Example' });
    expect(named('LATEST_LINK_CHECKS')[0]!.params).toEqual({ after: '', status: null, verdict: null, host: 'a.example', limit: neo4j.int(2) });
    expect(page.items).toEqual([{ check: { ...c, url: 'https://a.example/1' }, host: 'a.example', checkCount: 4, lastAliveAt: null, failureStreak: 2, failingSince: c.checkedAt }]);
    expect(page.nextCursor).not.toBeNull();
  });

  it('scores search hits like the embedded store: exact 3, prefix 2, word prefix 1', async () => {
    const nodes: Record<string, Record<string, unknown>> = {
      'org:europol': { key: 'org:europol', kind: 'Organization', label: 'Europol', sortLabel: 'europol', props: '{}' },
      'org:euro-x': { key: 'org:euro-x', kind: 'Organization', label: 'Europol X', sortLabel: 'europol x', props: '{}' },
      'org:big-europol': { key: 'org:big-europol', kind: 'Organization', label: 'Big Europol', sortLabel: 'big europol', props: '{}' },
    };
    const { tx, named } = scriptedTx({
      SEARCH_EXACT: () => [{ nodeKey: 'org:europol', alias: 'europol', kind: 'Organization' }],
      SEARCH_PREFIX: () => [{ nodeKey: 'org:euro-x', alias: 'europol x', kind: 'Organization' }],
      SEARCH_WORD_PREFIX: () => [{ nodeKey: 'org:big-europol', kind: 'Organization', word: 'europol' }, { nodeKey: 'org:europol', kind: 'Organization', word: 'europol' }],
      ALIASES_OF: (p) => (p.keys as string[]).map((k) => ({ nodeKey: k, alias: nodes[k]!.sortLabel })),
      GET_NODES: (p) => (p.keys as string[]).map((k) => nodes[k]!),
    });
    const page = await findNodesTx(tx, { q: 'EUROPOL', kind: 'Organization', limit: 2 });
    expect(page.items.map((h) => [h.node.key, h.score, h.matched])).toEqual([['org:europol', 3, 'europol'], ['org:euro-x', 2, 'europol x']]);
    expect(page.nextCursor).not.toBeNull();
    expect(named('SEARCH_EXACT')[0]!.params).toEqual({ form: 'europol', kind: 'Organization', limit: neo4j.int(1000) });
    const next = await findNodesTx(tx, { q: 'EUROPOL', kind: 'Organization', limit: 2, cursor: page.nextCursor! });
    expect(next.items.map((h) => [h.node.key, h.score])).toEqual([['org:big-europol', 1]]);
    expect(next.nextCursor).toBeNull();
  });
});
