import type { Context, MiddlewareHandler, Next } from 'hono';
import type { Db } from '../store/database.ts';
import { readDataVersion } from '../store/repositories/browse-version.ts';

/** Tuning for the in-process response cache; every field has a default. */
export type ResponseCacheOptions = {
  /**
   * Longest an entry is served, in ms (default 60000). Data changes never wait for it (every request
   * compares the data version); it only bounds how long clock-dependent parts (timelines ending today)
   * may lag.
   */
  readonly ttlMs?: number;
  /** Most entries kept (least recently used go first; default 5000). */
  readonly maxEntries?: number;
  /**
   * Paths whose answers are stored only when their URL was asked before (default: none): for pages with
   * many URLs each read once, a first read then costs no version query, no copy of the body and no memory.
   */
  readonly admitOnSecondRequest?: readonly RegExp[];
  /** Most body bytes kept in all (default 128 MiB); larger single bodies (over 1/16 of it) are not cached. */
  readonly maxBytes?: number;
  /** Reads the data version (default: `readDataVersion`); tests inject a counting one. */
  readonly readVersion?: (db: Db) => Promise<string>;
};

const encoder = new TextEncoder();

type Entry = {
  readonly version: string;
  readonly expires: number;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** UTF-8 bytes: half the memory of a two-byte string, and written to the socket without re-encoding. */
  readonly body: Uint8Array;
};

/**
 * Public, read-only GET routes whose answers depend only on the URL and the data and that are dear to build:
 * lists, entity pages (timelines, totals, ledgers), search. A single story (page or API) is not cached: it is
 * four indexed reads and a render (about half a millisecond), there are tens of thousands, most read once or
 * twice, and storing an answer (reading the body back, copying it, a version query per read) cost more than
 * the hits saved (`npm run bench -- web`: 2,172-2,197 req/s and p99 47-48 ms uncached against 1,684-1,823
 * and 53-63 ms cached). Everything else (subscribe, confirm, preferences, unsubscribe, admin, TAXII, feeds)
 * is never cached.
 */
const CACHEABLE: readonly RegExp[] = [
  /^\/$/,
  /^\/entities\/[^/]+$/,
  /^\/search$/,
  /^\/attributions$/,
  /^\/api\/v1\/stories$/,
  /^\/api\/v1\/entities(\/[^/]+)?$/,
  /^\/api\/v1\/search$/,
  /^\/api\/v1\/events$/,
  /^\/api\/v1\/attributions(\/matrix)?$/,
];

/** True when a GET of this path may be answered from the cache. */
export function isCacheablePath(path: string): boolean {
  return CACHEABLE.some((re) => re.test(path));
}

/**
 * A bounded (LRU by entries and bytes) cache of successful GET answers keyed by URL (and Origin, for CORS).
 * A request that memory could answer first reads the data version (see `readDataVersion`: one tiny query
 * that changes with any commit, from this or another process), and an entry is served only when it was
 * built under that same version and is younger than `ttlMs`: a page never shows data older than the
 * request. Paths named in `admitOnSecondRequest` are stored the second time their URL is asked.
 * Stored answers carry a weak ETag; a request naming the tag of a still-valid entry gets 304. Errors,
 * non-200 answers, requests with credentials and every non-GET route are passed through; any non-GET
 * request also clears the cache. Concurrent misses for one URL are computed once.
 */
export function responseCache(db: Db, options: ResponseCacheOptions = {}): MiddlewareHandler {
  const ttlMs = options.ttlMs ?? 60_000;
  const maxEntries = options.maxEntries ?? 5000;
  const maxBytes = options.maxBytes ?? 128 * 1024 * 1024;
  const maxEntryBytes = Math.floor(maxBytes / 16);
  const readVersion = options.readVersion ?? readDataVersion;
  const admitOnSecond = options.admitOnSecondRequest ?? [];
  const entries = new Map<string, Entry>();
  /** URLs of `admitOnSecondRequest` paths asked before (bounded: cleared when full). */
  const seen = new Set<string>();
  let bytes = 0;
  const nonce = Math.random().toString(36).slice(2, 10);
  let sequence = 0;
  /** Misses being computed, by key and version: concurrent requests for the same URL wait for the first. */
  const inflight = new Map<string, Promise<void>>();

  const remove = (key: string) => {
    const old = entries.get(key);
    if (!old) return;
    entries.delete(key);
    bytes -= old.body.byteLength;
  };
  const fresh = (key: string, version: string): Entry | undefined => {
    const hit = entries.get(key);
    if (!hit) return undefined;
    if (hit.version === version && hit.expires > Date.now()) return hit;
    remove(key);
    return undefined;
  };

  return async (c, next) => {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') {
      await next();
      entries.clear();
      bytes = 0;
      return;
    }
    if (!isCacheablePath(c.req.path) || c.req.header('authorization') || c.req.header('cookie')) {
      await next();
      return;
    }
    const url = c.req.url;
    const query = url.indexOf('?');
    const key = `${c.req.path}${query < 0 ? '' : url.slice(query)} ${c.req.header('origin') ?? ''}`;
    if (!seen.has(key) && !entries.has(key) && admitOnSecond.some((re) => re.test(c.req.path))) {
      // First request for this URL: nothing in memory can answer it, so it needs no data version either.
      if (seen.size >= maxEntries * 4) seen.clear();
      seen.add(key);
      await next();
      return;
    }
    let version: string;
    try {
      version = await readVersion(db);
    } catch {
      await next();
      return;
    }
    const flight = `${version} ${key}`;
    const waiting = inflight.get(flight);
    if (waiting) await waiting;
    const hit = fresh(key, version);
    if (hit) {
      entries.delete(key);
      entries.set(key, hit);
      // RFC 9110 §13.1.2: a client holding this very entry gets 304 (weak comparison of the tag).
      const tags = c.req.header('if-none-match');
      if (tags && (tags.trim() === '*' || tags.split(',').some((t) => weakEqual(t, hit.headers.etag)))) {
        return new Response(null, { status: 304, headers: { etag: hit.headers.etag ?? '' } });
      }
      return new Response(method === 'HEAD' ? null : hit.body, { status: hit.status, headers: hit.headers });
    }
    if (method !== 'GET' || inflight.has(flight)) {
      await next();
      return;
    }
    let done: () => void = () => {};
    inflight.set(
      flight,
      new Promise<void>((resolve) => {
        done = resolve;
      }),
    );
    try {
      await fill(key, version, c, next);
    } finally {
      inflight.delete(flight);
      done();
    }
  };

  async function fill(key: string, version: string, c: Context, next: Next): Promise<void> {
    const startedAt = Date.now();
    await next();
    const res = c.res;
    if (res.status !== 200 || c.error || res.headers.has('set-cookie')) return;
    if (/no-store|private/i.test(res.headers.get('cache-control') ?? '')) return;
    if (res.headers.has('content-encoding')) return;
    const headers: Record<string, string> = {};
    for (const [name, value] of res.headers) headers[name] = value;
    // The tag names this stored body: a per-process nonce and a sequence number, so no other entry (nor
    // one from before a restart) can carry it.
    headers.etag ??= `W/"${nonce}-${(sequence++).toString(36)}"`;
    const body = encoder.encode(await res.text());
    // A fresh Response over plain bytes: the Node adaptor writes it without a stream. Unsetting first keeps
    // Hono from re-wrapping it around the consumed body.
    c.res = undefined;
    c.res = new Response(body, { status: res.status, headers });
    if (body.byteLength > maxEntryBytes) return;
    remove(key);
    entries.set(key, { version, expires: startedAt + ttlMs, status: res.status, headers, body });
    bytes += body.byteLength;
    while (entries.size > maxEntries || bytes > maxBytes) {
      const oldest = entries.keys().next().value;
      if (oldest === undefined) break;
      remove(oldest);
    }
  }
}

/** Weak comparison of two entity tags (RFC 9110 §8.8.3.2): equal once any `W/` prefix is dropped. */
function weakEqual(a: string, b: string | undefined): boolean {
  if (b === undefined) return false;
  const opaque = (t: string) => t.trim().replace(/^W\//, '');
  return opaque(a) === opaque(b);
}
