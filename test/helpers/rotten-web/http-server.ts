// A real HTTP(S) server on a loopback address and port 0, closed completely (idle and hanging sockets too).
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';

export interface TestServer {
  url: string;
  host: string;
  port: number;
  server: http.Server;
  close: () => Promise<void>;
}

export async function startServer(
  handler: http.RequestListener, host = '127.0.0.1', tls?: { key: string; cert: string },
): Promise<TestServer> {
  const server = tls ? https.createServer({ key: tls.key, cert: tls.cert }, handler) : http.createServer(handler);
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  // TLS handshakes that fail never become HTTP connections; track the raw sockets as well.
  server.on('secureConnection', (s: Socket) => sockets.add(s));
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, host, () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `${tls ? 'https' : 'http'}://${host}:${port}`,
    host,
    port,
    server,
    close: () => new Promise<void>((ok) => {
      for (const s of sockets) s.destroy();
      server.closeAllConnections();
      server.close(() => ok());
    }),
  };
}

/** A port that was bound and released: connecting to it is refused. */
export async function refusedPort(host = '127.0.0.1'): Promise<number> {
  const srv = await startServer(() => undefined, host);
  const { port } = srv;
  await srv.close();
  return port;
}
