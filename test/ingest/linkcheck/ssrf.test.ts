// SSRF guard: private targets are refused after resolution (the connect lookup itself checks),
// including IPv4-mapped IPv6 and odd IPv4 spellings; nothing reaches the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent } from 'undici';
import { checkLinks, isForbiddenAddress } from '../../../ingest/linkcheck/index.js';
import { startRottenWeb, type RottenWeb } from '../../helpers/rotten-web.js';
import { offlineResolver } from '../../helpers/rotten-web/offline-resolver.js';

describe('isForbiddenAddress', () => {
  it.each([
    '127.0.0.1', '127.1.2.3', '10.0.0.1', '172.16.5.4', '172.31.255.255', '192.168.0.1', '169.254.169.254', '0.0.0.0',
    '100.64.0.1', '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', 'ff02::1',
    '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '::ffff:a9fe:a9fe', '64:ff9b::7f00:1', '[::1]',
  ])('refuses %s', (ip) => expect(isForbiddenAddress(ip)).toBe(true));
  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '192.169.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    'allows %s', (ip) => expect(isForbiddenAddress(ip)).toBe(false));
  it('treats non-addresses as forbidden', () => expect(isForbiddenAddress('not-an-ip')).toBe(true));
});

describe('checkLinks with the guard on', () => {
  let web: RottenWeb;
  beforeAll(async () => { web = await startRottenWeb(); });
  afterAll(async () => { await web.close(); });

  const base = { timeoutMs: 1000, retries: 0, keepAliveTimeoutMs: 10, archive: 'none' as const };

  it('blocks loopback literals, mapped IPv6 and decimal spellings without sending a request', async () => {
    web.reset();
    const port = new URL(web.hosts.site).port;
    const urls = [
      `${web.hosts.site}/reports/assembly-guidelines`,
      `http://[::ffff:127.0.0.2]:${port}/reports/assembly-guidelines`,
      `http://2130706434:${port}/reports/assembly-guidelines`, // 127.0.0.2
      `http://0x7f.0.0.2:${port}/reports/assembly-guidelines`,
    ];
    const results = await checkLinks(urls, { ...base, resolveHost: offlineResolver() });
    expect(results.map((r) => [r.status, r.verdict])).toEqual(urls.map(() => ['blocked', 'skipped']));
    expect(web.hits.size).toBe(0);
  });

  it('blocks a name that resolves to loopback in the connect lookup (the connected address is the checked one)', async () => {
    web.reset();
    const port = new URL(web.hosts.site).port;
    const resolveHost = offlineResolver({ 'intranet.test': '127.0.0.2' });
    const [r] = await checkLinks([`http://intranet.test:${port}/reports/assembly-guidelines`], { ...base, resolveHost });
    expect(r.status).toBe('blocked');
    expect(r.error).toMatch(/127\.0\.0\.2/);
    expect(web.hits.size).toBe(0);
  });

  it('blocks when any answer is private (a rebinding resolver cannot mix one in)', async () => {
    web.reset();
    const port = new URL(web.hosts.site).port;
    const resolveHost = async () => [{ address: '203.0.113.7', family: 4 }, { address: '127.0.0.2', family: 4 }];
    const [r] = await checkLinks([`http://mixed.test:${port}/x`], { ...base, resolveHost });
    expect(r.status).toBe('blocked');
    expect(web.hits.size).toBe(0);
  });

  it('pre-flights names when the caller brings its own dispatcher', async () => {
    web.reset();
    const port = new URL(web.hosts.site).port;
    const dispatcher = new Agent({ keepAliveTimeout: 10, keepAliveMaxTimeout: 10 });
    try {
      const resolveHost = offlineResolver({ 'intranet.test': '127.0.0.2' });
      const [r] = await checkLinks([`http://intranet.test:${port}/x`], { ...base, resolveHost, dispatcher });
      expect(r.status).toBe('blocked');
      expect(web.hits.size).toBe(0);
    } finally {
      await dispatcher.close();
    }
  });

  it('lets the operator allow private targets', async () => {
    const port = new URL(web.hosts.site).port;
    const resolveHost = offlineResolver({ 'intranet.test': '127.0.0.2' });
    const [r] = await checkLinks([`http://intranet.test:${port}/reports/assembly-guidelines`], { ...base, resolveHost, allowPrivate: true });
    expect(r.status).toBe('ok');
  });
});
