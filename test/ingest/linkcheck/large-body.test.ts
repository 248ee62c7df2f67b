// A 512 MiB streamed page: the checker reads its first 256 KiB, hangs up, and memory stays bounded.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkLinks } from '../../../ingest/linkcheck/index.js';
import { HUGE_BYTES, startRottenWeb, type RottenWeb } from '../../helpers/rotten-web.js';

let web: RottenWeb;
beforeAll(async () => { web = await startRottenWeb(); });
afterAll(async () => { await web.close(); });

it('checks a 512 MiB body without reading it all', async () => {
  web.reset();
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 5);
  try {
    const [r] = await checkLinks([`${web.hosts.site}/huge`], {
      allowPrivate: true, timeoutMs: 10_000, retries: 0, keepAliveTimeoutMs: 10, archive: 'none', siblingProbe: false,
    });
    expect(r.status).toBe('ok');
    expect(r.title).toBe('Very large report');
  } finally {
    clearInterval(sampler);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  expect(peak - before).toBeLessThan(100 * 1024 * 1024);
  // The server stopped long before the end: only socket buffers' worth beyond the 256 KiB read.
  expect(web.hugeBytesSent()).toBeLessThan(32 * 1024 * 1024);
  expect(web.hugeBytesSent()).toBeLessThan(HUGE_BYTES);
});
