import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';

/** A listening server: its base URL (with the real port) and how to stop it. */
export type RunningServer = { readonly url: string; close(): Promise<void> };

/**
 * Serves the app on `host:port` with Node's HTTP server (`port: 0` picks a free port). Resolves once
 * listening; rejects when the address cannot be bound (EADDRINUSE, EACCES).
 */
export async function startServer(
  app: Hono,
  options: { port: number; host: string },
): Promise<RunningServer> {
  // Without a createServer option the adaptor builds a plain node:http server.
  const server = createAdaptorServer({ fetch: app.fetch, hostname: options.host }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${urlHost(address.address)}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Idle keep-alive sockets would otherwise hold close() open for the keep-alive timeout.
        server.closeIdleConnections();
      }),
  };
}

/** A listening address as a URL shows it: a wildcard address as localhost, IPv6 in brackets. */
export function urlHost(address: string): string {
  if (address === '0.0.0.0' || address === '::') return 'localhost';
  return address.includes(':') ? `[${address}]` : address;
}
