// `citegraph extract`: one JSON object for one input, JSON Lines for several, a readable table, and a batch
// that goes on past bad inputs (one stderr line each, exit code 1).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExtract } from '../../../src/cli/extract.js';
import { ExtractionSchema } from '../../../src/extraction.js';

let dir: string;
const SAMPLE = 'fixtures/documents/osce-alliance-side-events-2020.md';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'citegraph-extract-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'garbage.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7, 0, 0]));
  writeFileSync(join(dir, 'note.txt'), 'Webinar on forced labour\n\nDate: 3 May 2022, 10:00-11:00 CET\n\nSpeakers: Ms. Ann Lee, Director, Labour Rights Centre\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(inputs: string[], format?: string) {
  let out = '';
  let err = '';
  const code = await runExtract(inputs, format ? { format } : {}, (s) => { out += s; }, (s) => { err += s; });
  return { code, out, err };
}

describe('extract command', () => {
  it('prints one JSON object for one input', async () => {
    const r = await run([SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const x = ExtractionSchema.parse(JSON.parse(r.out));
    expect(x.document.source).toBe(SAMPLE);
    expect(x.people.length).toBeGreaterThan(10);
  });

  it('goes on past bad inputs: JSON Lines for the good ones, one stderr line per bad one, exit 1', async () => {
    const bad = [join(dir, 'empty.txt'), join(dir, 'missing.md'), join(dir, 'garbage.txt')];
    const r = await run([bad[0], SAMPLE, bad[1], join(dir, 'note.txt'), bad[2]]);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => ExtractionSchema.parse(JSON.parse(l)).document.source)).toEqual([SAMPLE, join(dir, 'note.txt')]);
    const errs = r.err.trim().split('\n');
    expect(errs).toHaveLength(3);
    errs.forEach((e, i) => {
      expect(e.startsWith(`citegraph: ${bad[i]}: `)).toBe(true);
      expect(e).not.toMatch(/\n|at .*\.js:\d+/);
    });
  });

  it('renders a readable table', async () => {
    const r = await run([join(dir, 'note.txt')], 'table');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Sessions (1)');
    expect(r.out).toContain('Ms. Ann Lee');
    expect(r.out).toContain('Labour Rights Centre');
  });

  it('refuses an unknown format', async () => {
    await expect(run([SAMPLE], 'xml')).rejects.toMatchObject({ code: 'CG_INVALID_INPUT' });
  });
});
