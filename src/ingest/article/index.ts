export { decodeHtml } from './decode-html.ts';
export { type ExtractArticleError, type ExtractArticleOptions, extractArticle } from './extract-article.ts';
export { htmlToText } from './html-to-text.ts';
export { detectSourceLink, findSourceLink } from './source-link.ts';
