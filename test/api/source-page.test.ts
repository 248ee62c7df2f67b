// A source page lists each citing passage once: a session's citation and its document's are the
// same sentence of the same document, shown as one entry naming both citers.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { FIXTURE_DIR, startApiFixture, type ApiFixture } from './helpers/api-fixture.js';
import { SourceProfileSchema } from '../../api/schemas/entities.js';

let fx: ApiFixture;
beforeAll(async () => {
  fx = await startApiFixture({ files: [join(FIXTURE_DIR, 'osce-alliance-side-events-2020.md')] });
});
afterAll(async () => {
  await fx?.close();
});

describe('source page', () => {
  it('folds a session\'s citation into its document\'s (same sentence, same marker)', async () => {
    const hit = (await request(fx.url).get('/api/v1/search?q=recommendations+on+policing&kind=Source').expect(200)).body.items[0];
    const key = hit.node.key as string;
    const api = SourceProfileSchema.parse((await request(fx.url).get('/api/v1/sources/' + encodeURIComponent(key)).expect(200)).body);
    const kinds = api.citedBy.map((c) => c.citer.kind).sort();
    expect(kinds).toEqual(['Document', 'Event']);
    expect(new Set(api.citedBy.map((c) => c.context)).size).toBe(1);
    const page = await request(fx.url).get('/sources/' + encodeURIComponent(key)).expect(200);
    const entries = page.text.split('<li class="citation">').slice(1);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatch(/data-kind="Document">Document<\/span><a href="\/documents\/[^"]+">[^<]+<\/a> <span class="muted">·<\/span> <span class="kind" data-kind="Event">/);
    expect(entries[0]!.match(/class="citing-sentence"/g)).toHaveLength(1);
  });
});
