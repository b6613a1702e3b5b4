import type { Article } from './article.ts';

/** The exact string an article's analysis offsets index into: title, a blank line, then the body. */
export function analysisTextOf(article: Pick<Article, 'title' | 'text'>): string {
  return `${article.title}\n\n${article.text}`;
}
