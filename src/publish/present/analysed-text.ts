import type { Article } from '../../domain/article.ts';
import { analysisTextOf } from '../../domain/article-text.ts';

/** The string an article's analysis offsets index into (see `analysisTextOf`). */
export const analysedText = analysisTextOf;

/** Offset in the analysed text where the article body starts (after the title and blank line). */
export function bodyOffset(article: Pick<Article, 'title'>): number {
  return article.title.length + 2;
}

/** The story's representative article (or its earliest one when that is unknown), or undefined when none. */
export function representativeArticle<A extends Pick<Article, 'id' | 'publishedAt'>>(
  representativeId: number | null,
  articles: readonly A[],
): A | undefined {
  const chosen = representativeId === null ? undefined : articles.find((a) => a.id === representativeId);
  return chosen ?? [...articles].sort(compareArticles)[0];
}

/** Orders articles earliest first (ties by id), the order outlets are listed in. */
export function compareArticles(
  a: Pick<Article, 'id' | 'publishedAt'>,
  b: Pick<Article, 'id' | 'publishedAt'>,
): number {
  return a.publishedAt < b.publishedAt ? -1 : a.publishedAt > b.publishedAt ? 1 : a.id - b.id;
}
