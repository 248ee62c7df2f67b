// openStore(config): the one factory that picks the store a configuration names. The Neo4j store
// is imported lazily so the embedded path never loads neo4j-driver.
import type { ResolvedConfig } from '../src/config.js';
import { ConfigError, StoreError, isCitegraphError } from '../src/errors.js';
import type { GraphStore } from './store.js';
import { openSqliteStore, type SqliteStoreOptions } from './sqlite-store.js';

/** What `graph/neo4j-store.ts` exports (kept here so the factory type-checks without loading it). */
export interface Neo4jStoreModule {
  openNeo4jStore(options: { uri: string; username: string; password: string; database?: string | null }): Promise<GraphStore>;
}

export type OpenStoreConfig = Pick<ResolvedConfig, 'storeDir' | 'neo4j'> & { sqlite?: Omit<SqliteStoreOptions, 'dir'> };

/**
 * Open the Neo4j store when `config.neo4j` is set, else the embedded store in `config.storeDir`.
 * @throws StoreError (CG_STORE) when the store cannot be opened; ConfigError when the Neo4j module is missing.
 */
export async function openStore(config: OpenStoreConfig): Promise<GraphStore> {
  if (!config.neo4j) return openSqliteStore({ ...config.sqlite, dir: config.storeDir });
  let mod: Neo4jStoreModule;
  try {
    // A computed specifier: the module is optional at build time and loaded only when asked for.
    const specifier = './neo4j-store.js';
    mod = (await import(specifier)) as Neo4jStoreModule;
  } catch (err) {
    throw new ConfigError(`graph.openStore: the Neo4j store is not available: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  try {
    return await mod.openNeo4jStore(config.neo4j);
  } catch (err) {
    if (isCitegraphError(err)) throw err;
    throw new StoreError(`graph.openStore: ${config.neo4j.uri}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}
