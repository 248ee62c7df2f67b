// `citegraph query <search|neighbors|path|cited-by|co-cited> ... [--format json]`: the query layer
// from the shell. Entities are given by key (`person:guy-vinet`) or by name (best search hit).
import type { Command } from 'commander';
import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind } from '../graph-model.js';
import { InvalidInputError, NotFoundError } from '../errors.js';
import type { GraphStore, NodeSummary } from '../../graph/store.js';
import * as Q from '../../graph/queries/index.js';
import { checkFormat, openStoreFromFlags, type StoreFlags } from './stats.js';
import { EXIT_OK, runAction } from './run-action.js';

interface QueryFlags extends StoreFlags {
  kind?: string;
  limit?: string;
  depth?: string;
  direction?: string;
  edgeKinds?: string;
  excludeEdgeKinds?: string;
  maxHops?: string;
}

type Out = (s: string) => void;

function int(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new InvalidInputError(`query: --${name} must be a whole number, got "${v}"`);
  return Number(v);
}

function kindOf(v: string | undefined): NodeKind | undefined {
  if (v === undefined) return undefined;
  const k = NODE_KINDS.find((x) => x.toLowerCase() === v.toLowerCase());
  if (!k) throw new InvalidInputError(`query: --kind must be one of ${NODE_KINDS.join(', ')}, got "${v}"`);
  return k;
}

function edgeKindsOf(v: string | undefined, flag = 'edge-kinds'): EdgeKind[] | undefined {
  if (!v) return undefined;
  return v.split(',').map((s) => {
    const k = EDGE_KINDS.find((x) => x.toLowerCase() === s.trim().toLowerCase());
    if (!k) throw new InvalidInputError(`query: --${flag}: unknown kind "${s}" (${EDGE_KINDS.join(', ')})`);
    return k;
  });
}

/** `--exclude-edge-kinds`: absent leaves the query's default; `none` (or empty) excludes nothing. */
function excludedOf(v: string | undefined): EdgeKind[] | undefined {
  if (v === undefined) return undefined;
  if (v.trim() === '' || v.trim().toLowerCase() === 'none') return [];
  return edgeKindsOf(v, 'exclude-edge-kinds');
}

/** A key as given when it exists, else the best search hit for the text (of `kind` when given). */
export async function resolveEntity(store: GraphStore, ref: string, kind?: NodeKind): Promise<NodeSummary> {
  if (ref.includes(':')) {
    const [node] = await store.getNodes([ref]);
    if (node) return node;
  }
  const hit = (await store.findNodes({ q: ref, kind, limit: 1 })).items[0];
  if (!hit) throw new NotFoundError(`query: no ${kind ?? 'entity'} matches "${ref}"`);
  return hit.node;
}

const row = (...cells: Array<string | number | null | undefined>) => cells.map((c) => (c === null || c === undefined ? '-' : String(c))).join('  |  ') + '\n';

export async function runQuery(sub: string, args: string[], flags: QueryFlags, out: Out = (s) => process.stdout.write(s)): Promise<number> {
  const format = checkFormat('query', flags.format);
  const emit = (json: unknown, table: () => string) => out(format === 'json' ? JSON.stringify(json, null, 2) + '\n' : table());
  const need = (n: number, usage: string) => { if (args.length < n) throw new InvalidInputError(`query ${sub}: usage: citegraph query ${usage}`); };
  const store = await openStoreFromFlags(flags);
  try {
    switch (sub) {
      case 'search': {
        need(1, 'search <text> [--kind K] [--limit N]');
        const page = await Q.search(store, { q: args.join(' '), kind: kindOf(flags.kind), limit: int('limit', flags.limit) });
        emit(page, () => page.items.map((h) => row(h.node.kind, h.node.key, h.node.label, `score ${h.score}`)).join('') || 'no match\n');
        break;
      }
      case 'neighbors': {
        need(1, 'neighbors <entity> [--depth 1..3] [--direction out|in|both] [--edge-kinds K,..] [--exclude-edge-kinds K,..] [--limit N]');
        const depth = Q.checkDepth(int('depth', flags.depth));
        const direction = flags.direction ?? 'both';
        if (direction !== 'out' && direction !== 'in' && direction !== 'both') throw new InvalidInputError(`query: --direction must be out, in or both, got "${direction}"`);
        const center = await resolveEntity(store, args.join(' '), kindOf(flags.kind));
        const hood = await Q.neighbourhood(store, {
          key: center.key, depth, direction, edgeKinds: edgeKindsOf(flags.edgeKinds), excludeEdgeKinds: excludedOf(flags.excludeEdgeKinds), limit: int('limit', flags.limit),
        });
        emit(hood, () => hood.nodes.map((n) => row(n.depth, n.kind, n.key, n.label)).join('') +
          `${hood.nodes.length} nodes, ${hood.edges.length} edges${hood.truncated ? ' (truncated)' : ''}\n`);
        break;
      }
      case 'path': {
        need(2, 'path <from> <to> [--max-hops N] [--edge-kinds K,..] [--exclude-edge-kinds K,..|none]');
        const maxHops = Q.checkHops(int('max-hops', flags.maxHops));
        const [from, to] = await Promise.all([resolveEntity(store, args[0]!), resolveEntity(store, args[1]!)]);
        const path = await Q.shortestPath(store, { from: from.key, to: to.key, maxHops, edgeKinds: edgeKindsOf(flags.edgeKinds), excludeEdgeKinds: excludedOf(flags.excludeEdgeKinds) });
        const skipped = path.excludedEdgeKinds.length ? ` (not following ${path.excludedEdgeKinds.join(', ')})` : '';
        emit(path, () => (path.hops === null ? `no path from ${from.key} to ${to.key} within the hop limit${skipped}\n`
          : path.nodes.map((n, i) => row(i, n.kind, n.key, n.label) + (path.edges[i] ? `    ${path.edges[i]!.kind} (${path.edges[i]!.from === n.key ? '->' : '<-'})\n` : '')).join('') + `${path.hops} hop(s)${skipped}\n`));
        break;
      }
      case 'cited-by': {
        need(1, 'cited-by <source> [--limit N]');
        const source = await resolveEntity(store, args.join(' '), 'Source');
        const page = await Q.citedBy(store, source.key, { limit: int('limit', flags.limit) });
        emit({ source, ...page }, () => `${source.label}\n` + (page.items.map((r) => row(r.citer.kind, r.citer.label, `[${r.marker}]`, r.document?.source, r.context)).join('') || 'not cited\n'));
        break;
      }
      case 'co-cited': {
        need(1, 'co-cited <source> [--limit N]');
        const source = await resolveEntity(store, args.join(' '), 'Source');
        const rows = await Q.coCited(store, source.key, { limit: int('limit', flags.limit) });
        emit({ source, items: rows }, () => `${source.label}\n` + (rows.map((r) => row(r.count, r.source.key, r.source.label)).join('') || 'no co-cited sources\n'));
        break;
      }
      default:
        throw new InvalidInputError(`query: unknown query "${sub}" (search, neighbors, path, cited-by, co-cited)`);
    }
    return EXIT_OK;
  } finally {
    await store.close();
  }
}

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('query the graph: search, neighbors, path, cited-by, co-cited')
    .argument('<query>', 'search | neighbors | path | cited-by | co-cited')
    .argument('[args...]', 'text, entity keys or names')
    .option('--store <dir>', 'embedded store directory (default ./citegraph-data)')
    .option('--neo4j <uri>', 'use a Neo4j server instead')
    .option('--kind <kind>', `node kind (${NODE_KINDS.join(', ')})`)
    .option('--limit <n>', 'most results')
    .option('--depth <n>', 'neighbors: depth 1..3', '1')
    .option('--direction <dir>', 'neighbors: out, in or both', 'both')
    .option('--edge-kinds <kinds>', `comma-separated edge kinds to follow (${EDGE_KINDS.join(', ')})`)
    .option('--exclude-edge-kinds <kinds>', 'comma-separated edge kinds never followed; path skips MENTIONS unless told (none: follow all)')
    .option('--max-hops <n>', 'path: most hops (1..6)', '4')
    .option('-f, --format <format>', 'table or json', 'table')
    .action(runAction(async (sub: string, args: string[], flags: QueryFlags) => runQuery(sub, args, flags)));
}
