// Graph store benchmark: generate an embedded store of >= 1M edges through the real write path
// (replaceDocument, one transaction per document), then, in a fresh child process, time open +
// first search + first 2-hop neighbourhood + first shortest path, query latency (median, p99) and
// peak RSS. Baselines from the same run: a raw indexed SELECT, and loading the same edges into graphology.
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MultiDirectedGraph } from 'graphology';
import type { EdgeKind, EdgeRecord, NodeKind, NodeRecord } from '../../src/graph-model.js';
import { openSqliteStore } from '../../graph/sqlite-store.js';
import { edgeKey } from '../../graph/keys.js';
import { neighbourhood, search, shortestPath } from '../../graph/queries/index.js';
import { prng as rng } from './prng.js';

const TARGET_EDGES = Number(process.env.GRAPH_BENCH_EDGES ?? 1_000_000);
const REPEAT = Number(process.env.GRAPH_BENCH_REPEAT ?? 200);
const self = fileURLToPath(import.meta.url);


const SYL = ['ka', 'lo', 'mi', 'ra', 'ven', 'to', 'sul', 'den', 'ar', 'is', 'no', 'bel', 'cor', 'fi', 'gan', 'hu'];
const word = (n: number, parts = 3) => { let s = ''; for (let i = 0; i < parts; i++) { s += SYL[n % SYL.length]; n = Math.floor(n / SYL.length); } return s[0]!.toUpperCase() + s.slice(1); };
const POOLS = { person: 100_000, org: 10_000, event: 20_000, source: 60_000, topic: 1_000 };

function nodeOf(kind: NodeKind, i: number, doc: string): NodeRecord {
  const prov = [{ documentId: doc, start: i % 1000, end: (i % 1000) + 10, line: 1, extractor: 'bench' }];
  switch (kind) {
    case 'Person': { const name = `${word(i, 2)} ${word(i * 7 + 3, 3)}`; return { key: `person:p${i}`, kind, label: name, props: { name, honorifics: [], aliases: [], roles: [], location: null }, provenance: prov }; }
    case 'Organization': { const name = `${word(i, 3)} Institute`; return { key: `org:o${i}`, kind, label: name, props: { name, acronym: null, aliases: [] }, provenance: prov }; }
    case 'Event': { const t = `Session ${word(i, 3)}`; return { key: `event:e${i}`, kind, label: t, props: { title: t, eventKind: 'session', date: '2021-01-01', startTime: null, endTime: null, timezone: null, platform: null, registrationUrl: null }, provenance: prov }; }
    case 'Source': { const t = `Report on ${word(i, 4)}`; return { key: `source:s${i}`, kind, label: t, props: { title: t, year: 2000 + (i % 24), date: null, url: `https://h${i % 500}.example/r/${i}`, issuer: null, authors: [] }, provenance: prov }; }
    case 'WebResource': { const url = `https://h${i % 500}.example/r/${i}`; return { key: `url:${url}`, kind, label: url, props: { url, host: `h${i % 500}.example` }, provenance: prov }; }
    case 'Topic': { const t = `${word(i, 2)} policy`; return { key: `topic:t${i}`, kind, label: t, props: { label: t }, provenance: prov }; }
    default: return { key: doc, kind: 'Document', label: doc, props: {}, provenance: prov };
  }
}

/** One synthetic document: ~10k edges among nodes drawn from shared pools (so documents overlap). */
function syntheticDocument(d: number) {
  const r = rng(1000 + d);
  const doc = `doc:${String(d).padStart(16, '0')}`;
  const nodes = new Map<string, NodeRecord>();
  const edges = new Map<string, EdgeRecord>();
  const pick = (kind: NodeKind, pool: number) => { const n = nodeOf(kind, Math.floor(r() * pool), doc); nodes.set(n.key, n); return n.key; };
  const edge = (kind: EdgeKind, from: string, to: string, props: Record<string, unknown> = {}) => {
    const key = edgeKey(kind, from, to);
    edges.set(key, { key, kind, from, to, props, provenance: [{ documentId: doc, start: 0, end: 10, line: 1, extractor: 'bench' }] });
  };
  nodes.set(doc, nodeOf('Document', 0, doc));
  const events = Array.from({ length: 200 }, () => pick('Event', POOLS.event));
  const orgs = Array.from({ length: 300 }, () => pick('Organization', POOLS.org));
  const topics = Array.from({ length: 40 }, () => pick('Topic', POOLS.topic));
  const one = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  for (let i = 0; i < 1500; i++) {
    const p = pick('Person', POOLS.person);
    edge('AFFILIATED_WITH', p, one(orgs), { role: null, current: r() < 0.8 });
    edge('PARTICIPATED_IN', p, one(events), { role: 'speaker' });
    edge('PARTICIPATED_IN', p, one(events), { role: 'moderator' });
    if (i % 3 === 0) edge('MENTIONS', doc, p);
  }
  for (const e of events) {
    edge('PART_OF', e, events[0]!);
    edge('CONVENED', one(orgs), e);
    edge('ABOUT', e, one(topics));
  }
  for (let i = 0; i < 900; i++) {
    const sIdx = Math.floor(r() * POOLS.source);
    const s = nodeOf('Source', sIdx, doc);
    const u = nodeOf('WebResource', sIdx, doc);
    nodes.set(s.key, s);
    nodes.set(u.key, u);
    edge('CITES', doc, s.key, { marker: String(i + 1), context: null });
    edge('CITES', one(events), s.key, { marker: String(i + 1), context: null });
    edge('PUBLISHED_BY', s.key, one(orgs));
    edge('AUTHORED_BY', s.key, pick('Person', POOLS.person));
    edge('AVAILABLE_AT', s.key, u.key);
    edge('ABOUT', s.key, one(topics));
  }
  return {
    document: { id: doc, source: `/bench/${doc}.md`, mediaType: 'text/markdown', title: doc, date: '2021-01-01', contentHash: doc, ingestedAt: new Date(Date.UTC(2021, 0, 1, 0, 0, d)).toISOString() },
    text: `synthetic document ${d}`,
    nodes: [...nodes.values()],
    edges: [...edges.values()],
  };
}

/**
 * Peak RSS of this process in MB. VmHWM resets at exec, unlike getrusage's maxRSS, which a forked
 * child inherits from its parent (and would report the generator's memory, not its own).
 */
function peakRssMb(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch { /* not Linux */ }
  return process.resourceUsage().maxRSS / 1024;
}

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!; };
const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

/** Child role: open the store cold, answer first queries, then repeated latency; report RSS. */
async function probe(dir: string): Promise<void> {
  const t0 = process.hrtime.bigint();
  const store = openSqliteStore({ dir });
  const open = ms(t0);
  let t = process.hrtime.bigint();
  const hit = await search(store, { q: word(4242 * 7 + 3, 3), kind: 'Person', limit: 10 });
  const firstSearch = ms(t);
  const [a0, b0] = [hit.items[0]?.node.key ?? 'person:p0', (await store.listNodes({ kind: 'Person', limit: 1 })).items[0]!.key];
  t = process.hrtime.bigint();
  const hood = await neighbourhood(store, { key: a0, depth: 2, limit: 200 });
  const firstHood = ms(t);
  t = process.hrtime.bigint();
  const path = await shortestPath(store, { from: a0, to: b0, maxHops: 6 });
  const firstPath = ms(t);
  const firstAll = ms(t0);
  const r = rng(7);
  // Existing people, sampled before timing, so every timed query does real work.
  const people = store.db.prepare(`SELECT key FROM nodes WHERE kind = 'Person' ORDER BY random() LIMIT ?`).pluck().all(REPEAT * 2) as string[];
  const lat = { search: [] as number[], hood: [] as number[], path: [] as number[] };
  for (let i = 0; i < REPEAT; i++) {
    const a = people[(2 * i) % people.length]!;
    const b = people[(2 * i + 1) % people.length]!;
    t = process.hrtime.bigint();
    await search(store, { q: word(Math.floor(r() * POOLS.person), 3), limit: 20 });
    lat.search.push(ms(t));
    t = process.hrtime.bigint();
    await neighbourhood(store, { key: a, depth: 2, limit: 200 });
    lat.hood.push(ms(t));
    t = process.hrtime.bigint();
    await shortestPath(store, { from: a, to: b, maxHops: 4 });
    lat.path.push(ms(t));
  }
  t = process.hrtime.bigint();
  const rawCount = store.db.prepare('SELECT count(*) FROM edges').pluck().get() as number;
  const rawCountMs = ms(t);
  t = process.hrtime.bigint();
  for (let i = 0; i < REPEAT; i++) store.db.prepare('SELECT dst FROM edges WHERE src = ?').pluck().all(1 + Math.floor(r() * 100_000));
  const rawAdjMs = ms(t) / REPEAT;
  await store.close();
  process.send!({ open, firstSearch, firstHood, firstPath, firstAll, hits: hit.items.length, hoodNodes: hood.nodes.length, pathHops: path.hops, rawCount, rawCountMs, rawAdjMs,
    lat: Object.fromEntries(Object.entries(lat).map(([k, v]) => [k, { median: pct(v, 50), p99: pct(v, 99) }])), maxRssMb: peakRssMb() });
}

/** Child role (baseline): load every edge of the same store into a graphology graph. */
async function probeGraphology(dir: string): Promise<void> {
  const t0 = process.hrtime.bigint();
  const store = openSqliteStore({ dir, readonly: true });
  const g = new MultiDirectedGraph();
  for (const row of store.db.prepare('SELECT s.key AS a, d.key AS b, e.kind AS k FROM edges e JOIN nodes s ON s.id = e.src JOIN nodes d ON d.id = e.dst').iterate() as Iterable<{ a: string; b: string; k: string }>) {
    g.mergeNode(row.a);
    g.mergeNode(row.b);
    g.addEdge(row.a, row.b, { kind: row.k });
  }
  const loadMs = ms(t0);
  await store.close();
  process.send!({ loadMs, edges: g.size, maxRssMb: peakRssMb() });
}

function child<T>(role: string, dir: string): Promise<T> {
  return new Promise((ok, fail) => {
    const c = fork(self, [role, dir], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: T | undefined;
    c.on('message', (m) => { result = m as T; });
    c.on('error', fail);
    c.on('exit', (code) => (result !== undefined ? ok(result) : fail(new Error(`${role} exited with ${code}`))));
  });
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'citegraph-graph-bench-'));
  try {
    const store = openSqliteStore({ dir, cacheMb: 256 });
    const t0 = process.hrtime.bigint();
    let edges = 0;
    let docs = 0;
    while (edges < TARGET_EDGES) {
      await store.replaceDocument(syntheticDocument(docs++));
      if (docs % 10 === 0) edges = (await store.stats()).totalEdges;
    }
    const stats = await store.stats();
    const insertMs = ms(t0);
    await store.close();
    process.stdout.write(`generated ${stats.totalEdges} edges, ${stats.totalNodes} nodes in ${docs} documents (one transaction each): ` +
      `${(insertMs / 1000).toFixed(1)} s, ${Math.round(stats.totalEdges / (insertMs / 1000))} edges/s\n`);
    type Probe = { open: number; firstSearch: number; firstHood: number; firstPath: number; firstAll: number; hits: number; hoodNodes: number; pathHops: number | null;
      rawCount: number; rawCountMs: number; rawAdjMs: number; lat: Record<'search' | 'hood' | 'path', { median: number; p99: number }>; maxRssMb: number };
    const p = await child<Probe>('--probe', dir);
    const g = await child<{ loadMs: number; edges: number; maxRssMb: number }>('--probe-graphology', dir);
    const rows: Array<[string, string]> = [
      ['open', `${fmt(p.open)} ms`],
      ['first search / 2-hop / shortest path', `${fmt(p.firstSearch)} / ${fmt(p.firstHood)} / ${fmt(p.firstPath)} ms (${p.hits} hits, ${p.hoodNodes} nodes, ${p.pathHops ?? 'no'} hops)`],
      ['open + first queries (target < 3000 ms)', `${fmt(p.firstAll)} ms`],
      ['peak RSS, store process (target < 1024 MB)', `${fmt(p.maxRssMb)} MB`],
      [`search median / p99 (${REPEAT} runs)`, `${fmt(p.lat.search.median)} / ${fmt(p.lat.search.p99)} ms`],
      ['2-hop neighbourhood median / p99', `${fmt(p.lat.hood.median)} / ${fmt(p.lat.hood.p99)} ms`],
      ['shortest path (<= 4 hops) median / p99', `${fmt(p.lat.path.median)} / ${fmt(p.lat.path.p99)} ms`],
      ['baseline: raw SELECT count(*) FROM edges', `${fmt(p.rawCountMs)} ms (${p.rawCount} edges)`],
      ['baseline: raw indexed adjacency SELECT', `${fmt(p.rawAdjMs)} ms`],
      ['baseline: load all edges into graphology', `${fmt(g.loadMs)} ms, peak RSS ${fmt(g.maxRssMb)} MB`],
      ['ratio: graphology load / (open + first queries)', `${fmt(g.loadMs / p.firstAll)}x`],
      ['ratio: 2-hop median / raw adjacency SELECT', `${fmt(p.lat.hood.median / p.rawAdjMs)}x`],
      ['ratio: graphology RSS / store RSS', `${fmt(g.maxRssMb / p.maxRssMb)}x`],
    ];
    for (const [k, v] of rows) process.stdout.write(`${k.padEnd(48)} ${v}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const role = process.argv[2];
if (role === '--probe') await probe(process.argv[3]!);
else if (role === '--probe-graphology') await probeGraphology(process.argv[3]!);
else if (process.argv[1] === self) await run();
