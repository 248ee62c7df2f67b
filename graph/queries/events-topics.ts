// Event and topic pages, and speaker -> organization -> topic patterns: which topics an
// organization's people speak on, and who speaks on a topic for which organization.
import type { NodeRecord } from '../../src/graph-model.js';
import type { DocumentRecord, EdgeRef, GraphStore, NodeSummary } from '../store.js';
import { edgesAt, other, ranked, requireNode, summaries, type Section } from './common.js';
import { documentsOf, unitKeysOf, type Relation } from './profiles.js';

/** Edges read per hop of a pattern query. */
const PATTERN_BUDGET = 10_000;

export interface EventProfile {
  event: NodeRecord;
  conference: NodeSummary | null;
  sessions: Section<NodeSummary>;
  participants: Section<Relation & { organizations: NodeSummary[] }>;
  convenors: Section<Relation>;
  topics: NodeSummary[];
  cites: Section<Relation>;
  documents: DocumentRecord[];
}

/** @throws NotFoundError (CG_NOT_FOUND) when `key` is not an Event. */
export async function eventProfile(store: GraphStore, key: string): Promise<EventProfile> {
  const event = await requireNode(store, key, 'Event');
  const [out, into] = await Promise.all([
    edgesAt(store, key, 'out', ['PART_OF', 'ABOUT', 'CITES']),
    edgesAt(store, key, 'in', ['PART_OF', 'PARTICIPATED_IN', 'CONVENED']),
  ]);
  const all = [...out.items, ...into.items];
  const people = into.items.filter((e) => e.kind === 'PARTICIPATED_IN').map((e) => e.from);
  const affs = await store.adjacent(people, { direction: 'out', edgeKinds: ['AFFILIATED_WITH'], limit: PATTERN_BUDGET });
  const nodes = await summaries(store, [...all.map((e) => other(e, key)), ...affs.map((e) => e.to)]);
  const orgsOf = groupTo(affs, nodes);
  const rel = (kind: string, list: typeof all, truncated: boolean): Section<Relation> => ({
    items: list.filter((e) => e.kind === kind && nodes.has(other(e, key))).map((e) => ({ node: nodes.get(other(e, key))!, props: e.props, provenance: e.provenance })),
    truncated,
  });
  const participants = rel('PARTICIPATED_IN', into.items, into.truncated);
  return {
    event,
    conference: out.items.filter((e) => e.kind === 'PART_OF').map((e) => nodes.get(e.to)).find(Boolean) ?? null,
    sessions: { items: into.items.filter((e) => e.kind === 'PART_OF').map((e) => nodes.get(e.from)).filter((n): n is NodeSummary => !!n), truncated: into.truncated },
    participants: { items: participants.items.map((p) => ({ ...p, organizations: orgsOf.get(p.node.key) ?? [] })), truncated: participants.truncated },
    convenors: rel('CONVENED', into.items, into.truncated),
    topics: out.items.filter((e) => e.kind === 'ABOUT').map((e) => nodes.get(e.to)).filter((n): n is NodeSummary => !!n),
    cites: rel('CITES', out.items, out.truncated),
    documents: await documentsOf(store, [event]),
  };
}

export interface SpeakerRow {
  person: NodeSummary;
  organizations: NodeSummary[];
  sessions: NodeSummary[];
}

export interface TopicProfile {
  topic: NodeRecord;
  events: Section<NodeSummary>;
  sources: NodeSummary[];
  documents: DocumentRecord[];
  speakers: SpeakerRow[];
  /** Organizations of the speakers, by number of speakers. */
  organizations: Array<{ organization: NodeSummary; speakers: number }>;
}

/** @throws NotFoundError (CG_NOT_FOUND) when `key` is not a Topic. */
export async function topicProfile(store: GraphStore, key: string, limit = 100): Promise<TopicProfile> {
  const topic = await requireNode(store, key, 'Topic');
  const about = await edgesAt(store, key, 'in', ['ABOUT']);
  const nodes = await summaries(store, about.items.map((e) => e.from));
  const ofKind = (kind: string) => about.items.map((e) => nodes.get(e.from)).filter((n): n is NodeSummary => !!n && n.kind === kind);
  const speakers = await speakersOnTopic(store, key, limit);
  const orgCounts = new Map<string, number>();
  const orgNodes = new Map<string, NodeSummary>();
  for (const s of speakers) for (const o of s.organizations) { orgCounts.set(o.key, (orgCounts.get(o.key) ?? 0) + 1); orgNodes.set(o.key, o); }
  const docIds = about.items.filter((e) => e.from.startsWith('doc:')).map((e) => e.from);
  const docs = (await Promise.all(docIds.map((id) => store.getDocument(id)))).filter((d): d is DocumentRecord => d !== null);
  return {
    topic,
    events: { items: ofKind('Event'), truncated: about.truncated },
    sources: ofKind('Source'),
    documents: docs.length ? docs : await documentsOf(store, [topic]),
    speakers,
    organizations: ranked(orgCounts, limit).map(([k, n]) => ({ organization: orgNodes.get(k)!, speakers: n })),
  };
}

/** People who took part in events about `topicKey`, with their organizations and those sessions. */
export async function speakersOnTopic(store: GraphStore, topicKey: string, limit = 100): Promise<SpeakerRow[]> {
  const events = (await store.adjacent([topicKey], { direction: 'in', edgeKinds: ['ABOUT'], limit: PATTERN_BUDGET })).map((e) => e.from).filter((k) => k.startsWith('event:'));
  const parts = await store.adjacent(events, { direction: 'in', edgeKinds: ['PARTICIPATED_IN'], limit: PATTERN_BUDGET });
  const sessionsOf = new Map<string, Set<string>>();
  for (const e of parts) sessionsOf.set(e.from, (sessionsOf.get(e.from) ?? new Set()).add(e.to));
  const people = ranked(new Map([...sessionsOf].map(([k, s]) => [k, s.size])), limit).map(([k]) => k);
  const affs = await store.adjacent(people, { direction: 'out', edgeKinds: ['AFFILIATED_WITH'], limit: PATTERN_BUDGET });
  const nodes = await summaries(store, [...people, ...affs.map((e) => e.to), ...events]);
  const orgsOf = groupTo(affs, nodes);
  return people.filter((k) => nodes.has(k)).map((k) => ({
    person: nodes.get(k)!,
    organizations: orgsOf.get(k) ?? [],
    sessions: [...sessionsOf.get(k)!].sort().map((s) => nodes.get(s)).filter((n): n is NodeSummary => !!n),
  }));
}

export interface OrganizationTopic {
  topic: NodeSummary;
  /** The organization's people who spoke on it (the first SPEAKERS_PER_TOPIC by key). */
  speakers: NodeSummary[];
  /** How many of its people spoke on it (speakers may list fewer). */
  speakerCount: number;
  sessions: number;
}

/** Speakers listed per topic of an organization: a large body's hub topic would list thousands. */
export const SPEAKERS_PER_TOPIC = 25;

/**
 * Topics the organization's people — its own and its sub-units' — speak on (person -> session ->
 * topic), most sessions first.
 */
export async function topicsOfOrganization(store: GraphStore, orgKey: string, limit = 50): Promise<OrganizationTopic[]> {
  await requireNode(store, orgKey, 'Organization');
  const orgs = [orgKey, ...(await unitKeysOf(store, orgKey))];
  const people = [...new Set((await store.adjacent(orgs, { direction: 'in', edgeKinds: ['AFFILIATED_WITH'], limit: PATTERN_BUDGET })).map((e) => e.from))];
  const parts = await store.adjacent(people, { direction: 'out', edgeKinds: ['PARTICIPATED_IN'], limit: PATTERN_BUDGET });
  const abouts = await store.adjacent([...new Set(parts.map((e) => e.to))], { direction: 'out', edgeKinds: ['ABOUT'], limit: PATTERN_BUDGET });
  const topicsOfEvent = new Map<string, string[]>();
  for (const e of abouts) topicsOfEvent.set(e.from, [...(topicsOfEvent.get(e.from) ?? []), e.to]);
  const sessions = new Map<string, Set<string>>();
  const speakers = new Map<string, Set<string>>();
  for (const p of parts) {
    for (const t of topicsOfEvent.get(p.to) ?? []) {
      sessions.set(t, (sessions.get(t) ?? new Set()).add(p.to));
      speakers.set(t, (speakers.get(t) ?? new Set()).add(p.from));
    }
  }
  const top = ranked(new Map([...sessions].map(([k, s]) => [k, s.size])), limit);
  const shown = new Map(top.map(([k]) => [k, [...speakers.get(k)!].sort().slice(0, SPEAKERS_PER_TOPIC)]));
  const nodes = await summaries(store, [...top.map(([k]) => k), ...[...shown.values()].flat()]);
  return top.filter(([k]) => nodes.has(k)).map(([k, n]) => ({
    topic: nodes.get(k)!,
    speakers: shown.get(k)!.map((p) => nodes.get(p)).filter((x): x is NodeSummary => !!x),
    speakerCount: speakers.get(k)!.size,
    sessions: n,
  }));
}

/** from-node -> summaries of its `to` endpoints. */
function groupTo(edges: readonly EdgeRef[], nodes: Map<string, NodeSummary>): Map<string, NodeSummary[]> {
  const out = new Map<string, NodeSummary[]>();
  for (const e of edges) {
    const n = nodes.get(e.to);
    if (!n) continue;
    const list = out.get(e.from) ?? [];
    if (!list.some((x) => x.key === n.key)) list.push(n);
    out.set(e.from, list);
  }
  return out;
}
