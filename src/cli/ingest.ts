// `citegraph ingest FILE|DIR|URL... [--store DIR | --neo4j URI]`: load, extract, resolve and store
// each document in its own transaction, with a progress bar on a terminal and a summary of what was
// added, merged and skipped. A bad input is reported on one line and the batch goes on; exit 1 if any failed.
import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { loadDocument } from '../../ingest/load-document.js';
import { extractDocument } from '../../ingest/pipeline.js';
import { openStore } from '../../graph/open-store.js';
import { ingestExtraction, reresolveDocuments, type IngestSummary } from '../../graph/ingest-extraction.js';
import { ALIAS_FILE_NAME, loadAliasFile, type AliasRules } from '../../graph/resolve/alias-file.js';
import type { GraphStore } from '../../graph/store.js';
import { loadConfig } from '../config.js';
import { documentIdFor } from '../document-id.js';
import { describeError, InvalidInputError, isCitegraphError } from '../errors.js';
import { EXIT_FAILURE, EXIT_OK, runAction } from './run-action.js';

export interface IngestCommandOptions {
  store?: string;
  neo4j?: string;
  aliases?: string;
  reresolve?: boolean;
  force?: boolean;
  format?: string;
  progress?: boolean;
}

/** Extensions picked up when a directory is given (files named explicitly are always tried). */
const DOCUMENT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.docx', '.pdf']);

export interface IngestFailure { input: string; error: string; code: string | null }
export interface IngestReport {
  documents: IngestSummary[];
  failed: IngestFailure[];
  totals: { added: number; replaced: number; skipped: number; failed: number; nodesAdded: number; edgesAdded: number; nodesMerged: number; merges: number };
}

/** Files, directories (recursively, document extensions only, sorted) and URLs, in the order given. */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) { out.push(input); continue; }
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) out.push(...(await listDir(input)));
    else out.push(input); // a missing file fails later, with the loader's one-line error
  }
  return out;
}

async function listDir(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) files.push(...(await listDir(path)));
    else if (e.isFile() && DOCUMENT_EXTENSIONS.has(extname(e.name).toLowerCase())) files.push(path);
  }
  return files;
}

/** Ingest inputs into an open store; `onDone` is called after each input (for progress). */
export async function ingestInputs(
  store: GraphStore, inputs: readonly string[], options: { aliases?: AliasRules; force?: boolean },
  onDone: (input: string, result: IngestSummary | IngestFailure) => void = () => {},
): Promise<IngestReport> {
  const report: IngestReport = { documents: [], failed: [], totals: { added: 0, replaced: 0, skipped: 0, failed: 0, nodesAdded: 0, edgesAdded: 0, nodesMerged: 0, merges: 0 } };
  for (const input of inputs) {
    try {
      const doc = await loadDocument(input);
      const existing = await store.getDocument(documentIdFor(doc.source));
      let summary: IngestSummary;
      if (existing && existing.contentHash === doc.contentHash && !options.force) {
        // Same bytes as stored: skip before paying for extraction.
        summary = { documentId: existing.id, source: doc.source, status: 'skipped', nodesAdded: 0, edgesAdded: 0, nodesMerged: 0, nodesRemoved: 0, edgesRemoved: 0, merges: 0 };
      } else {
        summary = await ingestExtraction(store, extractDocument(doc), { text: doc.text, contentHash: doc.contentHash, source: doc.source, aliases: options.aliases, force: options.force });
      }
      report.documents.push(summary);
      const t = report.totals;
      t[summary.status]++;
      t.nodesAdded += summary.nodesAdded;
      t.edgesAdded += summary.edgesAdded;
      t.nodesMerged += summary.nodesMerged;
      t.merges += summary.merges;
      onDone(input, summary);
    } catch (err) {
      if (isCitegraphError(err) && err.code === 'CG_STORE') throw err; // the store itself failed: stop the batch
      const msg = describeError(err).replace(/\s*\n\s*/g, ' ');
      const failure = { input, error: msg.includes(input) ? msg : `${input}: ${msg}`, code: isCitegraphError(err) ? err.code : null };
      report.failed.push(failure);
      report.totals.failed++;
      onDone(input, failure);
    }
  }
  return report;
}

export function formatIngestSummary(r: IngestReport): string {
  const t = r.totals;
  return `ingested ${r.documents.length + r.failed.length} input(s): ${t.added} added, ${t.replaced} replaced, ${t.skipped} skipped (unchanged), ${t.failed} failed; ` +
    `${t.nodesAdded} new nodes, ${t.edgesAdded} new edges, ${t.nodesMerged} nodes merged with other documents, ${t.merges} name merges recorded\n`;
}

/** Run the command; returns the exit code. */
export async function runIngest(
  inputs: string[], options: IngestCommandOptions,
  out: (s: string) => void = (s) => process.stdout.write(s),
  err: (s: string) => void = (s) => process.stderr.write(s),
): Promise<number> {
  const format = options.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw new InvalidInputError(`ingest: --format must be table or json, got "${format}"`);
  if (!inputs.length && !options.reresolve) throw new InvalidInputError('ingest: give at least one FILE, DIR or URL (or --reresolve)');
  const aliases = options.aliases ? await loadAliasFile(options.aliases) : await loadAliasFile(resolve(ALIAS_FILE_NAME), { optional: true });
  const config = loadConfig({ ...(options.store ? { storeDir: options.store } : {}), ...(options.neo4j ? { neo4jUri: options.neo4j } : {}) });
  const files = await expandInputs(inputs);
  const store = await openStore(config);
  try {
    const showBar = options.progress !== false && process.stderr.isTTY === true && format === 'table' && files.length > 1;
    const bar = showBar ? new cliProgress.SingleBar({ stream: process.stderr, format: 'ingest [{bar}] {value}/{total} {file}', hideCursor: true }, cliProgress.Presets.shades_classic) : null;
    bar?.start(files.length, 0, { file: '' });
    // With a bar on screen, error lines wait until it is gone so they are not overdrawn.
    const pending: string[] = [];
    const report = await ingestInputs(store, files, { aliases, force: options.force }, (input, result) => {
      bar?.increment(1, { file: input.length > 40 ? '…' + input.slice(-39) : input });
      if ('error' in result) {
        const line = `citegraph: ${result.error}${result.code ? ` [${result.code}]` : ''}\n`;
        if (bar) pending.push(line);
        else err(line);
      }
    });
    bar?.stop();
    for (const line of pending) err(line);
    const reresolved = options.reresolve ? await reresolveDocuments(store, aliases) : [];
    if (format === 'json') out(JSON.stringify({ ...report, reresolved: reresolved.length }, null, 2) + '\n');
    else {
      if (files.length) out(formatIngestSummary(report));
      if (options.reresolve) out(`re-resolved ${reresolved.length} stored document(s)\n`);
    }
    return report.failed.length ? EXIT_FAILURE : EXIT_OK;
  } finally {
    await store.close();
  }
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('load, extract and add documents to the graph (unchanged documents are skipped)')
    .argument('[inputs...]', 'files (.txt, .md, .html, .docx, .pdf), directories or http(s) URLs')
    .option('--store <dir>', 'embedded store directory (default ./citegraph-data)')
    .option('--neo4j <uri>', 'use a Neo4j server instead (bolt://host:7687; NEO4J_USERNAME/NEO4J_PASSWORD)')
    .option('--aliases <file>', `force or forbid merges (default ./${ALIAS_FILE_NAME} when present)`)
    .option('--reresolve', 're-run entity resolution over every stored document (after editing the aliases file)')
    .option('--force', 're-resolve and rewrite documents even when their content is unchanged')
    .option('-f, --format <format>', 'table or json', 'table')
    .option('--no-progress', 'no progress bar')
    .action(runAction(async (inputs: string[], options: IngestCommandOptions) => runIngest(inputs, options)));
}
