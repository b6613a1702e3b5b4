import type { ArticleProfile } from './article-profile.ts';

/** Features of a pair of articles for the same-development decision. */
export type PairFeatures = {
  /** Absolute time between the two, in days. */
  readonly days: number;
  /** Proper names / entity ids both mention. */
  readonly sharedNames: number;
  /** Shared names over the smaller name set (0 when either has none). */
  readonly nameOverlap: number;
  /** Dice overlap of title content words. */
  readonly titleDice: number;
  /** Overlap of title+lead content words (names excluded) over the smaller set. */
  readonly termOverlap: number;
  /** Figures (amounts, counts) both mention. */
  readonly sharedFigures: number;
  /**
   * Whether two similar headlines each name a subject the other article never mentions: templated
   * releases ("Law firm investigates X data breach") about different victims.
   */
  readonly subjectConflict: boolean;
  /** Whether both have event types and share none. */
  readonly eventConflict: boolean;
};

/** Thresholds of the same-development rule; tuned on the dev part of the gold (eval/stories). */
export type SameDevelopmentRule = {
  readonly maxDays: number;
  readonly minSharedNames: number;
  readonly minScore: number;
  readonly relatedMinSharedNames: number;
};

/** The tuned defaults. */
export const SAME_DEVELOPMENT_RULE: SameDevelopmentRule = {
  maxDays: 3,
  minSharedNames: 1,
  minScore: 1.0,
  relatedMinSharedNames: 1,
};

function intersect(a: readonly string[], b: readonly string[]): number {
  if (a.length > b.length) return intersect(b, a);
  const set = new Set(b);
  let n = 0;
  for (const x of a) if (set.has(x)) n++;
  return n;
}

/** Whether `a`'s headline names something `b` never mentions. */
function unknownSubject(a: ArticleProfile, b: ArticleProfile): boolean {
  const known = new Set([...b.names, ...b.terms, ...b.title]);
  return a.subject.some((name) => !known.has(name));
}

/** Pair features of two profiles. Pure. */
export function pairFeatures(a: ArticleProfile, b: ArticleProfile): PairFeatures {
  const sharedNames = intersect(a.names, b.names);
  const minNames = Math.min(a.names.length, b.names.length);
  const sharedTitle = intersect(a.title, b.title);
  const titleTotal = a.title.length + b.title.length;
  const minTerms = Math.min(a.terms.length, b.terms.length);
  return {
    days: Math.abs(a.t - b.t) / 86_400_000,
    sharedNames,
    nameOverlap: minNames === 0 ? 0 : sharedNames / minNames,
    titleDice: titleTotal === 0 ? 0 : (2 * sharedTitle) / titleTotal,
    termOverlap: minTerms === 0 ? 0 : intersect(a.terms, b.terms) / minTerms,
    sharedFigures: intersect(a.nums, b.nums),
    subjectConflict:
      titleTotal > 0 &&
      (2 * sharedTitle) / titleTotal >= 0.35 &&
      unknownSubject(a, b) &&
      unknownSubject(b, a),
    eventConflict: a.events.length > 0 && b.events.length > 0 && intersect(a.events, b.events) === 0,
  };
}

/**
 * Evidence that two articles report the same development, in [0, 1+]: what they say beyond the shared
 * subject (content words, figures), scaled by how much of their subject they share.
 */
export function pairScore(f: PairFeatures): number {
  const wording = Math.max(f.termOverlap, f.titleDice);
  const figures = Math.min(f.sharedFigures, 2) * 0.3;
  const subject = Math.min(f.sharedNames, 3) * 0.1 + 0.2 * f.nameOverlap;
  return wording + figures + subject;
}

/** Verdict on a pair: the same development, a related one (same subject), or unrelated. */
export type PairVerdict = { readonly kind: 'same' | 'related' | 'unrelated'; readonly score: number };

/** Applies the rule: same subject, close in time, and enough shared wording or figures. Pure. */
export function judgePair(f: PairFeatures, rule: SameDevelopmentRule = SAME_DEVELOPMENT_RULE): PairVerdict {
  const score = pairScore(f);
  if (
    f.sharedNames >= rule.minSharedNames &&
    f.days <= rule.maxDays &&
    !f.eventConflict &&
    !f.subjectConflict &&
    score >= rule.minScore
  ) {
    return { kind: 'same', score };
  }
  if (f.sharedNames >= rule.relatedMinSharedNames) return { kind: 'related', score };
  return { kind: 'unrelated', score };
}
