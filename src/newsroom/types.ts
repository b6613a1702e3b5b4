/** Identifier of one simulated outlet; also its URL path prefix. */
export type OutletId = 'cyber-ledger' | 'patch-wire' | 'threat-post-daily' | 'infosec-roundup';

/** Syndication format an outlet publishes. */
export type FeedFormat = 'rss' | 'atom' | 'json';

/** Points at one article by outlet and slug. */
export interface ArticleRef {
  readonly outlet: OutletId;
  readonly slug: string;
}

/**
 * Ground truth on how an article relates to others: written fresh, copied word for word by a syndication
 * partner, rewritten about the same development, or republished by the aggregator with a "Source link".
 */
export type ArticleOrigin =
  | { readonly kind: 'original' }
  | { readonly kind: 'syndicated'; readonly of: ArticleRef }
  | { readonly kind: 'rewrite'; readonly of: ArticleRef }
  | { readonly kind: 'republished'; readonly of: ArticleRef };

/** One news article served by the sample newsroom; `body` holds paragraphs separated by blank lines. */
export interface NewsroomArticle {
  readonly slug: string;
  readonly outlet: OutletId;
  readonly title: string;
  readonly summary: string;
  readonly body: string;
  readonly author: string;
  /** ISO 8601 UTC timestamp, relative to the `now` the newsroom was built with. */
  readonly publishedAt: string;
  readonly tags: readonly string[];
  /** Ground-truth story key: copies and rewrites of one development share it (for clustering tests). */
  readonly storyId: string;
  readonly origin: ArticleOrigin;
}

/** One feed the newsroom serves, as a source catalogue entry would describe it. */
export interface NewsroomFeed {
  readonly name: string;
  readonly url: string;
  readonly format: FeedFormat;
}

/** A running sample newsroom: its base URL, feeds, articles and a prompt `close()`. */
export interface Newsroom {
  /** Base URL without trailing slash, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly feeds: readonly NewsroomFeed[];
  readonly articles: readonly NewsroomArticle[];
  /** Stops listening and destroys every open socket (including held slow requests); never rejects. */
  close(): Promise<void>;
}
