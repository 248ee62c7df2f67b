// Store-wide counts are full scans on a large store (~200 ms at 1M edges), and the home page, /stats
// and the link-rot dashboard want them on every request. They are cached for a few seconds per
// store and dropped at once when a write goes through this API (a CLI writing to the same store
// meanwhile is seen within the TTL).
import { counts } from '../../graph/queries/documents.js';
import { linkCounts, type LinkCounts } from '../../graph/queries/link-counts.js';
import type { GraphStore, StoreStats } from '../../graph/store.js';

export const COUNTS_TTL_MS = 5_000;

interface Entry<T> { at: number; value: Promise<T> }
const caches = new WeakMap<GraphStore, { stats?: Entry<StoreStats>; links?: Entry<LinkCounts> }>();

function slot(store: GraphStore) {
  let c = caches.get(store);
  if (!c) caches.set(store, (c = {}));
  return c;
}

function cached<T>(entry: Entry<T> | undefined, load: () => Promise<T>, save: (e: Entry<T> | undefined) => void): Promise<T> {
  if (entry && Date.now() - entry.at < COUNTS_TTL_MS) return entry.value;
  const value = load();
  save({ at: Date.now(), value });
  // A failed load is not cached.
  value.catch(() => save(undefined));
  return value;
}

export function cachedStats(store: GraphStore): Promise<StoreStats> {
  const c = slot(store);
  return cached(c.stats, () => counts(store), (e) => (c.stats = e));
}

export function cachedLinkCounts(store: GraphStore): Promise<LinkCounts> {
  const c = slot(store);
  return cached(c.links, async () => linkCounts(store, (await cachedStats(store)).nodes.WebResource ?? 0), (e) => (c.links = e));
}

/** Forget cached counts (after a write through the API). */
export function invalidateCounts(store: GraphStore): void {
  caches.delete(store);
}
