import { type ArticleProfile, headlineKeys, profileArticle, recallKeys } from './article-profile.ts';
import { decideStory } from './decide-story.ts';
import { exactKeysOf } from './exact-keys.ts';
import { bandsOfParts, jaccardFromBands } from './minhash.ts';
import {
  judgePair,
  pairFeatures,
  SAME_DEVELOPMENT_RULE,
  type SameDevelopmentRule,
} from './same-development.ts';
import type { ExactKeys, IndexEntry, StoryIndex } from './story-index.ts';

/** One article as the story layers see it; entity ids and event types come from the analysis when available. */
export type StoryInput = {
  readonly title: string;
  readonly text: string;
  readonly publishedAt: string;
  readonly url?: string | null;
  readonly originalUrl?: string | null;
  readonly guid?: string | null;
  readonly source?: string | number | null;
  readonly entityIds?: readonly string[];
  readonly eventTypes?: readonly string[];
};

/** Everything the layers need, computed once per article without I/O. */
export type PreparedArticle = {
  readonly exact: ExactKeys;
  readonly bands: readonly number[];
  readonly profile: ArticleProfile;
  /** `headlineKeys(profile)`: looked up at placement and filed with the article. */
  readonly headlineKeys: readonly string[];
};

/** Where an article goes. `related` lists other stories about the same subject (best first). */
export type Placement =
  | { readonly kind: 'known'; readonly articleId: number }
  | { readonly kind: 'version'; readonly articleId: number; readonly storyId: number | null }
  | {
      readonly kind: 'join';
      readonly storyId: number;
      readonly reason: 'source_link' | 'content_hash' | 'near_duplicate' | 'same_development';
      readonly matchedArticleId?: number;
      readonly score: number;
      readonly related: readonly number[];
    }
  | { readonly kind: 'new'; readonly related: readonly number[] };

/** Tunables of the near-duplicate and same-development layers. */
export type ClusterOptions = {
  /** Bands (of 32) a near-duplicate must share: 3 means estimated Jaccard >= ~0.55. */
  readonly minSharedBands: number;
  readonly rule: SameDevelopmentRule;
  /** Most recent candidates the same-development layer compares against. */
  readonly candidateLimit: number;
  /** Share of a story's recent related members that must judge the article the same development. */
  readonly minAgreement: number;
  /** Most recent candidates found by headline keys alone (near-equal headlines, no shared name). */
  readonly headlineCandidateLimit: number;
  readonly maxRelated: number;
};

/** The defaults the pipeline, CLI, eval and benchmark share. */
export const CLUSTER_OPTIONS: ClusterOptions = {
  minSharedBands: 3,
  rule: SAME_DEVELOPMENT_RULE,
  candidateLimit: 200,
  headlineCandidateLimit: 50,
  minAgreement: 0.25,
  maxRelated: 5,
};

/** Computes exact keys, LSH bands (over title + text) and the profile of an article. Pure. */
export function prepareArticle(input: StoryInput): PreparedArticle {
  const profile = profileArticle(input);
  return {
    exact: exactKeysOf(input),
    bands: bandsOfParts([input.title, input.text]),
    profile,
    headlineKeys: headlineKeys(profile),
  };
}

/** The entry to `add` to the index once the article has its id and story id. */
export function indexEntryOf(prepared: PreparedArticle, articleId: number, storyId: number): IndexEntry {
  return {
    articleId,
    storyId,
    exact: prepared.exact,
    bands: prepared.bands,
    profile: prepared.profile,
    keys: recallKeys(prepared.profile, prepared.headlineKeys),
  };
}

/**
 * Places an article: exact layer (URL/GUID, original, content hash), then near-duplicates by shared LSH
 * bands, then same-development by the pair rule against recent articles sharing a name. Reads the index
 * only; the caller stores the article and calls `index.add(indexEntryOf(...))`. Deterministic.
 */
export async function placeArticle(
  prepared: PreparedArticle,
  index: StoryIndex,
  options: ClusterOptions = CLUSTER_OPTIONS,
): Promise<Placement> {
  const exact = decideStory(await index.findExact(prepared.exact));
  if (exact.kind === 'known' || exact.kind === 'version') return exact;
  if (exact.kind === 'join') return { ...exact, score: 1, related: [] };

  const { profile } = prepared;
  let best:
    | { storyId: number; articleId: number; score: number; reason: 'near_duplicate' | 'same_development' }
    | undefined;
  for (const c of await index.findNearDuplicates(prepared.bands)) {
    if (c.sharedBands < options.minSharedBands) continue;
    // A copy more than the rule's window later (its profile may have left the index) is a late re-report,
    // its own story; templated releases about other victims are told apart by the subject check.
    const f = c.profile ? pairFeatures(profile, c.profile) : undefined;
    if (!f || f.days > options.rule.maxDays || f.subjectConflict) continue;
    const score = jaccardFromBands(c.sharedBands);
    if (!best || score > best.score || (score === best.score && c.articleId < best.articleId)) {
      best = { storyId: c.storyId, articleId: c.articleId, score, reason: 'near_duplicate' };
    }
  }

  const windowMs = options.rule.maxDays * 86_400_000;
  const from = profile.t - windowMs;
  const to = profile.t + windowMs;
  // Capitalised headline words look for articles naming them ("Capita Fined..." finds "ICO fines Capita").
  const keys = profile.capitals ? [...profile.names, ...profile.capitals] : profile.names;
  const recent = [...(await index.findRecent(keys, from, to, options.candidateLimit))];
  // Near-equal headlines without a shared name ("Pupils..." / "Children hacking their own schools"): a
  // separate, smaller candidate list (the rule accepts those only within namelessDays) so they never crowd
  // out the name matches.
  const seen = new Set(recent.map((c) => c.articleId));
  const graceMs = options.rule.namelessDays * 86_400_000;
  const sameHeadline = await index.findRecent(
    prepared.headlineKeys,
    profile.t - graceMs,
    profile.t + graceMs,
    options.headlineCandidateLimit,
  );
  for (const c of sameHeadline) if (!seen.has(c.articleId)) recent.push(c);
  // Average link over the story's recent members: a story that drifted through several developments
  // (day-by-day coverage of one company) is joined only when most of its members agree, not by a chain.
  const byStory = new Map<
    number,
    { same: number; total: number; sum: number; articleId: number; top: number }
  >();
  for (const c of recent) {
    const verdict = judgePair(pairFeatures(profile, c.profile), options.rule);
    if (verdict.kind === 'unrelated') continue;
    const agg = byStory.get(c.storyId) ?? { same: 0, total: 0, sum: 0, articleId: c.articleId, top: -1 };
    agg.total++;
    agg.sum += verdict.score;
    if (verdict.kind === 'same') agg.same++;
    if (verdict.kind === 'same' && verdict.score > agg.top) {
      agg.top = verdict.score;
      agg.articleId = c.articleId;
    }
    byStory.set(c.storyId, agg);
  }
  const related = new Map<number, number>();
  for (const [storyId, agg] of byStory) {
    const mean = agg.sum / agg.total;
    const agreed = agg.same > 0 && agg.same >= options.minAgreement * agg.total;
    if (!best && agreed) {
      best = { storyId, articleId: agg.articleId, score: mean, reason: 'same_development' };
    } else if (best?.reason === 'same_development' && agreed && mean > best.score) {
      best = { storyId, articleId: agg.articleId, score: mean, reason: 'same_development' };
    } else related.set(storyId, mean);
  }
  if (best) related.delete(best.storyId);
  const relatedIds = [...related]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, options.maxRelated)
    .map(([id]) => id);
  if (!best) return { kind: 'new', related: relatedIds };
  return {
    kind: 'join',
    storyId: best.storyId,
    reason: best.reason,
    matchedArticleId: best.articleId,
    score: best.score,
    related: relatedIds,
  };
}
