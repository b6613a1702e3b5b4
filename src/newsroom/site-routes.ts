import { BROKEN_PATHS, malformedFeedBytes } from './broken-routes.ts';
import { buildFeedDocument } from './feed-documents.ts';
import { feedMediaType, getOutlet, OUTLETS, type Outlet } from './outlets.ts';
import { articlePath, outletHomePath } from './paths.ts';
import { renderArticlePage } from './render-article-page.ts';
import { renderAtom } from './render-atom.ts';
import { renderIndexPage } from './render-index-page.ts';
import { renderJsonFeed } from './render-json-feed.ts';
import { renderRss } from './render-rss.ts';
import { createResource, type Resource } from './resource.ts';
import type { NewsroomArticle } from './types.ts';

const HTML = 'text/html; charset=utf-8';

/** Returns every static route of the newsroom (pages, feeds, robots.txt, malformed feed) keyed by path. */
export function buildSiteRoutes(
  baseUrl: string,
  articles: readonly NewsroomArticle[],
): Map<string, Resource> {
  const routes = new Map<string, Resource>();
  const newest = latest(articles);
  routes.set(
    '/',
    createResource(renderIndexPage({ outlet: undefined, baseUrl, articles: [] }), HTML, newest),
  );
  routes.set(
    '/robots.txt',
    createResource('User-agent: *\nAllow: /\n', 'text/plain; charset=utf-8', new Date(0)),
  );
  routes.set(
    BROKEN_PATHS.malformed,
    createResource(malformedFeedBytes(), 'application/rss+xml; charset=utf-8', newest),
  );
  for (const outlet of OUTLETS) {
    const own = articles
      .filter((article) => article.outlet === outlet.id)
      .toSorted((a, b) => b.publishedAt.localeCompare(a.publishedAt));
    const updated = latest(own);
    routes.set(
      outletHomePath(outlet.id),
      createResource(renderIndexPage({ outlet, baseUrl, articles: own }), HTML, updated),
    );
    routes.set(
      outlet.feedPath,
      createResource(renderFeed(outlet, articles, baseUrl), feedContentType(outlet), updated),
    );
    for (const article of own) {
      const sourceUrl =
        article.origin.kind === 'republished' ? `${baseUrl}${articlePath(article.origin.of)}` : undefined;
      const related = own.filter((other) => other.slug !== article.slug).slice(0, 3);
      const page = renderArticlePage({
        article,
        outlet: getOutlet(article.outlet),
        baseUrl,
        sourceUrl,
        related,
      });
      routes.set(articlePath(article), createResource(page, HTML, new Date(article.publishedAt)));
    }
  }
  return routes;
}

function renderFeed(outlet: Outlet, articles: readonly NewsroomArticle[], baseUrl: string): string {
  const document = buildFeedDocument(outlet, articles, baseUrl);
  if (outlet.format === 'atom') return renderAtom(document);
  if (outlet.format === 'json') return renderJsonFeed(document);
  return renderRss(document);
}

function feedContentType(outlet: Outlet): string {
  return `${feedMediaType(outlet.format)}; charset=utf-8`;
}

function latest(articles: readonly NewsroomArticle[]): Date {
  const times = articles.map((article) => Date.parse(article.publishedAt));
  return new Date(times.length === 0 ? 0 : Math.max(...times));
}
