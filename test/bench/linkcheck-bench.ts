// Link-check throughput: citegraph vs linkinator 7 on the same >= 10,000 URLs over 20 loopback hosts
// (127.0.0.2-21, 5-20 ms latency per response), same global concurrency, each checker in its own
// child process so its peak memory (maxRSS, sampled heap) is its own. Servers run in a third process.
import { fork, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { availableParallelism, loadavg } from 'node:os';

const HOSTS = Array.from({ length: 20 }, (_, i) => `127.0.0.${i + 2}`);
const INDEX_HOST = '127.0.0.22';
const URL_COUNT = Number(process.env.LINKCHECK_BENCH_URLS ?? 10_000);
const CONCURRENCY = Number(process.env.LINKCHECK_BENCH_CONCURRENCY ?? 64);
const self = fileURLToPath(import.meta.url);

interface RunStats {
  tool: string;
  config: string;
  urls: number;
  ms: number;
  maxRssMb: number;
  peakHeapMb: number;
  /** CPU time (user + system) of the checker process during the run, ms. */
  cpuMs: number;
  statuses: Record<string, number>;
  /** Filled in by the orchestrator from the servers' counters. */
  served?: { requests: number; connections: number };
}

/**
 * Path of URL i: 70% HTML pages, 15% PDFs, 10% missing, 5% permanent redirects to a page, on every
 * host (URL i goes to host i % 20, so the kind cycles with i / 20: each host gets the whole mix, as
 * sites do, rather than one host holding every redirect).
 */
function pathFor(i: number): string {
  const k = Math.floor(i / HOSTS.length) % 20;
  if (k < 14) return `/reports/${i}`;
  if (k < 17) return `/files/${i}.pdf`;
  if (k < 19) return `/gone/${i}`;
  return `/old/${i}`;
}

function benchUrls(ports: number[]): string[] {
  return Array.from({ length: URL_COUNT }, (_, i) => `http://${HOSTS[i % HOSTS.length]}:${ports[i % HOSTS.length]}${pathFor(i)}`);
}

// ---- role: servers ---------------------------------------------------------------------------
async function serveAll(): Promise<void> {
  const page = (n: string) => `<!doctype html><html><head><meta charset="utf-8"><title>Report ${n} on regional cooperation</title></head>` +
    `<body><h1>Report ${n}</h1><p>${'Findings and recommendations of the working group on regional cooperation. '.repeat(20)}</p></body></html>`;
  const pdf = Buffer.alloc(20_000, 'x');
  // Requests and connections served, so each run reports what it cost the servers.
  const served = { requests: 0, connections: 0 };
  const handler: http.RequestListener = (req, res) => {
    served.requests++;
    const delay = 5 + Math.random() * 15;
    setTimeout(() => {
      const path = req.url ?? '/';
      const head = req.method === 'HEAD';
      let m: RegExpExecArray | null;
      if ((m = /^\/reports\/(\d+(?:-new)?)$/.exec(path))) {
        const body = page(m[1]);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(body) });
        return void res.end(head ? undefined : body);
      }
      if (/^\/files\/\d+\.pdf$/.test(path)) {
        res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': pdf.length });
        return void res.end(head ? undefined : pdf);
      }
      if ((m = /^\/old\/(\d+)$/.exec(path))) return void res.writeHead(301, { location: `/reports/${m[1]}-new`, 'content-length': 0 }).end();
      const body = '<!doctype html><title>404 Not Found</title><h1>Not Found</h1>';
      res.writeHead(404, { 'content-type': 'text/html', 'content-length': Buffer.byteLength(body) });
      res.end(head ? undefined : body);
    }, delay);
  };
  const listen = (host: string, h: http.RequestListener) => new Promise<http.Server>((ok) => {
    const s = http.createServer({ keepAliveTimeout: 30_000 }, h);
    s.on('connection', () => { served.connections++; });
    s.listen(0, host, () => ok(s));
  });
  const servers = await Promise.all(HOSTS.map((h) => listen(h, handler)));
  const ports = servers.map((s) => (s.address() as AddressInfo).port);
  const links = benchUrls(ports).map((u) => `<a href="${u}">${u}</a>`).join('\n');
  const indexHtml = `<!doctype html><html><head><title>All cited links</title></head><body>${links}</body></html>`;
  const index = await listen(INDEX_HOST, (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(indexHtml);
  });
  process.send?.({ ports, indexUrl: `http://${INDEX_HOST}:${(index.address() as AddressInfo).port}/index.html` });
  process.on('message', (m) => {
    if (m === 'count') return void process.send?.({ ...served });
    for (const s of [...servers, index]) {
      s.closeAllConnections();
      s.close();
    }
    process.disconnect?.();
  });
}

// ---- roles: checkers -------------------------------------------------------------------------
function memorySampler() {
  const cpuStart = process.cpuUsage();
  let peakHeap = 0;
  const timer = setInterval(() => { peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed); }, 50);
  return {
    stop: () => {
      clearInterval(timer);
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      const cpu = process.cpuUsage(cpuStart);
      return { cpuMs: (cpu.user + cpu.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024, peakHeapMb: peakHeap / 1024 / 1024 };
    },
  };
}

async function runCitegraph(ports: number[], perHost: number): Promise<RunStats> {
  const { streamLinkChecks } = await import('../../ingest/linkcheck/index.js');
  const urls = benchUrls(ports);
  const mem = memorySampler();
  const statuses: Record<string, number> = {};
  const started = performance.now();
  for await (const r of streamLinkChecks(urls, { concurrency: CONCURRENCY, perHost, allowPrivate: true, archive: 'none', retries: 2, timeoutMs: 15_000 })) {
    statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  }
  const ms = performance.now() - started;
  return { tool: 'citegraph', config: `concurrency ${CONCURRENCY}, per-host ${perHost}`, urls: urls.length, ms, ...mem.stop(), statuses };
}

async function runLinkinator(indexUrl: string): Promise<RunStats> {
  const { LinkChecker } = await import('linkinator');
  const mem = memorySampler();
  const started = performance.now();
  const result = await new LinkChecker().check({ path: indexUrl, concurrency: CONCURRENCY, recurse: false, timeout: 15_000 });
  const ms = performance.now() - started;
  const statuses: Record<string, number> = {};
  const links = result.links.filter((l) => l.url !== indexUrl);
  for (const l of links) statuses[`${l.state} ${l.status}`] = (statuses[`${l.state} ${l.status}`] ?? 0) + 1;
  return { tool: 'linkinator', config: `concurrency ${CONCURRENCY} (no per-host limit)`, urls: links.length, ms, ...mem.stop(), statuses };
}

/** Ceiling of this setup: a bare undici GET loop, no politeness, no analysis, same URLs. */
async function runRawUndici(ports: number[]): Promise<RunStats> {
  const { Agent, request } = await import('undici');
  const urls = benchUrls(ports);
  const agent = new Agent();
  const mem = memorySampler();
  const statuses: Record<string, number> = {};
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < urls.length) {
      const res = await request(urls[next++], { dispatcher: agent });
      await res.body.dump();
      statuses[String(res.statusCode)] = (statuses[String(res.statusCode)] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const ms = performance.now() - started;
  await agent.close();
  return { tool: 'raw undici', config: `${CONCURRENCY} GET loops (ceiling)`, urls: urls.length, ms, ...mem.stop(), statuses };
}

// ---- orchestration ---------------------------------------------------------------------------
function child(args: string[]): ChildProcess {
  return fork(self, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}

function once<T>(proc: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    proc.once('message', (m) => resolve(m as T));
    proc.once('exit', (code) => reject(new Error(`bench child exited with ${code}`)));
  });
}

async function measure(args: string[]): Promise<RunStats> {
  const proc = child(args);
  const stats = await once<RunStats>(proc);
  await new Promise((ok) => proc.once('exit', ok));
  return stats;
}

const fmt = (s: RunStats) => `${s.tool.padEnd(10)} ${s.config.padEnd(36)} ${String(s.urls).padStart(6)} URLs ${(s.ms / 1000).toFixed(2).padStart(7)} s ` +
  `${(s.urls / (s.ms / 1000)).toFixed(0).padStart(6)} URLs/s  CPU ${(s.cpuMs / s.urls).toFixed(2)} ms/URL  maxRSS ${s.maxRssMb.toFixed(0)} MB  peak heap ${s.peakHeapMb.toFixed(0)} MB`;

/** Run the comparison and print it; returns the measured runs. */
export async function run(): Promise<RunStats[]> {
  const servers = child(['servers']);
  const { ports, indexUrl } = await once<{ ports: number[]; indexUrl: string }>(servers);
  const out: RunStats[] = [];
  try {
    process.stdout.write(`machine: ${availableParallelism()} CPUs, load average ${loadavg()[0].toFixed(1)} (servers and checkers share them)\n`);
    process.stdout.write(`${URL_COUNT} URLs over ${HOSTS.length} hosts (127.0.0.2-21), 5-20 ms per response, 70% HTML / 15% PDF / 10% 404 / 5% 301; global concurrency ${CONCURRENCY}\n`);
    // Alternate the tools so neither always runs on a warmer machine.
    const cg = (perHost: string) => ['citegraph', JSON.stringify(ports), perHost];
    const plan: string[][] = [['linkinator', indexUrl], cg('2'), cg('4'), ['linkinator', indexUrl], cg('4'), cg('2'), ['raw', JSON.stringify(ports)]];
    const count = () => new Promise<{ requests: number; connections: number }>((ok) => {
      servers.once('message', ok);
      servers.send('count');
    });
    for (const args of plan) {
      const before = await count();
      const stats = await measure(args);
      const after = await count();
      stats.served = { requests: after.requests - before.requests, connections: after.connections - before.connections };
      out.push(stats);
      process.stdout.write(fmt(stats) + '\n');
      process.stdout.write(`           statuses: ${JSON.stringify(stats.statuses)}; served ${stats.served.requests} requests on ${stats.served.connections} connections\n`);
    }
  } finally {
    servers.send('stop');
    await new Promise((ok) => servers.once('exit', ok));
  }
  const rate = (s: RunStats) => s.urls / (s.ms / 1000);
  const peak = (tool: string) => Math.max(...out.filter((s) => s.tool === tool).map((s) => s.maxRssMb));
  process.stdout.write(`peak RSS: citegraph ${peak('citegraph').toFixed(0)} MB, linkinator ${peak('linkinator').toFixed(0)} MB\n`);
  const best = (tool: string, config?: string) => Math.max(...out.filter((s) => s.tool === tool && (!config || s.config.includes(config))).map(rate));
  const lk = best('linkinator');
  process.stdout.write(`setup ceiling (bare undici GET loop): ${best('raw undici').toFixed(0)} URLs/s; citegraph per-host 4 reaches ${(100 * best('citegraph', 'per-host 4') / best('raw undici')).toFixed(0)}% of it\n`);
  for (const ph of ['per-host 2', 'per-host 4']) {
    process.stdout.write(`ratio citegraph (${ph}, best of 2) / linkinator (best of 2): ${(best('citegraph', ph) / lk).toFixed(2)}x (target >= 2x)\n`);
  }
  return out;
}

const role = process.argv[2];
const reply = (m: RunStats) => process.send?.(m, () => process.disconnect());
if (role === 'servers') await serveAll();
else if (role === 'citegraph') reply(await runCitegraph(JSON.parse(process.argv[3]) as number[], Number(process.argv[4])));
else if (role === 'linkinator') reply(await runLinkinator(process.argv[3]));
else if (role === 'raw') reply(await runRawUndici(JSON.parse(process.argv[3]) as number[]));
else if (process.argv[1] === self) await run();
