// The real `citegraph export` process: JSON, GraphML and CSV of a store built from the sample programme.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const cacheDir = join(root, 'node_modules/.cache/citegraph-test');
const cli = join(cacheDir, `cli-export-${process.pid}.mjs`);
const SAMPLE = join(root, 'fixtures/documents/osce-alliance-side-events-2020.md');
let tmp: string;
let store: string;

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [cli, ...args], { cwd: tmp, env: { ...process.env, NEO4J_URI: '' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => { stdout += d; });
  child.stderr.on('data', (d) => { stderr += d; });
  return new Promise((ok, fail) => {
    child.on('error', fail);
    child.on('close', (code) => ok({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  mkdirSync(cacheDir, { recursive: true });
  await build({ entryPoints: [join(root, 'src/cli.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: cli, logLevel: 'silent' });
  tmp = mkdtempSync(join(tmpdir(), 'cg-export-'));
  store = join(tmp, 'store');
  const r = await run(['ingest', SAMPLE, '--store', store, '--no-progress']);
  expect(r.code).toBe(0);
});
afterAll(() => { rmSync(cli, { force: true }); rmSync(tmp, { recursive: true, force: true }); });

describe('citegraph export', () => {
  it('writes the graph as JSON whose counts match stats', async () => {
    const stats = JSON.parse((await run(['stats', '--store', store, '--format', 'json'])).stdout);
    const r = await run(['export', '--store', store, '--format', 'json']);
    expect(r.code).toBe(0);
    const g = JSON.parse(r.stdout);
    expect(g.nodes.length).toBe(stats.totalNodes);
    expect(g.edges.length).toBe(stats.totalEdges);
    expect(g.nodes.some((n: { key: string }) => n.key === 'person:guy-vinet')).toBe(true);
  });
  it('writes GraphML and two CSV tables', async () => {
    const gml = await run(['export', '--store', store, '--format', 'graphml']);
    expect(gml.stdout).toMatch(/^<\?xml/);
    expect(gml.stdout).toContain('<node id="person:guy-vinet">');
    const prefix = join(tmp, 'g');
    expect((await run(['export', '--store', store, '--format', 'csv', '--out', prefix])).code).toBe(0);
    expect(readFileSync(`${prefix}-nodes.csv`, 'utf8').split('\r\n')[0]).toBe('key,kind,label,props');
    expect(readFileSync(`${prefix}-edges.csv`, 'utf8')).toContain('AFFILIATED_WITH');
  });
  it('rejects an unknown format with a usage error and no stack trace', async () => {
    const r = await run(['export', '--store', store, '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('CG_INVALID_INPUT');
  });
});
