/** Public API of the bundled sample newsroom: `startNewsroom`, its article data and the feed/page renderers. */
export { buildArticles } from './articles.ts';
export { BROKEN_PATHS, SLOW_ROUTE_DELAY_MS } from './broken-routes.ts';
export type { FeedDocument, FeedEntry } from './feed-document.ts';
export { getOutlet, OUTLETS, type Outlet } from './outlets.ts';
export { articlePath, outletHomePath } from './paths.ts';
export { renderArticlePage } from './render-article-page.ts';
export { renderAtom } from './render-atom.ts';
export { renderJsonFeed } from './render-json-feed.ts';
export { renderRss } from './render-rss.ts';
export { type NewsroomOptions, startNewsroom } from './server.ts';
export type * from './types.ts';
