// How several documents' contributions to one node or edge become the visible record.
// Order-independent where it can be (label, arrays, provenance) so every store gives the same answer.
import type { EdgeRecord, GraphProvenance, NodeRecord } from '../src/graph-model.js';

/** One document's contribution to a node or edge. */
export interface Contribution {
  documentId: string;
  /** The contributing document's ingestedAt; orders scalar conflicts (newest non-null wins). */
  ingestedAt: string;
  label?: string;
  props: Record<string, unknown>;
  provenance: GraphProvenance[];
}

export interface Merged {
  label: string;
  props: Record<string, unknown>;
  provenance: GraphProvenance[];
}

/**
 * Merge contributions: label = the longest (then lexicographically first) label, so a long form
 * beats an acronym and a full name beats initials; array props are unioned (first appearance
 * order, oldest first); scalar props come from the newest contribution with a non-null value;
 * provenance is every entry, sorted by document and offset.
 */
export function mergeContributions(contributions: readonly Contribution[]): Merged {
  const sorted = [...contributions].sort((a, b) =>
    a.ingestedAt < b.ingestedAt ? -1 : a.ingestedAt > b.ingestedAt ? 1 : a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0);
  let label = '';
  const props: Record<string, unknown> = {};
  const seen = new Map<string, Set<string>>();
  for (const c of sorted) {
    if (c.label !== undefined && (c.label.length > label.length || (c.label.length === label.length && c.label < label))) label = c.label;
    for (const [k, v] of Object.entries(c.props)) {
      if (Array.isArray(v)) {
        const arr = Array.isArray(props[k]) ? (props[k] as unknown[]) : [];
        const set = seen.get(k) ?? new Set(arr.map((x) => JSON.stringify(x)));
        for (const item of v) {
          const id = JSON.stringify(item);
          if (!set.has(id)) { set.add(id); arr.push(item); }
        }
        seen.set(k, set);
        props[k] = arr;
      } else if (v !== null && v !== undefined) {
        props[k] = v;
      } else if (!(k in props)) {
        props[k] = null;
      }
    }
  }
  const provenance = sorted.flatMap((c) => c.provenance).sort((a, b) =>
    a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.start - b.start || a.end - b.end);
  return { label, props, provenance };
}

/** A batch naming a key twice keeps one record per key, contributions merged (both stores use this). */
export function dedupeByKey<T extends NodeRecord | EdgeRecord>(items: readonly T[]): T[] {
  const byKey = new Map<string, T>();
  for (const it of items) {
    const prev = byKey.get(it.key);
    if (!prev) { byKey.set(it.key, it); continue; }
    const merged = mergeContributions([
      { documentId: '', ingestedAt: '0', label: 'label' in prev ? prev.label : undefined, props: prev.props, provenance: prev.provenance },
      { documentId: '', ingestedAt: '1', label: 'label' in it ? it.label : undefined, props: it.props, provenance: it.provenance },
    ]);
    byKey.set(it.key, { ...prev, ...('label' in prev ? { label: merged.label } : {}), props: merged.props, provenance: merged.provenance });
  }
  return [...byKey.values()];
}
