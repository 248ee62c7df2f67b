// End to end on the bundled fixtures: load -> extract -> resolve -> store. Re-ingesting is idempotent,
// a second document naming the same people and organizations differently merges into them, and a
// changed version of a document retracts what it no longer says.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocument } from '../../ingest/load-document.js';
import { extractDocument } from '../../ingest/pipeline.js';
import { openSqliteStore, type SqliteStore } from '../../graph/sqlite-store.js';
import { ingestExtraction } from '../../graph/ingest-extraction.js';
import * as Q from '../../graph/queries/index.js';
import { tempDirs } from './temp-dir.js';

const SAMPLE = 'fixtures/documents/osce-alliance-side-events-2020.md';
const FOLLOW_UP = 'fixtures/documents/follow-up-meeting-2021.md';
const dirs = tempDirs();
afterAll(() => dirs.cleanup());
let store: SqliteStore;
beforeEach(() => { store = openSqliteStore({ dir: dirs.make() }); });
afterEach(async () => { await store.close(); });

async function ingestFile(path: string, force = false) {
  const doc = await loadDocument(path);
  return ingestExtraction(store, extractDocument(doc), { text: doc.text, contentHash: doc.contentHash, source: doc.source, force });
}

async function personKey(q: string): Promise<string> {
  const hit = (await Q.search(store, { q, kind: 'Person' })).items[0];
  expect(hit, q).toBeDefined();
  return hit!.node.key;
}

describe('ingesting the fixtures', () => {
  it('ingesting the sample programme twice gives identical node and edge counts', async () => {
    expect((await ingestFile(SAMPLE)).status).toBe('added');
    const first = await store.stats();
    expect(first.totalNodes).toBeGreaterThan(30);
    expect(first.nodes.Person).toBeGreaterThan(5);
    expect((await ingestFile(SAMPLE)).status).toBe('skipped');
    expect(await store.stats()).toEqual(first);
    // Even forced re-resolution against its own previous contribution changes nothing.
    const forced = await ingestFile(SAMPLE, true);
    expect(forced).toMatchObject({ status: 'replaced', nodesAdded: 0, nodesRemoved: 0, edgesAdded: 0, edgesRemoved: 0 });
    expect(await store.stats()).toEqual(first);
  });

  it('merges the follow-up meeting into the sample programme, with provenance from both', async () => {
    const a = await ingestFile(SAMPLE);
    const b = await ingestFile(FOLLOW_UP);
    expect(b.nodesMerged).toBeGreaterThan(5);
    const both = [a.documentId, b.documentId].sort();
    for (const q of ['Guy Vinet', 'Tihana Leko', 'Allan Clark', 'Alena Kupchyna', 'Mattar']) {
      const node = await store.getNode(await personKey(q));
      expect([...new Set(node!.provenance.map((p) => p.documentId))].sort(), q).toEqual(both);
    }
    // The follow-up writes "EUROPOL", "OSCE/ODIHR", "HCNM": one node each, supported by both documents.
    for (const q of ['Europol', 'EUROPOL', 'ODIHR', 'HCNM', 'Office for Democratic Institutions and Human Rights']) {
      const hits = (await Q.search(store, { q, kind: 'Organization' })).items;
      expect(hits.length, q).toBeGreaterThan(0);
      const node = await store.getNode(hits[0]!.node.key);
      expect([...new Set(node!.provenance.map((p) => p.documentId))].sort(), q).toEqual(both);
    }
    const merges = (await store.listMerges({ limit: 100 })).items;
    expect(merges.length).toBeGreaterThan(0);
    expect(merges.every((m) => m.documentId === b.documentId && m.names.length === 2 && m.reason)).toBe(true);
    expect(merges.some((m) => m.kind === 'Person' && m.names.some((n) => n.includes('Vinet')))).toBe(true);
    expect(merges.some((m) => m.reason === 'initials' && m.names.some((n) => n.includes('Mattar')))).toBe(true);
    // Guy Vinet's profile now lists sessions from both documents.
    const vinet = await Q.personProfile(store, await personKey('Guy Vinet'));
    expect(vinet.documents.map((d) => d.id).sort()).toEqual(both);
    expect(vinet.affiliations.current.length).toBeGreaterThan(0);
  });

  it('a changed version of a document retracts its old contributions', async () => {
    const dir = dirs.make();
    const path = join(dir, 'programme.md');
    copyFileSync(SAMPLE, path);
    await ingestFile(path);
    await ingestFile(FOLLOW_UP);
    const hyland = await personKey('Kevin Hyland');
    const vinetBefore = await store.getNode(await personKey('Guy Vinet'));
    writeFileSync(path, readFileSync(path, 'utf8').split('\n').filter((l) => !l.includes('Kevin Hyland') && !l.includes('Guy Vinet')).join('\n'));
    const again = await ingestFile(path);
    expect(again.status).toBe('replaced');
    expect(again.nodesRemoved).toBeGreaterThan(0);
    expect(await store.getNode(hyland)).toBeNull();
    // Guy Vinet is still named by the follow-up: the node stays, with only that document's provenance.
    const vinetAfter = await store.getNode(vinetBefore!.key);
    expect(vinetAfter).not.toBeNull();
    expect(new Set(vinetAfter!.provenance.map((p) => p.documentId)).size).toBe(1);
    expect((await store.stats()).documents).toBe(2);
  });
});
