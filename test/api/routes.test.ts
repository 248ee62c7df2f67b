// Every read route of /api/v1 against a real embedded store filled with the fixtures: shapes are
// checked against the same zod schemas the OpenAPI document is built from, plus 400/404 paths and
// pagination.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { z } from 'zod';
import { startApiFixture, type ApiFixture } from './helpers/api-fixture.js';
import {
  CoCitedResponseSchema, EventProfileSchema, NodeListSchema, OrganizationProfileSchema, PersonProfileSchema,
  SearchResponseSchema, SourceProfileSchema, TopicProfileSchema,
} from '../../api/schemas/entities.js';
import { GraphResponseSchema, PathsResponseSchema } from '../../api/schemas/graph.js';
import { DocumentListSchema, DocumentResponseSchema } from '../../api/schemas/documents.js';

let fx: ApiFixture;
beforeAll(async () => {
  fx = await startApiFixture();
});
afterAll(async () => {
  await fx?.close();
});

async function getJson<S extends z.ZodType>(path: string, schema: S, status = 200): Promise<z.infer<S>> {
  const res = await request(fx.url).get(path).expect(status).expect('Content-Type', /json/);
  const parsed = schema.safeParse(res.body);
  if (!parsed.success) throw new Error(`${path}: response does not match its schema: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  return parsed.data;
}

async function expectError(path: string, status: number, code: string) {
  const res = await request(fx.url).get(path).expect(status).expect('Content-Type', /json/);
  expect(res.body.error.code).toBe(code);
  expect(typeof res.body.error.message).toBe('string');
  return res.body.error as { code: string; message: string; details?: unknown };
}

const enc = encodeURIComponent;

describe('search', () => {
  it('finds a speaker by name, case and honorific ignored', async () => {
    const body = await getJson('/api/v1/search?q=' + enc('mr. GUY vinet'), SearchResponseSchema);
    expect(body.items[0]?.node.key).toBe('person:guy-vinet');
  });

  it('finds an organization by acronym and filters by kind', async () => {
    const all = await getJson('/api/v1/search?q=ODIHR', SearchResponseSchema);
    expect(all.items.some((h) => h.node.kind === 'Organization')).toBe(true);
    const people = await getJson('/api/v1/search?q=ODIHR&kind=person', SearchResponseSchema);
    expect(people.items.every((h) => h.node.kind === 'Person')).toBe(true);
  });

  it('rejects a missing query, an unknown kind and a limit over 100 with zod issues', async () => {
    const missing = await expectError('/api/v1/search', 400, 'CG_INVALID_INPUT');
    expect(missing.details).toEqual([expect.objectContaining({ path: ['q'] })]);
    await expectError('/api/v1/search?q=x&kind=planet', 400, 'CG_INVALID_INPUT');
    const tooMany = await expectError('/api/v1/search?q=x&limit=101', 400, 'CG_INVALID_INPUT');
    expect(tooMany.details).toEqual([expect.objectContaining({ path: ['limit'], code: 'too_big' })]);
  });
});

describe('lists and pagination', () => {
  it('pages through people with an opaque cursor, without repeats or gaps', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const body: z.infer<typeof NodeListSchema> = await getJson(`/api/v1/people?limit=7${cursor ? `&cursor=${enc(cursor)}` : ''}`, NodeListSchema);
      expect(body.items.length).toBeLessThanOrEqual(7);
      seen.push(...body.items.map((n) => n.key));
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 100);
    const stats = await request(fx.url).get('/api/v1/stats').expect(200);
    const first = await getJson('/api/v1/people?limit=100', NodeListSchema);
    expect(pages).toBeGreaterThan(2);
    expect(seen.length).toBe(stats.body.nodes.Person);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(0, first.items.length)).toEqual(first.items.map((n) => n.key));
  });

  it('lists every kind with a page resource', async () => {
    for (const path of ['organizations', 'events', 'sources', 'topics']) {
      const body = await getJson(`/api/v1/${path}?limit=5`, NodeListSchema);
      expect(body.items.length, path).toBe(5);
      expect(body.nextCursor, path).not.toBeNull();
    }
  });

  it('rejects a tampered cursor with 400', async () => {
    await expectError('/api/v1/people?cursor=not-a-cursor', 400, 'CG_INVALID_INPUT');
    await expectError('/api/v1/people?limit=0', 400, 'CG_INVALID_INPUT');
  });
});

describe('profiles', () => {
  it('gives a person with affiliations, sessions with roles and provenance quoting the document', async () => {
    const p = await getJson('/api/v1/people/guy-vinet', PersonProfileSchema);
    expect(p.node.label).toBe('Guy Vinet');
    expect(p.affiliations.length).toBeGreaterThan(0);
    expect(p.sessions.length).toBeGreaterThan(0);
    expect(p.sessions[0].role).toMatch(/\w/);
    expect(p.documents.length).toBeGreaterThan(0);
    const quoted = p.provenance.find((x) => x.quote);
    expect(quoted?.quote).toMatch(/Vinet/);
    // The quote comes with the rest of its line, exactly as the stored text has it.
    const doc = await request(fx.url).get('/api/v1/documents/' + enc(quoted!.documentId)).expect(200);
    const line = `${quoted!.before}${quoted!.quote}${quoted!.after}`.replace(/^…|…$/g, '');
    expect(doc.body.text).toContain(line);
    expect(line.length).toBeGreaterThan(quoted!.quote!.length);
    expect(doc.body.text.slice(quoted!.start, quoted!.end)).toBe(quoted!.quote);
    // The full key works as well as the short id.
    const same = await getJson('/api/v1/people/' + enc('person:guy-vinet'), PersonProfileSchema);
    expect(same.node.key).toBe(p.node.key);
  });

  it('gives an organization with its people and the events it convened', async () => {
    const p = await getJson('/api/v1/people/guy-vinet', PersonProfileSchema);
    const orgKey = p.affiliations[0].organization.key;
    const o = await getJson('/api/v1/organizations/' + enc(orgKey), OrganizationProfileSchema);
    expect(o.people.some((x) => x.person.key === 'person:guy-vinet')).toBe(true);
  });

  it('gives an event with participants and their organizations', async () => {
    const p = await getJson('/api/v1/people/guy-vinet', PersonProfileSchema);
    const e = await getJson('/api/v1/events/' + enc(p.sessions[0].event.key), EventProfileSchema);
    expect(e.participants.some((x) => x.person.key === 'person:guy-vinet')).toBe(true);
  });

  it('gives a source with who cites it, the citing sentence and its link state (unchecked)', async () => {
    const list = await getJson('/api/v1/sources?limit=100', NodeListSchema);
    let found = false;
    for (const s of list.items) {
      const src = await getJson('/api/v1/sources/' + enc(s.key), SourceProfileSchema);
      if (src.citedBy.some((c) => c.context) && src.links.length) {
        expect(src.links[0].verdict).toBe('unchecked');
        expect(src.links[0].history).toEqual([]);
        found = true;
        break;
      }
    }
    expect(found).toBe(true);
  });

  it('gives co-cited sources, paginated', async () => {
    const list = await getJson('/api/v1/sources?limit=100', NodeListSchema);
    let best: { key: string; n: number } = { key: '', n: 0 };
    for (const s of list.items) {
      const c = await getJson(`/api/v1/sources/${enc(s.key)}/co-cited?limit=100`, CoCitedResponseSchema);
      if (c.items.length > best.n) best = { key: s.key, n: c.items.length };
    }
    expect(best.n).toBeGreaterThan(1);
    const first = await getJson(`/api/v1/sources/${enc(best.key)}/co-cited?limit=1`, CoCitedResponseSchema);
    expect(first.items).toHaveLength(1);
    const second = await getJson(`/api/v1/sources/${enc(best.key)}/co-cited?limit=1&cursor=${enc(first.nextCursor!)}`, CoCitedResponseSchema);
    expect(second.items[0].source.key).not.toBe(first.items[0].source.key);
  });

  it('gives a topic with events and speakers', async () => {
    const p = await getJson('/api/v1/people/guy-vinet', PersonProfileSchema);
    expect(p.topics.length).toBeGreaterThan(0);
    const t = await getJson('/api/v1/topics/' + enc(p.topics[0].key), TopicProfileSchema);
    expect(t.speakers.some((s) => s.person.key === 'person:guy-vinet')).toBe(true);
  });

  it('answers 404 for unknown ids and for an id of another kind', async () => {
    for (const path of ['people', 'organizations', 'events', 'sources', 'topics']) {
      await expectError(`/api/v1/${path}/no-such-thing-anywhere`, 404, 'CG_NOT_FOUND');
    }
    await expectError('/api/v1/organizations/' + enc('person:guy-vinet'), 404, 'CG_NOT_FOUND');
    await expectError('/api/v1/sources/no-such/co-cited', 404, 'CG_NOT_FOUND');
  });
});

describe('traversals', () => {
  it('finds a shortest path within maxHops, and none when too few hops are allowed', async () => {
    const p = await getJson('/api/v1/people/guy-vinet', PersonProfileSchema);
    const topic = p.topics[0].key;
    const path = await getJson(`/api/v1/paths?from=person:guy-vinet&to=${enc(topic)}&maxHops=4`, PathsResponseSchema);
    expect(path.path?.nodes[0].key).toBe('person:guy-vinet');
    expect(path.path?.nodes.at(-1)?.key).toBe(topic);
    expect(path.path!.edges.length).toBe(path.path!.nodes.length - 1);
    const none = await getJson(`/api/v1/paths?from=person:guy-vinet&to=${enc(topic)}&maxHops=1`, PathsResponseSchema);
    expect(none.path).toBeNull();
  });

  it('skips MENTIONS on paths by default, and follows or excludes edge kinds on request', async () => {
    const p = await getJson('/api/v1/people/guy-vinet', PersonProfileSchema);
    const org = p.affiliations[0]!.organization.key;
    const topic = p.topics[0].key;
    const meant = await getJson(`/api/v1/paths?from=person:guy-vinet&to=${enc(topic)}&maxHops=6`, PathsResponseSchema);
    expect(meant.excludedEdgeKinds).toEqual(['MENTIONS']);
    expect(meant.path!.edges.map((e) => e.kind)).not.toContain('MENTIONS');
    expect(meant.path!.nodes.map((n) => n.kind)).not.toContain('Document');
    // Empty: every kind. The shortest path between two things one document names goes through it.
    const all = await getJson(`/api/v1/paths?from=person:guy-vinet&to=${enc(org)}&excludeEdgeKinds=&edgeKinds=mentions`, PathsResponseSchema);
    expect(all.excludedEdgeKinds).not.toContain('MENTIONS');
    expect(all.path!.edges.map((e) => e.kind)).toEqual(['MENTIONS', 'MENTIONS']);
    const noAffil = await getJson(`/api/v1/paths?from=person:guy-vinet&to=${enc(org)}&excludeEdgeKinds=MENTIONS,AFFILIATED_WITH`, PathsResponseSchema);
    expect(noAffil.excludedEdgeKinds).toEqual(['AFFILIATED_WITH', 'MENTIONS']);
    expect(noAffil.path?.edges.map((e) => e.kind) ?? []).not.toContain('AFFILIATED_WITH');
    await expectError('/api/v1/paths?from=person:guy-vinet&to=person:guy-vinet&excludeEdgeKinds=FRIENDS_WITH', 400, 'CG_INVALID_INPUT');
    await expectError(`/api/v1/paths?from=person:guy-vinet&to=${enc(org)}&edgeKinds=MENTIONS&excludeEdgeKinds=MENTIONS`, 400, 'CG_INVALID_INPUT');
    const g = await getJson('/api/v1/graph?focus=person:guy-vinet&depth=2&excludeEdgeKinds=MENTIONS', GraphResponseSchema);
    expect(g.nodes.map((n) => n.kind)).not.toContain('Document');
    expect(g.edges.map((e) => e.kind)).not.toContain('MENTIONS');
  });

  it('bounds paths and rejects unknown endpoints', async () => {
    await expectError('/api/v1/paths?from=person:guy-vinet&to=person:guy-vinet&maxHops=7', 400, 'CG_INVALID_INPUT');
    await expectError('/api/v1/paths?from=person:guy-vinet', 400, 'CG_INVALID_INPUT');
    await expectError('/api/v1/paths?from=person:guy-vinet&to=person:nobody-at-all', 404, 'CG_NOT_FOUND');
  });

  it('returns a laid-out subgraph with coloured kinds and a legend', async () => {
    const g = await getJson('/api/v1/graph?focus=person:guy-vinet&depth=2', GraphResponseSchema);
    expect(g.nodes[0]).toMatchObject({ key: 'person:guy-vinet', depth: 0 });
    expect(g.nodes.length).toBeGreaterThan(5);
    expect(new Set(g.nodes.map((n) => `${n.x},${n.y}`)).size).toBeGreaterThan(g.nodes.length / 2);
    const keys = new Set(g.nodes.map((n) => n.key));
    expect(g.edges.every((e) => keys.has(e.from) && keys.has(e.to))).toBe(true);
    expect(g.legend.map((l) => l.kind)).toContain('Person');
    const small = await getJson('/api/v1/graph?focus=person:guy-vinet&depth=2&limit=5', GraphResponseSchema);
    expect(small.nodes.length).toBeLessThanOrEqual(5);
    expect(small.truncated).toBe(true);
    const onlyAffil = await getJson('/api/v1/graph?focus=person:guy-vinet&edgeKinds=affiliated_with', GraphResponseSchema);
    expect(onlyAffil.edges.every((e) => e.kind === 'AFFILIATED_WITH')).toBe(true);
  });

  it('bounds the graph depth and rejects unknown focus or edge kinds', async () => {
    await expectError('/api/v1/graph?focus=person:guy-vinet&depth=4', 400, 'CG_INVALID_INPUT');
    await expectError('/api/v1/graph?focus=person:guy-vinet&edgeKinds=LOVES', 400, 'CG_INVALID_INPUT');
    await expectError('/api/v1/graph?focus=person:nobody-at-all', 404, 'CG_NOT_FOUND');
  });
});

describe('documents (reads)', () => {
  it('lists documents and returns one with its text', async () => {
    const list = await getJson('/api/v1/documents?limit=5', DocumentListSchema);
    expect(list.items).toHaveLength(5);
    expect(list.nextCursor).not.toBeNull();
    const doc = await getJson('/api/v1/documents/' + enc(list.items[0].id), DocumentResponseSchema);
    expect(doc.text?.length).toBeGreaterThan(100);
    await expectError('/api/v1/documents/doc:0000000000000000', 404, 'CG_NOT_FOUND');
  });
});
