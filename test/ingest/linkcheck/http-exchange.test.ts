// The dispatch-based exchange on raw loopback servers: close-delimited HTTP/1.0 bodies, 1xx before
// the answer, capped reads that hang up, drained bodies that keep the socket, deadlines and aborts.
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent } from 'undici';
import { exchange, type ExchangeOptions } from '../../../ingest/linkcheck/http-exchange.js';

interface RawServer { url: string; connections: () => number; closedEarly: () => number; close: () => Promise<void> }

/** A TCP server answering each request (one per connection unless keep-alive) with `reply`. */
async function rawServer(reply: (socket: net.Socket, path: string) => void): Promise<RawServer> {
  const sockets = new Set<net.Socket>();
  let connections = 0;
  let closedEarly = 0;
  const server = net.createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => { closedEarly++; });
    let buffered = '';
    socket.on('data', (d) => {
      buffered += d.toString('latin1');
      let end: number;
      while ((end = buffered.indexOf('\r\n\r\n')) >= 0) {
        const head = buffered.slice(0, end);
        buffered = buffered.slice(end + 4);
        reply(socket, head.split(' ')[1] ?? '/');
      }
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connections: () => connections,
    closedEarly: () => closedEarly,
    close: () => new Promise<void>((ok) => { for (const s of sockets) s.destroy(); server.close(() => ok()); }),
  };
}

const MIB = Buffer.alloc(1024 * 1024, 'a');
let server: RawServer;
let agent: Agent;

beforeAll(async () => {
  server = await rawServer((socket, path) => {
    const html = '<!doctype html><title>Plain old page</title><p>Text.</p>';
    if (path === '/http10') {
      // No length, no chunking: the body ends when the server closes.
      socket.end(`HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n${html}`);
    } else if (path === '/early-hints') {
      socket.write('HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n');
      socket.write(`HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: ${html.length}\r\nX-Twice: a\r\nX-Twice: b\r\n\r\n${html}`);
    } else if (path === '/big') {
      socket.write(`HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: ${8 * MIB.length}\r\n\r\n`);
      const pump = (n: number): void => { if (n > 0 && !socket.destroyed) socket.write(MIB, () => pump(n - 1)); };
      pump(8);
    } else if (path === '/small') {
      socket.write(`HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Length: 1000\r\n\r\n${'x'.repeat(1000)}`);
    } else if (path === '/silent') {
      // never answers
    }
  });
  agent = new Agent({ keepAliveTimeout: 1000, keepAliveMaxTimeout: 1000 });
});
afterAll(async () => {
  await agent.close();
  await server.close();
});

const opts = (over: Partial<ExchangeOptions> = {}): ExchangeOptions => ({
  method: 'GET', headers: { 'user-agent': 'test' }, timeoutMs: 2000, onTimeout: () => undefined, signal: null,
  keepBody: () => true, maxBodyBytes: 256 * 1024, drainBytes: 64 * 1024, ...over,
});

describe('exchange', () => {
  it('reads a close-delimited HTTP/1.0 body', async () => {
    const r = await exchange(agent, new URL(`${server.url}/http10`), opts());
    expect(r.statusCode).toBe(200);
    expect(r.body?.toString()).toContain('<title>Plain old page</title>');
  });

  it('skips a 103 Early Hints and joins repeated headers', async () => {
    const r = await exchange(agent, new URL(`${server.url}/early-hints`), opts());
    expect(r.statusCode).toBe(200);
    expect(r.headers['x-twice']).toBe('a, b');
    expect(r.headers.link).toBeUndefined();
    expect(r.body?.toString()).toContain('Plain old page');
  });

  it('keeps only the first maxBodyBytes of a big body and hangs up', async () => {
    const before = server.closedEarly();
    const r = await exchange(agent, new URL(`${server.url}/big`), opts({ maxBodyBytes: 100_000 }));
    expect(r.body?.length).toBe(100_000);
    // The server's writes fail once we are gone: the rest of the 8 MiB was never read.
    await new Promise((ok) => setTimeout(ok, 100));
    expect(server.closedEarly()).toBeGreaterThan(before);
  });

  it('drains a small unread body and reuses the socket; drops a big one', async () => {
    const pause = () => new Promise((ok) => setTimeout(ok, 30)); // undici frees a socket a few ticks after the response
    const c0 = server.connections();
    const bodies: Array<Buffer | null> = [];
    for (let i = 0; i < 3; i++) {
      bodies.push((await exchange(agent, new URL(`${server.url}/small`), opts({ keepBody: () => false }))).body);
      await pause();
    }
    expect(bodies).toEqual([null, null, null]);
    expect(server.connections() - c0).toBeLessThanOrEqual(1);
    const before = server.closedEarly();
    const big = await exchange(agent, new URL(`${server.url}/big`), opts({ keepBody: () => false, drainBytes: 10_000 }));
    expect(big.statusCode).toBe(200);
    await pause();
    expect(server.closedEarly()).toBeGreaterThan(before);
  });

  it('rejects with ETIMEDOUT at the deadline and says so', async () => {
    let timedOut = false;
    const started = Date.now();
    const err = await exchange(agent, new URL(`${server.url}/silent`), opts({ timeoutMs: 150, onTimeout: () => { timedOut = true; } }))
      .then(() => null, (e: unknown) => e as { code?: string });
    expect(err?.code).toBe('ETIMEDOUT');
    expect(timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('rejects when the caller aborts, before or during the exchange', async () => {
    const early = new AbortController();
    early.abort();
    await expect(exchange(agent, new URL(`${server.url}/silent`), opts({ signal: early.signal }))).rejects.toBeTruthy();
    const late = new AbortController();
    setTimeout(() => late.abort(), 50);
    const started = Date.now();
    await expect(exchange(agent, new URL(`${server.url}/silent`), opts({ signal: late.signal }))).rejects.toBeTruthy();
    expect(Date.now() - started).toBeLessThan(1500);
  });
});
