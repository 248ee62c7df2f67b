// Schema upgrades: a store written by an older citegraph opens, is upgraded in place without losing
// data, and searches like a store built fresh. `stores/schema-1/` was written by the schema-1 code
// (commit 95b7305) with `stores/make-schema-1.mjs.txt`; it is copied, never opened in place.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openSqliteStore, SQLITE_FILE } from '../../graph/sqlite-store.js';
import { SCHEMA_VERSION } from '../../graph/sqlite/schema.js';
import { tempDirs } from './temp-dir.js';

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

const V1 = fileURLToPath(new URL('./stores/schema-1/citegraph.sqlite', import.meta.url));

function copyOfV1(): string {
  const dir = dirs.make();
  copyFileSync(V1, join(dir, SQLITE_FILE));
  return dir;
}

const searchKeys = async (s: ReturnType<typeof openSqliteStore>, q: string) =>
  (await s.findNodes({ q, limit: 10 })).items.map((h) => `${h.node.key} ${h.score} ${h.matched}`);

describe('SQLite schema upgrade', () => {
  it('the fixture really is a schema-1 store', () => {
    const db = new Database(V1, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'words'`).pluck().get()).toBe('words');
    db.close();
  });

  it('upgrades a schema-1 store in place, keeping every record, and searches it', async () => {
    const dir = copyOfV1();
    const s = openSqliteStore({ dir });
    expect(s.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(s.db.prepare(`SELECT name FROM sqlite_master WHERE name = 'words'`).pluck().get()).toBeUndefined();
    const stats = await s.stats();
    expect(stats).toMatchObject({ totalNodes: 6, totalEdges: 3, documents: 2, linkChecks: 1 });
    expect((await s.getNode('org:europol'))!.provenance).toHaveLength(2);
    expect(await s.getLinkHistory('https://www.europol.europa.eu/')).toHaveLength(1);
    expect(await searchKeys(s, 'europol')).toEqual(['org:europol 3 europol']);
    expect(await searchKeys(s, 'eu police')).toEqual(['org:europol 2 eu police agency']);
    expect(await searchKeys(s, 'law enf')).toEqual(['org:europol 1 european union agency for law enforcement cooperation']);
    expect(await searchKeys(s, 'okafor rob')).toEqual(['person:bob-okafor 1 robert okafor']);
    // The document removed before the upgrade stays gone, its aliases too.
    expect(await searchKeys(s, 'carol')).toEqual([]);
    expect(s.db.pragma('integrity_check', { simple: true })).toBe('ok');

    // Writes after the upgrade keep the new indexes in step: retracting D1 drops its alias.
    await s.removeDocument('doc:0000000000000001');
    expect(await searchKeys(s, 'europol hq')).toEqual([]);
    expect(await searchKeys(s, 'alice')).toEqual(['person:alice-martin 2 alice martin']);
    await s.close();

    // Reopening an upgraded store is a no-op.
    const again = openSqliteStore({ dir });
    expect((await again.stats()).documents).toBe(1);
    await again.close();
  });

  it('searches an upgraded store exactly as a fresh store built from the same writes', async () => {
    const up = openSqliteStore({ dir: copyOfV1() });
    const fresh = openSqliteStore({ dir: dirs.make() });
    // Rebuild the fixture's documents from what the upgraded store holds.
    for (const doc of (await up.listDocuments({ limit: 10 })).items) {
      const nodes = up.db.prepare(`SELECT n.key, n.kind, c.label, c.props, c.provenance FROM node_contrib c JOIN nodes n ON n.id = c.node_id WHERE c.doc_id = ?`).all(doc.id) as Array<Record<string, string>>;
      const edges = up.db.prepare(`SELECT e.key, e.kind, s.key AS src, d.key AS dst, c.props, c.provenance FROM edge_contrib c JOIN edges e ON e.id = c.edge_id
        JOIN nodes s ON s.id = e.src JOIN nodes d ON d.id = e.dst WHERE c.doc_id = ?`).all(doc.id) as Array<Record<string, string>>;
      await fresh.replaceDocument({
        document: doc, text: (await up.getDocumentText(doc.id))!,
        nodes: nodes.map((n) => ({ key: n.key!, kind: n.kind as never, label: n.label!, props: JSON.parse(n.props!), provenance: JSON.parse(n.provenance!) })),
        edges: edges.map((e) => ({ key: e.key!, kind: e.kind as never, from: e.src!, to: e.dst!, props: JSON.parse(e.props!), provenance: JSON.parse(e.provenance!) })),
      });
    }
    const table = (s: ReturnType<typeof openSqliteStore>, sql: string) => s.db.prepare(sql).all().map((r) => JSON.stringify(r));
    for (const q of ['SELECT alias, n.key, a.kind FROM node_alias a JOIN nodes n ON n.id = a.node_id ORDER BY 1, 2',
      'SELECT word, n.key, w.kind FROM node_word w JOIN nodes n ON n.id = w.node_id ORDER BY 1, 2']) {
      expect(table(up, q)).toEqual(table(fresh, q));
    }
    for (const q of ['a', 'eu', 'martin', 'dr alice', 'european cooperation', 'policing']) {
      expect(await searchKeys(up, q)).toEqual(await searchKeys(fresh, q));
    }
    await up.close();
    await fresh.close();
  });

  it('refuses to open an old store read-only (it cannot be upgraded) with CG_STORE', () => {
    expect(() => openSqliteStore({ dir: copyOfV1(), readonly: true })).toThrow(expect.objectContaining({ code: 'CG_STORE', message: expect.stringMatching(/upgrade/) }));
  });
});
