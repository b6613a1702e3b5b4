import type { JsonValue, StixObject } from './stix-types.ts';

type Entry = { object: Record<string, JsonValue>; first: string; last: string; versioned: boolean };

/** Accumulates STIX objects by id, merging repeats; see `createObjectSet`. */
export type ObjectSet = {
  /**
   * Adds an object seen in an article fetched at `fetchedAt`. A repeat keeps the first object's properties
   * but widens `created`/`valid_from` (earliest) and `modified` (latest) and keeps the highest `confidence`.
   * `versioned` objects change with new articles (their TAXII date_added is the latest fetch), others are
   * constant (date_added is the first fetch).
   */
  put(object: StixObject, fetchedAt: string, versioned: boolean): string;
  has(id: string): boolean;
  get(id: string): StixObject | undefined;
  /** Every object, sorted by id so that output is reproducible. */
  objects(): StixObject[];
  /** TAXII date_added per object id. */
  addedAt(): Map<string, string>;
};

/** A fresh, empty object set (no shared state between exports). */
export function createObjectSet(): ObjectSet {
  const entries = new Map<string, Entry>();
  return {
    put(object, fetchedAt, versioned) {
      const entry = entries.get(object.id);
      if (!entry) {
        entries.set(object.id, { object: { ...object }, first: fetchedAt, last: fetchedAt, versioned });
        return object.id;
      }
      if (fetchedAt < entry.first) entry.first = fetchedAt;
      if (fetchedAt > entry.last) entry.last = fetchedAt;
      widen(entry.object, object);
      return object.id;
    },
    has: (id) => entries.has(id),
    get: (id) => entries.get(id)?.object as StixObject | undefined,
    objects: () =>
      [...entries.values()]
        .map((entry) => entry.object as StixObject)
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    addedAt: () =>
      new Map([...entries].map(([id, entry]) => [id, entry.versioned ? entry.last : entry.first])),
  };
}

function widen(target: Record<string, JsonValue>, next: StixObject): void {
  for (const key of ['created', 'valid_from'] as const) {
    const value = next[key];
    if (typeof value === 'string' && typeof target[key] === 'string' && value < (target[key] as string))
      target[key] = value;
  }
  const modified = next.modified;
  if (typeof modified === 'string' && typeof target.modified === 'string' && modified > target.modified)
    target.modified = modified;
  const confidence = next.confidence;
  if (
    typeof confidence === 'number' &&
    typeof target.confidence === 'number' &&
    confidence > target.confidence
  )
    target.confidence = confidence;
}
