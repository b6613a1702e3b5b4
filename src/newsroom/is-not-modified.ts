import type { IncomingHttpHeaders } from 'node:http';
import type { Resource } from './resource.ts';

/**
 * Returns whether a GET/HEAD with these headers should get 304 (RFC 9110 §13.1.2–13.1.3, §13.2.2):
 * If-None-Match uses weak comparison against either encoding's ETag and, when present, If-Modified-Since
 * is ignored.
 */
export function isNotModified(headers: IncomingHttpHeaders, resource: Resource): boolean {
  const ifNoneMatch = headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    const candidates = ifNoneMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
    return candidates.some((tag) => tag === '*' || tag === resource.etag || tag === resource.gzipEtag);
  }
  const ifModifiedSince = headers['if-modified-since'];
  if (ifModifiedSince === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  // An invalid date is ignored (RFC 9110 §13.1.3), so the full response is sent.
  return !Number.isNaN(since) && resource.lastModified.getTime() <= since;
}
