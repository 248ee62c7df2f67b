// `citegraph demo` and `citegraph serve` run in-process: they print the URL, serve the explorer and
// the API from the store they opened, and shut down cleanly on SIGTERM.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerDemo } from '../../src/cli/demo.js';
import { parsePort, registerServe } from '../../src/cli/serve.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'citegraph-cli-serve-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

/** Run a command until it prints its URL; returns the URL and a stop() that sends SIGTERM and waits. */
async function runUntilUrl(args: string[]): Promise<{ url: string; stderr: string[]; stop: () => Promise<void> }> {
  const program = new Command().exitOverride();
  registerServe(program);
  registerDemo(program);
  const stderr: string[] = [];
  let resolveUrl: (u: string) => void;
  const urlSeen = new Promise<string>((ok) => (resolveUrl = ok));
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(String(chunk));
    if (m) resolveUrl(m[1]);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr.push(String(chunk));
    return true;
  });
  const done = program.parseAsync(['node', 'citegraph', ...args]);
  const url = await Promise.race([urlSeen, done.then(() => { throw new Error(`exited before serving: ${stderr.join('')}`); })]);
  return {
    url, stderr,
    stop: async () => {
      process.emit('SIGTERM');
      await done;
    },
  };
}

describe('citegraph demo', () => {
  it('ingests the bundled fixtures and serves the explorer; a second run changes nothing', async () => {
    const first = await runUntilUrl(['demo', '--store', dir, '--port', '0']);
    try {
      const home = await fetch(first.url + '/');
      expect(home.status).toBe(200);
      const people = await (await fetch(first.url + '/api/v1/search?q=Guy%20Vinet')).json() as { items: unknown[] };
      expect(people.items.length).toBeGreaterThan(0);
      const links = await (await fetch(first.url + '/api/v1/links?limit=1')).json() as { counts: { byVerdict: { unchecked: number }; total: number } };
      expect(links.counts.byVerdict.unchecked).toBe(links.counts.total);
    } finally {
      await first.stop();
    }
    expect(first.stderr.join('')).toMatch(/\d+ added, 0 replaced, 0 unchanged/);
    const second = await runUntilUrl(['demo', '--store', dir, '--port', '0']);
    await second.stop();
    expect(second.stderr.join('')).toMatch(/0 added, 0 replaced, \d+ unchanged/);
  });
});

describe('citegraph serve', () => {
  it('serves an existing store and stops on SIGTERM', async () => {
    const s = await runUntilUrl(['serve', '--store', dir, '--port', '0', '--host', '127.0.0.1']);
    try {
      const stats = await fetch(s.url + '/api/v1/stats');
      expect(stats.status).toBe(200);
    } finally {
      await s.stop();
    }
    expect(s.stderr.join('')).toMatch(/writes are disabled/);
    await expect(fetch(s.url + '/api/v1/stats')).rejects.toThrow();
  });

  it('reports a port in use in one line and exits non-zero', async () => {
    const taken = http.createServer();
    await new Promise<void>((ok) => taken.listen(0, '127.0.0.1', ok));
    const { port } = taken.address() as AddressInfo;
    try {
      await expect(runUntilUrl(['serve', '--store', dir, '--port', String(port)])).rejects.toThrow(/already in use \(choose another with --port/);
      expect(process.exitCode).toBe(1);
    } finally {
      process.exitCode = undefined;
      await new Promise<void>((ok) => taken.close(() => ok()));
    }
  });

  it('rejects a bad port with a usage error', () => {
    expect(() => parsePort('70000')).toThrow(/--port must be an integer/);
    expect(() => parsePort('3e3')).toThrow(/--port/);
    expect(parsePort('0')).toBe(0);
  });
});
