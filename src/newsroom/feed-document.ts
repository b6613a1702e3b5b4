/** One entry of a feed, already resolved to absolute URLs. */
export interface FeedEntry {
  /** Stable identifier (RSS guid, Atom id, JSON Feed id). */
  readonly id: string;
  /** Link to the article page, possibly with tracking parameters. */
  readonly url: string;
  readonly title: string;
  readonly summary: string;
  /** Full article HTML, or undefined for summary-only feeds. */
  readonly contentHtml: string | undefined;
  readonly author: string;
  /** ISO 8601 UTC timestamp. */
  readonly publishedAt: string;
  readonly tags: readonly string[];
}

/** A format-neutral feed that `renderRss`, `renderAtom` and `renderJsonFeed` serialise. */
export interface FeedDocument {
  /** Stable feed identifier (used as the Atom feed id). */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly homeUrl: string;
  readonly feedUrl: string;
  /** ISO 8601 UTC timestamp of the newest change. */
  readonly updated: string;
  readonly entries: readonly FeedEntry[];
}
