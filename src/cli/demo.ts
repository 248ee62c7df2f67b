// `citegraph demo` (what `npm start` runs): ingest the bundled fixture documents into the embedded
// store and serve the explorer, printing its address. Needs no internet: no link checks are run,
// so links show as "unchecked" until `citegraph check-links` records results.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { openStore } from '../../graph/open-store.js';
import { startServer, type RunningServer } from '../../api/server.js';
import { ingestFiles, listDocumentFiles } from '../../api/services/ingest-files.js';
import { NotFoundError } from '../errors.js';
import { runAction } from './run-action.js';
import { configFromFlags, serveUntilSignal, type ServeFlags } from './serve.js';

/** fixtures/documents of this package, from the source tree or from dist/. */
export function bundledFixturesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'fixtures', 'documents');
    if (existsSync(candidate)) return candidate;
    dir = resolve(dir, '..');
  }
  throw new NotFoundError('demo: cannot find the bundled fixtures/documents directory');
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('Ingest the bundled sample documents and serve the explorer (what `npm start` runs)')
    .option('--store <dir>', 'embedded store directory (default ./citegraph-data)')
    .option('--port <n>', 'port (default 3000)')
    .option('--host <host>', 'interface to listen on (default 127.0.0.1)')
    .action(runAction(async (flags: Omit<ServeFlags, 'neo4j'>) => {
      const config = configFromFlags(flags);
      const store = await openStore({ storeDir: config.storeDir, neo4j: null });
      let server: RunningServer;
      try {
        const files = await listDocumentFiles(bundledFixturesDir());
        process.stderr.write(`citegraph: ingesting ${files.length} sample documents into ${resolve(config.storeDir)}\n`);
        const { summaries, failures } = await ingestFiles(store, files);
        const count = (s: string) => summaries.filter((x) => x.status === s).length;
        process.stderr.write(`citegraph: ${count('added')} added, ${count('replaced')} replaced, ${count('skipped')} unchanged${failures.length ? `, ${failures.length} failed` : ''}\n`);
        for (const f of failures) process.stderr.write(`citegraph: skipped ${f.path}: ${f.error}\n`);
        server = await startServer({ store, config: { ...config, neo4j: null }, host: config.host, port: config.port });
      } catch (err) {
        await store.close();
        throw err;
      }
      process.stdout.write(`citegraph: explorer at ${server.url}\n`);
      await serveUntilSignal(server, store);
    }));
}
