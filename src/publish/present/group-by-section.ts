import { SECTION_TITLES, SECTIONS, type Section } from '../../domain/story.ts';

/** One non-empty section of a grouped list, with its display title. */
export type SectionGroup<T> = { readonly section: Section; readonly title: string; readonly items: T[] };

/** True when `value` is one of the digest sections. */
export function isSection(value: string): value is Section {
  return (SECTIONS as readonly string[]).includes(value);
}

/**
 * Groups items by section in SECTIONS order, skipping empty sections and keeping each item's input order;
 * an unknown section value falls into `other`.
 */
export function groupBySection<T>(items: readonly T[], sectionOf: (item: T) => string): SectionGroup<T>[] {
  const buckets = new Map<Section, T[]>();
  for (const item of items) {
    const raw = sectionOf(item);
    const section = isSection(raw) ? raw : 'other';
    const bucket = buckets.get(section) ?? [];
    bucket.push(item);
    buckets.set(section, bucket);
  }
  return SECTIONS.flatMap((section) => {
    const bucket = buckets.get(section);
    return bucket ? [{ section, title: SECTION_TITLES[section], items: bucket }] : [];
  });
}
