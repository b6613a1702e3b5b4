/** A feed's channel, format-neutral. */
export type FeedChannel = {
  readonly title: string;
  /** The site page the feed mirrors (absolute). */
  readonly homeUrl: string;
  /** The feed's own URL (absolute). */
  readonly feedUrl: string;
  readonly description: string;
  readonly language: string;
  /** UTC ISO instant of the newest item (or of rendering when empty). */
  readonly updatedAt: string;
};

/** One entry of a feed; `url` (absolute) doubles as its permanent id. */
export type FeedEntry = {
  readonly url: string;
  readonly title: string;
  /** Plain text. */
  readonly summary: string;
  readonly publishedAt: string;
  readonly updatedAt: string;
  readonly categories: readonly string[];
};
