// Listens: createApp over a shared store on host:port; resolves once listening with the URL and a
// close() that stops accepting, ends open connections and waits. Used by `citegraph serve`/`demo`.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeApp, createApp, type AppOptions } from './app.js';

export interface RunningServer {
  url: string;
  app: ReturnType<typeof createApp>;
  port: number;
  server: http.Server;
  close(): Promise<void>;
}

/** @throws the listen error (EADDRINUSE, EACCES) as a one-line Error naming host and port. */
export async function startServer(options: AppOptions & { host: string; port: number }): Promise<RunningServer> {
  const app = createApp(options);
  const server = http.createServer(app);
  // Bound idle keep-alive so close() never waits on a browser's idle socket.
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((ok, fail) => {
    server.once('error', (err: NodeJS.ErrnoException) => fail(new Error(err.code === 'EADDRINUSE'
      ? `api.listen: ${options.host}:${options.port} is already in use (choose another with --port, or --port 0 for any free port)`
      : `api.listen: ${options.host}:${options.port}: ${err.code ?? err.message}`)));
    server.listen(options.port, options.host, () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${host}:${port}`,
    app,
    port,
    server,
    close: () => (closing ??= (async () => {
      await new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      });
      await closeApp(app);
    })()),
  };
}
