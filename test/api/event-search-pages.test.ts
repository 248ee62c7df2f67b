// A conference page shows who spoke in its sessions (its own participant list is empty: people
// take part in sessions) and its sessions in schedule order with their times; search results do
// not repeat a match that is only the name itself normalised; an untitled document goes by its file name.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { FIXTURE_DIR, startApiFixture, type ApiFixture } from './helpers/api-fixture.js';
import { EventProfileSchema, SearchResponseSchema, TopicProfileSchema } from '../../api/schemas/entities.js';

let fx: ApiFixture;
let conference: string;
beforeAll(async () => {
  fx = await startApiFixture({ files: ['regional-forum-see-2022-programme.md', 'research-report-children-online-2022.md', 'tx-fisheries-review-2022.txt'].map((f) => join(FIXTURE_DIR, f)) });
  const events = (await request(fx.url).get('/api/v1/events?limit=100').expect(200)).body.items as Array<{ key: string; props: { eventKind: string } }>;
  conference = events.find((e) => e.props.eventKind === 'conference')!.key;
});
afterAll(async () => {
  await fx?.close();
});

describe('conference page', () => {
  it('lists the participants of its sessions with their number of sessions', async () => {
    const e = EventProfileSchema.parse((await request(fx.url).get('/api/v1/events/' + encodeURIComponent(conference)).expect(200)).body);
    expect(e.sessions.length).toBeGreaterThan(2);
    expect(e.participants).toEqual([]);
    expect(e.sessionParticipants.length).toBeGreaterThan(3);
    expect(e.sessionParticipants[0]!.sessions).toBeGreaterThanOrEqual(e.sessionParticipants.at(-1)!.sessions);
    const page = await request(fx.url).get('/events/' + encodeURIComponent(conference)).expect(200);
    expect(page.text).toContain('<h2>Participants in its sessions</h2>');
    expect(page.text).not.toContain('<h2>Participants</h2>');
    expect(page.text).toMatch(/class="session-participant">.*\(\d+ sessions?\)/);
  });

  it('a session without convenors of its own shows its conference\'s', async () => {
    const conf = EventProfileSchema.parse((await request(fx.url).get('/api/v1/events/' + encodeURIComponent(conference)).expect(200)).body);
    expect(conf.convenors.length).toBeGreaterThan(0);
    const session = EventProfileSchema.parse((await request(fx.url).get('/api/v1/events/' + encodeURIComponent(conf.sessions[1]!.key)).expect(200)).body);
    expect(session.convenors).toEqual([]);
    expect(session.conferenceConvenors.map((n) => n.key).sort()).toEqual(conf.convenors.map((n) => n.key).sort());
    const page = await request(fx.url).get('/events/' + encodeURIComponent(conf.sessions[1]!.key)).expect(200);
    const section = page.text.split('<h2>Convened by</h2>')[1]!.split('<h2>')[0]!;
    expect(section).toContain(conf.convenors[0]!.label);
    expect(section).toContain('as convenors of');
  });

  it('lists sessions in schedule order with date and time', async () => {
    const e = EventProfileSchema.parse((await request(fx.url).get('/api/v1/events/' + encodeURIComponent(conference)).expect(200)).body);
    const keys = e.sessions.map((s) => `${s.props.date} ${s.props.startTime ?? ''}`);
    expect(keys).toEqual([...keys].sort());
    const page = await request(fx.url).get('/events/' + encodeURIComponent(conference)).expect(200);
    const first = e.sessions[0]!;
    expect(page.text).toContain(`${first.props.date} ${first.props.startTime}–${first.props.endTime}`);
  });
});

describe('lists of events and documents', () => {
  it('show each event\'s and document\'s date ("Opening Session" alone says little)', async () => {
    const topic = await request(fx.url).get('/topics/human-trafficking').expect(200);
    expect(topic.text).toMatch(/data-kind="Event">Event<\/span><a href="\/events\/[^"]+">[^<]+<\/a> <span class="muted date">\d{4}-\d{2}-\d{2}<\/span>/);
    const events = await request(fx.url).get('/events').expect(200);
    expect(events.text).toContain('<span class="muted date">2022-10-11</span>');
    // a session names its conference
    const conf = EventProfileSchema.parse((await request(fx.url).get('/api/v1/events/' + encodeURIComponent(conference)).expect(200)).body);
    const session = conf.sessions[0]!;
    expect(events.text).toMatch(new RegExp(`>${session.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</a> <span class="muted date">[^<]+</span> <span class="muted conference">in <a href="/events/[^"]+">${conf.node.label}</a>`));
    const topicPage = await request(fx.url).get('/topics/human-trafficking').expect(200);
    expect(topicPage.text.split('<h2>Events</h2>')[1]!.split('<h2>')[0]).toContain('<span class="muted conference">in <a href="/events/');
    const found = await request(fx.url).get('/search?q=' + encodeURIComponent(session.label)).expect(200);
    expect(found.text).toContain(`<span class="muted conference">in <a href="/events/`);
    const docs = await request(fx.url).get('/documents').expect(200);
    expect(docs.text).toMatch(/<span class="muted date">\d{4}-\d{2}-\d{2}<\/span>/);
  });
});

describe('people in lists', () => {
  it('carry their organizations, current first, on the people list and in search results', async () => {
    const api = (await request(fx.url).get('/api/v1/people/mirela-hasanovic').expect(200)).body as { affiliations: Array<{ organization: { label: string }; current: boolean }> };
    const first = api.affiliations.find((a) => a.current)!.organization.label;
    const list = await request(fx.url).get('/people?limit=100').expect(200);
    expect(list.text).toContain(`Mirela Hasanović</a> <span class="muted affiliations">· ${first}`);
    const found = await request(fx.url).get('/search?q=hasanovic').expect(200);
    expect(found.text).toContain(`Mirela Hasanović</a> <span class="muted affiliations">· ${first}`);
  });
});

describe('topic page', () => {
  it('lists the sources its documents and sessions cite, most cited first', async () => {
    const t = TopicProfileSchema.parse((await request(fx.url).get('/api/v1/topics/human-trafficking').expect(200)).body);
    expect(t.citedSources.length).toBeGreaterThan(2);
    const counts = t.citedSources.map((c) => c.citers);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(t.citedSources.every((c) => c.source.kind === 'Source')).toBe(true);
    const page = await request(fx.url).get('/topics/human-trafficking').expect(200);
    expect(page.text).toContain('<h2>Sources cited on it</h2>');
    expect(page.text.match(/<li class="cited-source">/g)).toHaveLength(t.citedSources.length);
  });
});

describe('search page', () => {
  it('shows "matched" only when the match is another name, not the label normalised', async () => {
    const api = SearchResponseSchema.parse((await request(fx.url).get('/api/v1/search?q=children+at+risk').expect(200)).body);
    const hit = api.items.find((h) => h.matched !== h.node.label.toLowerCase() && /[^\p{L}\p{N} ]/u.test(h.node.label));
    expect(hit, 'a hit whose label has punctuation').toBeDefined();
    const page = await request(fx.url).get('/search?q=children+at+risk').expect(200);
    expect(page.text).not.toContain(`(matched “${hit!.matched}”)`);
    const acronym = await request(fx.url).get('/search?q=OSCE').expect(200);
    expect(acronym.text).toMatch(/\(matched “osce”\)/);
    // a surname matches a word of the name (and of its initials form): nothing to explain
    const surname = await request(fx.url).get('/search?q=hasanovic').expect(200);
    expect(surname.text).toContain('Mirela Hasanović</a>');
    expect(surname.text).not.toContain('(matched');
  });

  it('names the matching topics above the results on the first page', async () => {
    const res = await request(fx.url).get('/search?q=trafficking').expect(200);
    expect(res.text).toMatch(/<p class="topics-found">Topics: <a href="\/topics\/human-trafficking">human trafficking<\/a>/);
    const next = /rel="next" href="([^"]+)"/.exec(res.text)?.[1]?.replace(/&amp;/g, '&');
    if (next) expect((await request(fx.url).get(next).expect(200)).text).not.toContain('topics-found');
    expect((await request(fx.url).get('/search?q=trafficking&kind=Organization').expect(200)).text).not.toContain('topics-found');
  });

  it('links a web resource to its URL (it has no page of its own)', async () => {
    const res = await request(fx.url).get('/search?q=https&kind=WebResource').expect(200);
    expect(res.text).toMatch(/<li class="result"><span class="kind" data-kind="WebResource">WebResource<\/span><a href="https:\/\/[^"]+" rel="noopener noreferrer nofollow">/);
  });
});

describe('untitled documents', () => {
  it('are listed and headed by their file name, not the path they were ingested from', async () => {
    const list = await request(fx.url).get('/documents').expect(200);
    expect(list.text).toContain('>tx-fisheries-review-2022.txt</a>');
    expect(list.text).not.toContain('fixtures/documents/tx-fisheries-review-2022.txt</a>');
    const docs = (await request(fx.url).get('/api/v1/documents?limit=100').expect(200)).body.items as Array<{ id: string; title: string | null }>;
    const untitled = docs.find((d) => d.title === null)!;
    const page = await request(fx.url).get('/documents/' + encodeURIComponent(untitled.id)).expect(200);
    expect(page.text).toContain('<title>tx-fisheries-review-2022.txt');
  });
});
