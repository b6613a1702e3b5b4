import { Hono } from 'hono';
import { loadBuiltinKb } from '../analysis/kb/load-builtin-kb.ts';
import { apiError, isApiPath } from './api-error.ts';
import type { AppDeps } from './deps.ts';
import { responseCache } from './response-cache.ts';
import { kbLookup } from './routes/api/entity-detail.ts';
import { getDigestApi } from './routes/api/get-digest.ts';
import { getEntityApi } from './routes/api/get-entity.ts';
import { getStoryApi } from './routes/api/get-story.ts';
import { listDigestsApi } from './routes/api/list-digests.ts';
import { listEntitiesApi } from './routes/api/list-entities.ts';
import { listSourcesApi } from './routes/api/list-sources.ts';
import { listStoriesApi } from './routes/api/list-stories.ts';
import { BadParam } from './routes/api/query.ts';
import { stixApi } from './routes/api/stix.ts';
import { registerFeedRoutes } from './routes/feeds/feed-routes.ts';
import { TAXII_PREFIX, taxiiRoutes } from './routes/taxii/taxii-routes.ts';
import { registerBrowseRoutes } from './routes/web/browse-routes.ts';
import { digestArchivePage } from './routes/web/digest-archive-page.tsx';
import { digestPage } from './routes/web/digest-page.ts';
import { entityPage } from './routes/web/entity-page.tsx';
import { homePage } from './routes/web/home-page.tsx';
import { siteCss } from './routes/web/site-css.ts';
import { storyPage } from './routes/web/story-page.tsx';
import { registerSubscribeRoutes } from './routes/web/subscribe-routes.ts';
import { securityHeaders } from './security-headers.ts';
import { webError } from './web-error.tsx';

/**
 * The HTTP app: server-rendered pages, the JSON API under /api/v1 and the stylesheet, with security
 * headers on every response. It never listens (see node.ts); tests call `app.request()`.
 */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.use('*', securityHeaders());
  if (deps.responseCache !== false) app.use('*', responseCache(deps.db, deps.responseCache));
  const kb = kbLookup(deps, loadBuiltinKb);
  registerBrowseRoutes(app, deps);
  registerSubscribeRoutes(app, deps);
  registerFeedRoutes(app, deps);

  app.get('/assets/site.css', siteCss());
  app.get('/', homePage(deps));
  app.get('/stories/:id', storyPage(deps));
  app.get('/entities/:id', entityPage(deps, kb));
  app.get('/digests', digestArchivePage(deps));
  app.get('/digests/:date', digestPage(deps));

  app.get('/api/v1/stories', listStoriesApi(deps));
  app.get('/api/v1/stories/:id', getStoryApi(deps));
  app.get('/api/v1/entities', listEntitiesApi(deps));
  app.get('/api/v1/entities/:id', getEntityApi(deps, kb));
  app.get('/api/v1/digests', listDigestsApi(deps));
  app.get('/api/v1/digests/:date', getDigestApi(deps));
  app.get('/api/v1/sources', listSourcesApi(deps));
  app.get('/api/v1/stix', stixApi(deps));
  app.route(TAXII_PREFIX, taxiiRoutes(deps));

  app.notFound((c) =>
    isApiPath(c.req.path)
      ? apiError(c, 404, 'not_found', `no such endpoint: ${c.req.method} ${c.req.path}`)
      : webError(c, 404, 'There is no page at this address.'),
  );
  app.onError((error, c) => {
    if (error instanceof BadParam) {
      return isApiPath(c.req.path)
        ? apiError(c, 400, error.code, error.message)
        : webError(c, 400, error.message);
    }
    deps.logger?.error({ err: error, method: c.req.method, path: c.req.path }, 'server: request failed');
    return isApiPath(c.req.path)
      ? apiError(c, 500, 'internal_error', 'the server failed to answer; try again later')
      : webError(c, 500, 'The server failed to build this page; try again later.');
  });
  return app;
}
