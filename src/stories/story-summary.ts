/** A member article of a story as the summary needs it. */
export type StoryMember = {
  readonly articleId: number;
  readonly outlet: string;
  readonly publishedAt: string;
  readonly textLength: number;
  /** How it joined: exact copies and near-duplicates count as syndication. */
  readonly reason?: 'first' | 'source_link' | 'content_hash' | 'near_duplicate' | 'same_development';
};

/** What a story page shows: outlets with times, first reporter, representative, syndication count. */
export type StorySummary = {
  readonly firstReporter: StoryMember;
  readonly representative: StoryMember;
  readonly outlets: readonly {
    readonly outlet: string;
    readonly firstAt: string;
    readonly articles: number;
  }[];
  /** Members that are copies of another member (same original, same text, near-duplicate text). */
  readonly syndicationCount: number;
};

/** Below this many characters an article is a summary, not a complete report. */
export const COMPLETE_TEXT_CHARS = 600;

const byTime = (a: StoryMember, b: StoryMember) =>
  a.publishedAt.localeCompare(b.publishedAt) || a.articleId - b.articleId;

/**
 * Summarises a story's members: the earliest is the first reporter, the earliest complete one (at least
 * COMPLETE_TEXT_CHARS) the representative (else the longest); throws when there are no members.
 */
export function summarizeStory(members: readonly StoryMember[]): StorySummary {
  const sorted = [...members].sort(byTime);
  const first = sorted[0];
  if (!first) throw new Error('stories: summarizeStory needs at least one member');
  const complete = sorted.find((m) => m.textLength >= COMPLETE_TEXT_CHARS);
  const longest = sorted.reduce((a, b) => (b.textLength > a.textLength ? b : a), first);
  const outlets = new Map<string, { outlet: string; firstAt: string; articles: number }>();
  for (const m of sorted) {
    const seen = outlets.get(m.outlet);
    if (seen) seen.articles++;
    else outlets.set(m.outlet, { outlet: m.outlet, firstAt: m.publishedAt, articles: 1 });
  }
  const syndicated = sorted.filter(
    (m) => m.reason === 'source_link' || m.reason === 'content_hash' || m.reason === 'near_duplicate',
  );
  return {
    firstReporter: first,
    representative: complete ?? longest,
    outlets: [...outlets.values()],
    syndicationCount: syndicated.length,
  };
}
