// The Neo4j GraphStore (neo4j-driver 6): same answers as the embedded store for every method.
// Writes run as transaction functions in `session.executeWrite` (retried by the driver, so they are
// idempotent), reads in `executeRead`; every statement is a linted constant from graph/neo4j/cypher.ts.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { randomUUID } from 'node:crypto';
import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type EdgeRecord, type NodeKind, type NodeRecord } from '../src/graph-model.js';
import { ConfigError, InvalidInputError, StoreError } from '../src/errors.js';
import type { ResolvedConfig } from '../src/config.js';
import { normalizeSource } from '../src/document-id.js';
import type { LinkCheck } from '../src/link-check.js';
import type {
  AdjacentQuery, Direction, DocumentRecord, DocumentWrite, EdgeQuery, EdgeRef, FindNodesQuery, GraphStore, LatestLinkCheck,
  LinkCheckFilter, ListNodesQuery, MergeRecord, NodeSummary, Page, ReplaceResult, SearchHit, StoreStats, WebResourceRow,
} from './store.js';
import { clampLimit, MAX_STORE_LIMIT } from './sqlite-store.js';
import { decodeCursor, encodeCursor, isNumber, isString, isStringPair } from './sqlite/cursor.js';
import * as Q from './neo4j/cypher.js';
import { run, runBatched } from './neo4j/run.js';
import { Neo4jSessions } from './neo4j/session.js';
import { groupBy, page, provenanceOf, toDoc, toEdge, toSummary } from './neo4j/records.js';
import { kindsParam, pageLimit } from './neo4j/rows.js';
import { cypherInt, parseJson } from './neo4j/values.js';
import { removeDocumentTx, replaceDocumentTx, validateWrite } from './neo4j/write-document.js';
import { findNodesTx } from './neo4j/search.js';
import { latestLinkChecksTx, linkHistoryTx, recordLinkChecksTx, validateChecks } from './neo4j/link-checks.js';

export interface Neo4jStoreOptions {
  uri: string;
  username: string;
  password: string;
  /** Database name (NEO4J_DATABASE); the server's default database when omitted or null. */
  database?: string | null;
}

const EDGE_STATEMENTS = { out: Q.EDGES_AT_OUT, in: Q.EDGES_AT_IN, both: Q.EDGES_AT_BOTH } as const;
const ADJACENT_STATEMENTS = { out: Q.ADJACENT_OUT, in: Q.ADJACENT_IN, both: Q.ADJACENT_BOTH } as const;

/**
 * Connect to Neo4j and check the server answers. Constraints and indexes are created on first use.
 * @throws StoreError (CG_STORE) when the server cannot be reached or refuses the credentials.
 */
export async function openNeo4jStore(options: Neo4jStoreOptions): Promise<Neo4jStore> {
  let driver: Driver;
  try {
    driver = neo4j.driver(options.uri, neo4j.auth.basic(options.username, options.password), { userAgent: 'citegraph' });
  } catch (err) {
    throw new StoreError(`graph.openNeo4jStore: ${options.uri}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  try {
    await driver.verifyConnectivity(options.database ? { database: options.database } : undefined);
  } catch (err) {
    await driver.close();
    throw new StoreError(`graph.openNeo4jStore: ${options.uri}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  return new Neo4jStore(driver, options.database ?? undefined);
}

/**
 * The Neo4j store a resolved configuration names (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE).
 * @throws ConfigError (CG_CONFIG) when no Neo4j URI is configured; StoreError when it cannot connect.
 */
export async function createNeo4jStore(config: Pick<ResolvedConfig, 'neo4j'>): Promise<Neo4jStore> {
  if (!config.neo4j) throw new ConfigError('graph.createNeo4jStore: no Neo4j URI configured (NEO4J_URI or --neo4j)');
  return openNeo4jStore(config.neo4j);
}

export class Neo4jStore implements GraphStore {
  readonly name = 'neo4j';
  private readonly sessions: Neo4jSessions;

  constructor(driver: Driver, database?: string) {
    this.sessions = new Neo4jSessions(driver, database);
  }

  private assertOpen(op: string): void {
    this.sessions.assertOpen(op);
  }

  private tx<T>(op: string, mode: 'read' | 'write', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.sessions.tx(op, mode, work);
  }

  private read<T>(op: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.tx(op, 'read', work);
  }

  async replaceDocument(write: DocumentWrite): Promise<ReplaceResult> {
    this.assertOpen('replaceDocument');
    validateWrite(write);
    return this.tx('replaceDocument', 'write', (tx) => replaceDocumentTx(tx, write));
  }

  async removeDocument(id: string): Promise<boolean> {
    return this.tx('removeDocument', 'write', (tx) => removeDocumentTx(tx, id));
  }

  async getDocument(id: string): Promise<DocumentRecord | null> {
    return this.read('getDocument', async (tx) => { const [r] = await run(tx, Q.GET_DOC, { id }); return r ? toDoc(r) : null; });
  }

  async getDocumentBySource(source: string): Promise<DocumentRecord | null> {
    return this.read('getDocumentBySource', async (tx) => {
      const [r] = await run(tx, Q.GET_DOC_BY_SOURCE, { source, normSource: normalizeSource(source) });
      return r ? toDoc(r) : null;
    });
  }

  async listDocuments(query: { limit: number; cursor?: string }): Promise<Page<DocumentRecord>> {
    this.assertOpen('listDocuments');
    const op = 'graph.listDocuments';
    const limit = clampLimit(op, query.limit);
    const after = decodeCursor(op, query.cursor, isString) ?? '';
    return this.read('listDocuments', async (tx) => {
      const rows = await run(tx, Q.LIST_DOCS, { after, limit: pageLimit(op, limit) });
      return page(rows.slice(0, limit).map(toDoc), rows.length > limit, (d) => d.id);
    });
  }

  async getDocumentText(id: string): Promise<string | null> {
    return this.read('getDocumentText', async (tx) => ((await run(tx, Q.DOC_TEXT, { id }))[0]?.text as string | null | undefined) ?? null);
  }

  async getDocumentExtraction(id: string): Promise<unknown | null> {
    return this.read('getDocumentExtraction', async (tx) => {
      const raw = (await run(tx, Q.DOC_EXTRACTION, { id }))[0]?.extraction;
      return typeof raw === 'string' && raw ? (JSON.parse(raw) as unknown) : null;
    });
  }

  async getNode(key: string): Promise<NodeRecord | null> {
    return this.read('getNode', async (tx) => {
      const [r] = await run(tx, Q.GET_NODE, { key });
      return r ? { ...toSummary(r), provenance: provenanceOf(r.contribs) } : null;
    });
  }

  async getNodes(keys: readonly string[]): Promise<NodeSummary[]> {
    return this.read('getNodes', async (tx) => {
      const byKey = new Map((await runBatched(tx, Q.GET_NODES, 'keys', [...new Set(keys)])).map((r) => [r.key as string, toSummary(r)]));
      return keys.flatMap((k) => { const n = byKey.get(k); return n ? [n] : []; });
    });
  }

  async findNodes(query: FindNodesQuery): Promise<Page<SearchHit>> {
    this.assertOpen('findNodes');
    const limit = clampLimit('graph.findNodes', query.limit);
    return this.read('findNodes', (tx) => findNodesTx(tx, { ...query, limit }));
  }

  async listNodes(query: ListNodesQuery): Promise<Page<NodeSummary>> {
    this.assertOpen('listNodes');
    const op = 'graph.listNodes';
    if (!(NODE_KINDS as readonly string[]).includes(query.kind)) throw new InvalidInputError(`${op}: unknown kind "${query.kind}"`);
    const limit = clampLimit(op, query.limit);
    const [afterLabel, afterKey] = decodeCursor(op, query.cursor, isStringPair) ?? ['', ''];
    return this.read('listNodes', async (tx) => {
      const rows = await run(tx, Q.LIST_NODES, { kind: query.kind, afterLabel, afterKey, limit: pageLimit(op, limit) });
      const items = rows.slice(0, limit);
      const last = items[items.length - 1];
      return { items: items.map(toSummary), nextCursor: rows.length > limit && last ? encodeCursor([last.sortLabel, last.key]) : null };
    });
  }

  async lookupAlias(kind: NodeKind, normalizedAlias: string, options: { excludeDocument?: string } = {}): Promise<NodeSummary[]> {
    const excludeDocument = options.excludeDocument ?? '';
    return this.read('lookupAlias', async (tx) => (await run(tx, Q.LOOKUP_ALIAS, { alias: normalizedAlias, kind, excludeDocument })).map(toSummary));
  }

  async getEdge(key: string): Promise<EdgeRecord | null> {
    return this.read('getEdge', async (tx) => { const [r] = await run(tx, Q.GET_EDGE, { key }); return r ? toEdge(r) : null; });
  }

  async getEdges(query: EdgeQuery): Promise<Page<EdgeRecord>> {
    this.assertOpen('getEdges');
    const op = 'graph.getEdges';
    const limit = clampLimit(op, query.limit);
    // Any other direction counts as both, as in the embedded store.
    const statement = EDGE_STATEMENTS[query.direction] ?? EDGE_STATEMENTS.both;
    const after = decodeCursor(op, query.cursor, isString) ?? '';
    const kinds = kindsParam(query.edgeKinds);
    return this.read('getEdges', async (tx) => {
      const rows = await run(tx, statement, { key: query.key, after, kinds, limit: pageLimit(op, limit) });
      return page(rows.slice(0, limit).map(toEdge), rows.length > limit, (e) => e.key);
    });
  }

  async adjacent(keys: readonly string[], query: AdjacentQuery): Promise<EdgeRef[]> {
    this.assertOpen('adjacent');
    const op = 'graph.adjacent';
    const limit = clampLimit(op, query.limit);
    // Any other direction counts as both, as in the embedded store.
    const statement = ADJACENT_STATEMENTS[query.direction] ?? ADJACENT_STATEMENTS.both;
    const kinds = kindsParam(query.edgeKinds);
    return this.read('adjacent', async (tx) => {
      const rows = await run(tx, statement, { keys: [...new Set(keys)], kinds, limit: cypherInt(op, limit) });
      return rows.map((r) => ({ key: r.key as string, kind: r.kind as EdgeKind, from: r.fromKey as string, to: r.toKey as string }));
    });
  }

  async edgesAmong(keys: readonly string[], query: { edgeKinds?: readonly EdgeKind[]; limit: number }): Promise<EdgeRef[]> {
    this.assertOpen('edgesAmong');
    const op = 'graph.edgesAmong';
    const limit = cypherInt(op, clampLimit(op, query.limit));
    return this.read('edgesAmong', async (tx) => {
      const rows = await run(tx, Q.EDGES_AMONG, { keys: [...new Set(keys)], kinds: kindsParam(query.edgeKinds), limit });
      return rows.map((r) => ({ key: r.key as string, kind: r.kind as EdgeKind, from: r.fromKey as string, to: r.toKey as string }));
    });
  }

  async degrees(keys: readonly string[], query: { direction: Direction; edgeKinds?: readonly EdgeKind[] }): Promise<Map<string, number>> {
    this.assertOpen('degrees');
    const kinds = kindsParam(query.edgeKinds);
    return this.read('degrees', async (tx) => {
      const byKey = new Map<string, number>();
      for (const r of await runBatched(tx, Q.DEGREES, 'keys', [...new Set(keys)], { kinds })) {
        const [o, i, loops] = [r.outDegree as number, r.inDegree as number, r.loops as number];
        // A self-loop is one edge, not two, when counting both directions.
        byKey.set(r.key as string, query.direction === 'out' ? o : query.direction === 'in' ? i : o + i - loops);
      }
      const out = new Map<string, number>();
      for (const k of keys) { const n = byKey.get(k); if (n !== undefined) out.set(k, n); }
      return out;
    });
  }

  async listWebResources(query: { limit: number; cursor?: string }): Promise<Page<WebResourceRow>> {
    this.assertOpen('listWebResources');
    const op = 'graph.listWebResources';
    const limit = clampLimit(op, query.limit);
    const after = decodeCursor(op, query.cursor, isString) ?? '';
    return this.read('listWebResources', async (tx) => {
      const rows = await run(tx, Q.WEB_RESOURCES, { after, limit: pageLimit(op, limit) });
      const keys = rows.slice(0, limit).map((r) => r.key as string);
      const sources = groupBy(await runBatched(tx, Q.WEB_SOURCES, 'keys', keys), 'webKey');
      const docs = groupBy(await runBatched(tx, Q.WEB_DOCS, 'keys', keys), 'webKey');
      const items = rows.slice(0, limit).map((r): WebResourceRow => {
        const props = parseJson<{ url: string; host: string }>(r.props, { url: '', host: '' });
        return {
          key: r.key as string, url: props.url, host: props.host,
          sources: (sources.get(r.key as string) ?? []).map((s) => {
            const title = parseJson<{ title?: unknown }>(s.props, {}).title;
            return { key: s.key as string, title: typeof title === 'string' ? title : null };
          }),
          documents: (docs.get(r.key as string) ?? []).map((d) => ({ id: d.id as string, title: (d.title as string | null) ?? null, date: (d.date as string | null) ?? null })),
        };
      });
      return page(items, rows.length > limit, (w) => w.key);
    });
  }

  async recordLinkCheck(check: LinkCheck): Promise<void> {
    return this.recordLinkChecks([check]);
  }

  async recordLinkChecks(checks: readonly LinkCheck[]): Promise<void> {
    this.assertOpen('recordLinkCheck');
    const valid = validateChecks(checks);
    const callId = randomUUID(); // fixed outside the transaction function: a retry MERGEs the same rows
    await this.tx('recordLinkCheck', 'write', (tx) => recordLinkChecksTx(tx, callId, valid));
  }

  async getLinkHistory(url: string, query: { limit?: number } = {}): Promise<LinkCheck[]> {
    this.assertOpen('getLinkHistory');
    const limit = clampLimit('graph.getLinkHistory', query.limit ?? MAX_STORE_LIMIT);
    return this.read('getLinkHistory', (tx) => linkHistoryTx(tx, url, limit));
  }

  async getLatestLinkChecks(filter: LinkCheckFilter): Promise<Page<LatestLinkCheck>> {
    this.assertOpen('getLatestLinkChecks');
    const limit = clampLimit('graph.getLatestLinkChecks', filter.limit);
    return this.read('getLatestLinkChecks', (tx) => latestLinkChecksTx(tx, { ...filter, limit }));
  }

  async listMerges(query: { key?: string; limit: number; cursor?: string }): Promise<Page<MergeRecord>> {
    this.assertOpen('listMerges');
    const op = 'graph.listMerges';
    const limit = clampLimit(op, query.limit);
    const before = decodeCursor(op, query.cursor, isNumber) ?? Number.MAX_SAFE_INTEGER;
    return this.read('listMerges', async (tx) => {
      const rows = await run(tx, Q.LIST_MERGES, { before: cypherInt(op, before), key: query.key ?? null, limit: pageLimit(op, limit) });
      const items = rows.slice(0, limit);
      return {
        items: items.map((r): MergeRecord => ({
          kind: r.kind as NodeKind, key: r.key as string, names: parseJson<string[]>(r.names, []), reason: r.reason as MergeRecord['reason'],
          documentId: r.docId as string, ...(r.detail ? { detail: r.detail as string } : {}),
        })),
        nextCursor: rows.length > limit && items.length ? encodeCursor(items[items.length - 1]!.seq) : null,
      };
    });
  }

  async stats(): Promise<StoreStats> {
    return this.read('stats', async (tx) => {
      const nodes = Object.fromEntries(NODE_KINDS.map((k) => [k, 0])) as Record<NodeKind, number>;
      const edges = Object.fromEntries(EDGE_KINDS.map((k) => [k, 0])) as Record<EdgeKind, number>;
      for (const r of await run(tx, Q.NODE_COUNTS)) nodes[r.kind as NodeKind] = r.total as number;
      for (const r of await run(tx, Q.EDGE_COUNTS)) edges[r.kind as EdgeKind] = r.total as number;
      const count = async (s: typeof Q.DOC_COUNT) => ((await run(tx, s))[0]?.total as number | undefined) ?? 0;
      const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
      return {
        nodes, edges, totalNodes: sum(nodes), totalEdges: sum(edges),
        documents: await count(Q.DOC_COUNT), merges: await count(Q.MERGE_COUNT), linkChecks: await count(Q.LINK_CHECK_COUNT),
      };
    });
  }

  /**
   * Test support: delete every node this store wrote (all citegraph labels) in the database.
   * Destroys the store's data; never called by the application.
   */
  async deleteAllData(): Promise<void> {
    return this.tx('deleteAllData', 'write', async (tx) => { await run(tx, Q.DELETE_ALL_STORE_DATA); });
  }

  close(): Promise<void> {
    return this.sessions.close();
  }
}

// Compile-time guard: each method takes exactly the interface's parameters, so a parameter added to
// GraphStore (even an optional one, which `implements` lets a class ignore) fails the typecheck here.
type StoreMethod = { [K in keyof GraphStore]: GraphStore[K] extends (...args: never[]) => unknown ? K : never }[keyof GraphStore];
type SameParams<K extends StoreMethod> = [Parameters<GraphStore[K]>] extends [Parameters<Neo4jStore[K]>]
  ? ([Parameters<Neo4jStore[K]>] extends [Parameters<GraphStore[K]>] ? true : false) : false;
const sameParams: { [K in StoreMethod]: SameParams<K> } = null as unknown as { [K in StoreMethod]: true };
void sameParams;
