// `npm run bench` (api): HTTP throughput and latency (median, p99) with autocannon for search, a
// person page and a 2-hop graph query on a generated store of >= 1M edges, against a bare Express
// route measured in the same run (the ceiling). Runs directly: node dist/test/bench/api-bench.js.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawn } from 'node:child_process';
import express from 'express';
import { edgeKey } from '../../graph/keys.js';
import { openSqliteStore } from '../../graph/sqlite-store.js';
import type { GraphStore } from '../../graph/store.js';
import { startServer } from '../../api/server.js';
import { loadConfig } from '../../src/config.js';
import type { EdgeKind, EdgeRecord, NodeKind, NodeRecord } from '../../src/graph-model.js';

const require = createRequire(import.meta.url);

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  errors: number;
  non2xx: number;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = require('autocannon') as Autocannon;

/** Scale of the generated graph; 1 gives ~1.16M edges. */
const SCALE = Number(process.env.CITEGRAPH_BENCH_SCALE ?? 1);
const GENERATOR_VERSION = 1;
const N = {
  orgs: Math.round(20_000 * SCALE),
  topics: Math.round(2_000 * SCALE),
  events: Math.round(40_000 * SCALE),
  people: Math.round(200_000 * SCALE),
};
const PEOPLE_PER_DOC = 5_000;
const DURATION_S = Number(process.env.CITEGRAPH_BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;

const FIRST = ['Anna', 'Bruno', 'Chiara', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Karin', 'Luca', 'Maja', 'Nils', 'Olga', 'Pavel', 'Rosa', 'Sven', 'Tamar', 'Viktor'];
const LAST = ['Berg', 'Costa', 'Dahl', 'Evans', 'Fischer', 'Garcia', 'Horvat', 'Ivanova', 'Jensen', 'Kowalski', 'Lind', 'Moreau', 'Novak', 'Olsen', 'Petrov', 'Quinn', 'Rossi', 'Silva', 'Toth', 'Weber'];

const personName = (i: number) => `${FIRST[i % 20]} ${LAST[Math.floor(i / 20) % 20]} ${i.toString(36)}`;
const personKey = (i: number) => `person:p${i}`;
const orgKey = (i: number) => `org:o${i}`;
const eventKey = (i: number) => `event:2024-01-01:e${i}`;
const topicKey = (i: number) => `topic:t${i}`;
/** Deterministic spread of i over [0, n). */
const pick = (i: number, salt: number, n: number) => ((i * 2654435761 + salt * 40503) >>> 0) % n;

function docWrite(id: number, nodes: NodeRecord[], edges: EdgeRecord[]) {
  const docId = `doc:${id.toString(16).padStart(16, '0')}`;
  return {
    document: { id: docId, source: `bench-${id}.txt`, mediaType: 'text/plain', title: `Bench document ${id}`, date: '2024-01-01', contentHash: `h${id}`, ingestedAt: '2024-01-01T00:00:00.000Z' },
    text: '',
    nodes: nodes.map((n) => ({ ...n, provenance: [{ documentId: docId, start: 0, end: 0, line: 1, extractor: 'bench' }] })),
    edges: edges.map((e) => ({ ...e, provenance: [{ documentId: docId, start: 0, end: 0, line: 1, extractor: 'bench' }] })),
  };
}
const node = (key: string, kind: NodeKind, label: string, props: Record<string, unknown>): NodeRecord => ({ key, kind, label, props, provenance: [] });
const edge = (kind: EdgeKind, from: string, to: string, props: Record<string, unknown> = {}): EdgeRecord => ({ key: edgeKey(kind, from, to), kind, from, to, props, provenance: [] });

const orgNode = (i: number) => node(orgKey(i), 'Organization', `Organisation ${i} for Studies`, { name: `Organisation ${i} for Studies`, acronym: null, aliases: [] });
const topicNode = (i: number) => node(topicKey(i), 'Topic', `topic ${i}`, { label: `topic ${i}` });
const eventNode = (i: number, conference: boolean) => node(eventKey(i), 'Event', `${conference ? 'Conference' : 'Session'} ${i}`, {
  title: `${conference ? 'Conference' : 'Session'} ${i}`, eventKind: conference ? 'conference' : 'session', date: '2024-01-01',
  startTime: null, endTime: null, timezone: null, platform: null, registrationUrl: null,
});

/**
 * Writes the generated graph, one document (one transaction) per community of people, with the
 * organizations, events and topics the community owns; a third of participations and a fifth of
 * people's second affiliations reach other communities. The store wants every edge's endpoints in
 * the same batch, so the foreign nodes a community touches come along as contributions.
 * Returns the number of edges written.
 */
export async function generateStore(store: GraphStore, log: (s: string) => void): Promise<number> {
  const docs = Math.max(1, Math.round(N.people / PEOPLE_PER_DOC));
  const per = (n: number) => Math.max(1, Math.floor(n / docs));
  const [oPer, ePer, tPer, pPer] = [per(N.orgs), per(N.events), per(N.topics), per(N.people)];
  const conferencesPer = Math.max(1, Math.floor(ePer / 40));
  let total = 0;
  for (let d = 0; d < docs; d++) {
    const nodes = new Map<string, NodeRecord>();
    const es: EdgeRecord[] = [];
    const add = (n: NodeRecord) => { if (!nodes.has(n.key)) nodes.set(n.key, n); };
    const [o0, e0, t0, p0] = [d * oPer, d * ePer, d * tPer, d * pPer];
    for (let i = o0; i < o0 + oPer; i++) {
      add(orgNode(i));
      if (i % 10 === 9) es.push(edge('PART_OF', orgKey(i), orgKey(o0 + pick(i, 1, i - o0))));
    }
    for (let i = t0; i < t0 + tPer; i++) add(topicNode(i));
    for (let i = e0; i < e0 + ePer; i++) {
      const conference = i - e0 < conferencesPer;
      add(eventNode(i, conference));
      if (!conference) es.push(edge('PART_OF', eventKey(i), eventKey(e0 + pick(i, 2, conferencesPer))));
      es.push(edge('CONVENED', orgKey(o0 + pick(i, 3, oPer)), eventKey(i)));
      for (const t of new Set([pick(i, 4, tPer), pick(i, 5, tPer)])) es.push(edge('ABOUT', eventKey(i), topicKey(t0 + t)));
    }
    for (let i = p0; i < p0 + pPer; i++) {
      add(node(personKey(i), 'Person', personName(i), { name: personName(i), honorifics: [], aliases: [], roles: ['Adviser'], location: null }));
      const orgs = new Set([o0 + pick(i, 6, oPer), i % 5 === 0 ? pick(i, 7, N.orgs) : o0 + pick(i, 7, oPer)]);
      for (const o of orgs) {
        add(orgNode(o));
        es.push(edge('AFFILIATED_WITH', personKey(i), orgKey(o), { role: 'Adviser', current: o % 3 !== 0 }));
      }
      const events = new Set([e0 + pick(i, 8, ePer), e0 + pick(i, 9, ePer), pick(i, 10, N.events)]);
      for (const e of events) {
        add(eventNode(e, e % ePer < conferencesPer));
        es.push(edge('PARTICIPATED_IN', personKey(i), eventKey(e), { role: 'speaker' }));
      }
    }
    await store.replaceDocument(docWrite(d + 1, [...nodes.values()], es));
    total += es.length;
    if (d % 5 === 0 || d === docs - 1) log(`  generated document ${d + 1} of ${docs}: ${total} edges so far`);
  }
  return total;
}

/** A store directory reused across runs while the generator and scale are unchanged. */
async function benchStore(log: (s: string) => void): Promise<{ dir: string; edges: number }> {
  const dir = process.env.CITEGRAPH_BENCH_STORE ?? join(tmpdir(), `citegraph-api-bench-v${GENERATOR_VERSION}-s${SCALE}`);
  const marker = join(dir, 'bench-complete.json');
  if (existsSync(marker)) return { dir, edges: (JSON.parse(await readFile(marker, 'utf8')) as { edges: number }).edges };
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const store = openSqliteStore({ dir });
  const t = performance.now();
  try {
    const edges = await generateStore(store, log);
    log(`  generated ${edges} edges in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    await writeFile(marker, JSON.stringify({ edges }));
    return { dir, edges };
  } finally {
    await store.close();
  }
}

async function measure(url: string): Promise<AutocannonResult> {
  // Warm up (caches, JIT), then measure.
  await autocannon({ url, connections: CONNECTIONS, duration: 1 });
  return autocannon({ url, connections: CONNECTIONS, duration: DURATION_S });
}

/** Child mode: open the store, serve the API and the bare route, print their URLs, run until SIGTERM. */
async function serveForBench(dir: string): Promise<void> {
  const store = openSqliteStore({ dir });
  const config = loadConfig({ storeDir: dir, host: '127.0.0.1', port: 0 }, {});
  const server = await startServer({ store, config, host: '127.0.0.1', port: 0, log: () => undefined });
  // The ceiling: a bare Express route answering a small JSON body, in the same process.
  const bare = express();
  bare.get('/bare', (_req, res) => { res.json({ ok: true, items: [] }); });
  const bareServer = http.createServer(bare);
  await new Promise<void>((ok) => bareServer.listen(0, '127.0.0.1', ok));
  const barePort = (bareServer.address() as AddressInfo).port;
  process.stdout.write(JSON.stringify({ api: server.url, bare: `http://127.0.0.1:${barePort}` }) + '\n');
  await new Promise<void>((ok) => process.once('SIGTERM', ok));
  await new Promise<void>((ok) => { bareServer.closeAllConnections(); bareServer.close(() => ok()); });
  await server.close();
  await store.close();
}

/** Start the servers in a child process so autocannon does not share their event loop. */
async function startBenchServers(dir: string): Promise<{ api: string; bare: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--serve', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const urls = await new Promise<{ api: string; bare: string }>((ok, fail) => {
    let buf = '';
    child.stdout.on('data', (c: Buffer) => {
      buf += c.toString();
      const nl = buf.indexOf('\n');
      if (nl >= 0) ok(JSON.parse(buf.slice(0, nl)) as { api: string; bare: string });
    });
    child.once('exit', (code) => fail(new Error(`api-bench: server process exited (${code})`)));
  });
  return {
    ...urls,
    stop: () => new Promise<void>((ok) => {
      if (child.exitCode !== null) return ok();
      child.once('exit', () => ok());
      child.kill('SIGTERM');
    }),
  };
}

export async function run(): Promise<void> {
  const log = (s: string) => process.stdout.write(s + '\n');
  log(`api-bench: generating or reusing a store (scale ${SCALE})`);
  const { dir, edges } = await benchStore(log);
  const servers = await startBenchServers(dir);
  try {
    const stats = await (await fetch(`${servers.api}/api/v1/stats`)).json() as { totalNodes: number; totalEdges: number };
    log(`api-bench: store has ${stats.totalNodes} nodes, ${stats.totalEdges} edges (generated ${edges}); ${CONNECTIONS} connections, ${DURATION_S} s per target`);
    const person = Math.floor(N.people / 2);
    const targets: Array<[string, string]> = [
      ['bare express route (ceiling)', `${servers.bare}/bare`],
      ['search', `${servers.api}/api/v1/search?q=${encodeURIComponent(personName(person))}`],
      // One word shared by ~10 000 people: the search holds its full candidate set (1000) and sorts it.
      ['search (one common word)', `${servers.api}/api/v1/search?q=${encodeURIComponent(FIRST[person % 20]!)}`],
      ['path, 6 hops max (API)', `${servers.api}/api/v1/paths?from=${encodeURIComponent(personKey(person))}&to=${encodeURIComponent(personKey(person + 7))}&maxHops=6`],
      ['person page (API)', `${servers.api}/api/v1/people/p${person}`],
      ['person page (HTML)', `${servers.api}/people/p${person}`],
      ['graph depth 2 (API)', `${servers.api}/api/v1/graph?focus=${encodeURIComponent(personKey(person))}&depth=2`],
    ];
    const rows: Array<{ name: string; rps: number; p50: number; p99: number; errors: number }> = [];
    for (const [name, url] of targets) {
      const probe = await fetch(url);
      if (!probe.ok) throw new Error(`api-bench: ${name}: ${url} answered ${probe.status}`);
      await probe.arrayBuffer();
      const r = await measure(url);
      rows.push({ name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx });
    }
    const ceiling = rows[0].rps;
    log('');
    log('target                          req/s    median ms   p99 ms   vs bare   errors');
    for (const r of rows) {
      log(`${r.name.padEnd(30)} ${r.rps.toFixed(0).padStart(7)} ${r.p50.toFixed(1).padStart(10)} ${r.p99.toFixed(1).padStart(8)} ${(r.rps / ceiling).toFixed(3).padStart(9)} ${String(r.errors).padStart(8)}`);
    }
  } finally {
    await servers.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv[2] === '--serve' && process.argv[3]) await serveForBench(process.argv[3]);
  else await run();
}
