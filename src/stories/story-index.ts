import type { ArticleProfile } from './article-profile.ts';
import type { ArticleMatch, ExactMatches } from './decide-story.ts';

/** Exact-layer keys of an article (see `exactKeysOf`). */
export type ExactKeys = {
  readonly canonicalUrl: string | null;
  /** Canonical URL of the original a republished copy points at ("Source link", cross-site rel=canonical). */
  readonly originalUrl: string | null;
  /** `source:guid`, so GUIDs of different feeds never meet. */
  readonly guidKey: string | null;
  readonly contentHash: string;
};

/** An indexed article sharing LSH bands with the query, and how many. */
export type BandCandidate = ArticleMatch & {
  readonly storyId: number;
  readonly sharedBands: number;
  /** Its profile while still within the index's recent window. */
  readonly profile?: ArticleProfile;
};

/** An indexed article with its profile, for the same-development layer. */
export type IndexedArticle = {
  readonly articleId: number;
  readonly storyId: number;
  readonly profile: ArticleProfile;
};

/** What `add` stores for one placed article. */
export type IndexEntry = {
  readonly articleId: number;
  readonly storyId: number;
  readonly exact: ExactKeys;
  readonly bands: readonly number[] | Uint32Array;
  readonly profile: ArticleProfile;
  /** `recallKeys(profile)` when the caller has them already (placement computes them). */
  readonly keys?: readonly string[];
};

/**
 * The port the story layers read and write: exact keys, LSH band postings and recent profiles. Implemented
 * in memory (`InMemoryStoryIndex`, for the CLI and benchmarks) and in the database (store/repositories/story-index.ts).
 */
export interface StoryIndex {
  /** Articles matching the exact keys (same page, same original, same content). */
  findExact(keys: ExactKeys): Promise<ExactMatches>;
  /** Articles sharing at least one band hash, with the number shared; expected O(bands) work. */
  findNearDuplicates(bands: readonly number[] | Uint32Array): Promise<readonly BandCandidate[]>;
  /**
   * Up to `limit` articles published in [fromMs, toMs] filed under any of `names` (recall keys: the
   * profile's names and headline keys, see `recallKeys`), newest first.
   */
  findRecent(
    names: readonly string[],
    fromMs: number,
    toMs: number,
    limit: number,
  ): Promise<readonly IndexedArticle[]>;
  /** Records an article's keys, bands and profile under its story. */
  add(entry: IndexEntry): Promise<void>;
}
