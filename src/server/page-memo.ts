/** Tuning for a page memo; every field has a default. */
export type PageMemoOptions = {
  /** Longest a page is served, in ms (default 60000): bounds how long clock-dependent parts may lag. */
  readonly ttlMs?: number;
  /** Most characters kept in all (default 32 Mi, about 64 MiB of two-byte strings at worst). */
  readonly maxChars?: number;
};

/** A rendered page memo: get(key, version) answers only a page stored under that same data version. */
export type PageMemo = {
  get(key: string | number, version: string, now?: number): string | undefined;
  set(key: string | number, version: string, html: string, now?: number): void;
};

type Entry = { readonly version: string; readonly expires: number; readonly html: string };

/**
 * Rendered pages by key, least recently used dropped first, each served only under the data version it was
 * built from (see `readDataVersion`): a page never shows data older than the request. Kept as the strings
 * the renderer produced, before any Response exists: for pages with many URLs each read a few times
 * (single stories), the response cache's copy of every answer cost more than its hits saved. Pure memory,
 * no I/O; the caller reads the version.
 */
export function createPageMemo(options: PageMemoOptions = {}): PageMemo {
  const ttlMs = options.ttlMs ?? 60_000;
  const maxChars = options.maxChars ?? 32 * 1024 * 1024;
  const entries = new Map<string | number, Entry>();
  let chars = 0;
  const remove = (key: string | number) => {
    const old = entries.get(key);
    if (!old) return;
    entries.delete(key);
    chars -= old.html.length;
  };
  return {
    get(key, version, now = Date.now()) {
      const hit = entries.get(key);
      if (!hit) return undefined;
      if (hit.version !== version || hit.expires <= now) {
        remove(key);
        return undefined;
      }
      // Most recently used last: the Map's insertion order is the eviction order.
      entries.delete(key);
      entries.set(key, hit);
      return hit.html;
    },
    set(key, version, html, now = Date.now()) {
      remove(key);
      if (html.length > maxChars / 16) return;
      entries.set(key, { version, expires: now + ttlMs, html });
      chars += html.length;
      while (chars > maxChars) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        remove(oldest);
      }
    },
  };
}
