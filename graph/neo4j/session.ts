// One driver, sessions per call: schema created once on first use, work run as a managed
// transaction function (executeRead/executeWrite: retried by the driver on transient failures),
// driver errors turned into one-line StoreErrors naming the operation.
import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { StoreError, isCitegraphError } from '../../src/errors.js';
import { SCHEMA_STATEMENTS } from './schema.js';
import { run } from './run.js';

export class Neo4jSessions {
  private schema: Promise<void> | null = null;
  private closed = false;
  /**
   * Shared by every session of this store: a read after a write sees that write even on a cluster
   * (causal consistency), as the embedded store's reads always do.
   */
  private readonly bookmarks: BookmarkManager = neo4j.bookmarkManager();

  constructor(private readonly driver: Driver, private readonly database?: string) {}

  /** @throws StoreError (CG_STORE) once the store is closed. */
  assertOpen(op: string): void {
    if (this.closed) throw new StoreError(`graph.${op}: the store is closed`);
  }

  /** Create constraints and indexes once (IF NOT EXISTS: a no-op when present); retried after a failure. */
  private ensureSchema(): Promise<void> {
    this.schema ??= (async () => {
      const session = this.driver.session({ database: this.database, bookmarkManager: this.bookmarks });
      try {
        for (const s of SCHEMA_STATEMENTS) await session.executeWrite((tx) => run(tx, s));
      } finally {
        await session.close();
      }
    })().catch((err: unknown) => { this.schema = null; throw err; });
    return this.schema;
  }

  /** Run `work` in one managed transaction. @throws StoreError for driver/server failures. */
  async tx<T>(op: string, mode: 'read' | 'write', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    this.assertOpen(op);
    try {
      await this.ensureSchema();
      const session = this.driver.session({
        database: this.database, bookmarkManager: this.bookmarks,
        defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
      });
      try {
        return mode === 'read' ? await session.executeRead(work) : await session.executeWrite(work);
      } finally {
        await session.close();
      }
    } catch (err) {
      if (isCitegraphError(err)) throw err;
      const code = (err as { code?: unknown }).code;
      throw new StoreError(`graph.${op}: ${typeof code === 'string' ? `${code}: ` : ''}${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
  }

  /** Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.driver.close();
  }
}
