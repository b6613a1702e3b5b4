import type { StixObject } from './stix-types.ts';

/** A TAXII collection Threatbrief publishes: its alias (also its permission name), title and description. */
export type StixCollectionSpec = {
  readonly alias: string;
  readonly title: string;
  readonly description: string;
};

/** The collections, in discovery order. */
export const STIX_COLLECTIONS: readonly StixCollectionSpec[] = [
  {
    alias: 'stories',
    title: 'Threatbrief stories',
    description: 'Every story as a report, with the entities, indicators, events and claims it yielded.',
  },
  {
    alias: 'attributions',
    title: 'Threatbrief attributions',
    description:
      'Public attribution and responsibility claims (attributed-to relationships by the accusing party) and the opinions of allies and deniers.',
  },
  {
    alias: 'indicators',
    title: 'Threatbrief indicators',
    description: 'Indicators of compromise reported in the news, their observables and what they indicate.',
  },
];

const SEEDS: Readonly<
  Record<string, (object: StixObject, byId: ReadonlyMap<string, StixObject>) => boolean>
> = {
  stories: () => true,
  attributions: (object) =>
    (object.type === 'relationship' && object.relationship_type === 'attributed-to') ||
    object.type === 'opinion',
  indicators: (object, byId) =>
    object.type === 'indicator' ||
    (object.type === 'relationship' && byId.get(String(object.source_ref))?.type === 'indicator'),
};

/**
 * The objects of a collection: its seed objects plus everything they reference (created_by_ref, source_ref,
 * target_ref, object_refs … transitively), so every reference resolves within the collection; in input order.
 * An unknown alias gives []. Pure.
 */
export function selectCollection(objects: readonly StixObject[], alias: string): StixObject[] {
  const byId = new Map(objects.map((object) => [object.id, object]));
  const seed = SEEDS[alias];
  if (!seed) return [];
  const chosen = new Set<string>();
  const queue = objects.filter((object) => seed(object, byId)).map((object) => object.id);
  while (queue.length > 0) {
    const id = queue.pop()!;
    const object = byId.get(id);
    if (!object || chosen.has(id)) continue;
    chosen.add(id);
    for (const [key, value] of Object.entries(object)) {
      if (key.endsWith('_ref') && typeof value === 'string') queue.push(value);
      if (key.endsWith('_refs') && Array.isArray(value))
        for (const ref of value) if (typeof ref === 'string') queue.push(ref);
    }
  }
  return objects.filter((object) => chosen.has(object.id));
}
