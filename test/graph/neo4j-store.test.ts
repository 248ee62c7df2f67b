// The Neo4j store against a real server: the shared GraphStore contract plus Neo4j specifics.
// Runs only when NEO4J_URI is set (no server can be installed here); it WIPES every citegraph node
// in that database before each test, so point it at a scratch database. The refused-connection
// test runs always, against a port on 127.0.0.1 that was just closed.
import { describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';
import { openNeo4jStore, createNeo4jStore, Neo4jStore } from '../../graph/neo4j-store.js';
import { openStore } from '../../graph/open-store.js';
import { storeContract } from './store-contract.js';
import { docWrite, edge, node } from './fixtures.js';

const config = loadConfig({}, process.env);
const neo = config.neo4j;

async function freshStore(): Promise<Neo4jStore> {
  const store = await createNeo4jStore(config);
  await store.deleteAllData();
  return store;
}

storeContract('neo4j', freshStore, { skip: !neo, timeout: 120_000 });

describe.skipIf(!neo)('Neo4jStore on a server', () => {
  it('creates its uniqueness constraints on first use', async () => {
    const store = await freshStore();
    await store.stats();
    await store.close();
    const driver = neo4j.driver(neo!.uri, neo4j.auth.basic(neo!.username, neo!.password));
    try {
      const res = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name');
      const names = res.records.map((r) => r.get('name') as string);
      expect(names).toEqual(expect.arrayContaining(['citegraph_node_key', 'citegraph_rel_key', 'citegraph_doc_id']));
    } finally {
      await driver.close();
    }
  }, 120_000);

  it('replaying the same write changes nothing (idempotent, as driver retries require)', async () => {
    const store = await freshStore();
    try {
      const D = 'doc:00000000000000f1';
      const w = docWrite(D, [node(D, 'org:a', 'Organization', 'A Org', { name: 'A Org', acronym: 'AO', aliases: [] }), node(D, 'topic:t', 'Topic', 'T')],
        [edge(D, 'MENTIONS', D, 'org:a'), edge(D, 'MENTIONS', D, 'topic:t')], { merges: [{ kind: 'Organization', key: 'org:a', names: ['AO', 'A Org'], reason: 'acronym', documentId: D }] });
      await store.replaceDocument(w);
      const before = await store.stats();
      const again = await store.replaceDocument(w);
      expect(again).toMatchObject({ nodesAdded: 0, edgesAdded: 0, nodesRemoved: 0, edgesRemoved: 0 });
      expect(await store.stats()).toEqual(before);
      expect(typeof before.totalNodes).toBe('number');
      expect((await store.findNodes({ q: 'AO', limit: 5 })).items.map((h) => h.node.key)).toEqual(['org:a']);
    } finally {
      await store.close();
    }
  }, 120_000);

  it('is what openStore returns for a config with a Neo4j URI', async () => {
    const store = await openStore({ storeDir: '/nonexistent-unused', neo4j: neo });
    try {
      expect(store.name).toBe('neo4j');
    } finally {
      await store.close();
    }
  }, 120_000);
});

describe('Neo4jStore without a server', () => {
  it('fails to open with CG_STORE when nothing listens at the URI (127.0.0.1, closed port)', async () => {
    const srv = createServer();
    await new Promise<void>((ok) => srv.listen(0, '127.0.0.1', () => ok()));
    const { port } = srv.address() as AddressInfo;
    await new Promise<void>((ok) => srv.close(() => ok()));
    await expect(openNeo4jStore({ uri: `bolt://127.0.0.1:${port}`, username: 'neo4j', password: 'x' }))
      .rejects.toMatchObject({ code: 'CG_STORE', message: expect.stringContaining(`graph.openNeo4jStore: bolt://127.0.0.1:${port}`) });
  }, 60_000);

  it('is loaded by openStore for a Neo4j config, which reports a refused connection as CG_STORE', async () => {
    const srv = createServer();
    await new Promise<void>((ok) => srv.listen(0, '127.0.0.1', () => ok()));
    const { port } = srv.address() as AddressInfo;
    await new Promise<void>((ok) => srv.close(() => ok()));
    const cfg = loadConfig({ neo4jUri: `bolt://127.0.0.1:${port}`, neo4jPassword: 'x' }, {});
    await expect(openStore(cfg)).rejects.toMatchObject({ code: 'CG_STORE', message: expect.stringContaining(`127.0.0.1:${port}`) });
  }, 60_000);

  it('reads the database name from NEO4J_DATABASE (input first), refusing names Neo4j cannot have', () => {
    expect(loadConfig({}, { NEO4J_URI: 'bolt://127.0.0.1:7687' }).neo4j).toMatchObject({ username: 'neo4j', database: null });
    expect(loadConfig({}, { NEO4J_URI: 'bolt://127.0.0.1:7687', NEO4J_DATABASE: 'research' }).neo4j?.database).toBe('research');
    expect(loadConfig({ neo4jDatabase: 'scratch' }, { NEO4J_URI: 'bolt://127.0.0.1:7687', NEO4J_DATABASE: 'research' }).neo4j?.database).toBe('scratch');
    expect(() => loadConfig({}, { NEO4J_URI: 'bolt://127.0.0.1:7687', NEO4J_DATABASE: 'a b;DROP' })).toThrow(expect.objectContaining({ code: 'CG_CONFIG' }));
  });

  it('opens every session, schema and work alike, on the configured database', async () => {
    const srv = createServer();
    await new Promise<void>((ok) => srv.listen(0, '127.0.0.1', () => ok()));
    const { port } = srv.address() as AddressInfo;
    await new Promise<void>((ok) => srv.close(() => ok()));
    // A real driver (no retries) pointed at a closed port; its session() is observed, not replaced.
    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', 'x'), { maxTransactionRetryTime: 0, connectionTimeout: 2000 });
    const databases: unknown[] = [];
    const session = driver.session.bind(driver);
    driver.session = ((cfg) => { databases.push(cfg?.database); return session(cfg); }) as typeof driver.session;
    const store = new Neo4jStore(driver, loadConfig({}, { NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_DATABASE: 'research' }).neo4j!.database!);
    try {
      await expect(store.stats()).rejects.toMatchObject({ code: 'CG_STORE' });
      await expect(store.getNode('org:x')).rejects.toMatchObject({ code: 'CG_STORE' });
      expect(databases.length).toBeGreaterThanOrEqual(2);
      expect(new Set(databases)).toEqual(new Set(['research']));
    } finally {
      await store.close();
    }
  }, 60_000);

  it('refuses a URI that is not a Bolt/Neo4j URI with CG_STORE, without connecting', async () => {
    await expect(openNeo4jStore({ uri: 'http://127.0.0.1:7474', username: 'neo4j', password: 'x' }))
      .rejects.toMatchObject({ code: 'CG_STORE', message: expect.stringContaining('graph.openNeo4jStore: http://127.0.0.1:7474') });
  });
});
