/** A change to the number of stories an ordered pair of entities shares. */
export type PairDelta = {
  readonly entity_id: string;
  readonly other_id: string;
  readonly story_count: number;
};

/**
 * How a story's ordered entity pairs change when its entity set goes from `before` to `after` (ids, without
 * repeats): +1 for each pair both ends of which are in `after` but not both in `before`, -1 for the reverse.
 * Pairs of entities present on both sides are untouched, so an article joining a story with no new entity
 * writes nothing. Pure.
 */
export function pairDeltas(before: readonly string[], after: readonly string[]): PairDelta[] {
  const had = new Set(before);
  const has = new Set(after);
  const out: PairDelta[] = [];
  const emit = (ids: readonly string[], isNew: (id: string) => boolean, story_count: number) => {
    for (const a of ids) {
      for (const b of ids) {
        if (a !== b && (isNew(a) || isNew(b))) out.push({ entity_id: a, other_id: b, story_count });
      }
    }
  };
  emit(after, (id) => !had.has(id), 1);
  emit(before, (id) => !has.has(id), -1);
  return out;
}
