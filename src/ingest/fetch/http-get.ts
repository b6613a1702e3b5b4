import { parseMaxAge } from './cache-control.ts';
import { classifyError } from './classify-error.ts';
import { readCappedBody } from './read-body.ts';
import { parseRetryAfter } from './retry-after.ts';
import { createRobotsChecker, decodeRobotsBytes } from './robots.ts';
import { createKeyedSemaphore, createSemaphore } from './semaphore.ts';
import { guardHost, type Resolver, systemResolver } from './ssrf-guard.ts';
import {
  type FetchResult,
  fetchError,
  type HttpGet,
  type HttpGetOptions,
  type HttpGetRequest,
} from './types.ts';

const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.8, */*;q=0.5';

/** Test seams; production code passes nothing. */
export type HttpGetDeps = { readonly resolve?: Resolver };

type Attempt = { readonly request: HttpGetRequest; readonly maxBytes: number; readonly robots: boolean };

function parseHttpUrl(raw: string, base?: string): URL | null {
  try {
    const url = new URL(raw, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Creates the project's HttpGet: conditional GET with manual redirects (max 5, loops refused), SSRF guard
 * on every hop, optional robots.txt, streaming byte cap, one deadline per call and per-host plus global
 * concurrency limits. The returned function never throws for an expected failure.
 */
export function createHttpGet(options: HttpGetOptions, deps: HttpGetDeps = {}): HttpGet {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const allowHosts = new Set((options.allowHosts ?? []).map((h) => h.toLowerCase().replace(/^\[|\]$/g, '')));
  const resolve = deps.resolve ?? systemResolver;
  const global = createSemaphore(options.globalConcurrency ?? 8);
  const perHost = createKeyedSemaphore(options.perHostConcurrency ?? 2);
  const baseHeaders = {
    'user-agent': options.userAgent,
    accept: ACCEPT,
    'accept-encoding': 'gzip, deflate, br',
  };

  const robotsAllowed = createRobotsChecker(options.userAgent, async (robotsUrl) => {
    const result = await attempt({ request: { url: robotsUrl }, maxBytes: 512 * 1024, robots: false });
    return result.kind === 'ok' ? decodeRobotsBytes(result.body) : null;
  });

  async function attempt({ request, maxBytes: cap, robots }: Attempt): Promise<FetchResult> {
    const start = parseHttpUrl(request.url);
    if (!start) return fetchError('invalid_url', `not an absolute http(s) URL: ${request.url}`);
    const headers: Record<string, string> = { ...baseHeaders };
    if (request.etag) headers['if-none-match'] = request.etag;
    if (request.lastModified) headers['if-modified-since'] = request.lastModified;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    let current = start;
    try {
      const visited = new Set([current.href]);
      let permanentRedirect: string | null = null;
      let onlyPermanent = true;
      for (let hop = 0; ; hop++) {
        if (robots && !(await robotsAllowed(current))) {
          return fetchError('robots_disallowed', `${current.href} is disallowed by robots.txt`);
        }
        const blocked = await guardHost(current, allowHosts, resolve);
        if (blocked) return blocked;
        // Redirects are followed by hand so that every hop passes the SSRF guard (and loops are seen).
        const response = await fetch(current, { headers, redirect: 'manual', signal: controller.signal });
        const location = response.headers.get('location');
        if (REDIRECTS.has(response.status) && location) {
          await response.body?.cancel().catch(() => undefined);
          const next = parseHttpUrl(location, current.href);
          if (!next)
            return fetchError('invalid_url', `${current.href} redirects to an unusable URL: ${location}`);
          if (visited.has(next.href)) return fetchError('redirect_loop', `redirect loop at ${next.href}`);
          if (hop >= MAX_REDIRECTS)
            return fetchError('redirect_loop', `more than ${MAX_REDIRECTS} redirects from ${start.href}`);
          // RFC 9110 section 15.4: only 301 and 308 say the resource moved for good.
          onlyPermanent &&= response.status === 301 || response.status === 308;
          if (onlyPermanent) permanentRedirect = next.href;
          visited.add(next.href);
          current = next;
          continue;
        }
        const etag = response.headers.get('etag');
        const lastModified = response.headers.get('last-modified');
        const maxAgeSeconds = parseMaxAge(response.headers.get('cache-control'), response.headers.get('age'));
        if (response.status === 304) {
          await response.body?.cancel().catch(() => undefined);
          return {
            kind: 'not_modified',
            url: current.href,
            etag: etag ?? request.etag ?? null,
            lastModified: lastModified ?? request.lastModified ?? null,
            maxAgeSeconds,
          };
        }
        const retryAfterSeconds = parseRetryAfter(response.headers.get('retry-after'), Date.now());
        if (response.status < 200 || response.status >= 300) {
          await response.body?.cancel().catch(() => undefined);
          const message = `${current.href}: HTTP ${response.status} ${response.statusText}`.trim();
          return fetchError(`http_${response.status}`, message, {
            status: response.status,
            retryAfterSeconds,
          });
        }
        const body = await readCappedBody(response, cap, current.href);
        if (!(body instanceof Uint8Array)) return body;
        const contentType = response.headers.get('content-type');
        return {
          kind: 'ok',
          url: current.href,
          status: response.status,
          body,
          contentType,
          etag,
          lastModified,
          permanentRedirect,
          retryAfterSeconds,
          maxAgeSeconds,
        };
      }
    } catch (error) {
      return classifyError(error, current.href, timedOut, timeoutMs);
    } finally {
      clearTimeout(timer);
    }
  }

  return async (request) => {
    const url = parseHttpUrl(request.url);
    if (!url) return fetchError('invalid_url', `not an absolute http(s) URL: ${request.url}`);
    // Host slot first, then a global one, so a busy host cannot sit on global slots while it waits.
    const releaseHost = await perHost(url.host.toLowerCase());
    const releaseGlobal = await global.acquire();
    try {
      return await attempt({ request, maxBytes, robots: options.respectRobots === true });
    } finally {
      releaseGlobal();
      releaseHost();
    }
  };
}
