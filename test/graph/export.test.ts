// Exports round-trip: JSON parses back to the store's counts, GraphML is well-formed XML with
// escaped labels, CSV quotes fields that need it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { openSqliteStore, type SqliteStore } from '../../graph/sqlite-store.js';
import { csvField, exportCsv, exportGraphml, exportJson } from '../../graph/export.js';
import { docWrite, edge, node } from './fixtures.js';
import { tempDirs } from './temp-dir.js';

const dirs = tempDirs();
let store: SqliteStore;
const D = 'doc:1';
beforeAll(async () => {
  store = openSqliteStore({ dir: dirs.make() });
  await store.replaceDocument(docWrite(D, [
    node(D, 'person:a', 'Person', 'Ann <script>alert("x")</script> & Co, "quoted"', { name: 'Ann' }),
    node(D, 'org:b', 'Organization', 'Org B', { name: 'Org B', acronym: null, aliases: [] }),
  ], [edge(D, 'AFFILIATED_WITH', 'person:a', 'org:b', { role: 'Head, unit', current: true }), edge(D, 'MENTIONS', D, 'person:a')]));
});
afterAll(async () => { await store.close(); dirs.cleanup(); });

describe('export', () => {
  it('JSON holds every node and edge', async () => {
    let text = '';
    await exportJson(store, (c) => { text += c; });
    const g = JSON.parse(text) as { nodes: Array<{ key: string }>; edges: Array<{ key: string; props: unknown }> };
    const s = await store.stats();
    expect(g.nodes).toHaveLength(s.totalNodes);
    expect(g.edges).toHaveLength(s.totalEdges);
    expect(g.edges.find((e) => e.key.startsWith('AFFILIATED_WITH'))!.props).toEqual({ role: 'Head, unit', current: true });
    let withProv = '';
    await exportJson(store, (c) => { withProv += c; }, { provenance: true });
    expect(JSON.parse(withProv).edges[0].provenance[0].documentId).toBe(D);
  });

  it('GraphML is well-formed with escaped labels', async () => {
    let text = '';
    await exportGraphml(store, (c) => { text += c; });
    expect(text).not.toContain('<script>');
    const $ = cheerio.load(text, { xml: true });
    expect($('node')).toHaveLength(3);
    expect($('edge')).toHaveLength(2);
    expect($('node#person\\:a data[key="label"]').text()).toBe('Ann <script>alert("x")</script> & Co, "quoted"');
    expect($('edge').first().attr('source')).toBeDefined();
  });

  it('CSV quotes commas and quotes', async () => {
    let nodes = '';
    let edges = '';
    await exportCsv(store, { nodes: (c) => { nodes += c; }, edges: (c) => { edges += c; } });
    expect(nodes.split('\r\n').filter(Boolean)).toHaveLength(4);
    expect(edges.split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(nodes).toContain('"Ann <script>alert(""x"")</script> & Co, ""quoted"""');
    expect(csvField('plain')).toBe('plain');
  });
});
