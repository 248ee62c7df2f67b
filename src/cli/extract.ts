// `citegraph extract FILE|URL... [--format json|table]`: one JSON object for one input, JSON Lines for several,
// or a readable table. A bad input prints one line on stderr; the others still run; exit 1 if any failed.
import type { Command } from 'commander';
import { loadDocument } from '../../ingest/load-document.js';
import { extractDocument } from '../../ingest/pipeline.js';
import { describeError, InvalidInputError, isCitegraphError } from '../errors.js';
import type { Extraction } from '../extraction.js';
import { EXIT_FAILURE, EXIT_OK, runAction } from './run-action.js';

export interface ExtractCommandOptions {
  format?: string;
  maxBytes?: string;
  timeout?: string;
}

/** Render one extraction as a readable text table. */
export function formatTable(x: Extraction): string {
  const lines: string[] = [];
  const row = (...cells: Array<string | null | undefined>) => lines.push('  ' + cells.map((c) => c ?? '-').join(' | '));
  lines.push(`${x.document.source}  (${x.document.mediaType})  ${x.document.title ?? ''}`);
  lines.push(`\nSessions (${x.sessions.length})`);
  for (const s of x.sessions) row(s.kind, s.date, [s.startTime, s.endTime].filter(Boolean).join('-') || null, s.timezone, s.title, s.convenors.join('; ') || null, s.platform);
  lines.push(`\nPeople (${x.people.length})`);
  for (const p of x.people) row([p.honorific, p.name].filter(Boolean).join(' '), p.roles.join('; ') || null, p.affiliations.map((a) => a.organization + (a.current ? '' : ' (former)')).join('; ') || null, p.participation.map((q) => q.role + (q.tentative ? ' (tbc)' : '')).join(', ') || null);
  lines.push(`\nOrganizations (${x.organizations.length})`);
  for (const o of x.organizations) row(o.name, o.acronym, o.parent ? `part of ${o.parent}` : null);
  lines.push(`\nCitations (${x.citations.length})`);
  for (const c of x.citations) row(`[${c.marker}]`, c.issuer ?? (c.authors.join(', ') || null), c.year === null ? null : String(c.year), c.title, c.url);
  lines.push(`\nURLs (${x.urls.length})`);
  for (const u of x.urls) row(u.kind, u.url);
  lines.push(`\nTopics: ${x.topics.map((t) => `${t.label} (${t.score})`).join(', ')}`);
  lines.push(`Acronyms: ${x.acronyms.map((a) => `${a.short} = ${a.long}`).join('; ')}`);
  if (x.warnings.length) lines.push(`Warnings: ${x.warnings.join('; ')}`);
  return lines.join('\n') + '\n';
}

/** Run the command over inputs; returns the exit code. Output goes to the given writers (testable). */
export async function runExtract(
  inputs: string[],
  options: ExtractCommandOptions,
  out: (s: string) => void = (s) => process.stdout.write(s),
  err: (s: string) => void = (s) => process.stderr.write(s),
): Promise<number> {
  const format = options.format ?? 'json';
  if (format !== 'json' && format !== 'table') throw new InvalidInputError(`extract: --format must be json or table, got "${format}"`);
  const maxBytes = options.maxBytes !== undefined ? Number(options.maxBytes) : undefined;
  const timeoutMs = options.timeout !== undefined ? Number(options.timeout) : undefined;
  let failed = 0;
  for (const input of inputs) {
    try {
      const doc = await loadDocument(input, { ...(maxBytes !== undefined ? { maxBytes } : {}), ...(timeoutMs !== undefined ? { timeoutMs } : {}) });
      const x = extractDocument(doc);
      if (format === 'table') out(formatTable(x) + (inputs.length > 1 ? '\n' : ''));
      else out(inputs.length === 1 ? JSON.stringify(x, null, 2) + '\n' : JSON.stringify(x) + '\n');
    } catch (e) {
      failed++;
      const msg = describeError(e).replace(/\s*\n\s*/g, ' ');
      const code = isCitegraphError(e) ? ` [${e.code}]` : '';
      err(`citegraph: ${input}: ${msg.includes(input) ? msg.replace(`${input}: `, '') : msg}${code}\n`);
    }
  }
  return failed ? EXIT_FAILURE : EXIT_OK;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract people, organizations, sessions, citations, URLs and topics from documents')
    .argument('<inputs...>', 'files (.txt, .md, .html, .docx, .pdf) or http(s) URLs')
    .option('-f, --format <format>', 'json (JSON Lines for several inputs) or table', 'json')
    .option('--max-bytes <n>', 'largest input accepted, in bytes')
    .option('--timeout <ms>', 'time limit for fetching a URL, in milliseconds')
    .action(runAction(async (inputs: string[], options: ExtractCommandOptions) => runExtract(inputs, options)));
}
