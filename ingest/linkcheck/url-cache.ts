// Parsed URLs shared by the read-only page signals: one check asks several of them about the same
// final URL (host, path, login page, root page, sibling directory), and each `new URL` costs.

const cache = new Map<string, URL | null>();
const MAX_ENTRIES = 1024;

/**
 * `new URL(s)` or null when it does not parse, from a small cache. The object is shared: read it,
 * never change it (copy with `new URL(u.href)` first).
 */
export function readUrl(s: string): Readonly<URL> | null {
  let u = cache.get(s);
  if (u === undefined) {
    try {
      u = new URL(s);
    } catch {
      u = null;
    }
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(s, u);
  }
  return u;
}
