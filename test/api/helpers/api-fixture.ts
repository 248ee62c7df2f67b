// Test fixture for the API: a real embedded store in a temp dir filled by ingesting the bundled
// fixtures, and a real server on 127.0.0.1 (port 0). close() releases everything.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../../graph/sqlite-store.js';
import type { GraphStore } from '../../../graph/store.js';
import { startServer, type RunningServer } from '../../../api/server.js';
import type { AppOptions } from '../../../api/app.js';
import { ingestFiles, listDocumentFiles } from '../../../api/services/ingest-files.js';
import { loadConfig, type ConfigInput } from '../../../src/config.js';

export const FIXTURE_DIR = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'documents');

export interface ApiFixture {
  url: string;
  store: GraphStore;
  server: RunningServer;
  dir: string;
  close(): Promise<void>;
}

export interface ApiFixtureOptions {
  config?: ConfigInput;
  app?: Partial<Omit<AppOptions, 'store' | 'config'>>;
  /** Files to ingest (default: every fixture document). */
  files?: string[];
  /** Extra files ingested after the fixtures. */
  extraFiles?: string[];
}

export async function startApiFixture(options: ApiFixtureOptions = {}): Promise<ApiFixture> {
  const dir = await mkdtemp(join(tmpdir(), 'citegraph-api-'));
  const store = openSqliteStore({ dir });
  const files = [...(options.files ?? (await listDocumentFiles(FIXTURE_DIR))), ...(options.extraFiles ?? [])];
  const { failures } = await ingestFiles(store, files);
  if (failures.length) throw new Error(`fixture ingest failed: ${JSON.stringify(failures)}`);
  const config = loadConfig({ storeDir: dir, port: 0, host: '127.0.0.1', ...options.config }, {});
  const server = await startServer({ store, config, host: '127.0.0.1', port: 0, log: () => undefined, ...options.app });
  return {
    url: server.url, store, server, dir,
    close: async () => {
      await server.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
