import type { Context, MiddlewareHandler, Next } from 'hono';
import type { Db } from '../store/database.ts';

/** Tuning for the in-process response cache; every field has a default. */
export type ResponseCacheOptions = {
  /** How long an entry is served, in ms, even when the data version is unchanged (default 5000). */
  readonly ttlMs?: number;
  /** How often the data version is read from the database, at most, in ms (default 1000). */
  readonly versionCheckMs?: number;
  /** Most entries kept (least recently used go first; default 1000). */
  readonly maxEntries?: number;
  /** Most body bytes kept in all (default 64 MiB); larger single bodies (over 1/16 of it) are not cached. */
  readonly maxBytes?: number;
};

type Entry = {
  readonly version: string;
  readonly expires: number;
  readonly status: number;
  readonly headers: ReadonlyArray<[string, string]>;
  readonly body: ArrayBuffer;
};

/**
 * Public, read-only GET routes whose answers depend only on the URL and the data: pages and the JSON API.
 * Everything else (subscribe, confirm, preferences, unsubscribe, admin, TAXII, feeds) is never cached.
 */
const CACHEABLE: readonly RegExp[] = [
  /^\/$/,
  /^\/stories\/[^/]+$/,
  /^\/entities\/[^/]+$/,
  /^\/search$/,
  /^\/attributions$/,
  /^\/api\/v1\/stories(\/[^/]+)?$/,
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
 * An entry is served while younger than `ttlMs` and while the data version — the newest article, story
 * and event ids, read at most once per `versionCheckMs` — is unchanged. Errors, non-200 answers,
 * requests with credentials and every non-GET route are passed through; any non-GET request clears the
 * cache, since it may have changed what pages show.
 */
export function responseCache(db: Db, options: ResponseCacheOptions = {}): MiddlewareHandler {
  const ttlMs = options.ttlMs ?? 5000;
  const versionCheckMs = options.versionCheckMs ?? 1000;
  const maxEntries = options.maxEntries ?? 1000;
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const maxEntryBytes = Math.floor(maxBytes / 16);
  const entries = new Map<string, Entry>();
  let bytes = 0;
  let version = '';
  let checkedAt = Number.NEGATIVE_INFINITY;
  let pending: Promise<string> | undefined;
  /** Misses being computed, by key: concurrent requests for the same URL wait for the first one. */
  const inflight = new Map<string, Promise<void>>();

  const remove = (key: string) => {
    const old = entries.get(key);
    if (!old) return;
    entries.delete(key);
    bytes -= old.body.byteLength;
  };
  const clear = () => {
    entries.clear();
    bytes = 0;
  };
  const currentVersion = async (): Promise<string> => {
    if (Date.now() - checkedAt < versionCheckMs) return version;
    pending ??= readDataVersion(db)
      .then((v) => {
        if (v !== version) clear();
        version = v;
        checkedAt = Date.now();
        return v;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };

  return async (c, next) => {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') {
      await next();
      clear();
      checkedAt = Number.NEGATIVE_INFINITY;
      return;
    }
    if (!isCacheablePath(c.req.path) || c.req.header('authorization') || c.req.header('cookie')) {
      await next();
      return;
    }
    const url = new URL(c.req.url);
    const key = `${method} ${url.pathname}${url.search} ${c.req.header('origin') ?? ''}`;
    let v: string;
    try {
      v = await currentVersion();
    } catch {
      await next();
      return;
    }
    const fresh = (): Entry | undefined => {
      const hit = entries.get(key);
      if (!hit) return undefined;
      if (hit.version === v && hit.expires > Date.now()) return hit;
      remove(key);
      return undefined;
    };
    const waiting = inflight.get(key);
    if (waiting) await waiting;
    const hit = fresh();
    if (hit) {
      entries.delete(key);
      entries.set(key, hit);
      return new Response(method === 'HEAD' ? null : hit.body.slice(0), {
        status: hit.status,
        headers: hit.headers as Array<[string, string]>,
      });
    }
    if (method !== 'GET' || inflight.has(key)) {
      await next();
      return;
    }
    let done: () => void = () => {};
    inflight.set(
      key,
      new Promise<void>((resolve) => {
        done = resolve;
      }),
    );
    try {
      await fill(key, v, c, next);
    } finally {
      inflight.delete(key);
      done();
    }
  };

  async function fill(key: string, v: string, c: Context, next: Next): Promise<void> {
    const startedAt = Date.now();
    await next();
    const res = c.res;
    if (res.status !== 200 || c.error || res.headers.has('set-cookie')) return;
    if (/no-store|private/i.test(res.headers.get('cache-control') ?? '')) return;
    const body = await res.clone().arrayBuffer();
    if (body.byteLength > maxEntryBytes) return;
    remove(key);
    entries.set(key, {
      version: v,
      expires: startedAt + ttlMs,
      status: res.status,
      headers: [...res.headers.entries()],
      body,
    });
    bytes += body.byteLength;
    while (entries.size > maxEntries || bytes > maxBytes) {
      const oldest = entries.keys().next().value;
      if (oldest === undefined) break;
      remove(oldest);
    }
  }
}

/** The data version: newest article, story and event ids (cheap on both SQLite and PostgreSQL). */
async function readDataVersion(db: Db): Promise<string> {
  const [a, s, e] = await Promise.all([
    db
      .selectFrom('articles')
      .select((eb) => eb.fn.max('id').as('m'))
      .executeTakeFirst(),
    db
      .selectFrom('stories')
      .select((eb) => eb.fn.max('id').as('m'))
      .executeTakeFirst(),
    db
      .selectFrom('events')
      .select((eb) => eb.fn.max('id').as('m'))
      .executeTakeFirst(),
  ]);
  return `${a?.m ?? 0}/${s?.m ?? 0}/${e?.m ?? 0}`;
}
