import { bodyToHtml } from './body-html.ts';
import type { FeedDocument, FeedEntry } from './feed-document.ts';
import type { Outlet } from './outlets.ts';
import { articlePath, outletHomePath } from './paths.ts';
import type { NewsroomArticle } from './types.ts';

/** Returns the format-neutral feed of one outlet: its articles newest first, with the outlet's link style. */
export function buildFeedDocument(
  outlet: Outlet,
  articles: readonly NewsroomArticle[],
  baseUrl: string,
): FeedDocument {
  const own = articles
    .filter((article) => article.outlet === outlet.id)
    .toSorted((a, b) => b.publishedAt.localeCompare(a.publishedAt));
  const entries = own.map((article): FeedEntry => {
    const pageUrl = `${baseUrl}${articlePath(article)}`;
    return {
      // Atom ids must be stable IRIs; a tag URI (RFC 4151) survives the random port of a test server.
      id: outlet.format === 'atom' ? `tag:${outlet.id}.example,2026:articles/${article.slug}` : pageUrl,
      url: `${pageUrl}${outlet.trackingQuery}`,
      title: article.title,
      summary: article.summary,
      contentHtml: outlet.fullContent ? bodyToHtml(article.body) : undefined,
      author: article.author,
      publishedAt: article.publishedAt,
      tags: article.tags,
    };
  });
  return {
    id: `tag:${outlet.id}.example,2026:feed`,
    title: outlet.name,
    description: outlet.tagline,
    homeUrl: `${baseUrl}${outletHomePath(outlet.id)}`,
    feedUrl: `${baseUrl}${outlet.feedPath}`,
    updated: own[0]?.publishedAt ?? new Date(0).toISOString(),
    entries,
  };
}
