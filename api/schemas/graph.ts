// Query and response schemas of the traversal resources: paths between two entities, a subgraph
// for drawing, and store counts.
import { z } from 'zod';
import { DEFAULT_PATH_EXCLUDED_EDGE_KINDS, MAX_GRAPH_DEPTH, MAX_PATH_HOPS } from '../../src/defaults.js';
import { EDGE_KINDS, EdgeKindSchema, NodeKindSchema, NODE_KINDS } from '../../src/graph-model.js';
import { NodeKeySchema, NodeSummarySchema } from './common.js';

export const MAX_GRAPH_NODES = 500;

export const EdgeRefSchema = z.object({ key: z.string(), kind: EdgeKindSchema, from: z.string(), to: z.string() });

const EdgeKindListSchema = z.string().max(500)
  .transform((s) => s.split(',').map((x) => x.trim().toUpperCase()).filter(Boolean))
  .pipe(z.array(EdgeKindSchema));
const edgeKindsDoc = `Comma-separated edge kinds to follow, default all (${EDGE_KINDS.join(', ')})`;

export const PathsQuerySchema = z.object({
  from: NodeKeySchema.describe('Node key of one end'),
  to: NodeKeySchema.describe('Node key of the other end'),
  maxHops: z.coerce.number().int().min(1).max(MAX_PATH_HOPS).default(4).describe(`At most ${MAX_PATH_HOPS}`),
  edgeKinds: EdgeKindListSchema.optional().describe(edgeKindsDoc),
  excludeEdgeKinds: EdgeKindListSchema.optional().describe(
    `Comma-separated edge kinds never followed. Absent (and no edgeKinds): ${DEFAULT_PATH_EXCLUDED_EDGE_KINDS.join(', ')}, ` +
    'unless an end is a Document, so two entities one document names are not "connected" through it; empty: follow every kind'),
});
export const PathsResponseSchema = z.object({
  from: NodeSummarySchema,
  to: NodeSummarySchema,
  maxHops: z.number().int(),
  /** Edge kinds the search did not follow. */
  excludedEdgeKinds: z.array(EdgeKindSchema),
  /** True when an edge budget cut the search short (the path found may not be the shortest). */
  truncated: z.boolean(),
  /** Shortest path (nodes in order, and the edges between them); null when none within maxHops. */
  path: z.object({ nodes: z.array(NodeSummarySchema), edges: z.array(EdgeRefSchema) }).nullable(),
});

export const GraphQuerySchema = z.object({
  focus: NodeKeySchema.describe('Node key at the centre'),
  depth: z.coerce.number().int().min(1).max(MAX_GRAPH_DEPTH).default(1).describe(`Hops from the focus, at most ${MAX_GRAPH_DEPTH}`),
  limit: z.coerce.number().int().min(1).max(MAX_GRAPH_NODES).default(200).describe(`Most nodes drawn, at most ${MAX_GRAPH_NODES}`),
  edgeKinds: EdgeKindListSchema.optional().describe(edgeKindsDoc),
  excludeEdgeKinds: EdgeKindListSchema.optional().describe('Comma-separated edge kinds never followed (e.g. MENTIONS), default none'),
});
export const GraphNodeSchema = z.object({
  key: z.string(), kind: NodeKindSchema, label: z.string(),
  /** Hops from the focus. */
  depth: z.number().int(),
  x: z.number(), y: z.number(), size: z.number(), color: z.string(),
});
export const GraphResponseSchema = z.object({
  focus: z.string(),
  depth: z.number().int(),
  nodes: z.array(GraphNodeSchema),
  edges: z.array(EdgeRefSchema),
  /** True when the node limit cut the neighbourhood. */
  truncated: z.boolean(),
  legend: z.array(z.object({ kind: z.enum(NODE_KINDS), color: z.string() })),
});

export const StatsResponseSchema = z.object({
  nodes: z.record(z.string(), z.number().int()),
  edges: z.record(z.string(), z.number().int()),
  totalNodes: z.number().int(),
  totalEdges: z.number().int(),
  documents: z.number().int(),
  merges: z.number().int(),
  linkChecks: z.number().int(),
});
