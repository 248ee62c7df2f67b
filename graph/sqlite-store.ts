// The embedded GraphStore: SQLite (better-sqlite3) in a data directory, WAL journal, one transaction
// per document replacement and per link-check record. Lookups and traversals are answered from
// indexes; nothing loads the whole graph into memory on open.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type EdgeRecord, type NodeKind, type NodeRecord } from '../src/graph-model.js';
import { InvalidInputError, StoreError, isCitegraphError } from '../src/errors.js';
import { DEFAULT_STORE_DIR } from '../src/defaults.js';
import { normalizeSource } from '../src/document-id.js';
import type { LinkCheck } from '../src/link-check.js';
import type {
  AdjacentQuery, Direction, DocumentRecord, DocumentWrite, EdgeQuery, EdgeRef, FindNodesQuery, GraphStore, LatestLinkCheck,
  LinkCheckFilter, ListNodesQuery, MergeRecord, NodeSummary, Page, ReplaceResult, SearchHit, StoreStats, WebResourceRow,
} from './store.js';
import { checkSchemaReadonly, migrate } from './sqlite/schema.js';
import { DocumentWriter } from './sqlite/write-document.js';
import { LinkCheckTable } from './sqlite/link-checks.js';
import { NodeSearch, rowToSummary } from './sqlite/search.js';
import { decodeCursor, encodeCursor, isNumber, isString, isStringPair } from './sqlite/cursor.js';
import { EdgeReader } from './sqlite/edge-reader.js';

/** File name of the database inside the store directory. */
export const SQLITE_FILE = 'citegraph.sqlite';
/** Largest page any list query returns, whatever the caller asks. */
export const MAX_STORE_LIMIT = 10_000;

export interface SqliteStoreOptions {
  /** Data directory (created if missing). Default DEFAULT_STORE_DIR. */
  dir?: string;
  /**
   * SQLite `synchronous` in WAL mode. `normal` (default): a process crash (kill -9) never loses a
   * committed transaction; a power cut may lose the last few. `full`: fsync on every commit.
   */
  synchronous?: 'normal' | 'full';
  readonly?: boolean;
  /** SQLite page cache in MB (default 64); bulk loads of large stores benefit from more. */
  cacheMb?: number;
}

interface DocRow { id: string; source: string; media_type: string; title: string | null; date: string | null; content_hash: string; ingested_at: string }
interface MergeRow { id: number; doc_id: string; kind: NodeKind; key: string; names: string; reason: MergeRecord['reason']; detail: string | null }

const toDoc = (r: DocRow): DocumentRecord => ({
  id: r.id, source: r.source, mediaType: r.media_type, title: r.title, date: r.date, contentHash: r.content_hash, ingestedAt: r.ingested_at,
});

/** Clamp a caller's limit into [1, MAX_STORE_LIMIT]. @throws InvalidInputError for a non-number. */
export function clampLimit(op: string, limit: number): number {
  if (!Number.isFinite(limit)) throw new InvalidInputError(`${op}: limit must be a number`);
  return Math.max(1, Math.min(MAX_STORE_LIMIT, Math.floor(limit)));
}

/**
 * Open (or create) the embedded store in `options.dir`.
 * @throws StoreError (CG_STORE) when the directory or database cannot be opened.
 */
export function openSqliteStore(options: SqliteStoreOptions = {}): SqliteStore {
  const dir = resolve(options.dir ?? DEFAULT_STORE_DIR);
  try {
    if (!options.readonly) mkdirSync(dir, { recursive: true });
    const db = new Database(join(dir, SQLITE_FILE), { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    db.pragma('busy_timeout = 10000');
    // Large document writes touch many index pages; the cache fills only as pages are used.
    db.pragma(`cache_size = ${-1024 * Math.max(2, Math.floor(options.cacheMb ?? 64))}`);
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
      migrate(db);
    } else {
      checkSchemaReadonly(db);
    }
    return new SqliteStore(db, dir);
  } catch (err) {
    throw new StoreError(`graph.openSqliteStore: ${dir}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}

export class SqliteStore implements GraphStore {
  readonly name = 'sqlite';
  private readonly writer: DocumentWriter;
  private readonly links: LinkCheckTable;
  private readonly search: NodeSearch;
  private readonly edges: EdgeReader;
  private readonly s;
  private closed = false;

  constructor(readonly db: Database.Database, readonly dir: string) {
    const readonly = db.readonly;
    this.writer = readonly ? (null as unknown as DocumentWriter) : new DocumentWriter(db);
    this.links = new LinkCheckTable(db);
    this.search = new NodeSearch(db);
    this.edges = new EdgeReader(db);
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      doc: p('SELECT id, source, media_type, title, date, content_hash, ingested_at FROM documents WHERE id = ?'),
      docBySource: p('SELECT id, source, media_type, title, date, content_hash, ingested_at FROM documents WHERE source = ? OR norm_source = ? ORDER BY id LIMIT 1'),
      docs: p('SELECT id, source, media_type, title, date, content_hash, ingested_at FROM documents WHERE id > ? ORDER BY id LIMIT ?'),
      docText: p('SELECT text FROM documents WHERE id = ?').pluck(),
      docExtraction: p('SELECT extraction FROM documents WHERE id = ?').pluck(),
      node: p('SELECT id, key, kind, label, sort_label, props FROM nodes WHERE key = ?'),
      nodeProv: p('SELECT provenance FROM node_contrib WHERE node_id = ? ORDER BY doc_id').pluck(),
      listNodes: p(`SELECT id, key, kind, label, sort_label, props FROM nodes WHERE kind = ? AND (sort_label, key) > (?, ?)
        ORDER BY sort_label, key LIMIT ?`),
      alias: p(`SELECT DISTINCT n.id, n.key, n.kind, n.label, n.sort_label, n.props FROM aliases a JOIN nodes n ON n.id = a.node_id
        WHERE a.alias = ? AND a.kind = ? AND a.doc_id != ? ORDER BY n.key`),
      webResources: p(`SELECT id, key, props FROM nodes WHERE kind = 'WebResource' AND key > ? ORDER BY key LIMIT ?`),
      webSources: p(`SELECT s.key, s.props FROM edges e JOIN nodes s ON s.id = e.src WHERE e.dst = ? AND e.kind = 'AVAILABLE_AT' ORDER BY s.key`),
      webDocs: p(`SELECT d.id, d.title, d.date FROM node_contrib c JOIN documents d ON d.id = c.doc_id WHERE c.node_id = ? ORDER BY d.id`),
      merges: p('SELECT * FROM merges WHERE id < ? ORDER BY id DESC LIMIT ?'),
      mergesOf: p('SELECT * FROM merges WHERE key = ? AND id < ? ORDER BY id DESC LIMIT ?'),
      nodeKinds: p('SELECT kind, count(*) AS n FROM nodes GROUP BY kind'),
      edgeKinds: p('SELECT kind, count(*) AS n FROM edges GROUP BY kind'),
      docCount: p('SELECT count(*) FROM documents').pluck(),
      mergeCount: p('SELECT count(*) FROM merges').pluck(),
    };
  }

  /** Run a synchronous body as an async store call; unknown failures become StoreError. */
  private async call<T>(op: string, body: () => T): Promise<T> {
    if (this.closed) throw new StoreError(`graph.${op}: the store is closed`);
    try {
      return body();
    } catch (err) {
      if (isCitegraphError(err)) throw err;
      throw new StoreError(`graph.${op}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
  }

  replaceDocument(write: DocumentWrite): Promise<ReplaceResult> {
    return this.call('replaceDocument', () => {
      if (this.db.readonly) throw new StoreError('graph.replaceDocument: the store is open read-only');
      return this.db.transaction(() => this.writer.replace(write)).immediate();
    });
  }

  removeDocument(id: string): Promise<boolean> {
    return this.call('removeDocument', () => this.db.transaction(() => this.writer.remove(id)).immediate());
  }

  getDocument(id: string): Promise<DocumentRecord | null> {
    return this.call('getDocument', () => { const r = this.s.doc.get(id) as DocRow | undefined; return r ? toDoc(r) : null; });
  }

  getDocumentBySource(source: string): Promise<DocumentRecord | null> {
    return this.call('getDocumentBySource', () => {
      const r = this.s.docBySource.get(source, normalizeSource(source)) as DocRow | undefined;
      return r ? toDoc(r) : null;
    });
  }

  listDocuments(query: { limit: number; cursor?: string }): Promise<Page<DocumentRecord>> {
    return this.call('listDocuments', () => {
      const limit = clampLimit('graph.listDocuments', query.limit);
      const after = decodeCursor('graph.listDocuments', query.cursor, isString) ?? '';
      const rows = this.s.docs.all(after, limit + 1) as DocRow[];
      return page(rows.slice(0, limit).map(toDoc), rows.length > limit, (d) => d.id);
    });
  }

  getDocumentText(id: string): Promise<string | null> {
    return this.call('getDocumentText', () => (this.s.docText.get(id) as string | undefined) ?? null);
  }

  getDocumentExtraction(id: string): Promise<unknown | null> {
    return this.call('getDocumentExtraction', () => {
      const raw = this.s.docExtraction.get(id) as string | null | undefined;
      return raw ? (JSON.parse(raw) as unknown) : null;
    });
  }

  getNode(key: string): Promise<NodeRecord | null> {
    return this.call('getNode', () => {
      const r = this.s.node.get(key) as (Parameters<typeof rowToSummary>[0]) | undefined;
      if (!r) return null;
      const provenance = (this.s.nodeProv.all(r.id) as string[]).flatMap((p) => JSON.parse(p) as NodeRecord['provenance'])
        .sort((a, b) => (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.start - b.start || a.end - b.end));
      return { ...rowToSummary(r), provenance };
    });
  }

  getNodes(keys: readonly string[]): Promise<NodeSummary[]> {
    return this.call('getNodes', () => this.edges.nodesByKeys(keys));
  }

  findNodes(query: FindNodesQuery): Promise<Page<SearchHit>> {
    return this.call('findNodes', () => this.search.find({ ...query, limit: clampLimit('graph.findNodes', query.limit) }));
  }

  listNodes(query: ListNodesQuery): Promise<Page<NodeSummary>> {
    return this.call('listNodes', () => {
      if (!(NODE_KINDS as readonly string[]).includes(query.kind)) throw new InvalidInputError(`graph.listNodes: unknown kind "${query.kind}"`);
      const limit = clampLimit('graph.listNodes', query.limit);
      const [label, key] = decodeCursor('graph.listNodes', query.cursor, isStringPair) ?? ['', ''];
      const rows = this.s.listNodes.all(query.kind, label, key, limit + 1) as Array<Parameters<typeof rowToSummary>[0]>;
      const more = rows.length > limit;
      const items = rows.slice(0, limit);
      const last = items[items.length - 1];
      return { items: items.map(rowToSummary), nextCursor: more && last ? encodeCursor([last.sort_label, last.key]) : null };
    });
  }

  lookupAlias(kind: NodeKind, normalizedAlias: string, options: { excludeDocument?: string } = {}): Promise<NodeSummary[]> {
    return this.call('lookupAlias', () => (this.s.alias.all(normalizedAlias, kind, options.excludeDocument ?? '') as Array<Parameters<typeof rowToSummary>[0]>).map(rowToSummary));
  }

  getEdge(key: string): Promise<EdgeRecord | null> {
    return this.call('getEdge', () => this.edges.edgeByKey(key));
  }

  getEdges(query: EdgeQuery): Promise<Page<EdgeRecord>> {
    return this.call('getEdges', () => this.edges.edgesAt({ ...query, limit: clampLimit('graph.getEdges', query.limit) }));
  }

  adjacent(keys: readonly string[], query: AdjacentQuery): Promise<EdgeRef[]> {
    return this.call('adjacent', () => this.edges.adjacent(keys, { ...query, limit: clampLimit('graph.adjacent', query.limit) }));
  }

  edgesAmong(keys: readonly string[], query: { edgeKinds?: readonly EdgeKind[]; limit: number }): Promise<EdgeRef[]> {
    return this.call('edgesAmong', () => this.edges.edgesAmong(keys, { ...query, limit: clampLimit('graph.edgesAmong', query.limit) }));
  }

  degrees(keys: readonly string[], query: { direction: Direction; edgeKinds?: readonly EdgeKind[] }): Promise<Map<string, number>> {
    return this.call('degrees', () => this.edges.degrees(keys, query));
  }

  listWebResources(query: { limit: number; cursor?: string }): Promise<Page<WebResourceRow>> {
    return this.call('listWebResources', () => {
      const limit = clampLimit('graph.listWebResources', query.limit);
      const after = decodeCursor('graph.listWebResources', query.cursor, isString) ?? '';
      const rows = this.s.webResources.all(after, limit + 1) as Array<{ id: number; key: string; props: string }>;
      const items = rows.slice(0, limit).map((r): WebResourceRow => {
        const props = JSON.parse(r.props) as { url: string; host: string };
        const sources = (this.s.webSources.all(r.id) as Array<{ key: string; props: string }>).map((s) => {
          const title = (JSON.parse(s.props) as { title?: unknown }).title;
          return { key: s.key, title: typeof title === 'string' ? title : null };
        });
        const documents = this.s.webDocs.all(r.id) as Array<{ id: string; title: string | null; date: string | null }>;
        return { key: r.key, url: props.url, host: props.host, sources, documents };
      });
      return page(items, rows.length > limit, (w) => w.key);
    });
  }

  recordLinkCheck(check: LinkCheck): Promise<void> {
    return this.recordLinkChecks([check]);
  }

  recordLinkChecks(checks: readonly LinkCheck[]): Promise<void> {
    return this.call('recordLinkCheck', () => this.db.transaction(() => this.links.record(checks)).immediate());
  }

  getLinkHistory(url: string, query: { limit?: number } = {}): Promise<LinkCheck[]> {
    return this.call('getLinkHistory', () => this.links.history(url, clampLimit('graph.getLinkHistory', query.limit ?? MAX_STORE_LIMIT)));
  }

  getLatestLinkChecks(filter: LinkCheckFilter): Promise<Page<LatestLinkCheck>> {
    return this.call('getLatestLinkChecks', () => this.links.latest({ ...filter, limit: clampLimit('graph.getLatestLinkChecks', filter.limit) }));
  }

  listMerges(query: { key?: string; limit: number; cursor?: string }): Promise<Page<MergeRecord>> {
    return this.call('listMerges', () => {
      const limit = clampLimit('graph.listMerges', query.limit);
      const before = decodeCursor('graph.listMerges', query.cursor, isNumber) ?? Number.MAX_SAFE_INTEGER;
      const rows = (query.key ? this.s.mergesOf.all(query.key, before, limit + 1) : this.s.merges.all(before, limit + 1)) as MergeRow[];
      const items = rows.slice(0, limit);
      const last = items[items.length - 1];
      return {
        items: items.map((r) => ({
          kind: r.kind, key: r.key, names: JSON.parse(r.names) as string[], reason: r.reason, documentId: r.doc_id,
          ...(r.detail ? { detail: r.detail } : {}),
        })),
        nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null,
      };
    });
  }

  stats(): Promise<StoreStats> {
    return this.call('stats', () => {
      const nodes = Object.fromEntries(NODE_KINDS.map((k) => [k, 0])) as Record<NodeKind, number>;
      const edges = Object.fromEntries(EDGE_KINDS.map((k) => [k, 0])) as Record<EdgeKind, number>;
      for (const r of this.s.nodeKinds.all() as Array<{ kind: NodeKind; n: number }>) nodes[r.kind] = r.n;
      for (const r of this.s.edgeKinds.all() as Array<{ kind: EdgeKind; n: number }>) edges[r.kind] = r.n;
      const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
      return {
        nodes, edges, totalNodes: sum(nodes), totalEdges: sum(edges),
        documents: this.s.docCount.get() as number, merges: this.s.mergeCount.get() as number, linkChecks: this.links.count(),
      };
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }
}

function page<T>(items: T[], more: boolean, cursorOf: (last: T) => string): Page<T> {
  const last = items[items.length - 1];
  return { items, nextCursor: more && last !== undefined ? encodeCursor(cursorOf(last)) : null };
}
