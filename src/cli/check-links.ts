// `citegraph check-links`: check the URLs of a list (--urls FILE|-) or of the whole store; with a store
// every check is recorded there with its time. Prints jsonl/json/csv/table, exits 1 when something is dead.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { streamLinkChecks, summarizeHistory, formatCsvHeader, formatCsvRow, formatJson, formatJsonLine, formatTable, isReportFormat,
  type CheckOptions, type ReportFormat, type ReportRow } from '../../ingest/linkcheck/index.js';
import { openStore } from '../../graph/open-store.js';
import type { GraphStore } from '../../graph/store.js';
import { normalizeUrl } from '../../graph/normalize.js';
import { loadConfig } from '../config.js';
import { InvalidInputError } from '../errors.js';
import type { LinkCheck } from '../link-check.js';
import type { HistoryOptions } from '../../ingest/linkcheck/history.js';
import { EXIT_FAILURE, EXIT_OK, runAction } from './run-action.js';

export interface CheckLinksCommandOptions {
  store?: string;
  urls?: string;
  format?: string;
  concurrency?: string;
  perHost?: string;
  timeout?: string;
  retries?: string;
  archive?: string;
  archiveUrl?: string;
  deadAfter?: string;
  deadSpan?: string;
}

export interface CheckLinksIo {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Progress goes here only when it is a terminal. */
  progressStream: NodeJS.WriteStream | null;
  readStdin: () => Promise<string>;
}

const STORE_BATCH = 100;
/** 128 + SIGINT, as shells report an interrupted command. */
const EXIT_INTERRUPTED = 130;

function intFlag(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min || !Number.isSafeInteger(Number(value))) {
    throw new InvalidInputError(`check-links: ${name} must be an integer >= ${min}, got "${value}"`);
  }
  return Number(value);
}

/** Validate flags into check options (usage errors become CG_INVALID_INPUT, exit 2). */
export function parseCheckLinksFlags(options: CheckLinksCommandOptions, defaultArchiveUrl: string): { format: ReportFormat; check: CheckOptions; history: HistoryOptions } {
  const format = options.format ?? 'jsonl';
  if (!isReportFormat(format)) throw new InvalidInputError(`check-links: --format must be jsonl, json, csv or table, got "${format}"`);
  const archive = options.archive ?? 'wayback';
  if (archive !== 'wayback' && archive !== 'none') throw new InvalidInputError(`check-links: --archive must be wayback or none, got "${archive}"`);
  const archiveUrl = options.archiveUrl ?? defaultArchiveUrl;
  let parsed: URL | null = null;
  try {
    parsed = new URL(archiveUrl);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw new InvalidInputError(`check-links: --archive-url must be an http(s) URL, got "${archiveUrl}"`);
  }
  const minFailures = intFlag('--dead-after', options.deadAfter, 1);
  const spanDays = intFlag('--dead-span', options.deadSpan, 0);
  return {
    format,
    history: {
      ...(minFailures !== undefined ? { minFailures } : {}),
      ...(spanDays !== undefined ? { minSpanMs: spanDays * 24 * 60 * 60 * 1000 } : {}),
    },
    check: {
      concurrency: intFlag('--concurrency', options.concurrency, 1),
      perHost: intFlag('--per-host', options.perHost, 1),
      timeoutMs: intFlag('--timeout', options.timeout, 1),
      retries: intFlag('--retries', options.retries, 0),
      archive,
      archiveUrl,
      // The operator runs the CLI against whatever they cite, intranet included (the API keeps the guard).
      allowPrivate: true,
    },
  };
}

/** One URL per line; blank lines and # comments skipped. */
export function parseUrlList(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

interface StoreTargets {
  urls: string[];
  citedTitles: Map<string, string>;
  citedDates: Map<string, string>;
}

/**
 * WebResources in the store with the citation title and the earliest citing document's date.
 * With `only` (URLs as listed by the user), just those: the maps are keyed by the listed spelling,
 * matched to the store's through normalizeUrl, and `urls` keeps the list as given.
 */
async function storeTargets(store: GraphStore, only?: readonly string[]): Promise<StoreTargets> {
  const targets: StoreTargets = { urls: only ? [...only] : [], citedTitles: new Map(), citedDates: new Map() };
  const listed = new Map<string, string[]>();
  for (const u of only ?? []) {
    const key = normalizeUrl(u);
    listed.set(key, [...(listed.get(key) ?? []), u]);
  }
  let cursor: string | undefined;
  do {
    const page = await store.listWebResources({ limit: 1000, cursor });
    for (const row of page.items) {
      const names = only ? listed.get(normalizeUrl(row.url)) : [row.url];
      if (!names) continue;
      if (!only) targets.urls.push(row.url);
      const title = row.sources.find((s) => s.title)?.title;
      const dates = row.documents.map((d) => d.date).filter((d): d is string => !!d).sort();
      for (const name of names) {
        if (title) targets.citedTitles.set(name, title);
        if (dates.length) targets.citedDates.set(name, dates[0]);
      }
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return targets;
}

/** Run the command; returns the exit code. */
export async function runCheckLinks(options: CheckLinksCommandOptions, io: CheckLinksIo): Promise<number> {
  const config = loadConfig(options.store ? { storeDir: options.store } : {});
  const { format, check, history } = parseCheckLinksFlags(options, config.archiveUrl);
  let urls: string[] | null = null;
  if (options.urls !== undefined) {
    let text: string;
    if (options.urls === '-') text = await io.readStdin();
    else {
      try {
        text = await readFile(options.urls, 'utf8');
      } catch (err) {
        throw new InvalidInputError(`check-links: cannot read --urls file ${options.urls}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
      }
    }
    urls = [...new Set(parseUrlList(text))];
  }
  // The store is used without --urls (check all it holds) and with --urls when --store is named:
  // the listed URLs are checked with what the store knows of them and their results recorded there.
  // A bare --urls run leaves the default store alone.
  let store: GraphStore | null = null;
  if (urls === null || options.store !== undefined) {
    store = await openStore(config);
    let targets: StoreTargets;
    try {
      targets = await storeTargets(store, urls ?? undefined);
    } catch (err) {
      await store.close();
      throw err;
    }
    urls = targets.urls;
    check.citedTitles = targets.citedTitles;
    check.citedDates = targets.citedDates;
  }
  const checkUrls: string[] = urls ?? [];

  const bar = io.progressStream && checkUrls.length > 0
    ? new cliProgress.SingleBar({ stream: io.progressStream, format: 'check-links [{bar}] {value}/{total} | {dead} dead | {eta_formatted} left', hideCursor: true }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(checkUrls.length, 0, { dead: 0 });
  // Ctrl-C stops starting new URLs; what was checked is still printed and recorded.
  const interrupt = new AbortController();
  const onSigint = () => interrupt.abort();
  process.once('SIGINT', onSigint);
  check.signal = interrupt.signal;
  const rows: ReportRow[] = [];
  const pending: LinkCheck[] = [];
  let dead = 0;
  let checked = 0;
  if (format === 'csv') io.out(formatCsvHeader());
  try {
    for await (const result of streamLinkChecks(checkUrls, check)) {
      let row: ReportRow = result;
      if (store) {
        const prior = await store.getLinkHistory(result.url, { limit: 100 });
        const summary = summarizeHistory([...prior, result], history);
        row = { ...result, trend: summary.trend, lastAliveAt: summary.lastAliveAt };
        pending.push(result);
        if (pending.length >= STORE_BATCH) await store.recordLinkChecks(pending.splice(0));
      }
      checked++;
      if (result.verdict === 'dead' || result.verdict === 'soft-dead') dead++;
      bar?.increment(1, { dead });
      if (format === 'jsonl') io.out(formatJsonLine(row));
      else if (format === 'csv') io.out(formatCsvRow(row));
      else rows.push(row);
    }
    if (store && pending.length) await store.recordLinkChecks(pending.splice(0));
  } finally {
    process.removeListener('SIGINT', onSigint);
    bar?.stop();
    await store?.close();
  }
  if (format === 'json' || format === 'table') {
    const order = new Map(checkUrls.map((u, i) => [u.trim(), i]));
    rows.sort((a, b) => (order.get(a.url) ?? 0) - (order.get(b.url) ?? 0));
    io.out(format === 'json' ? formatJson(rows) : formatTable(rows));
  }
  if (interrupt.signal.aborted) {
    io.err(`check-links: interrupted after ${checked} of ${checkUrls.length} URLs\n`);
    return EXIT_INTERRUPTED;
  }
  return dead > 0 ? EXIT_FAILURE : EXIT_OK;
}

async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function registerCheckLinks(program: Command): void {
  program
    .command('check-links')
    .description('check cited URLs for rot: alive, moved, dead, soft-404, parked, drifted; find archived copies')
    .option('--store <dir>', 'graph store directory: checks every URL in it (or those of --urls) and records the results')
    .option('--urls <file>', 'check the URLs listed in FILE, one per line ("-" reads stdin) instead of the store')
    .option('-f, --format <format>', 'jsonl, json, csv or table', 'jsonl')
    .option('--concurrency <n>', 'requests in flight overall (default 64)')
    .option('--per-host <n>', 'requests in flight per host (default 2)')
    .option('--timeout <ms>', 'time budget per attempt: connect, headers and body (default 15000)')
    .option('--retries <n>', 'retries for 5xx, 429, timeouts and connection errors (default 2)')
    .option('--archive <mode>', 'look up archived copies of dead links: wayback or none', 'wayback')
    .option('--archive-url <url>', 'base URL of the Wayback availability API')
    .option('--dead-after <n>', 'failing checks before a link counts as persistently dead (default 3)')
    .option('--dead-span <days>', 'days those failing checks must span (default 2)')
    .action(runAction(async (options: CheckLinksCommandOptions) => {
      // `check-links ... | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
      process.stdout.on('error', (err: NodeJS.ErrnoException) => {
        if (err.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
        throw err;
      });
      return runCheckLinks(options, {
        out: (s) => process.stdout.write(s),
        err: (s) => process.stderr.write(s),
        progressStream: process.stderr.isTTY ? process.stderr : null,
        readStdin: readAllStdin,
      });
    }));
}
