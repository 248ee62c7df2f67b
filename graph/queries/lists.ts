// Lists of one kind of entity (people, organizations, ...), ordered by name, paginated by the store.
// Added for the API's list routes.
import type { NodeKind } from '../../src/graph-model.js';
import type { GraphStore, NodeSummary, Page } from '../store.js';
import { pageLimit } from './common.js';

export interface ListEntitiesQuery {
  limit?: number;
  cursor?: string;
}

/** @throws InvalidInputError for a bad limit or cursor. */
export async function listEntities(store: GraphStore, kind: NodeKind, query: ListEntitiesQuery = {}): Promise<Page<NodeSummary>> {
  return store.listNodes({ kind, limit: pageLimit(query.limit), cursor: query.cursor });
}
