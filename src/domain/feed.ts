/** The normalised result of parsing any supported feed format (RSS 0.9x/1.0/2.0, Atom, JSON Feed). */
export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json';

export type FeedItem = {
  readonly guid: string | null;
  readonly url: string | null;
  readonly title: string | null;
  /** Sanitised HTML summary or description, when the feed carries one. */
  readonly summary: string | null;
  /** Sanitised full HTML content (content:encoded, atom:content, content_html), when present. */
  readonly contentHtml: string | null;
  readonly author: string | null;
  /** UTC ISO 8601, or null when absent or unparseable (then a warning is recorded). */
  readonly publishedAt: string | null;
  readonly updatedAt: string | null;
  readonly categories: readonly string[];
};

export type FeedWarning = { readonly code: string; readonly message: string };

export type ParsedFeed = {
  readonly format: FeedFormat;
  readonly title: string | null;
  readonly siteUrl: string | null;
  readonly description: string | null;
  readonly language: string | null;
  readonly items: readonly FeedItem[];
  /** Bozo-style list of what was wrong but recovered from. Empty for a clean feed. */
  readonly warnings: readonly FeedWarning[];
};
