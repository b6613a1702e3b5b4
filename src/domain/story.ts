import type { EventType } from './analysis.ts';

export const SECTIONS = [
  'attributions',
  'breaches',
  'vulnerabilities',
  'law-enforcement',
  'advisories',
  'other',
] as const;
/** Digest section a story belongs to, decided from its events and entities. */
export type Section = (typeof SECTIONS)[number];

export const SECTION_TITLES: Readonly<Record<Section, string>> = {
  attributions: 'Attributions and state activity',
  breaches: 'Breaches and ransomware',
  vulnerabilities: 'Vulnerabilities and patches',
  'law-enforcement': 'Law enforcement and policy',
  advisories: 'Advisories',
  other: 'Other news',
};

/** One real-world development, carried by one or more articles. */
export type Story = {
  readonly id: number;
  readonly title: string;
  readonly section: Section;
  readonly representativeArticleId: number | null;
  readonly articleCount: number;
  readonly outletCount: number;
  readonly firstSeenAt: string;
  readonly lastSeenAt: string;
};

/** Section for a set of event types: the first section (in digest order) any event falls in. */
export function sectionForEvents(types: readonly EventType[], entityKinds: readonly string[]): Section {
  const has = (p: (t: EventType) => boolean) => types.some(p);
  if (has((t) => t === 'attribution' || t === 'denial' || t === 'responsibility-claim'))
    return 'attributions';
  if (has((t) => t.startsWith('attack.'))) return 'breaches';
  if (has((t) => t.startsWith('vulnerability.'))) return 'vulnerabilities';
  if (has((t) => t.startsWith('law-enforcement.') || t === 'sanction' || t === 'legal.action'))
    return 'law-enforcement';
  if (has((t) => t === 'advisory')) return 'advisories';
  if (entityKinds.includes('vulnerability')) return 'vulnerabilities';
  if (entityKinds.includes('threat-actor')) return 'attributions';
  return 'other';
}
