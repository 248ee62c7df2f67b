// The ingest command's library half: directory expansion, URLs served by a local server, and a
// failing input that does not stop the batch.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs, formatIngestSummary, ingestInputs } from '../../src/cli/ingest.js';
import { openSqliteStore } from '../../graph/sqlite-store.js';
import { tempDirs } from './temp-dir.js';

const SAMPLE = readFileSync('fixtures/documents/osce-alliance-side-events-2020.md');
const dirs = tempDirs();
let server: http.Server;
let base: string;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/programme.md') return void res.writeHead(200, { 'content-type': 'text/markdown; charset=utf-8' }).end(SAMPLE);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('no');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((ok) => server.close(() => ok()));
  dirs.cleanup();
});

describe('ingest inputs', () => {
  it('expands directories recursively to document files, sorted, skipping dot files and other extensions', async () => {
    const dir = dirs.make();
    mkdirSync(join(dir, 'sub'));
    for (const f of ['b.md', 'a.txt', '.hidden.md', 'notes.json', 'sub/c.html', 'sub/d.PDF']) writeFileSync(join(dir, f), 'x');
    const out = await expandInputs([dir, 'https://example.org/x.pdf', join(dir, 'notes.json')]);
    expect(out.map((p) => p.replace(dir, ''))).toEqual(['/a.txt', '/b.md', '/sub/c.html', '/sub/d.PDF', 'https://example.org/x.pdf', '/notes.json']);
  });

  it('ingests a URL and reports a failing one without stopping', async () => {
    const store = openSqliteStore({ dir: dirs.make() });
    const seen: string[] = [];
    const report = await ingestInputs(store, [`${base}/missing.md`, `${base}/programme.md`], {}, (input) => seen.push(input));
    expect(seen).toHaveLength(2);
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]!.error).toContain(`${base}/missing.md`);
    expect(report.totals).toMatchObject({ added: 1, failed: 1 });
    expect(await store.getDocumentBySource(`${base}/programme.md`)).toMatchObject({ source: `${base}/programme.md` });
    expect(formatIngestSummary(report)).toMatch(/1 added, 0 replaced, 0 skipped \(unchanged\), 1 failed/);
    const again = await ingestInputs(store, [`${base}/programme.md`], {});
    expect(again.totals).toMatchObject({ skipped: 1, added: 0 });
    await store.close();
  });
});
