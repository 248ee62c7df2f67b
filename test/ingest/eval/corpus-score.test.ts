// Extraction quality on the fixture corpus: every document in fixtures/documents that has a gold file in
// fixtures/expected is loaded, extracted and scored with the vendored shared scorer; prints a per-document
// table and holds floors (the sample programme, and the corpus mean, which stands in for held-out documents).
import { readdirSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../../ingest/load-document.js';
import { extractDocument } from '../../../ingest/pipeline.js';
import { ExtractionSchema } from '../../../src/extraction.js';
import { scoreExtraction, type ScoreResult } from '../../helpers/score-extraction.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const DOCS = join(ROOT, 'fixtures', 'documents');
const GOLD = join(ROOT, 'fixtures', 'expected');
const SAMPLE = 'osce-alliance-side-events-2020';

/** Floors: the issue's bar for the sample; the corpus floor is the measured mean minus a small margin. */
const SAMPLE_MIN_F1 = 0.97;
const SAMPLE_MIN_FIELD_MEAN = 0.95;
const CORPUS_MEAN_MIN_F1 = 0.92;
/** No single style may collapse: a per-document floor well under the mean. */
const DOCUMENT_MIN_F1 = 0.6;
/**
 * The shared seeds are Markdown converted from Word but named `.txt`, so the held-out documents most likely
 * arrive the same way: the Markdown fixtures are also scored from a `.txt` copy (measured mean 0.829 over 11).
 */
const MARKDOWN_AS_TEXT_MEAN_MIN_F1 = 0.8;

interface Row { name: string; score: ScoreResult; contractIssues: string[] }

/** Gold files paired with their document (same basename, any extension). */
function corpus(): Array<{ name: string; doc: string; gold: string }> {
  const docs = readdirSync(DOCS);
  return readdirSync(GOLD).filter((f) => f.endsWith('.gold.json')).sort().map((f) => {
    const name = f.slice(0, -'.gold.json'.length);
    const doc = docs.find((d) => d.slice(0, d.lastIndexOf('.')) === name);
    if (!doc) throw new Error(`corpus-score: no document for gold file ${f}`);
    return { name, doc: join(DOCS, doc), gold: join(GOLD, f) };
  });
}

function table(rows: Row[]): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  const cats = ['people', 'organizations', 'sessions', 'citations', 'urls'] as const;
  const head = `${'document'.padEnd(46)} ${'F1'.padStart(6)} ${'fields'.padStart(6)} ${cats.map((c) => c.slice(0, 6).padStart(6)).join(' ')}`;
  const lines = rows.map(({ name, score }) =>
    `${name.padEnd(46)} ${pct(score.overallF1)} ${pct(score.fieldMean)} ${cats.map((c) => pct(score.categories[c].f)).join(' ')}`);
  const mean = (f: (r: Row) => number) => rows.reduce((a, r) => a + f(r), 0) / Math.max(1, rows.length);
  lines.push(`${'MEAN'.padEnd(46)} ${pct(mean((r) => r.score.overallF1))} ${pct(mean((r) => r.score.fieldMean))} ${cats.map((c) => pct(mean((r) => r.score.categories[c].f))).join(' ')}`);
  return [head, ...lines].join('\n');
}

async function scoreOne(name: string, doc: string, gold: string): Promise<Row> {
  const extraction = extractDocument(await loadDocument(doc));
  const parsed = ExtractionSchema.safeParse(extraction);
  const contractIssues = parsed.success ? [] : parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`);
  return { name, score: await scoreExtraction(extraction, gold), contractIssues };
}

const mean = (rows: Row[]) => rows.reduce((a, r) => a + r.score.overallF1, 0) / Math.max(1, rows.length);

describe('extraction quality on the fixture corpus', () => {
  const rows: Row[] = [];
  const markdownAsText: Row[] = [];

  beforeAll(async () => {
    for (const item of corpus()) rows.push(await scoreOne(item.name, item.doc, item.gold));
    const dir = await mkdtemp(join(tmpdir(), 'citegraph-md-as-txt-'));
    try {
      for (const item of corpus().filter((c) => c.doc.endsWith('.md'))) {
        const copy = join(dir, `${basename(item.doc, '.md')}.txt`);
        await copyFile(item.doc, copy);
        markdownAsText.push(await scoreOne(item.name, copy, item.gold));
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    console.log(`\nextraction F1 per fixture (vendored shared scorer)\n${table(rows)}\n`);
    console.log(`\nMarkdown fixtures delivered as .txt (like the shared seeds)\n${table(markdownAsText)}\n`);
    if (process.env.CITEGRAPH_EVAL_VERBOSE) for (const r of rows) console.log(`\n=== ${r.name}\n${r.score.report}`);
  });

  it('scores every fixture that has a gold file', () => {
    expect(rows.length).toBe(corpus().length);
    expect(rows.length).toBeGreaterThanOrEqual(8);
  });

  it('produces output that matches the extraction contract for every fixture', () => {
    for (const r of rows) expect(r.contractIssues, r.name).toEqual([]);
  });

  it(`reaches F1 >= ${SAMPLE_MIN_F1} and field accuracy >= ${SAMPLE_MIN_FIELD_MEAN} on the sample programme`, () => {
    const sample = rows.find((r) => r.name === SAMPLE);
    expect(sample, 'sample programme gold is missing').toBeDefined();
    expect(sample!.score.overallF1, sample!.score.report).toBeGreaterThanOrEqual(SAMPLE_MIN_F1);
    expect(sample!.score.fieldMean, sample!.score.report).toBeGreaterThanOrEqual(SAMPLE_MIN_FIELD_MEAN);
  });

  it(`reaches a mean F1 >= ${CORPUS_MEAN_MIN_F1} over the corpus`, () => {
    expect(mean(rows)).toBeGreaterThanOrEqual(CORPUS_MEAN_MIN_F1);
  });

  it(`reaches a mean F1 >= ${MARKDOWN_AS_TEXT_MEAN_MIN_F1} on the Markdown fixtures read from .txt copies`, () => {
    expect(markdownAsText.length).toBeGreaterThanOrEqual(5);
    expect(mean(markdownAsText)).toBeGreaterThanOrEqual(MARKDOWN_AS_TEXT_MEAN_MIN_F1);
  });

  it(`reaches F1 >= ${DOCUMENT_MIN_F1} on every fixture`, () => {
    for (const r of rows) expect(r.score.overallF1, `${r.name}\n${r.score.report}`).toBeGreaterThanOrEqual(DOCUMENT_MIN_F1);
  });
});
