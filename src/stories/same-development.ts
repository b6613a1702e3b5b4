import type { ArticleProfile } from './article-profile.ts';
import { stem } from './content-words.ts';

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
  /** Whether both name CVE ids and share none: reports of different vulnerabilities. */
  readonly cveConflict: boolean;
  /** Whether both have event types and share no event family (`attack`, `legal`, `vulnerability`...). */
  readonly eventConflict: boolean;
  /** Whether both are newswire press releases: each release is its issuer's own announcement. */
  readonly bothReleases: boolean;
};

/** Thresholds of the same-development rule; tuned on the dev part of the gold (eval/stories). */
export type SameDevelopmentRule = {
  readonly maxDays: number;
  readonly minSharedNames: number;
  readonly minScore: number;
  readonly relatedMinSharedNames: number;
  /** Score each shared figure (amount, count) adds, for up to two figures. */
  readonly figureWeight: number;
  /** Up to this many days apart the minimum score applies as is... */
  readonly graceDays: number;
  /** ...and it rises by this much per day beyond (follow-up coverage needs more agreement)... */
  readonly scorePerDay: number;
  /**
   * ...or by this share of it when the pair shares a figure: headlines drift over the days of coverage, a
   * figure ("1.1M customers", "$7,500") does not, and a new figure is a new development anyway.
   */
  readonly figureDayShare: number;
  /** Headline similarity (Dice, names excluded) that joins two items sharing no name... */
  readonly namelessTitleDice: number;
  /** ...up to this many days apart. */
  readonly namelessDays: number;
};

/** The tuned defaults. */
export const SAME_DEVELOPMENT_RULE: SameDevelopmentRule = {
  maxDays: 7,
  minSharedNames: 1,
  minScore: 0.65,
  relatedMinSharedNames: 1,
  figureWeight: 0.45,
  graceDays: 0.25,
  scorePerDay: 0.3,
  figureDayShare: 0.5,
  namelessTitleDice: 0.75,
  namelessDays: 3,
};

/** Size of the intersection of two sorted string arrays (profiles keep theirs sorted), by merging. */
function intersect(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as string;
    const y = b[j] as string;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** Whether a sorted string array holds `value` (binary search). */
function holds(sorted: readonly string[], value: string): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = sorted[mid] as string;
    if (x === value) return true;
    if (x < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Whether `a`'s headline names something `b` never mentions (as a name or, stemmed, as a word). */
function unknownSubject(a: ArticleProfile, b: ArticleProfile): boolean {
  return a.subject.some((name) => {
    if (holds(b.names, name)) return false;
    const word = stem(name);
    return !holds(b.terms, word) && !holds(b.title, word) && !holds(b.terms, name) && !holds(b.title, name);
  });
}

/** CVE ids among a sorted name list. */
function cves(names: readonly string[]): string[] {
  return names.filter((n) => n.startsWith('cve-') || n.startsWith('cve:'));
}

/** Whether both name CVE ids and none is shared. */
function cveConflict(a: readonly string[], b: readonly string[]): boolean {
  const x = cves(a);
  const y = cves(b);
  return x.length > 0 && y.length > 0 && intersect(x, y) === 0;
}

/** Family of an event type: the part before the first dot. */
function family(type: string): string {
  const dot = type.indexOf('.');
  return dot < 0 ? type : type.slice(0, dot);
}

/**
 * Whether both have event types and share no family: the analysis often tells a ransomware report from a
 * data-breach one where readers see one development, but rarely an attack from a court case.
 */
function eventConflict(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const families = new Set(a.map(family));
  return !b.some((t) => families.has(family(t)));
}

/** How many of `b`'s capitalised headline words `a` names: `b`'s names that position or Title Case hid. */
function namedCapitals(a: ArticleProfile, b: ArticleProfile): number {
  return b.capitals ? intersect(a.names, b.capitals) : 0;
}

/** Pair features of two profiles. Pure. */
export function pairFeatures(a: ArticleProfile, b: ArticleProfile): PairFeatures {
  const capitalsOfA = namedCapitals(b, a);
  const capitalsOfB = namedCapitals(a, b);
  const sharedNames = intersect(a.names, b.names) + capitalsOfA + capitalsOfB;
  const minNames = Math.min(a.names.length + capitalsOfA, b.names.length + capitalsOfB);
  const sharedTitle = intersect(a.title, b.title);
  const titleTotal = a.title.length + b.title.length;
  const minTerms = Math.min(a.terms.length, b.terms.length);
  const sharedFigures = intersect(a.nums, b.nums);
  return {
    days: Math.abs(a.t - b.t) / 86_400_000,
    sharedNames,
    nameOverlap: minNames === 0 ? 0 : sharedNames / minNames,
    titleDice: titleTotal === 0 ? 0 : (2 * sharedTitle) / titleTotal,
    termOverlap: minTerms === 0 ? 0 : intersect(a.terms, b.terms) / minTerms,
    sharedFigures,
    subjectConflict:
      titleTotal > 0 &&
      (2 * sharedTitle) / titleTotal >= 0.35 &&
      sharedFigures === 0 &&
      unknownSubject(a, b) &&
      unknownSubject(b, a),
    cveConflict: cveConflict(a.names, b.names),
    eventConflict: eventConflict(a.events, b.events),
    bothReleases: a.release === true && b.release === true,
  };
}

/**
 * Evidence that two articles report the same development, in [0, 1+]: what they say beyond the shared
 * subject (content words, figures), scaled by how much of their subject they share.
 */
export function pairScore(f: PairFeatures, rule: SameDevelopmentRule = SAME_DEVELOPMENT_RULE): number {
  const wording = Math.max(f.termOverlap, f.titleDice);
  const figures = Math.min(f.sharedFigures, 2) * rule.figureWeight;
  const subject = Math.min(f.sharedNames, 3) * 0.1 + 0.2 * f.nameOverlap;
  return wording + figures + subject;
}

/** Verdict on a pair: the same development, a related one (same subject), or unrelated. */
export type PairVerdict = { readonly kind: 'same' | 'related' | 'unrelated'; readonly score: number };

/** Applies the rule: same subject, close in time, and enough shared wording or figures. Pure. */
export function judgePair(f: PairFeatures, rule: SameDevelopmentRule = SAME_DEVELOPMENT_RULE): PairVerdict {
  const score = pairScore(f, rule);
  const conflict = f.eventConflict || f.subjectConflict || f.cveConflict || f.bothReleases;
  const perDay = f.sharedFigures > 0 ? rule.scorePerDay * rule.figureDayShare : rule.scorePerDay;
  const needed = rule.minScore + perDay * Math.max(0, f.days - rule.graceDays);
  const subject =
    f.sharedNames >= rule.minSharedNames ||
    (f.titleDice >= rule.namelessTitleDice && f.days <= rule.namelessDays);
  if (subject && f.days <= rule.maxDays && !conflict && score >= needed) return { kind: 'same', score };
  if (f.sharedNames >= rule.relatedMinSharedNames) return { kind: 'related', score };
  return { kind: 'unrelated', score };
}
