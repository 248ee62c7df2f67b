// Politeness limits measured on real servers: never more than perHost in flight on one host, never
// more than concurrency overall, and a paused host waits.
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { checkLinks, HostQueue } from '../../../ingest/linkcheck/index.js';
import { startServer, type TestServer } from '../../helpers/rotten-web/http-server.js';

const servers: TestServer[] = [];
let inFlight = 0;
let peakGlobal = 0;
const peakPerHost = new Map<string, number>();
const perHost = new Map<string, number>();

beforeAll(async () => {
  for (const host of ['127.0.0.11', '127.0.0.12', '127.0.0.13']) {
    servers.push(await startServer((req, res) => {
      inFlight++;
      const h = req.socket.localAddress as string;
      perHost.set(h, (perHost.get(h) ?? 0) + 1);
      peakGlobal = Math.max(peakGlobal, inFlight);
      peakPerHost.set(h, Math.max(peakPerHost.get(h) ?? 0, perHost.get(h) as number));
      setTimeout(() => {
        inFlight--;
        perHost.set(h, (perHost.get(h) as number) - 1);
        res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
      }, 15);
    }, host));
  }
});
afterAll(async () => { await Promise.all(servers.map((s) => s.close())); });

it('keeps per-host and global limits', async () => {
  const urls = servers.flatMap((s) => Array.from({ length: 15 }, (_, i) => `${s.url}/doc-${i}.pdf`));
  const results = await checkLinks(urls, { allowPrivate: true, concurrency: 4, perHost: 2, keepAliveTimeoutMs: 10, archive: 'none' });
  expect(results.every((r) => r.status === 'ok')).toBe(true);
  expect(peakGlobal).toBeLessThanOrEqual(4);
  expect(peakGlobal).toBeGreaterThanOrEqual(3);
  for (const peak of peakPerHost.values()) expect(peak).toBeLessThanOrEqual(2);
});

it('holds a paused host until its time and serves other hosts meanwhile', async () => {
  const q = new HostQueue(2, 1);
  const order: string[] = [];
  q.pauseHost('a', Date.now() + 150);
  const started = Date.now();
  await Promise.all([
    q.run('a', async () => { order.push(`a@${Date.now() - started >= 140 ? 'late' : 'early'}`); }),
    q.run('b', async () => { order.push('b'); }),
  ]);
  expect(order).toEqual(['b', 'a@late']);
});

it('wakes a paused host even when its timer fires before the wall clock reaches the deadline', async () => {
  // Timers run on the monotonic clock and pauses are wall-clock deadlines; the two drift by a
  // millisecond or more. Simulate the wall clock lagging so the timer fires "early".
  const q = new HostQueue(1, 1);
  const realNow = Date.now.bind(Date);
  q.pauseHost('h', realNow() + 30);
  const spy = vi.spyOn(Date, 'now').mockImplementation(() => realNow() - 5);
  try {
    const ran = q.run('h', async () => 'ran');
    const guard = new Promise<'stuck'>((resolve) => setTimeout(resolve, 1_000, 'stuck').unref());
    expect(await Promise.race([ran, guard])).toBe('ran');
  } finally {
    spy.mockRestore();
  }
});
