// The organizations to show beside a person's name in lists (people, search results): current
// affiliations first, a few at most, so two people of the same name can be told apart.
import type { GraphStore, NodeSummary } from '../../graph/store.js';
import { summaries } from '../../graph/queries/common.js';

/** Organizations read per person; a list shows the first AFFILIATIONS_SHOWN of them. */
const AFFILIATIONS_READ = 10;
export const AFFILIATIONS_SHOWN = 2;

export interface ListedAffiliations {
  organizations: NodeSummary[];
  /** Affiliations beyond those listed. */
  more: number;
}

/** For each Person key: its first organizations (current first) and how many more there are. */
export async function affiliationsForList(store: GraphStore, keys: readonly string[]): Promise<Map<string, ListedAffiliations>> {
  const people = [...new Set(keys.filter((k) => k.startsWith('person:')))];
  const edges = await Promise.all(people.map((key) => store.getEdges({ key, direction: 'out', edgeKinds: ['AFFILIATED_WITH'], limit: AFFILIATIONS_READ })));
  const chosen = new Map<string, { orgs: string[]; total: number }>();
  people.forEach((key, i) => {
    const page = edges[i]!;
    const ordered = [...page.items].sort((a, b) => Number(b.props.current !== false) - Number(a.props.current !== false));
    const orgs = [...new Set(ordered.map((e) => e.to))];
    chosen.set(key, { orgs: orgs.slice(0, AFFILIATIONS_SHOWN), total: orgs.length + (page.nextCursor ? 1 : 0) });
  });
  const nodes = await summaries(store, [...chosen.values()].flatMap((c) => c.orgs));
  const out = new Map<string, ListedAffiliations>();
  for (const [key, c] of chosen) {
    const organizations = c.orgs.map((k) => nodes.get(k)).filter((n): n is NodeSummary => n !== undefined);
    if (organizations.length) out.set(key, { organizations, more: Math.max(0, c.total - organizations.length) });
  }
  return out;
}
