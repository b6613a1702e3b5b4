import type { ArticleRef } from './types.ts';

/** An article as written in the data files: its age instead of an absolute date. */
export interface ArticleSpec {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly author: string;
  /** Minutes before `now` at which the article was published. */
  readonly ageMinutes: number;
  readonly tags: readonly string[];
  /** Paragraphs separated by blank lines; a paragraph of "- " lines renders as a list. */
  readonly body: string;
  /** Set on an independently written article about the same development as another outlet's story. */
  readonly rewriteOf?: ArticleRef;
}
