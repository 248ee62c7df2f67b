// search: find entities by name, alias or acronym (case, punctuation and honorifics ignored).
import type { NodeKind } from '../../src/graph-model.js';
import { InvalidInputError } from '../../src/errors.js';
import type { GraphStore, Page, SearchHit } from '../store.js';
import { pageLimit } from './common.js';

export interface SearchQuery {
  q: string;
  kind?: NodeKind;
  limit?: number;
  cursor?: string;
}

/** @throws InvalidInputError for an empty query or a bad cursor. */
export async function search(store: GraphStore, query: SearchQuery): Promise<Page<SearchHit>> {
  const q = query.q.trim();
  if (!q) throw new InvalidInputError('graph.search: the query is empty');
  if (q.length > 200) throw new InvalidInputError('graph.search: the query is longer than 200 characters');
  return store.findNodes({ q, kind: query.kind, limit: pageLimit(query.limit), cursor: query.cursor });
}
