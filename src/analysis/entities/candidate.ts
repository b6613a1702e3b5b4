import type { EntityKind } from '../../domain/analysis.ts';

/** A possible mention before overlap resolution: span, entity facts, the rule that found it and its priority. */
export type Candidate = {
  readonly start: number;
  readonly end: number;
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly rule: string;
  /** Higher wins between spans of equal length. */
  readonly priority: number;
  readonly type?: string;
  readonly country?: string;
  /** Nested mentions kept only when this one is (the vendor inside "Microsoft Exchange Server"). */
  readonly companions?: readonly Candidate[];
};

/** Priorities of rule families: patterns are exact, gazetteer names beat guessed people and descriptors. */
export const PRIORITY = { pattern: 40, gazetteer: 30, person: 20, imported: 15, coref: 10 } as const;
