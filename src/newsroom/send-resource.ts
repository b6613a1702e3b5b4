import type { IncomingMessage, ServerResponse } from 'node:http';
import { acceptsGzip } from './accepts-gzip.ts';
import { toHttpDate } from './dates.ts';
import { isNotModified } from './is-not-modified.ts';
import type { Resource } from './resource.ts';

/** Writes a Resource as a 200 (gzip when accepted, no body for HEAD) or a 304 on a matching condition. */
export function sendResource(request: IncomingMessage, response: ServerResponse, resource: Resource): void {
  const gzip = acceptsGzip(request.headers['accept-encoding']);
  const headers: Record<string, string> = {
    'Content-Type': resource.contentType,
    ETag: gzip ? resource.gzipEtag : resource.etag,
    'Last-Modified': toHttpDate(resource.lastModified),
    'Cache-Control': 'public, max-age=60',
    Vary: 'Accept-Encoding',
  };
  if (isNotModified(request.headers, resource)) {
    response.writeHead(304, headers);
    response.end();
    return;
  }
  const body = gzip ? resource.gzipped : resource.body;
  if (gzip) headers['Content-Encoding'] = 'gzip';
  headers['Content-Length'] = String(body.length);
  response.writeHead(200, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** Writes a small uncached plain error response (404, 405, ...) with the given status. */
export function sendError(
  response: ServerResponse,
  status: number,
  message: string,
  extra?: Record<string, string>,
): void {
  const body = Buffer.from(`${message}\n`, 'utf8');
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(body.length),
    'Cache-Control': 'no-store',
    ...extra,
  });
  response.end(body);
}
