// `citegraph export [--store DIR | --neo4j URI] --format json|graphml|csv [--out PATH]`: the whole graph,
// streamed page by page, for Gephi, yEd, NetworkX or a spreadsheet.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { exportCsv, exportGraphml, exportJson } from '../../graph/export.js';
import { InvalidInputError } from '../errors.js';
import { openStoreFromFlags, type StoreFlags } from './stats.js';
import { EXIT_OK, runAction } from './run-action.js';

const FORMATS = ['json', 'graphml', 'csv'] as const;
type ExportFormat = (typeof FORMATS)[number];

interface ExportFlags extends StoreFlags {
  out?: string;
  provenance?: boolean;
}

function writerFor(stream: NodeJS.WritableStream) {
  return async (chunk: string) => {
    if (!stream.write(chunk)) await once(stream, 'drain');
  };
}

async function closeFile(s: WriteStream): Promise<void> {
  await new Promise<void>((ok, fail) => s.end((err?: Error | null) => (err ? fail(err) : ok())));
}

export async function runExport(flags: ExportFlags): Promise<number> {
  const format = (flags.format ?? 'json') as ExportFormat;
  if (!FORMATS.includes(format)) throw new InvalidInputError(`export: --format must be one of ${FORMATS.join(', ')}, got "${flags.format}"`);
  if (format === 'csv' && !flags.out) throw new InvalidInputError('export: --format csv writes two files: give --out PREFIX (PREFIX-nodes.csv, PREFIX-edges.csv)');
  const store = await openStoreFromFlags(flags);
  try {
    if (format === 'csv') {
      const nodes = createWriteStream(`${flags.out}-nodes.csv`);
      const edges = createWriteStream(`${flags.out}-edges.csv`);
      try {
        await exportCsv(store, { nodes: writerFor(nodes), edges: writerFor(edges) });
      } finally {
        await closeFile(nodes);
        await closeFile(edges);
      }
      return EXIT_OK;
    }
    const file = flags.out ? createWriteStream(flags.out) : null;
    const write = writerFor(file ?? process.stdout);
    try {
      if (format === 'graphml') await exportGraphml(store, write);
      else await exportJson(store, write, { provenance: flags.provenance === true });
    } finally {
      if (file) await closeFile(file);
    }
    return EXIT_OK;
  } finally {
    await store.close();
  }
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export the whole graph as JSON, GraphML or CSV')
    .option('--store <dir>', 'embedded store directory (default ./citegraph-data)')
    .option('--neo4j <uri>', 'use a Neo4j server instead')
    .option('-f, --format <format>', 'json, graphml or csv', 'json')
    .option('-o, --out <path>', 'output file (csv: a prefix for two files); default stdout')
    .option('--provenance', 'json: include provenance of every node and edge')
    .action(runAction((flags: ExportFlags) => runExport(flags)));
}
