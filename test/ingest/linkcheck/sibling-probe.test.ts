// The random-sibling probe keeps a lasting answer per directory but not a transient one (429, 5xx,
// failure): a later URL of the directory probes again, a bounded number of times.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Agent } from 'undici';
import { SiblingProbe, MAX_PROBES_PER_DIRECTORY } from '../../../ingest/linkcheck/sibling-probe.js';
import { checkRequestHeaders, type FetchContext } from '../../../ingest/linkcheck/fetch-page.js';
import { HostQueue, resolveCheckOptions } from '../../../ingest/linkcheck/index.js';
import { startServer, type TestServer } from '../../helpers/rotten-web/http-server.js';

let server: TestServer;
const probes = new Map<string, number>();
let agent: Agent;

beforeAll(async () => {
  server = await startServer((req, res) => {
    const dir = (req.url ?? '/').replace(/[^/]*$/, '');
    const n = (probes.get(dir) ?? 0) + 1;
    probes.set(dir, n);
    // /busy-once/: the first probe meets a 503; /always-busy/: every probe does; /calm/: none.
    const busy = dir === '/always-busy/' || (dir === '/busy-once/' && n === 1);
    res.writeHead(busy ? 503 : 200, { 'content-type': 'text/html' });
    res.end(busy ? '<title>Busy</title>' : '<title>Same page everywhere</title><p>Welcome to the catch-all site with the same text.</p>');
  }, '127.0.0.14');
  agent = new Agent({ keepAliveTimeout: 10, keepAliveMaxTimeout: 10 });
});
afterAll(async () => {
  await agent.close();
  await server.close();
});

function probeOf(): SiblingProbe {
  const options = resolveCheckOptions({ allowPrivate: true, timeoutMs: 2000, archive: 'none' });
  const ctx: FetchContext = {
    options, dispatcher: agent, queue: new HostQueue(4, 2), guardedDispatcher: true, requestHeaders: checkRequestHeaders(options.userAgent),
  };
  return new SiblingProbe(ctx);
}

it('keeps a lasting answer, probes again after a transient one, and gives up after a few', async () => {
  const probe = probeOf();
  const calm = await probe.answerFor(`${server.url}/calm/a`);
  await probe.answerFor(`${server.url}/calm/b`);
  expect(calm?.print.status).toBe(200);
  expect(probes.get('/calm/')).toBe(1);

  const first = await probe.answerFor(`${server.url}/busy-once/a`);
  const second = await probe.answerFor(`${server.url}/busy-once/b`);
  await probe.answerFor(`${server.url}/busy-once/c`);
  expect([first?.print.status, second?.print.status]).toEqual([503, 200]);
  expect(probes.get('/busy-once/')).toBe(2);

  for (let i = 0; i < MAX_PROBES_PER_DIRECTORY + 3; i++) await probe.answerFor(`${server.url}/always-busy/${i}`);
  expect(probes.get('/always-busy/')).toBe(MAX_PROBES_PER_DIRECTORY);
});
