/** A stored article that an incoming one matched, and the story it belongs to. */
export type ArticleMatch = {
  readonly articleId: number;
  readonly storyId: number | null;
  /** For a same-URL match: whether the stored text differs from the incoming one (an edit). */
  readonly contentChanged?: boolean;
};

/** What the exact layer found for an incoming article. */
export type ExactMatches = {
  /** An article with the same canonical URL or feed GUID (the same page seen again). */
  readonly sameUrl?: ArticleMatch;
  /** The original a republished copy points at ("Source link", cross-site canonical), or a copy pointing at us. */
  readonly sameOriginal?: ArticleMatch;
  /** An article with the same normalised content hash (a syndicated copy). */
  readonly sameContent?: ArticleMatch;
};

export type StoryDecision =
  | { readonly kind: 'known'; readonly articleId: number }
  | { readonly kind: 'version'; readonly articleId: number; readonly storyId: number | null }
  | { readonly kind: 'join'; readonly storyId: number; readonly reason: 'source_link' | 'content_hash' }
  | { readonly kind: 'new' };

/**
 * Exact-layer story decision: a page already stored is `known`, or a `version` of it when its text changed;
 * a copy of a stored original or of the same text joins that article's story; anything else is `new`
 * (left to the near-duplicate and same-development layers). Never throws.
 */
export function decideStory(matches: ExactMatches): StoryDecision {
  if (matches.sameUrl) {
    const { articleId, storyId, contentChanged } = matches.sameUrl;
    return contentChanged ? { kind: 'version', articleId, storyId } : { kind: 'known', articleId };
  }
  if (matches.sameOriginal?.storyId != null)
    return { kind: 'join', storyId: matches.sameOriginal.storyId, reason: 'source_link' };
  if (matches.sameContent?.storyId != null)
    return { kind: 'join', storyId: matches.sameContent.storyId, reason: 'content_hash' };
  return { kind: 'new' };
}
