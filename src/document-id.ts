// Document identity: a stable id per source (file path or URL), independent of content,
// so a changed version of the same source replaces the old one's contributions.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

/** Normalise a source: URLs keep their href form (lower-case host, no fragment); paths become absolute. */
export function normalizeSource(source: string): string {
  if (/^https?:\/\//i.test(source)) {
    try {
      const u = new URL(source);
      u.hash = '';
      return u.href;
    } catch {
      return source;
    }
  }
  return resolve(source);
}

/** `doc:<16 hex>` from the normalised source. */
export function documentIdFor(source: string): string {
  return 'doc:' + createHash('sha256').update(normalizeSource(source)).digest('hex').slice(0, 16);
}
