// Entity pages: a person (affiliations current and former, sessions with roles, topics, documents)
// and an organization (people, its units' people, sub-units, parent, events convened, sources published).
// Every relation row carries its provenance so a page can quote the supporting span.
import type { GraphProvenance, NodeRecord } from '../../src/graph-model.js';
import type { DocumentRecord, GraphStore, NodeSummary } from '../store.js';
import { SECTION_LIMIT, documentIdsOf, edgesAt, other, ranked, requireNode, summaries, type Section } from './common.js';

export interface Relation<P = Record<string, unknown>> {
  node: NodeSummary;
  props: P;
  provenance: GraphProvenance[];
}

export type AffiliationRow = Relation & { partOf: NodeSummary | null };

export interface PersonProfile {
  person: NodeRecord;
  /** Each with the organization it is part of, when known (a unit's parent). */
  affiliations: { current: AffiliationRow[]; former: AffiliationRow[]; truncated: boolean };
  /** Sessions with the role, and the conference each is part of (when known). */
  sessions: Section<Relation & { conference: NodeSummary | null }>;
  /** Topics of the sessions they took part in, most frequent first. */
  topics: Array<{ topic: NodeSummary; sessions: number }>;
  /** Sources they authored. */
  authored: Section<Relation>;
  documents: DocumentRecord[];
}

/** @throws NotFoundError (CG_NOT_FOUND) when `key` is not a Person. */
export async function personProfile(store: GraphStore, key: string): Promise<PersonProfile> {
  const person = await requireNode(store, key, 'Person');
  const out = await edgesAt(store, key, 'out', ['AFFILIATED_WITH', 'PARTICIPATED_IN']);
  const authoredEdges = await edgesAt(store, key, 'in', ['AUTHORED_BY']);
  const nodes = await summaries(store, [...out.items.map((e) => e.to), ...authoredEdges.items.map((e) => e.from)]);
  const rel = (e: { from: string; to: string; props: Record<string, unknown>; provenance: GraphProvenance[] }): Relation | null => {
    const n = nodes.get(other(e, key));
    return n ? { node: n, props: e.props, provenance: e.provenance } : null;
  };
  const affiliated = out.items.filter((e) => e.kind === 'AFFILIATED_WITH').map(rel).filter((r): r is Relation => r !== null);
  const orgParent = new Map<string, string>();
  for (const e of await store.adjacent(affiliated.map((a) => a.node.key), { direction: 'out', edgeKinds: ['PART_OF'], limit: 1000 })) {
    if (!orgParent.has(e.from)) orgParent.set(e.from, e.to);
  }
  const sessionEdges = out.items.filter((e) => e.kind === 'PARTICIPATED_IN');
  const sessionKeys = [...new Set(sessionEdges.map((e) => e.to))];
  const parents = new Map<string, string>();
  const topicCounts = new Map<string, number>();
  for (const e of await store.adjacent(sessionKeys, { direction: 'out', edgeKinds: ['PART_OF', 'ABOUT'], limit: 5000 })) {
    if (e.kind === 'PART_OF') parents.set(e.from, e.to);
    else topicCounts.set(e.to, (topicCounts.get(e.to) ?? 0) + 1);
  }
  const extra = await summaries(store, [...parents.values(), ...topicCounts.keys(), ...orgParent.values()]);
  const affiliations = affiliated.map((a) => ({ ...a, partOf: extra.get(orgParent.get(a.node.key) ?? '') ?? null }));
  const sessions = sessionEdges.map(rel).filter((r): r is Relation => r !== null)
    .map((r) => ({ ...r, conference: extra.get(parents.get(r.node.key) ?? '') ?? null }));
  return {
    person,
    affiliations: { current: affiliations.filter((a) => a.props.current !== false), former: affiliations.filter((a) => a.props.current === false), truncated: out.truncated },
    sessions: { items: sessions, truncated: out.truncated },
    topics: ranked(topicCounts, 50).filter(([k]) => extra.has(k)).map(([k, n]) => ({ topic: extra.get(k)!, sessions: n })),
    authored: { items: authoredEdges.items.map(rel).filter((r): r is Relation => r !== null), truncated: authoredEdges.truncated },
    documents: await documentsOf(store, [person]),
  };
}

export interface OrganizationProfile {
  organization: NodeRecord;
  people: Section<Relation>;
  /** People affiliated with its sub-units (two levels down), with the unit: an organization's people include its units'. */
  unitPeople: Section<Relation & { unit: NodeSummary }>;
  parent: NodeSummary | null;
  subUnits: Section<NodeSummary>;
  eventsConvened: Section<Relation>;
  sourcesPublished: Section<Relation>;
  documents: DocumentRecord[];
}

/** @throws NotFoundError (CG_NOT_FOUND) when `key` is not an Organization. */
export async function organizationProfile(store: GraphStore, key: string): Promise<OrganizationProfile> {
  const organization = await requireNode(store, key, 'Organization');
  const [people, subs, parentEdges, convened, published] = await Promise.all([
    edgesAt(store, key, 'in', ['AFFILIATED_WITH']),
    edgesAt(store, key, 'in', ['PART_OF']),
    edgesAt(store, key, 'out', ['PART_OF'], 5),
    edgesAt(store, key, 'out', ['CONVENED']),
    edgesAt(store, key, 'in', ['PUBLISHED_BY']),
  ]);
  const all = [people, subs, parentEdges, convened, published].flatMap((s) => s.items);
  const nodes = await summaries(store, all.map((e) => other(e, key)));
  const rels = (s: Section<{ from: string; to: string; props: Record<string, unknown>; provenance: GraphProvenance[] }>): Section<Relation> => ({
    items: s.items.filter((e) => nodes.has(other(e, key))).map((e) => ({ node: nodes.get(other(e, key))!, props: e.props, provenance: e.provenance })),
    truncated: s.truncated,
  });
  const parent = parentEdges.items.map((e) => nodes.get(e.to)).find((n) => n !== undefined) ?? null;
  const units = await unitKeysOf(store, key);
  const unitEdges = await store.adjacent(units, { direction: 'in', edgeKinds: ['AFFILIATED_WITH'], limit: SECTION_LIMIT + 1 });
  const direct = new Set(people.items.map((e) => e.from));
  const unitFull = (await Promise.all(unitEdges.slice(0, SECTION_LIMIT).filter((e) => !direct.has(e.from)).map((e) => store.getEdge(e.key))))
    .filter((e): e is NonNullable<typeof e> => e !== null);
  const unitNodes = await summaries(store, unitFull.flatMap((e) => [e.from, e.to]));
  const unitPeople = unitFull.filter((e) => unitNodes.has(e.from) && unitNodes.has(e.to))
    .map((e) => ({ node: unitNodes.get(e.from)!, props: e.props, provenance: e.provenance, unit: unitNodes.get(e.to)! }))
    .sort((a, b) => (a.node.label < b.node.label ? -1 : a.node.label > b.node.label ? 1 : 0));
  return {
    organization,
    people: rels(people),
    unitPeople: { items: unitPeople, truncated: unitEdges.length > SECTION_LIMIT },
    parent,
    subUnits: { items: subs.items.map((e) => nodes.get(e.from)).filter((n): n is NodeSummary => n !== undefined), truncated: subs.truncated },
    eventsConvened: rels(convened),
    sourcesPublished: rels(published),
    documents: await documentsOf(store, [organization]),
  };
}

/** Keys of an organization's sub-units and their sub-units (PART_OF, two levels), without the organization. */
export async function unitKeysOf(store: GraphStore, orgKey: string): Promise<string[]> {
  const units = new Set<string>();
  let frontier = [orgKey];
  for (let level = 0; level < 2 && frontier.length; level++) {
    const edges = await store.adjacent(frontier, { direction: 'in', edgeKinds: ['PART_OF'], limit: SECTION_LIMIT });
    frontier = edges.map((e) => e.from).filter((k) => k.startsWith('org:') && k !== orgKey && !units.has(k));
    for (const k of frontier) units.add(k);
  }
  return [...units];
}

/** The documents that support these records (provenance), in id order. */
export async function documentsOf(store: GraphStore, items: ReadonlyArray<{ provenance: ReadonlyArray<{ documentId: string }> }>, limit = 100): Promise<DocumentRecord[]> {
  const ids = documentIdsOf(items).sort().slice(0, limit);
  const docs = await Promise.all(ids.map((id) => store.getDocument(id)));
  return docs.filter((d): d is DocumentRecord => d !== null);
}
