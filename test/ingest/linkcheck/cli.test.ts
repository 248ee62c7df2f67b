// The real `citegraph check-links` process (src/cli.ts bundled by esbuild) against the rotten web:
// JSON Lines parsed back, exit codes, usage errors, stdin, and store mode recording history.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { LinkCheckSchema } from '../../../src/link-check.js';
import { openStore } from '../../../graph/open-store.js';
import { documentKey, edgeKey, sourceKey, urlKey } from '../../../graph/keys.js';
import type { EdgeRecord, NodeRecord } from '../../../src/graph-model.js';
import { CITED_REPORT_TITLE, startRottenWeb, type RottenWeb } from '../../helpers/rotten-web.js';

const root = join(import.meta.dirname, '../../..');
const cacheDir = join(root, 'node_modules/.cache/citegraph-test');
const cli = join(cacheDir, `cli-${process.pid}.mjs`);
let web: RottenWeb;
let tmp: string;

beforeAll(async () => {
  mkdirSync(cacheDir, { recursive: true });
  await build({ entryPoints: [join(root, 'src/cli.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: cli, logLevel: 'silent' });
  web = await startRottenWeb();
  tmp = mkdtempSync(join(tmpdir(), 'cg-cli-'));
});
afterAll(async () => {
  await web.close();
  rmSync(tmp, { recursive: true, force: true });
  rmSync(cli, { force: true });
});

function run(args: string[], stdin?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: tmp, env: { ...process.env, CITEGRAPH_STORE: join(tmp, 'unused-store'), NEO4J_URI: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

const FAST = ['--timeout', '1500', '--retries', '1', '--archive', 'none'];

describe('check-links --urls', () => {
  it('prints one JSON object per URL and exits 1 when something is dead', async () => {
    const urls = [`${web.hosts.site}/reports/assembly-guidelines`, `${web.hosts.site}/missing`, `${web.hosts.site}/publications/old-guidelines`,
      'http://something.invalid/x', `${web.hosts.site}/protected`];
    const file = join(tmp, 'urls.txt');
    writeFileSync(file, `# cited links\n${urls.join('\n')}\n\n`);
    const { code, stdout, stderr } = await run(['check-links', '--urls', file, ...FAST]);
    expect(stderr).toBe('');
    const rows = stdout.trim().split('\n').map((l) => LinkCheckSchema.parse(JSON.parse(l)));
    const byUrl = new Map(rows.map((r) => [r.url, r]));
    expect(rows).toHaveLength(urls.length);
    expect(urls.map((u) => byUrl.get(u)?.status)).toEqual(['ok', 'not-found', 'redirected', 'dns-error', 'forbidden']);
    expect(code).toBe(1);
  });

  it('exits 0 when nothing is dead (inconclusive is not dead), reading stdin', async () => {
    const { code, stdout } = await run(['check-links', '--urls', '-', ...FAST, '--format', 'csv'],
      `${web.hosts.site}/reports/assembly-guidelines\n${web.hosts.site}/members-only\n`);
    expect(code).toBe(0);
    expect(stdout.split('\r\n')[0]).toMatch(/^url,status,verdict/);
    expect(stdout).toContain(',forbidden,inconclusive,403,');
  });

  it('finds archived copies through --archive-url', async () => {
    const { code, stdout } = await run(['check-links', '--urls', '-', '--timeout', '1500', '--archive-url', web.hosts.wayback, '--format', 'json'],
      `${web.hosts.site}/withdrawn\n`);
    expect(code).toBe(1);
    const [row] = JSON.parse(stdout) as Array<{ status: string; archived: { url: string } | null }>;
    expect(row.status).toBe('gone');
    expect(row.archived?.url).toContain('web.archive.org/web/');
  });

  it.each([
    [['--concurrency', '0']], [['--format', 'xml']], [['--timeout', 'soon']], [['--retries', '-1']], [['--archive', 'ia']],
    [['--per-host', '1.5']], [['--archive-url', 'ftp://x']],
  ])('rejects %j with exit 2 and one line', async (flags) => {
    const { code, stdout, stderr } = await run(['check-links', '--urls', '-', ...flags], `${web.hosts.site}/missing\n`);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('names a missing --urls file in one line', async () => {
    const { code, stderr } = await run(['check-links', '--urls', join(tmp, 'nope.txt')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/nope\.txt/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('interruption', () => {
  it('stops on SIGINT, prints what was checked and exits 130', async () => {
    const child = spawn(process.execPath, [cli, 'check-links', '--urls', '-', '--timeout', '20000', '--archive', 'none'], { cwd: tmp });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.stdin.end(`${web.hosts.site}/reports/assembly-guidelines\n${web.hosts.site}/slow-forever\n`);
    // Wait until the quick URL is reported, then interrupt the hanging one.
    await new Promise<void>((ok) => { const t = setInterval(() => { if (stdout.includes('\n')) { clearInterval(t); ok(); } }, 20); });
    child.kill('SIGINT');
    const code = await new Promise<number | null>((ok) => child.on('close', ok));
    expect(code).toBe(130);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(stdout).status).toBe('ok');
    expect(stderr).toMatch(/interrupted after 1 of 2 URLs/);
  });
});

describe('check-links on the store', () => {
  it('checks what `ingest` stored: cited titles catch drift, document dates pick the snapshot', async () => {
    const s = web.hosts.site;
    const doc = join(tmp, 'review.md');
    writeFileSync(doc, [
      '# Annual Review of Assembly Rights 2020', '', 'Date: 21 July 2020', '',
      'The review draws on the guidelines¹, earlier reporting², a news item³ and a moved publication⁴, and a lost report⁵.', '',
      '## Notes', '',
      `¹ ODIHR (2019), ${CITED_REPORT_TITLE}. <${s}/reports/assembly-guidelines>`,
      `² Human Rights Office (2018), Report on elections. <${s}/archive/2015/report-on-elections>`,
      `³ Human Rights Office (2019), ${CITED_REPORT_TITLE}. <${s}/drift>`,
      `⁴ ODIHR (2019), ${CITED_REPORT_TITLE}. <${s}/publications/old-guidelines>`,
      `⁵ Human Rights Office (2017), Annual report. <${s}/missing>`, '',
    ].join('\n'));
    const storeDir = join(tmp, 'ingested');
    const ingest = await run(['ingest', doc, '--store', storeDir]);
    expect(ingest.code).toBe(0);
    const { code, stdout } = await run(['check-links', '--store', storeDir, '--timeout', '1500', '--archive-url', web.hosts.wayback]);
    expect(code).toBe(1);
    const rows = new Map(stdout.trim().split('\n').map((l) => JSON.parse(l) as { url: string; status: string; archived: { timestamp: string } | null })
      .map((r) => [r.url, r]));
    expect(rows.get(`${s}/reports/assembly-guidelines`)?.status).toBe('ok');
    expect(rows.get(`${s}/archive/2015/report-on-elections`)?.status).toBe('soft-404');
    expect(rows.get(`${s}/drift`)?.status).toBe('content-drift');
    expect(rows.get(`${s}/publications/old-guidelines`)?.status).toBe('redirected');
    expect(rows.get(`${s}/missing`)?.status).toBe('not-found');
    expect(rows.get(`${s}/missing`)?.archived?.timestamp).toMatch(/^20200721/);
  });

  it('checks every stored URL with its cited title, records each check and reports trends', async () => {
    const storeDir = join(tmp, 'store');
    const store = await openStore({ storeDir, neo4j: null });
    const docId = 'doc:test-report';
    const prov = [{ documentId: docId, start: 0, end: 5, line: 1, extractor: 'test' }];
    const urls = [`${web.hosts.site}/reports/assembly-guidelines`, `${web.hosts.site}/drift`, `${web.hosts.site}/missing`];
    const nodes: NodeRecord[] = [{ key: documentKey(docId), kind: 'Document', label: 'Report', props: {}, provenance: prov }];
    const edges: EdgeRecord[] = [];
    urls.forEach((url, i) => {
      const sk = sourceKey({ url, title: CITED_REPORT_TITLE, year: 2019, documentId: docId, marker: String(i + 1) });
      const wk = urlKey(url);
      nodes.push({ key: sk, kind: 'Source', label: CITED_REPORT_TITLE, props: { title: CITED_REPORT_TITLE, year: 2019, date: null, url, issuer: null, authors: [] }, provenance: prov });
      nodes.push({ key: wk, kind: 'WebResource', label: url, props: { url, host: new URL(url).host }, provenance: prov });
      edges.push({ key: edgeKey('CITES', documentKey(docId), sk, String(i + 1)), kind: 'CITES', from: documentKey(docId), to: sk, props: { marker: String(i + 1), context: null }, provenance: prov });
      edges.push({ key: edgeKey('AVAILABLE_AT', sk, wk), kind: 'AVAILABLE_AT', from: sk, to: wk, props: {}, provenance: prov });
    });
    await store.replaceDocument({
      document: { id: docId, source: '/tmp/report.md', mediaType: 'text/markdown', title: 'Report', date: '2020-07-21', contentHash: 'h', ingestedAt: '2026-01-01T00:00:00.000Z' },
      text: 'text', nodes, edges,
    });
    await store.close();

    for (let round = 1; round <= 2; round++) {
      const { code, stdout, stderr } = await run(['check-links', '--store', storeDir, ...FAST]);
      expect(stderr).toBe('');
      expect(code).toBe(1);
      const rows = stdout.trim().split('\n').map((l) => JSON.parse(l) as { url: string; status: string; trend: string; lastAliveAt: string | null });
      const byUrl = new Map(rows.map((r) => [r.url, r]));
      expect(urls.map((u) => byUrl.get(u)?.status)).toEqual(['ok', 'content-drift', 'not-found']);
      expect(byUrl.get(urls[0])).toMatchObject({ trend: 'healthy' });
      expect(byUrl.get(urls[0])?.lastAliveAt).not.toBeNull();
      expect(byUrl.get(urls[2])).toMatchObject({ trend: 'newly-failing', lastAliveAt: null });
    }
    const reopened = await openStore({ storeDir, neo4j: null });
    try {
      expect(await reopened.getLinkHistory(urls[2])).toHaveLength(2);
    } finally {
      await reopened.close();
    }
  });

  it('--urls with --store checks the listed URLs with what the store knows and records every result', async () => {
    const storeDir = join(tmp, 'store');
    const listed = [`${web.hosts.site}/drift#section-2`, `${web.hosts.site}/missing`, `${web.hosts.site}/gone-forever-${process.pid}`];
    const before = await openStore({ storeDir, neo4j: null });
    const historyBefore = await Promise.all(listed.map((u) => before.getLinkHistory(u)));
    await before.close();
    const file = join(tmp, 'listed.txt');
    writeFileSync(file, listed.join('\n'));
    const { code, stdout, stderr } = await run(['check-links', '--urls', file, '--store', storeDir, ...FAST]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const rows = stdout.trim().split('\n').map((l) => JSON.parse(l) as { url: string; status: string; trend: string });
    // Only the listed URLs, not the store's third one (/reports/assembly-guidelines).
    expect(rows.map((r) => r.url).sort()).toEqual([...listed].sort());
    const byUrl = new Map(rows.map((r) => [r.url, r]));
    // The stored citation title reaches the check through the listed spelling (fragment and all).
    expect(byUrl.get(listed[0])?.status).toBe('content-drift');
    expect(byUrl.get(listed[1])).toMatchObject({ status: 'not-found', trend: 'newly-failing' });
    expect(byUrl.get(listed[2])?.status).toBe('not-found');
    const after = await openStore({ storeDir, neo4j: null });
    try {
      const historyAfter = await Promise.all(listed.map((u) => after.getLinkHistory(u)));
      historyAfter.forEach((h, i) => expect(h.length).toBe(historyBefore[i]!.length + 1));
      expect(historyAfter[2]![0]).toMatchObject({ status: 'not-found', verdict: 'dead' });
      const latest = await after.getLatestLinkChecks({ verdict: 'dead', limit: 100 });
      expect(latest.items.map((i) => i.check.url)).toContain(listed[2]);
    } finally {
      await after.close();
    }
  });

  it('a bare --urls run leaves the default store alone', async () => {
    const { code } = await run(['check-links', '--urls', '-', ...FAST], `${web.hosts.site}/missing\n`);
    expect(code).toBe(1);
    expect(existsSync(join(tmp, 'unused-store'))).toBe(false);
  });
});
