// `citegraph serve`: open the store once, serve the JSON API and the explorer, print the URL,
// and shut down cleanly (server, link-check jobs, store) on SIGINT/SIGTERM.
import type { Command } from 'commander';
import { loadConfig, type ResolvedConfig } from '../config.js';
import { InvalidInputError } from '../errors.js';
import { openStore } from '../../graph/open-store.js';
import type { GraphStore } from '../../graph/store.js';
import { startServer, type RunningServer } from '../../api/server.js';
import { runAction } from './run-action.js';

export interface ServeFlags {
  store?: string;
  neo4j?: string;
  port?: string;
  host?: string;
}

/** Parse a port flag. @throws InvalidInputError for anything but an integer in 0..65535. */
export function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidInputError(`serve: --port must be an integer in 0..65535, got "${value}"`);
  return n;
}

export function configFromFlags(flags: ServeFlags): ResolvedConfig {
  return loadConfig({
    ...(flags.store ? { storeDir: flags.store } : {}),
    ...(flags.neo4j ? { neo4jUri: flags.neo4j } : {}),
    ...(flags.port !== undefined ? { port: parsePort(flags.port) } : {}),
    ...(flags.host ? { host: flags.host } : {}),
  });
}

/** Serve until a signal arrives; resolves after everything is closed. */
export async function serveUntilSignal(server: RunningServer, store: GraphStore): Promise<void> {
  await new Promise<void>((ok) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      ok();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  process.stderr.write('citegraph: shutting down\n');
  await server.close();
  await store.close();
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the JSON API (/api/v1) and the web explorer (/)')
    .option('--store <dir>', 'embedded store directory (default ./citegraph-data)')
    .option('--neo4j <uri>', 'use a Neo4j store (bolt://host:7687; NEO4J_USERNAME / NEO4J_PASSWORD)')
    .option('--port <n>', 'port (default 3000; 0 picks a free one)')
    .option('--host <host>', 'interface to listen on (default 127.0.0.1)')
    .action(runAction(async (flags: ServeFlags) => {
      const config = configFromFlags(flags);
      const store = await openStore(config);
      let server: RunningServer;
      try {
        server = await startServer({ store, config, host: config.host, port: config.port });
      } catch (err) {
        await store.close();
        throw err;
      }
      process.stdout.write(`citegraph: serving ${store.name} store at ${server.url}\n`);
      if (!config.adminToken) process.stderr.write('citegraph: writes are disabled (set CITEGRAPH_ADMIN_TOKEN to enable uploads and link checks)\n');
      await serveUntilSignal(server, store);
    }));
}
