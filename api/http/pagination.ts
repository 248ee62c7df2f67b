// Opaque cursors for paginated lists: base64url of a small JSON object. Clients never build them;
// a cursor that does not decode is a 400, not a silent restart from the first page.
import { InvalidInputError } from '../../src/errors.js';

export interface Cursor {
  /** Offset into the ordered result. */
  o: number;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c), 'utf8').toString('base64url');
}

/** @throws InvalidInputError when the cursor is not one we issued. */
export function decodeCursor(cursor: string | undefined): Cursor {
  if (!cursor) return { o: 0 };
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('alphabet');
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    const o = (v as { o?: unknown })?.o;
    if (typeof o !== 'number' || !Number.isInteger(o) || o < 0) throw new Error('shape');
    return { o };
  } catch {
    throw new InvalidInputError('api.cursor: cursor is malformed', {
      details: [{ path: ['cursor'], code: 'invalid_cursor', message: 'cursor is malformed' }],
    });
  }
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Cut one page out of a list fetched with one extra item (limit + 1), so "is there more" needs no count.
 */
export function toPage<T>(fetched: T[], offset: number, limit: number): Page<T> {
  const more = fetched.length > limit;
  return { items: more ? fetched.slice(0, limit) : fetched, nextCursor: more ? encodeCursor({ o: offset + limit }) : null };
}
