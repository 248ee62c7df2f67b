// Deterministic node and edge keys, built here and nowhere else.
// Same name (after normalisation) -> same key, in every store and every run.
import type { EdgeKind } from '../src/graph-model.js';
import { foldText, normalizeOrgName, normalizePersonName, normalizeUrl, shortHash, slugOf } from './normalize.js';

/** `person:<slug of the normalised name>` ("Mr. Guy Vinet" -> `person:guy-vinet`). */
export function personKey(name: string): string {
  return `person:${slugOf(normalizePersonName(name))}`;
}

/**
 * `org:<slug of the canonical (long) name>`; a sub-unit is scoped by its parent's key
 * (`org:<parent>.<unit>`), so two "Law Department"s of different universities stay apart.
 */
export function orgKey(canonicalName: string, parentKey?: string | null): string {
  const own = slugOf(normalizeOrgName(canonicalName));
  if (!parentKey) return `org:${own}`;
  const scoped = `${parentKey.replace(/^org:/, '')}.${own}`;
  return `org:${scoped.length <= 120 ? scoped : `${scoped.slice(0, 111)}-${shortHash(scoped)}`}`;
}

/** `event:<date|undated>:<slug of the title>`; a conference and its sessions differ by title. */
export function eventKey(title: string, date: string | null): string {
  return `event:${date ?? 'undated'}:${slugOf(normalizeOrgName(title), 70)}`;
}

/**
 * `source:<...>` for a cited work: from the normalised URL when there is one (same URL = same work),
 * else from title and year, else from the citing document and marker (an unidentifiable note).
 */
export function sourceKey(input: { url?: string | null; title?: string | null; year?: number | null; documentId: string; marker: string }): string {
  if (input.url) {
    const url = normalizeUrl(input.url);
    return `source:u-${slugOf(foldText(url.replace(/^[a-z]+:\/\//i, '')), 50)}-${shortHash(url)}`;
  }
  if (input.title && foldText(input.title)) {
    return `source:t-${slugOf(normalizeOrgName(input.title), 70)}${input.year ? `-${input.year}` : ''}`;
  }
  return `source:n-${input.documentId.replace(/^doc:/, '')}-${slugOf(foldText(input.marker) || 'note', 20)}`;
}

/** `url:<normalised URL>`. */
export function urlKey(url: string): string {
  return `url:${normalizeUrl(url)}`;
}

/** `topic:<slug>`. */
export function topicKey(label: string): string {
  return `topic:${slugOf(normalizeOrgName(label))}`;
}

/** Document node key = the document id (`doc:<16 hex>`, see src/document-id.ts). */
export function documentKey(documentId: string): string {
  return documentId.startsWith('doc:') ? documentId : `doc:${documentId}`;
}

/** `<KIND>:<from>-><to>[:discriminator]` (e.g. the note marker for CITES). */
export function edgeKey(kind: EdgeKind, from: string, to: string, discriminator?: string): string {
  return `${kind}:${from}->${to}${discriminator ? `:${discriminator}` : ''}`;
}

/** The node kind a key names, from its prefix; null for an unknown prefix. */
export function kindOfKey(key: string): 'Person' | 'Organization' | 'Event' | 'Source' | 'WebResource' | 'Topic' | 'Document' | null {
  const prefix = key.slice(0, key.indexOf(':'));
  const map = { person: 'Person', org: 'Organization', event: 'Event', source: 'Source', url: 'WebResource', topic: 'Topic', doc: 'Document' } as const;
  return (map as Record<string, (typeof map)[keyof typeof map]>)[prefix] ?? null;
}
