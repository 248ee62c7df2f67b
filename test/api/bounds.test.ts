// Bounded traversals over HTTP: with a small level budget a path search cut short answers 503
// CG_TIMEOUT with a message saying what to narrow (JSON and HTML), a drawing says it is truncated,
// and the same queries succeed under the default budget.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { startApiFixture, type ApiFixture } from './helpers/api-fixture.js';
import { docWrite, edge, node } from '../graph/fixtures.js';

const D = 'doc:00000000000000d1';
const HUB = 'org:hub';
const person = (i: number) => `person:p${String(i).padStart(3, '0')}`;

async function fillHub(fx: ApiFixture): Promise<void> {
  await fx.store.replaceDocument(docWrite(D, [
    node(D, HUB, 'Organization', 'Hub', { name: 'Hub' }),
    ...Array.from({ length: 200 }, (_, i) => node(D, person(i), 'Person', `Person ${i}`, { name: `Person ${i}` })),
    node(D, 'event:2020-01-01:s', 'Event', 'Session', { title: 'Session' }), node(D, 'topic:lone', 'Topic', 'Lone'),
    node(D, 'event:2020-01-01:far', 'Event', 'Far', { title: 'Far' }), node(D, 'topic:far', 'Topic', 'Far topic'),
  ], [
    ...Array.from({ length: 200 }, (_, i) => edge(D, 'AFFILIATED_WITH', person(i), HUB, { role: null, current: true })),
    edge(D, 'PARTICIPATED_IN', person(0), 'event:2020-01-01:s', { role: 'chair' }),
    edge(D, 'ABOUT', 'event:2020-01-01:s', 'topic:lone'),
    edge(D, 'PARTICIPATED_IN', person(199), 'event:2020-01-01:far', { role: 'speaker' }),
    edge(D, 'ABOUT', 'event:2020-01-01:far', 'topic:far'),
  ]));
}

let small: ApiFixture;
let normal: ApiFixture;
beforeAll(async () => {
  [small, normal] = await Promise.all([startApiFixture({ files: [], app: { levelEdgeBudget: 40 } }), startApiFixture({ files: [] })]);
  await Promise.all([fillHub(small), fillHub(normal)]);
});
afterAll(async () => {
  await Promise.all([small?.close(), normal?.close()]);
});

const PATH = '/api/v1/paths?from=topic:lone&to=topic:far&maxHops=6';

describe('bounded traversals over HTTP', () => {
  it('answers 503 CG_TIMEOUT when the budget stops a path search before any path', async () => {
    const res = await request(small.url).get(PATH).expect(503).expect('Content-Type', /json/);
    expect(res.body.error.code).toBe('CG_TIMEOUT');
    expect(res.body.error.message).toMatch(/^graph\.shortestPath: the search reached its bound \(40 edges per level\).*narrow it with edgeKinds/);
    const ok = await request(normal.url).get(PATH).expect(200);
    expect(ok.body).toMatchObject({ truncated: false, excludedEdgeKinds: ['MENTIONS'] });
    expect(ok.body.path.nodes).toHaveLength(7);
  });

  it('shows the same bound on the explorer paths page as an HTML 503', async () => {
    const res = await request(small.url).get('/paths?from=topic:lone&to=topic:far&maxHops=6').expect(503).expect('Content-Type', /html/);
    expect(res.text).toContain('CG_TIMEOUT');
    expect(res.text).toContain('narrow it with edgeKinds');
  });

  it('draws a truncated neighbourhood instead of failing', async () => {
    const g = await request(small.url).get(`/api/v1/graph?focus=${HUB}&depth=1&limit=500`).expect(200);
    expect(g.body.truncated).toBe(true);
    expect(g.body.nodes.length).toBeLessThanOrEqual(41);
    const full = await request(normal.url).get(`/api/v1/graph?focus=${HUB}&depth=1&limit=500`).expect(200);
    expect(full.body).toMatchObject({ truncated: false });
    expect(full.body.nodes).toHaveLength(201);
  });
});
