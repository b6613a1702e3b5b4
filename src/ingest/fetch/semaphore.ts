/** A counting semaphore: `acquire` resolves to a release function once a slot is free. */
export type Semaphore = { acquire(): Promise<() => void>; readonly active: () => number };

/** Creates a FIFO semaphore with `limit` slots; never throws. */
export function createSemaphore(limit: number): Semaphore {
  let active = 0;
  const waiting: (() => void)[] = [];
  const release = (): void => {
    active -= 1;
    const next = waiting.shift();
    if (next) {
      active += 1;
      next();
    }
  };
  const acquire = (): Promise<() => void> => {
    const once = (): (() => void) => {
      let done = false;
      return () => {
        if (!done) {
          done = true;
          release();
        }
      };
    };
    if (active < Math.max(1, limit)) {
      active += 1;
      return Promise.resolve(once());
    }
    return new Promise((resolve) => waiting.push(() => resolve(once())));
  };
  return { acquire, active: () => active + waiting.length };
}

/** Per-key semaphores that are dropped when idle, so the map does not grow without bound. */
export function createKeyedSemaphore(limit: number): (key: string) => Promise<() => void> {
  const byKey = new Map<string, Semaphore>();
  return async (key) => {
    let semaphore = byKey.get(key);
    if (!semaphore) {
      semaphore = createSemaphore(limit);
      byKey.set(key, semaphore);
    }
    const held = semaphore;
    const release = await held.acquire();
    return () => {
      release();
      if (held.active() === 0 && byKey.get(key) === held) byKey.delete(key);
    };
  };
}
