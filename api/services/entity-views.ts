// Views of people, organizations, events and topics for the API and the explorer: the query
// module's profiles (graph/queries) reshaped into the response schemas, with provenance quoted.
import type { DocumentRecord, GraphStore } from '../../graph/store.js';
import { eventProfile, topicProfile, topicsOfOrganization } from '../../graph/queries/events-topics.js';
import { organizationProfile, personProfile } from '../../graph/queries/profiles.js';
import { ranked, summaries } from '../../graph/queries/common.js';
import type { SessionRole } from '../../src/extraction.js';
import type { DocumentRef, EventProfile, OrganizationProfile, PersonProfile, TopicProfile } from '../schemas/views.js';
import { ProvenanceQuoter, summaryOf } from './provenance.js';

export function docRef(d: DocumentRecord): DocumentRef {
  return { id: d.id, source: d.source, title: d.title, date: d.date };
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
/** Names of the sections whose flag is set. */
const cut = (flags: Record<string, boolean>): string[] => Object.entries(flags).filter(([, v]) => v).map(([k]) => k);
const role = (v: unknown): SessionRole => (typeof v === 'string' ? v : 'speaker') as SessionRole;

/** @throws NotFoundError (CG_NOT_FOUND) when `key` is not a Person. */
export async function personView(store: GraphStore, key: string): Promise<PersonProfile> {
  const p = await personProfile(store, key);
  const q = new ProvenanceQuoter(store);
  const affiliations = [...p.affiliations.current, ...p.affiliations.former];
  return {
    node: summaryOf(p.person),
    affiliations: await Promise.all(affiliations.map(async (a) => ({
      organization: a.node, partOf: a.partOf, role: str(a.props.role), current: a.props.current !== false, provenance: await q.quote(a.provenance),
    }))),
    sessions: await Promise.all(p.sessions.items.map(async (s) => ({
      event: s.node, role: role(s.props.role), tentative: s.props.tentative === true, partOf: s.conference, provenance: await q.quote(s.provenance),
    }))),
    topics: p.topics.map((t) => t.topic),
    authored: p.authored.items.map((a) => a.node),
    documents: p.documents.map(docRef),
    provenance: await q.quote(p.person.provenance),
    truncated: cut({ affiliations: p.affiliations.truncated, sessions: p.sessions.truncated, authored: p.authored.truncated }),
  };
}

/** @throws NotFoundError (CG_NOT_FOUND) when `key` is not an Organization. */
export async function organizationView(store: GraphStore, key: string): Promise<OrganizationProfile> {
  const [o, topics] = await Promise.all([organizationProfile(store, key), topicsOfOrganization(store, key, 30)]);
  const q = new ProvenanceQuoter(store);
  return {
    node: summaryOf(o.organization),
    people: o.people.items.map((r) => ({ person: r.node, role: str(r.props.role), current: r.props.current !== false })),
    unitPeople: o.unitPeople.items.map((r) => ({ person: r.node, unit: r.unit, role: str(r.props.role), current: r.props.current !== false })),
    parent: o.parent,
    subUnits: o.subUnits.items,
    eventsConvened: o.eventsConvened.items.map((r) => r.node),
    sourcesPublished: o.sourcesPublished.items.map((r) => r.node),
    topics: topics.map((t) => t.topic),
    speakerTopics: topics.map((t) => ({ topic: t.topic, sessions: t.sessions, speakers: t.speakers, speakerCount: t.speakerCount })),
    documents: o.documents.map(docRef),
    provenance: await q.quote(o.organization.provenance),
    truncated: cut({
      people: o.people.truncated, unitPeople: o.unitPeople.truncated, subUnits: o.subUnits.truncated,
      eventsConvened: o.eventsConvened.truncated, sourcesPublished: o.sourcesPublished.truncated,
    }),
  };
}

/** Sort key of a session: date, start time, title. */
const schedule = (n: { label: string; props: Record<string, unknown> }) => `${str(n.props.date) ?? '9999'} ${str(n.props.startTime) ?? '99:99'} ${n.label}`;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** People listed as taking part in a conference's sessions; edges read for them. */
const SESSION_PARTICIPANTS_LIMIT = 200;
const SESSION_PARTICIPATION_BUDGET = 5000;

/** Who took part in any of `sessions`, most sessions first (a conference's speakers are its sessions'). */
async function participantsOfSessions(store: GraphStore, sessions: readonly string[]): Promise<{ rows: EventProfile['sessionParticipants']; truncated: boolean }> {
  if (!sessions.length) return { rows: [], truncated: false };
  const parts = await store.adjacent(sessions, { direction: 'in', edgeKinds: ['PARTICIPATED_IN'], limit: SESSION_PARTICIPATION_BUDGET });
  const count = new Map<string, number>();
  for (const p of parts) count.set(p.from, (count.get(p.from) ?? 0) + 1);
  const top = ranked(count, SESSION_PARTICIPANTS_LIMIT);
  const nodes = await summaries(store, top.map(([k]) => k));
  return {
    rows: top.filter(([k]) => nodes.has(k)).map(([k, n]) => ({ person: nodes.get(k)!, sessions: n })),
    truncated: parts.length >= SESSION_PARTICIPATION_BUDGET || count.size > SESSION_PARTICIPANTS_LIMIT,
  };
}

/** @throws NotFoundError (CG_NOT_FOUND) when `key` is not an Event. */
export async function eventView(store: GraphStore, key: string): Promise<EventProfile> {
  const e = await eventProfile(store, key);
  const q = new ProvenanceQuoter(store);
  const inSessions = await participantsOfSessions(store, e.sessions.items.map((s) => s.key));
  // A session names no convenor of its own: its conference's convene it.
  const conferenceConvenors = !e.convenors.items.length && e.conference
    ? [...(await summaries(store, (await store.adjacent([e.conference.key], { direction: 'in', edgeKinds: ['CONVENED'], limit: 50 })).map((c) => c.from))).values()]
    : [];
  return {
    node: summaryOf(e.event),
    partOf: e.conference,
    sessions: [...e.sessions.items].sort((a, b) => cmp(schedule(a), schedule(b))),
    participants: e.participants.items.map((p) => ({
      person: p.node, role: role(p.props.role), tentative: p.props.tentative === true, organizations: p.organizations,
    })),
    sessionParticipants: inSessions.rows,
    conferenceConvenors,
    convenors: e.convenors.items.map((r) => r.node),
    topics: e.topics,
    citations: await Promise.all(e.cites.items.map(async (c) => ({
      source: c.node, marker: str(c.props.marker) ?? '', context: str(c.props.context), provenance: await q.quote(c.provenance),
    }))),
    documents: e.documents.map(docRef),
    provenance: await q.quote(e.event.provenance),
    truncated: cut({
      sessions: e.sessions.truncated, participants: e.participants.truncated, sessionParticipants: inSessions.truncated,
      convenors: e.convenors.truncated, citations: e.cites.truncated,
    }),
  };
}

/** Speakers and organizations listed on a topic page. */
const TOPIC_LIST_LIMIT = 100;

/** Sources listed on a topic page; citation edges read for them. */
const TOPIC_SOURCES_LIMIT = 30;
const TOPIC_CITES_BUDGET = 5000;

/** Sources cited by documents and sessions about a topic, most citers first. */
async function sourcesCitedOn(store: GraphStore, citers: readonly string[]): Promise<TopicProfile['citedSources']> {
  if (!citers.length) return [];
  const cites = await store.adjacent(citers, { direction: 'out', edgeKinds: ['CITES'], limit: TOPIC_CITES_BUDGET });
  const by = new Map<string, Set<string>>();
  for (const e of cites) by.set(e.to, (by.get(e.to) ?? new Set()).add(e.from));
  const top = ranked(new Map([...by].map(([k, s]) => [k, s.size])), TOPIC_SOURCES_LIMIT);
  const nodes = await summaries(store, top.map(([k]) => k));
  return top.filter(([k]) => nodes.has(k)).map(([k, n]) => ({ source: nodes.get(k)!, citers: n }));
}

/** @throws NotFoundError (CG_NOT_FOUND) when `key` is not a Topic. */
export async function topicView(store: GraphStore, key: string): Promise<TopicProfile> {
  const t = await topicProfile(store, key, TOPIC_LIST_LIMIT);
  const citedSources = await sourcesCitedOn(store, [...t.events.items.map((e) => e.key), ...t.documents.map((d) => d.id)]);
  return {
    citedSources,
    node: summaryOf(t.topic),
    events: t.events.items,
    sources: t.sources,
    speakers: t.speakers.map((s) => ({ person: s.person, organizations: s.organizations, sessions: s.sessions.length })),
    organizations: t.organizations.map((o) => ({ organization: o.organization, people: o.speakers })),
    documents: t.documents.map(docRef),
    truncated: cut({
      events: t.events.truncated, speakers: t.speakers.length >= TOPIC_LIST_LIMIT, organizations: t.organizations.length >= TOPIC_LIST_LIMIT,
    }),
  };
}
