// The real `citegraph ingest | stats | query` processes (src/cli.ts bundled by esbuild), including
// an ingest killed with SIGKILL midway: the store reopens intact and holds exactly what was committed.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { openSqliteStore } from '../../graph/sqlite-store.js';
import { loadDocument } from '../../ingest/load-document.js';
import { extractDocument } from '../../ingest/pipeline.js';
import { ingestExtraction } from '../../graph/ingest-extraction.js';
import { tempDirs } from './temp-dir.js';

const root = join(import.meta.dirname, '../..');
const cacheDir = join(root, 'node_modules/.cache/citegraph-test');
const cli = join(cacheDir, `cli-graph-${process.pid}.mjs`);
const FIXTURES = join(root, 'fixtures/documents');
const SAMPLE = join(FIXTURES, 'osce-alliance-side-events-2020.md');
const dirs = tempDirs();
let tmp: string;

beforeAll(async () => {
  mkdirSync(cacheDir, { recursive: true });
  await build({ entryPoints: [join(root, 'src/cli.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: cli, logLevel: 'silent' });
  tmp = dirs.make('cg-graph-cli-');
});
afterAll(() => { rmSync(cli, { force: true }); dirs.cleanup(); });

function start(args: string[]) {
  const child = spawn(process.execPath, [cli, ...args], { cwd: tmp, env: { ...process.env, NEO4J_URI: '', CITEGRAPH_STORE: join(tmp, 'default-store') } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => { stdout += d; });
  child.stderr.on('data', (d) => { stderr += d; });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((ok, fail) => {
    child.on('error', fail);
    child.on('close', (code, signal) => ok({ code, signal, stdout, stderr }));
  });
  return { child, done };
}
const run = (args: string[]) => start(args).done;

describe('citegraph ingest, stats and query', () => {
  it('ingests a directory, reports a bad file on one line, keeps going, and exits 1', async () => {
    const store = join(tmp, 'store-a');
    const bad = join(tmp, 'broken.pdf');
    writeFileSync(bad, 'not really a pdf');
    const r = await run(['ingest', FIXTURES, join(tmp, 'missing.md'), bad, '--store', store]);
    expect(r.code).toBe(1);
    const errLines = r.stderr.trim().split('\n');
    expect(errLines).toHaveLength(2);
    expect(errLines[0]).toMatch(/missing\.md.*\[CG_NOT_FOUND\]$/);
    expect(errLines[1]).toMatch(/broken\.pdf/);
    expect(r.stderr).not.toMatch(/\bat .*\.m?js:\d+/); // no stack trace
    expect(r.stdout).toMatch(/added, 0 replaced, 0 skipped \(unchanged\), 2 failed/);
    const stats = JSON.parse((await run(['stats', '--store', store, '--format', 'json'])).stdout);
    expect(stats.documents).toBeGreaterThanOrEqual(10);
    const again = await run(['ingest', FIXTURES, '--store', store, '--format', 'json']);
    expect(again.code).toBe(0);
    const report = JSON.parse(again.stdout);
    expect(report.totals).toMatchObject({ added: 0, replaced: 0, failed: 0, skipped: stats.documents });
    expect(JSON.parse((await run(['stats', '--store', store, '--format', 'json'])).stdout)).toEqual(stats);
    expect((await run(['stats', '--store', store])).stdout).toMatch(/^documents\s+\d+/);
  });

  it('answers queries as tables and JSON, with usage errors exiting 2', async () => {
    const store = join(tmp, 'store-a');
    const search = JSON.parse((await run(['query', 'search', 'vinet', '--store', store, '--format', 'json'])).stdout);
    expect(search.items[0].node.key).toBe('person:guy-vinet');
    const hood = JSON.parse((await run(['query', 'neighbors', 'person:guy-vinet', '--depth', '2', '--store', store, '--format', 'json'])).stdout);
    expect(hood.nodes.length).toBeGreaterThan(3);
    const path = await run(['query', 'path', 'Guy Vinet', 'Tihana Leko', '--store', store]);
    expect(path.code).toBe(0);
    expect(path.stdout).toMatch(/hop\(s\) \(not following MENTIONS\)/);
    const viaDocs = JSON.parse((await run(['query', 'path', 'Guy Vinet', 'Tihana Leko', '--exclude-edge-kinds', 'none', '--store', store, '--format', 'json'])).stdout);
    expect(viaDocs.excludedEdgeKinds).toEqual([]);
    const noMentions = JSON.parse((await run(['query', 'neighbors', 'person:guy-vinet', '--depth', '2', '--exclude-edge-kinds', 'mentions', '--store', store, '--format', 'json'])).stdout);
    expect(noMentions.nodes.map((n: { kind: string }) => n.kind)).not.toContain('Document');
    expect((await run(['query', 'path', 'Guy Vinet', 'Tihana Leko', '--exclude-edge-kinds', 'LIKES', '--store', store])).code).toBe(2);
    const sources = JSON.parse((await run(['query', 'search', 'exploiting isolation', '--kind', 'Source', '--store', store, '--format', 'json'])).stdout);
    const key = sources.items[0].node.key as string;
    const citedBy = JSON.parse((await run(['query', 'cited-by', key, '--store', store, '--format', 'json'])).stdout);
    expect(citedBy.items.length).toBeGreaterThan(0);
    expect(citedBy.items[0]).toHaveProperty('context');
    expect((await run(['query', 'co-cited', key, '--store', store])).code).toBe(0);
    expect((await run(['query', 'neighbors', 'x', '--depth', '7', '--store', store])).code).toBe(2);
    expect((await run(['query', 'teleport', 'x', '--store', store])).code).toBe(2);
    const missing = await run(['query', 'neighbors', 'zzzz-nobody', '--store', store]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/\[CG_NOT_FOUND\]/);
  });

  it('survives SIGKILL mid-ingest: the store opens and holds exactly the committed documents', async () => {
    const batch = join(tmp, 'batch');
    mkdirSync(batch);
    const base = readFileSync(SAMPLE, 'utf8');
    const N = 60;
    for (let i = 0; i < N; i++) writeFileSync(join(batch, `doc-${String(i).padStart(3, '0')}.md`), `${base}\n\nCopy ${i} of the programme, reviewed by Ms. Reviewer${String.fromCharCode(65 + (i % 26))} Number${i}.\n`);
    const store = join(tmp, 'store-killed');
    const { child, done } = start(['ingest', batch, '--store', store, '--no-progress']);
    // Wait until some documents are committed, then kill without warning.
    const deadline = Date.now() + 60_000;
    let seen = 0;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      try {
        const ro = openSqliteStore({ dir: store, readonly: true });
        seen = (await ro.stats()).documents;
        await ro.close();
      } catch { /* not created yet */ }
      if (seen >= 3) break;
    }
    child.kill('SIGKILL');
    const r = await done;
    expect(r.signal).toBe('SIGKILL');
    expect(seen).toBeGreaterThanOrEqual(3);

    const reopened = openSqliteStore({ dir: store });
    expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const docs = (await reopened.listDocuments({ limit: 1000 })).items;
    const committed = docs.length;
    expect(committed).toBeGreaterThanOrEqual(seen);
    expect(committed).toBeLessThan(N);
    const stats = await reopened.stats();
    await reopened.close();

    // The same first `committed` files ingested cleanly give exactly the same store.
    const clean = openSqliteStore({ dir: dirs.make() });
    const files = Array.from({ length: committed }, (_, i) => join(batch, `doc-${String(i).padStart(3, '0')}.md`));
    for (const f of files) {
      const doc = await loadDocument(f);
      await ingestExtraction(clean, extractDocument(doc), { text: doc.text, contentHash: doc.contentHash, source: doc.source });
    }
    const expected = await clean.stats();
    const expectedSources = (await clean.listDocuments({ limit: 1000 })).items.map((d) => d.source).sort();
    await clean.close();
    expect(stats).toEqual(expected);
    expect(docs.map((d) => d.source).sort()).toEqual(expectedSources);

    // And the interrupted batch can simply be run again: the committed part is skipped.
    copyFileSync(SAMPLE, join(batch, 'zzz-extra.md'));
    const resumed = await run(['ingest', batch, '--store', store, '--format', 'json']);
    expect(resumed.code).toBe(0);
    expect(JSON.parse(resumed.stdout).totals).toMatchObject({ skipped: committed, added: N - committed + 1 });
  }, 180_000);
});
