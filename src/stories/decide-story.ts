/** A stored article that an incoming one matched, and the story it belongs to. */
export type ArticleMatch = { readonly articleId: number; readonly storyId: number | null };

/** What the exact layer found for an incoming article. */
export type ExactMatches = {
  /** An article with the same canonical URL (the same page seen again). */
  readonly sameUrl?: ArticleMatch;
  /** The original a republished copy points at ("Source link", cross-site canonical), or a copy pointing at us. */
  readonly sameOriginal?: ArticleMatch;
  /** An article with the same normalised content hash (a syndicated copy). */
  readonly sameContent?: ArticleMatch;
};

export type StoryDecision =
  | { readonly kind: 'known'; readonly articleId: number }
  | { readonly kind: 'join'; readonly storyId: number; readonly reason: 'source_link' | 'content_hash' }
  | { readonly kind: 'new' };

/**
 * Exact-layer story decision: a page already stored is `known`; a copy of a stored original or of the
 * same text joins that article's story; anything else starts a new story. Never throws.
 */
export function decideStory(matches: ExactMatches): StoryDecision {
  if (matches.sameUrl) return { kind: 'known', articleId: matches.sameUrl.articleId };
  if (matches.sameOriginal?.storyId != null)
    return { kind: 'join', storyId: matches.sameOriginal.storyId, reason: 'source_link' };
  if (matches.sameContent?.storyId != null)
    return { kind: 'join', storyId: matches.sameContent.storyId, reason: 'content_hash' };
  return { kind: 'new' };
}
