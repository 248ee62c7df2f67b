// Bounds of traversals on a graph with a hub: adjacency reads stop at the budget, a path search that
// a budget cut short without finding a path fails with CG_TIMEOUT instead of answering "no path",
// and a passed deadline stops neighbourhoods, drawings and paths between store calls.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore, type SqliteStore } from '../../graph/sqlite-store.js';
import * as Q from '../../graph/queries/index.js';
import { docWrite, edge, node } from './fixtures.js';
import { tempDirs } from './temp-dir.js';

const dirs = tempDirs();
let store: SqliteStore;
const D = 'doc:00000000000000c1';
const HUB = 'org:hub';
const PEOPLE = 300;
const person = (i: number) => `person:p${String(i).padStart(3, '0')}`;

beforeAll(async () => {
  store = openSqliteStore({ dir: dirs.make() });
  const people = Array.from({ length: PEOPLE }, (_, i) => node(D, person(i), 'Person', `Person ${i}`, { name: `Person ${i}` }));
  // Everyone works at the hub; p000 also chairs a session that a lone topic is about. "far" hangs off p299 by two hops.
  await store.replaceDocument(docWrite(D, [
    node(D, HUB, 'Organization', 'Hub', { name: 'Hub' }), ...people,
    node(D, 'event:2020-01-01:s', 'Event', 'Session', { title: 'Session' }), node(D, 'topic:lone', 'Topic', 'Lone'),
    node(D, 'event:2020-01-01:far', 'Event', 'Far', { title: 'Far' }), node(D, 'topic:far', 'Topic', 'Far topic'),
    node(D, 'person:island', 'Person', 'Island', { name: 'Island' }),
  ], [
    ...Array.from({ length: PEOPLE }, (_, i) => edge(D, 'AFFILIATED_WITH', person(i), HUB, { role: null, current: true })),
    edge(D, 'PARTICIPATED_IN', person(0), 'event:2020-01-01:s', { role: 'chair' }),
    edge(D, 'ABOUT', 'event:2020-01-01:s', 'topic:lone'),
    edge(D, 'PARTICIPATED_IN', person(299), 'event:2020-01-01:far', { role: 'speaker' }),
    edge(D, 'ABOUT', 'event:2020-01-01:far', 'topic:far'),
  ]));
});
afterAll(async () => { await store.close(); dirs.cleanup(); });

describe('traversal bounds', () => {
  it('adjacency of a hub returns exactly the budget, sorted, each touching the hub', async () => {
    for (const direction of ['in', 'both'] as const) {
      const adj = await store.adjacent([HUB], { direction, limit: 50 });
      expect(adj).toHaveLength(50);
      expect(adj.every((e) => e.to === HUB && e.kind === 'AFFILIATED_WITH')).toBe(true);
      expect(adj.map((e) => e.key)).toEqual([...adj.map((e) => e.key)].sort());
    }
    // A frontier spread over several chunks still stops at the budget and keeps each edge once.
    const many = await store.adjacent([HUB, ...Array.from({ length: PEOPLE }, (_, i) => person(i))], { direction: 'both', limit: 120 });
    expect(new Set(many.map((e) => e.key)).size).toBe(120);
    expect((await store.adjacent([HUB], { direction: 'both', limit: 1000 })).length).toBe(PEOPLE);
  });

  it('finds paths through a hub within a sufficient budget, and reports none when there is none', async () => {
    const p = await Q.shortestPath(store, { from: 'topic:lone', to: 'topic:far', maxHops: 6 });
    expect(p.hops).toBe(6);
    expect(p.truncated).toBe(false);
    const none = await Q.shortestPath(store, { from: 'topic:lone', to: 'person:island', maxHops: 6 });
    expect(none).toMatchObject({ hops: null, truncated: false });
  });

  it('fails with CG_TIMEOUT, not "no path", when the budget cut the search short', async () => {
    const err = await Q.shortestPath(store, { from: 'topic:lone', to: 'topic:far', maxHops: 6, bounds: { levelEdgeBudget: 50 } }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'CG_TIMEOUT', message: expect.stringMatching(/^graph\.shortestPath: the search reached its bound \(50 edges per level\).*a path may exist/) });
    // The same budget is enough where the search never meets the hub's crowd.
    expect((await Q.shortestPath(store, { from: 'topic:lone', to: person(0), bounds: { levelEdgeBudget: 50 } })).hops).toBe(2);
  });

  it('marks neighbourhoods and drawings cut by the budget as truncated', async () => {
    const hood = await Q.neighbourhood(store, { key: HUB, depth: 1, limit: 500, bounds: { levelEdgeBudget: 40 } });
    expect(hood.truncated).toBe(true);
    expect(hood.nodes.length).toBe(41);
    const whole = await Q.neighbourhood(store, { key: HUB, depth: 1, limit: 500 });
    expect(whole).toMatchObject({ truncated: false });
    expect(whole.nodes).toHaveLength(PEOPLE + 1);
  });

  it('stops at a passed deadline between store calls with CG_TIMEOUT naming the query', async () => {
    const past = { deadline: Date.now() - 1 };
    await expect(Q.neighbourhood(store, { key: HUB, depth: 2, bounds: past })).rejects.toMatchObject({ code: 'CG_TIMEOUT', message: expect.stringMatching(/^graph\.neighbourhood: time limit reached/) });
    await expect(Q.subgraph(store, { key: HUB, depth: 1, bounds: past })).rejects.toMatchObject({ code: 'CG_TIMEOUT' });
    await expect(Q.shortestPath(store, { from: 'topic:lone', to: 'topic:far', bounds: past })).rejects.toMatchObject({ code: 'CG_TIMEOUT', message: expect.stringMatching(/^graph\.shortestPath: time limit reached/) });
    // A deadline in the future changes nothing.
    expect((await Q.shortestPath(store, { from: 'topic:lone', to: 'topic:far', maxHops: 6, bounds: { deadline: Date.now() + 60_000 } })).hops).toBe(6);
  });
});
