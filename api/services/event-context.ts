// The conference to show beside a session's title in lists (events, search results): "Opening
// Session" means little until one knows which conference it opened.
import type { GraphStore, NodeSummary } from '../../graph/store.js';
import { summaries } from '../../graph/queries/common.js';

/** For each Event key that is part of another event: that event. */
export async function conferencesForList(store: GraphStore, keys: readonly string[]): Promise<Map<string, NodeSummary>> {
  const events = [...new Set(keys.filter((k) => k.startsWith('event:')))];
  if (!events.length) return new Map();
  // A session is part of one conference; a few edges per event are plenty.
  const edges = await store.adjacent(events, { direction: 'out', edgeKinds: ['PART_OF'], limit: events.length * 4 });
  const parentOf = new Map<string, string>();
  for (const e of edges) if (e.to.startsWith('event:') && !parentOf.has(e.from)) parentOf.set(e.from, e.to);
  const nodes = await summaries(store, parentOf.values());
  const out = new Map<string, NodeSummary>();
  for (const [k, p] of parentOf) { const n = nodes.get(p); if (n) out.set(k, n); }
  return out;
}
