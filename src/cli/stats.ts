// `citegraph stats [--store DIR | --neo4j URI] [--format json]`: counts per node and edge kind,
// documents, merges and link checks.
import type { Command } from 'commander';
import { openStore } from '../../graph/open-store.js';
import type { StoreStats } from '../../graph/store.js';
import { loadConfig } from '../config.js';
import { InvalidInputError } from '../errors.js';
import { EXIT_OK, runAction } from './run-action.js';

export interface StoreFlags {
  store?: string;
  neo4j?: string;
  format?: string;
}

/** Open the store the flags name (embedded by default). */
export function openStoreFromFlags(flags: StoreFlags) {
  return openStore(loadConfig({ ...(flags.store ? { storeDir: flags.store } : {}), ...(flags.neo4j ? { neo4jUri: flags.neo4j } : {}) }));
}

/** @throws InvalidInputError unless the format is table or json. */
export function checkFormat(command: string, format: string | undefined): 'table' | 'json' {
  const f = format ?? 'table';
  if (f !== 'table' && f !== 'json') throw new InvalidInputError(`${command}: --format must be table or json, got "${f}"`);
  return f;
}

export function formatStats(s: StoreStats): string {
  const lines = [`documents   ${s.documents}`, `merges      ${s.merges}`, `link checks ${s.linkChecks}`, '', `nodes (${s.totalNodes})`];
  for (const [k, n] of Object.entries(s.nodes)) lines.push(`  ${k.padEnd(16)} ${String(n).padStart(9)}`);
  lines.push('', `edges (${s.totalEdges})`);
  for (const [k, n] of Object.entries(s.edges)) lines.push(`  ${k.padEnd(16)} ${String(n).padStart(9)}`);
  return lines.join('\n') + '\n';
}

export async function runStats(flags: StoreFlags, out: (s: string) => void = (s) => process.stdout.write(s)): Promise<number> {
  const format = checkFormat('stats', flags.format);
  const store = await openStoreFromFlags(flags);
  try {
    const s = await store.stats();
    out(format === 'json' ? JSON.stringify(s, null, 2) + '\n' : formatStats(s));
    return EXIT_OK;
  } finally {
    await store.close();
  }
}

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('counts per node and edge kind, documents, merges and link checks')
    .option('--store <dir>', 'embedded store directory (default ./citegraph-data)')
    .option('--neo4j <uri>', 'use a Neo4j server instead')
    .option('-f, --format <format>', 'table or json', 'table')
    .action(runAction(async (flags: StoreFlags) => runStats(flags)));
}
