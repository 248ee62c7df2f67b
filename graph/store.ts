// The GraphStore interface: the one contract every store (embedded SQLite, Neo4j) implements.
// Async throughout so a network store fits. Writes are per document and atomic; reads are bounded
// and paginated with opaque cursors. Semantics every implementation must honour are in the JSDoc.
import type { EdgeKind, EdgeRecord, NodeKind, NodeRecord } from '../src/graph-model.js';
import type { LinkCheck, LinkStatus, LinkVerdict } from '../src/link-check.js';

/** One stored document (the Document node's identity and metadata). `id` is `documentIdFor(source)`. */
export interface DocumentRecord {
  id: string;
  source: string;
  mediaType: string;
  title: string | null;
  date: string | null;
  contentHash: string;
  /** ISO timestamp of the ingest that wrote this version. */
  ingestedAt: string;
}

/** Why two names became one node. */
export type MergeReason =
  | 'normalized-name' // same after case, punctuation, diacritics and honorifics are ignored
  | 'acronym' // an acronym matched a long form (or the reverse)
  | 'alias' // matched a stored alias of an existing node
  | 'initials' // an initial-only name matched the only compatible full name
  | 'alias-file'; // forced by citegraph.aliases.json

/** A recorded merge: `names` (as written) were resolved to the node `key`. */
export interface MergeRecord {
  kind: NodeKind;
  key: string;
  names: string[];
  reason: MergeReason;
  /** The document whose resolution made the merge; merges are retracted with it. */
  documentId: string;
  detail?: string;
}

/** Everything one document contributes; written by `replaceDocument` in one transaction. */
export interface DocumentWrite {
  document: DocumentRecord;
  /** The document's normalised text; provenance spans index into it. */
  text: string;
  nodes: NodeRecord[];
  edges: EdgeRecord[];
  merges?: MergeRecord[];
  /** The raw extraction, kept so resolution can be re-run (aliases file changed) without re-extracting. */
  extraction?: unknown;
}

export interface ReplaceResult {
  documentId: string;
  /** Nodes/edges that did not exist before this write. */
  nodesAdded: number;
  edgesAdded: number;
  /** Existing nodes/edges (supported by other documents or the old version) this write also supports. */
  nodesUpdated: number;
  edgesUpdated: number;
  /** Nodes/edges deleted because the old version was their only support. */
  nodesRemoved: number;
  edgesRemoved: number;
}

export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; null when this is the last page. */
  nextCursor: string | null;
}

/** A node without its provenance (lists, search hits, traversals). */
export type NodeSummary = Omit<NodeRecord, 'provenance'>;
/** An edge without props or provenance (traversal primitive). */
export interface EdgeRef {
  key: string;
  kind: EdgeKind;
  from: string;
  to: string;
}

export interface SearchHit {
  node: NodeSummary;
  /** The alias or name form that matched (normalised). */
  matched: string;
  /** 3 exact name/alias/acronym, 2 prefix of a name/alias, 1 prefix of a word in it. */
  score: number;
}

export interface FindNodesQuery {
  /** Free text; normalised like names (case, punctuation, diacritics, honorifics ignored). */
  q: string;
  kind?: NodeKind;
  limit: number;
  cursor?: string;
}

export interface ListNodesQuery {
  kind: NodeKind;
  limit: number;
  cursor?: string;
}

export type Direction = 'out' | 'in' | 'both';

export interface EdgeQuery {
  key: string;
  direction: Direction;
  edgeKinds?: readonly EdgeKind[];
  limit: number;
  cursor?: string;
}

export interface AdjacentQuery {
  direction: Direction;
  edgeKinds?: readonly EdgeKind[];
  /** Cap on the total edges returned (the caller's frontier budget). */
  limit: number;
}

/** A URL in the store with what cites it (input for the link checker). */
export interface WebResourceRow {
  key: string;
  url: string;
  host: string;
  /** Sources available at this URL (title = the citation title, for content-drift checks). */
  sources: Array<{ key: string; title: string | null }>;
  /** Documents supporting this URL (citing it or mentioning it), with their dates (for archive lookups). */
  documents: Array<{ id: string; title: string | null; date: string | null }>;
}

/** The newest check of a URL plus the history summary needed for trends and the rot report. */
export interface LatestLinkCheck {
  check: LinkCheck;
  host: string;
  checkCount: number;
  /** checkedAt of the newest check whose verdict was alive or moved; null if never. */
  lastAliveAt: string | null;
  /**
   * Dead/soft-dead checks since the last alive/moved one (checks in checkedAt order; inconclusive
   * and skipped checks neither count nor reset). 0 when no dead check followed the last alive one.
   */
  failureStreak: number;
  /** checkedAt of the first check of that run. */
  failingSince: string | null;
}

export interface LinkCheckFilter {
  status?: LinkStatus;
  verdict?: LinkVerdict;
  /** Exact host match (lower case). */
  host?: string;
  limit: number;
  cursor?: string;
}

export interface StoreStats {
  nodes: Record<NodeKind, number>;
  edges: Record<EdgeKind, number>;
  totalNodes: number;
  totalEdges: number;
  documents: number;
  merges: number;
  linkChecks: number;
}

/**
 * A durable property graph with provenance.
 *
 * Provenance model: each node and edge is supported by one or more documents. A document's
 * contribution (label, props, provenance) is stored per document; the visible record merges all
 * contributions (`mergeContributions` in graph/merge-props.ts: provenance concatenated, array props
 * unioned, scalar props taken from the newest contribution that has a non-null value).
 */
export interface GraphStore {
  /** Implementation name, e.g. "sqlite" or "neo4j". */
  readonly name: string;

  /**
   * Atomically replace a document's contributions: retract every contribution of `document.id`,
   * upsert the new nodes/edges (merging with other documents' contributions), delete nodes and
   * edges left with no contribution (edges first, and every edge touching a deleted node), store
   * the document record, text, merges and extraction. Either all of it is committed or none.
   * Every edge's endpoints must be nodes of the same batch (a document supports the nodes its
   * edges connect), so retracting one document never leaves another's edge dangling.
   * @throws StoreError (CG_STORE) on failure, InvalidInputError (CG_INVALID_INPUT) for an edge
   * whose endpoint is not in the batch, or a node/edge kind outside the model.
   */
  replaceDocument(write: DocumentWrite): Promise<ReplaceResult>;
  /** Retract a document entirely (same cleanup as replaceDocument). Returns false if unknown. */
  removeDocument(id: string): Promise<boolean>;

  getDocument(id: string): Promise<DocumentRecord | null>;
  /** By source as given or normalised (`normalizeSource`). */
  getDocumentBySource(source: string): Promise<DocumentRecord | null>;
  /** Ordered by id. */
  listDocuments(query: { limit: number; cursor?: string }): Promise<Page<DocumentRecord>>;
  getDocumentText(id: string): Promise<string | null>;
  getDocumentExtraction(id: string): Promise<unknown | null>;

  /** Full node with merged props and every provenance entry; null if absent. */
  getNode(key: string): Promise<NodeRecord | null>;
  /** Summaries of the keys that exist, in the order given (missing keys skipped). */
  getNodes(keys: readonly string[]): Promise<NodeSummary[]>;
  /** Search by name, alias or acronym (see SearchHit.score); ordered by score desc, label, key. */
  findNodes(query: FindNodesQuery): Promise<Page<SearchHit>>;
  /** Nodes of one kind ordered by normalised label then key. */
  listNodes(query: ListNodesQuery): Promise<Page<NodeSummary>>;
  /**
   * Nodes whose normalised alias (name, alias, acronym, initials form; see nodeAliases) equals
   * `normalizedAlias`. Aliases are indexed per contributing document (the aliases of each
   * contribution's label and props); `excludeDocument` ignores that document's own contributions,
   * so re-resolving a document is not steered by its previous version. Ordered by key.
   */
  lookupAlias(kind: NodeKind, normalizedAlias: string, options?: { excludeDocument?: string }): Promise<NodeSummary[]>;

  getEdge(key: string): Promise<EdgeRecord | null>;
  /** Full edges (with props and provenance) at one node, ordered by edge key. */
  getEdges(query: EdgeQuery): Promise<Page<EdgeRecord>>;
  /**
   * Edge refs touching any of `keys` (one round trip per BFS level). Ordered by edge key. When more
   * than `limit` edges touch the keys, `limit` of them are returned — which ones is up to the store,
   * so callers treat a full answer as truncated — and the store reads about `limit` edges, not all.
   */
  adjacent(keys: readonly string[], query: AdjacentQuery): Promise<EdgeRef[]>;
  /**
   * Edge refs whose both endpoints are among `keys` (the edges to draw between nodes already
   * chosen), ordered by edge key, at most `limit`. Reads the edges between the nodes, not every
   * edge at them.
   */
  edgesAmong(keys: readonly string[], query: { edgeKinds?: readonly EdgeKind[]; limit: number }): Promise<EdgeRef[]>;
  /** Node degree (edge count) for each key, optionally restricted to edge kinds. */
  degrees(keys: readonly string[], query: { direction: Direction; edgeKinds?: readonly EdgeKind[] }): Promise<Map<string, number>>;

  /** Every WebResource with what cites it, ordered by URL. */
  listWebResources(query: { limit: number; cursor?: string }): Promise<Page<WebResourceRow>>;
  /** Append one check to the URL's history (own transaction; never rewrites other data). */
  recordLinkCheck(check: LinkCheck): Promise<void>;
  /** Append several checks in one transaction. */
  recordLinkChecks(checks: readonly LinkCheck[]): Promise<void>;
  /** History of one URL, newest first. */
  getLinkHistory(url: string, query?: { limit?: number }): Promise<LinkCheck[]>;
  /** Newest check per URL with history summary, ordered by URL. */
  getLatestLinkChecks(filter: LinkCheckFilter): Promise<Page<LatestLinkCheck>>;

  /** Recorded merges, newest document first; `key` restricts to one node. */
  listMerges(query: { key?: string; limit: number; cursor?: string }): Promise<Page<MergeRecord>>;

  stats(): Promise<StoreStats>;
  /** Release files/connections. Idempotent. */
  close(): Promise<void>;
}
