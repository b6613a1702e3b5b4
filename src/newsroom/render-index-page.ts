import { toDisplayDate } from './dates.ts';
import { escapeXml } from './escape.ts';
import { feedMediaType, OUTLETS, type Outlet } from './outlets.ts';
import { renderPage } from './page-chrome.ts';
import { articlePath, outletHomePath } from './paths.ts';
import type { NewsroomArticle } from './types.ts';

/** What `renderIndexPage` lists: one outlet's articles, or (outlet undefined) every outlet. */
export interface IndexPageInput {
  readonly outlet: Outlet | undefined;
  readonly baseUrl: string;
  /** The outlet's articles, newest first (ignored for the root page). */
  readonly articles: readonly NewsroomArticle[];
}

/** Returns an HTML5 home page with feed autodiscovery links (`<link rel="alternate">`). */
export function renderIndexPage(input: IndexPageInput): string {
  const outlets = input.outlet === undefined ? OUTLETS : [input.outlet];
  const head = outlets
    .map(
      (outlet) =>
        `<link rel="alternate" type="${feedMediaType(outlet.format)}" title="${escapeXml(outlet.name)}" href="${escapeXml(input.baseUrl + outlet.feedPath)}">`,
    )
    .join('\n');
  const main =
    input.outlet === undefined ? renderOutletList() : renderArticleList(input.outlet, input.articles);
  const title =
    input.outlet === undefined ? 'Sample Newsroom' : `${input.outlet.name}: ${input.outlet.tagline}`;
  return renderPage({ outlet: input.outlet, title, head, main });
}

function renderOutletList(): string {
  const items = OUTLETS.map(
    (outlet) =>
      `<li><a href="${outletHomePath(outlet.id)}">${escapeXml(outlet.name)}</a> (<a href="${outlet.feedPath}">${outlet.format} feed</a>): ${escapeXml(outlet.tagline)}</li>`,
  ).join('\n');
  return `<h1>Sample Newsroom</h1>\n<ul class="outlets">\n${items}\n</ul>`;
}

function renderArticleList(outlet: Outlet, articles: readonly NewsroomArticle[]): string {
  const items = articles
    .map(
      (article) => `<li><a href="${articlePath(article)}">${escapeXml(article.title)}</a>
<time datetime="${article.publishedAt}">${escapeXml(toDisplayDate(article.publishedAt))}</time>
<p>${escapeXml(article.summary)}</p></li>`,
    )
    .join('\n');
  return `<h1>${escapeXml(outlet.name)}</h1>\n<p>${escapeXml(outlet.tagline)}</p>\n<ul class="latest">\n${items}\n</ul>`;
}
