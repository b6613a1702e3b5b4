/** A readable article extracted from an HTML page. */
export type ExtractedArticle = {
  readonly title: string | null;
  readonly byline: string | null;
  readonly publishedAt: string | null;
  readonly siteName: string | null;
  readonly language: string | null;
  /** Plain text, paragraphs separated by a blank line. */
  readonly text: string;
  /** Sanitised HTML of the readable content. */
  readonly html: string;
  readonly canonicalUrl: string | null;
  /** For republished pages: the original's URL ("Source link", cross-site rel=canonical). */
  readonly originalUrl: string | null;
};

/** One stored article (one item of one source, or one fetched page). */
export type Article = {
  readonly id: number;
  readonly sourceId: number | null;
  readonly storyId: number | null;
  readonly url: string;
  readonly canonicalUrl: string;
  readonly originalUrl: string | null;
  readonly guid: string | null;
  readonly title: string;
  readonly author: string | null;
  readonly text: string;
  readonly html: string | null;
  readonly outlet: string;
  readonly language: string | null;
  readonly contentHash: string;
  readonly publishedAt: string;
  readonly fetchedAt: string;
};
