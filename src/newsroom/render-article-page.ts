import { bodyToHtml } from './body-html.ts';
import { toDisplayDate, toRfc3339 } from './dates.ts';
import { escapeXml } from './escape.ts';
import { feedMediaType, type Outlet } from './outlets.ts';
import { renderPage } from './page-chrome.ts';
import { articlePath } from './paths.ts';
import type { NewsroomArticle } from './types.ts';

/** What `renderArticlePage` needs to render one article. */
export interface ArticlePageInput {
  readonly article: NewsroomArticle;
  readonly outlet: Outlet;
  /** Server base URL without trailing slash, for canonical and og:url. */
  readonly baseUrl: string;
  /** Absolute URL of the original when this page republishes another outlet's story; adds "Source link". */
  readonly sourceUrl: string | undefined;
  /** Other stories linked from the sidebar (boilerplate an extractor should drop). */
  readonly related: readonly NewsroomArticle[];
}

/** Returns an HTML5 article page with Open Graph metadata, canonical link, byline and `<time>`. */
export function renderArticlePage(input: ArticlePageInput): string {
  const { article, outlet, baseUrl } = input;
  const url = `${baseUrl}${articlePath(article)}`;
  const published = toRfc3339(article.publishedAt);
  const head = [
    `<meta name="description" content="${escapeXml(article.summary)}">`,
    `<meta name="author" content="${escapeXml(article.author)}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:title" content="${escapeXml(article.title)}">`,
    `<meta property="og:description" content="${escapeXml(article.summary)}">`,
    `<meta property="og:site_name" content="${escapeXml(outlet.name)}">`,
    `<meta property="og:url" content="${escapeXml(url)}">`,
    `<meta property="article:published_time" content="${published}">`,
    ...article.tags.map((tag) => `<meta property="article:tag" content="${escapeXml(tag)}">`),
    `<link rel="canonical" href="${escapeXml(url)}">`,
    `<link rel="alternate" type="${feedMediaType(outlet.format)}" title="${escapeXml(outlet.name)}" href="${escapeXml(baseUrl + outlet.feedPath)}">`,
  ].join('\n');
  const main = `<article class="story">
<h1>${escapeXml(article.title)}</h1>
<p class="byline">By <a rel="author" href="/${outlet.id}/#authors">${escapeXml(article.author)}</a> &#183; <time datetime="${published}">${escapeXml(toDisplayDate(article.publishedAt))}</time></p>
<div class="article-body">
${bodyToHtml(article.body)}
${input.sourceUrl === undefined ? '' : renderSourceFooter(input.sourceUrl)}
</div>
<p class="tags">Tags: ${article.tags.map((tag) => `<a href="/${outlet.id}/#${escapeXml(tag)}">${escapeXml(tag)}</a>`).join(', ')}</p>
</article>
${renderRelated(input.related)}`;
  return renderPage({ outlet, title: `${article.title} | ${outlet.name}`, head, main });
}

function renderSourceFooter(sourceUrl: string): string {
  // Aggregators end a republished story with a bare "Source link" anchor to the original.
  return `<p><a href="${escapeXml(sourceUrl)}" rel="noopener" target="_blank">Source link</a></p>
<p class="newsletter">Sign up for our daily Cyber Security Analysis and Threat Intelligence news.</p>`;
}

function renderRelated(related: readonly NewsroomArticle[]): string {
  if (related.length === 0) return '';
  const items = related
    .map((other) => `<li><a href="${articlePath(other)}">${escapeXml(other.title)}</a></li>`)
    .join('\n');
  return `<aside class="related"><h2>More stories</h2>\n<ul>\n${items}\n</ul>\n</aside>`;
}
