// Entity resolution: one document's Extraction + what the store already knows -> the nodes, edges
// and merges that document contributes (a DocumentWrite), mapped onto src/graph-model.ts.
// People and organizations resolve through EntityResolver; events, topics, sources and URLs by key.
import { basename } from 'node:path';
import type { Extraction, Provenance } from '../src/extraction.js';
import type { GraphProvenance } from '../src/graph-model.js';
import { documentKey, eventKey, sourceKey, topicKey, urlKey } from './keys.js';
import { hasInitials, normalizeOrgName, normalizePersonName, normalizeUrl, urlHost } from './normalize.js';
import type { DocumentWrite, GraphStore } from './store.js';
import { NO_ALIAS_RULES, type AliasRules } from './resolve/alias-file.js';
import { BatchBuilder } from './resolve/batch-builder.js';
import { EntityResolver } from './resolve/entity-resolver.js';

export interface ResolveOptions {
  /** The document's normalised text (provenance spans index into it). */
  text: string;
  contentHash: string;
  /** Overrides extraction.document.source. */
  source?: string;
  /** ISO timestamp; default now. */
  ingestedAt?: string;
  aliases?: AliasRules;
}

const EXTRACTOR = 'graph.resolve';

/**
 * Resolve an extraction against the store. Reads the store (alias lookups), never writes it.
 * @throws StoreError when a lookup fails.
 */
export async function resolveExtraction(store: GraphStore, extraction: Extraction, options: ResolveOptions): Promise<DocumentWrite> {
  const info = extraction.document;
  const docId = info.id;
  const docKey = documentKey(docId);
  const ingestedAt = options.ingestedAt ?? new Date().toISOString();
  const text = options.text;
  const b = new BatchBuilder();
  const r = new EntityResolver(store, options.aliases ?? NO_ALIAS_RULES, docId);
  const own = (list: readonly Provenance[]): GraphProvenance[] => list.map((p) => ({ ...p, documentId: docId }));
  const docProv: GraphProvenance[] = [{ documentId: docId, start: 0, end: Math.min(text.length, Math.max(0, (info.title ?? '').length)), line: 1, extractor: EXTRACTOR }];
  const source = options.source ?? info.source;
  const document = { id: docId, source, mediaType: info.mediaType, title: info.title, date: info.date, contentHash: options.contentHash, ingestedAt };
  b.node(docKey, 'Document', info.title ?? basename(source), { source, mediaType: info.mediaType, title: info.title, date: info.date, contentHash: options.contentHash, ingestedAt }, docProv);
  const mention = (key: string, prov: GraphProvenance[]) => b.edge('MENTIONS', docKey, key, {}, prov.slice(0, 1).length ? prov.slice(0, 1) : docProv);

  // Organizations: parents before their units (a unit's key is scoped by its parent), and long
  // names before bare acronyms, so an acronym finds its long form in this document.
  const orgByName = new Map<string, string>();
  /** Resolve an organization named elsewhere in the extraction (affiliation, convenor, issuer, parent). */
  const orgNamed = async (name: string, prov: GraphProvenance[]): Promise<string> => {
    const known = orgByName.get(normalizeOrgName(name));
    if (known) return known;
    const res = await r.organization(name);
    b.node(res.key, 'Organization', res.label, { name: res.label, acronym: null, aliases: res.alias ? [res.alias] : [] }, prov);
    mention(res.key, prov);
    orgByName.set(normalizeOrgName(name), res.key);
    return res.key;
  };
  const depth = orgDepths(extraction.organizations);
  const orgs = [...extraction.organizations].sort((a, c) => depth.get(a.id)! - depth.get(c.id)! || Number(isAcronymOnly(a)) - Number(isAcronymOnly(c)));
  for (const o of orgs) {
    // A parent the document names only as a string is resolved first, so the unit's key can be scoped.
    const parentKey = o.parent ? orgByName.get(normalizeOrgName(o.parent)) ?? (depth.get(o.id) === 0 ? await orgNamed(o.parent, own(o.provenance)) : null) : null;
    const parent = parentKey ? b.get(parentKey) : undefined;
    const parentNames = parent ? [parent.label, String(parent.props.name ?? ''), String(parent.props.acronym ?? ''), o.parent ?? ''] : [];
    const res = await r.organization(o.name, o.acronym, o.aliases, parentKey, parentNames);
    const aliases = [...o.aliases, ...(res.alias ? [res.alias] : [])].filter((a) => a !== res.label);
    b.node(res.key, 'Organization', res.label, { name: res.label, acronym: o.acronym, aliases }, own(o.provenance));
    mention(res.key, own(o.provenance));
    for (const n of [o.name, o.acronym ?? '', ...o.aliases]) if (n && !orgByName.has(normalizeOrgName(n))) orgByName.set(normalizeOrgName(n), res.key);
    orgByName.set(`#${o.id}`, res.key);
  }
  for (const o of extraction.organizations) {
    if (!o.parent) continue;
    const child = orgByName.get(`#${o.id}`)!;
    const parent = await orgNamed(o.parent, own(o.provenance));
    if (parent !== child) b.edge('PART_OF', child, parent, {}, own(o.provenance));
  }

  // Events: the conference and its sessions.
  const eventById = new Map<string, string>();
  for (const s of extraction.sessions) {
    const key = eventKey(s.title, s.date);
    eventById.set(s.id, key);
    b.node(key, 'Event', s.title, {
      title: s.title, eventKind: s.kind, date: s.date, startTime: s.startTime, endTime: s.endTime, timezone: s.timezone,
      platform: s.platform, registrationUrl: s.registrationUrl,
    }, own(s.provenance));
    mention(key, own(s.provenance));
  }
  for (const s of extraction.sessions) {
    const key = eventById.get(s.id)!;
    const prov = own(s.provenance);
    const parent = s.partOf ? eventById.get(s.partOf) : undefined;
    if (parent && parent !== key) b.edge('PART_OF', key, parent, {}, prov);
    for (const c of s.convenors) b.edge('CONVENED', await orgNamed(c, prov), key, {}, prov);
    for (const t of s.topics) {
      const tk = b.node(topicKey(t), 'Topic', t, { label: t }, spanOf(text, t, docId) ?? prov);
      b.edge('ABOUT', key, tk, {}, prov);
    }
    if (s.registrationUrl) addUrl(b, s.registrationUrl, prov, mention);
  }

  // People: full names first, so an initial-only name can find (or see ambiguity among) them.
  const authors = extraction.citations.flatMap((c) => c.authors);
  r.preparePeople([...extraction.people.map((p) => p.name), ...authors]);
  const people = [...extraction.people].sort((a, c) => Number(hasInitials(normalizePersonName(a.name))) - Number(hasInitials(normalizePersonName(c.name))));
  for (const p of people) {
    const prov = own(p.provenance);
    const orgKeys: string[] = [];
    for (const a of p.affiliations) orgKeys.push(await orgNamed(a.organization, prov));
    const res = await r.person(p.name, orgKeys, p.honorific);
    b.node(res.key, 'Person', res.label, {
      name: res.label, honorifics: p.honorific ? [p.honorific] : [], aliases: res.alias ? [res.alias] : [], roles: p.roles, location: p.location,
    }, prov);
    mention(res.key, prov);
    p.affiliations.forEach((a, i) => b.edge('AFFILIATED_WITH', res.key, orgKeys[i]!, { role: a.role, current: a.current }, prov));
    for (const part of p.participation) {
      const ev = eventById.get(part.session);
      if (ev) b.edge('PARTICIPATED_IN', res.key, ev, { role: part.role, ...(part.tentative ? { tentative: true } : {}) }, prov, part.role);
    }
  }

  // Cited sources, who published and wrote them, and where they are.
  for (const c of extraction.citations) {
    const prov = own(c.provenance);
    const url = c.url ? normalizeUrl(c.url) : null;
    const key = sourceKey({ url, title: c.title, year: c.year, documentId: docId, marker: c.marker });
    const label = c.title ?? url ?? c.note?.slice(0, 120) ?? `note ${c.marker}`;
    b.node(key, 'Source', label, { title: c.title, year: c.year, date: c.date, url, issuer: c.issuer, authors: c.authors }, prov);
    b.edge('CITES', docKey, key, { marker: c.marker, context: c.context }, prov, c.marker);
    const session = c.session ? eventById.get(c.session) : undefined;
    if (session) b.edge('CITES', session, key, { marker: c.marker, context: c.context }, prov, c.marker);
    if (c.issuer) b.edge('PUBLISHED_BY', key, await orgNamed(c.issuer, prov), {}, prov);
    for (const a of c.authors) {
      const res = await r.person(a);
      b.node(res.key, 'Person', res.label, { name: res.label, honorifics: [], aliases: res.alias ? [res.alias] : [], roles: [], location: null }, prov);
      b.edge('AUTHORED_BY', key, res.key, {}, prov);
    }
    if (url) b.edge('AVAILABLE_AT', key, addUrl(b, url, prov, mention), {}, prov);
  }
  for (const u of extraction.urls) addUrl(b, u.url, own(u.provenance), mention);

  for (const t of extraction.topics) {
    const prov = spanOf(text, t.label, docId) ?? docProv;
    const tk = b.node(topicKey(t.label), 'Topic', t.label, { label: t.label }, prov);
    b.edge('ABOUT', docKey, tk, { score: t.score }, prov);
  }

  const { nodes, edges } = b.build();
  return { document, text, nodes, edges, merges: r.merges, extraction };
}

function addUrl(b: BatchBuilder, raw: string, prov: GraphProvenance[], mention: (key: string, prov: GraphProvenance[]) => void): string {
  const url = normalizeUrl(raw);
  const key = b.node(urlKey(url), 'WebResource', url, { url, host: urlHost(url) }, prov);
  mention(key, prov);
  return key;
}

/** Depth of each organization in the document's own parent chain (0 = no parent named). */
function orgDepths(orgs: Extraction['organizations']): Map<string, number> {
  const byName = new Map(orgs.map((o) => [normalizeOrgName(o.name), o]));
  for (const o of orgs) if (o.acronym && !byName.has(normalizeOrgName(o.acronym))) byName.set(normalizeOrgName(o.acronym), o);
  const out = new Map<string, number>();
  for (const o of orgs) {
    let d = 0;
    const seen = new Set([o.id]);
    for (let p = o.parent ? byName.get(normalizeOrgName(o.parent)) : undefined; p && !seen.has(p.id); p = p.parent ? byName.get(normalizeOrgName(p.parent)) : undefined) {
      seen.add(p.id);
      d++;
    }
    out.set(o.id, d);
  }
  return out;
}

function isAcronymOnly(o: { name: string; acronym: string | null }): boolean {
  return !/\s/.test(o.name.trim()) && (o.acronym === null || normalizeOrgName(o.acronym) === normalizeOrgName(o.name));
}

/** Provenance for a label found verbatim (case-insensitive) in the text. */
function spanOf(text: string, label: string, documentId: string): GraphProvenance[] | null {
  const i = text.toLowerCase().indexOf(label.toLowerCase());
  if (i < 0 || !label) return null;
  const line = text.slice(0, i).split('\n').length;
  return [{ documentId, start: i, end: i + label.length, line, extractor: EXTRACTOR }];
}
