/** A fixed-window counter per key; time is passed in, so it is deterministic in tests. */
export type RateLimiter = {
  /** Counts one attempt for `key` at `nowMs`; false when the key is over its limit in this window. */
  take(key: string, nowMs: number): boolean;
};

/**
 * A rate limiter allowing `limit` attempts per key per `windowMs` (e.g. 5 sign-ups per address per
 * hour). Memory stays bounded: expired windows are swept once the map passes `maxKeys`.
 */
export function createRateLimiter(options: {
  limit: number;
  windowMs: number;
  maxKeys?: number;
}): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  const maxKeys = options.maxKeys ?? 10_000;
  return {
    take(key, nowMs) {
      if (windows.size > maxKeys) {
        for (const [k, w] of windows) if (nowMs - w.start >= options.windowMs) windows.delete(k);
        // Still full of live windows: refuse new keys rather than grow without bound.
        if (windows.size > maxKeys && !windows.has(key)) return false;
      }
      const current = windows.get(key);
      if (!current || nowMs - current.start >= options.windowMs) {
        windows.set(key, { start: nowMs, count: 1 });
        return true;
      }
      current.count += 1;
      return current.count <= options.limit;
    },
  };
}
