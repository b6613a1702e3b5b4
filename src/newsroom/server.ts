import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { buildArticles } from './articles.ts';
import { BROKEN_PATHS, holdSlowRequest, SLOW_ROUTE_DELAY_MS } from './broken-routes.ts';
import { OUTLETS } from './outlets.ts';
import type { Resource } from './resource.ts';
import { sendError, sendResource } from './send-resource.ts';
import { buildSiteRoutes } from './site-routes.ts';
import type { Newsroom } from './types.ts';

/** Options for `startNewsroom`; every field is optional. */
export interface NewsroomOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  readonly port?: number;
  /** Interface to bind; defaults to 127.0.0.1. */
  readonly host?: string;
  /** Clock the article dates are relative to; defaults to the current time. */
  readonly now?: Date;
}

/** Starts the sample newsroom HTTP server and resolves once it listens; rejects if it cannot bind. */
export async function startNewsroom(options: NewsroomOptions = {}): Promise<Newsroom> {
  const host = options.host ?? '127.0.0.1';
  const articles = buildArticles(options.now ?? new Date());
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let routes: ReadonlyMap<string, Resource> = new Map();
  const server = createServer((request, response) => handle(request, response, routes, timers));
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await listen(server, options.port ?? 0, host);
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  routes = buildSiteRoutes(url, articles);
  let closing: Promise<void> | undefined;
  return {
    url,
    feeds: OUTLETS.map((outlet) => ({
      name: outlet.name,
      url: `${url}${outlet.feedPath}`,
      format: outlet.format,
    })),
    articles,
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolve());
        // server.close() waits for open connections; destroy them so held requests end now.
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}

function handle(
  request: IncomingMessage,
  response: ServerResponse,
  routes: ReadonlyMap<string, Resource>,
  timers: Set<NodeJS.Timeout>,
): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendError(response, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    return;
  }
  const path = (request.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
  if (path === BROKEN_PATHS.slow) {
    holdSlowRequest(response, timers, SLOW_ROUTE_DELAY_MS);
    return;
  }
  const resource = routes.get(path);
  if (resource === undefined) {
    sendError(response, 404, 'Not found');
    return;
  }
  sendResource(request, response, resource);
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error('newsroom/server: listening on a pipe, expected a TCP port'));
        return;
      }
      resolve(address.port);
    });
  });
}
