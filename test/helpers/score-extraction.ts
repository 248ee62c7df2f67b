// Runs the vendored shared scorer (test/helpers/score.mjs) on one extraction against one gold file.
// It runs as a child process on temp files, exactly as the held-out evaluation runs it, so the
// numbers here are the numbers the evaluation will print; `--json` gives the summary on stderr.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const SCORER_PATH = join(dirname(fileURLToPath(import.meta.url)), 'score.mjs');

export interface CategoryScore { tp: number; fp: number; fn: number; p: number; r: number; f: number }

export interface ScoreResult {
  overallF1: number;
  fieldMean: number;
  categories: Record<'people' | 'organizations' | 'sessions' | 'citations' | 'urls', CategoryScore>;
  fields: Record<string, { ok: number; n: number }>;
  /** The scorer's verbose text report (missed/spurious items, wrong fields). */
  report: string;
}

/**
 * Score an extraction object (the `extract --format json` shape) against a gold file.
 * @throws Error when the scorer exits non-zero or prints no JSON summary.
 */
export async function scoreExtraction(extraction: unknown, goldPath: string): Promise<ScoreResult> {
  const dir = await mkdtemp(join(tmpdir(), 'citegraph-score-'));
  try {
    const outPath = join(dir, 'extraction.json');
    await writeFile(outPath, JSON.stringify(extraction));
    const { stdout, stderr } = await run(process.execPath, [SCORER_PATH, outPath, goldPath, '--verbose', '--json'], {
      maxBuffer: 16 * 1024 * 1024,
    });
    const line = stderr.split('\n').find((l) => l.trim().startsWith('{'));
    if (!line) throw new Error(`scoreExtraction: no JSON summary from the scorer for ${goldPath}: ${stderr.trim()}`);
    const summary = JSON.parse(line) as Omit<ScoreResult, 'report'>;
    return { ...summary, report: stdout };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
