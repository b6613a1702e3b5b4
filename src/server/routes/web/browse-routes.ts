import type { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { AppDeps } from '../../deps.ts';
import { requireAdmin } from '../api/admin-auth.ts';
import { addKbIgnoreApi, listKbIgnoreApi } from '../api/admin-kb-ignore.ts';
import { addSourceApi, removeSourceApi } from '../api/admin-sources.ts';
import { attributionMatrixApi } from '../api/attribution-matrix.ts';
import { listAttributionsApi } from '../api/list-attributions.ts';
import { listEventsApi } from '../api/list-events.ts';
import { openApiRoute } from '../api/openapi.ts';
import { searchApi } from '../api/search.ts';
import { attributionsPage } from './attributions-page.tsx';
import { searchPage } from './search-page.tsx';
import { sourcesPage } from './sources-page.tsx';

/**
 * Registers the browsing routes of issue 8 (search, ledger, sources pages; events, attributions, search,
 * OpenAPI and admin API) and CORS for /api/v1 when origins are configured. Call before other API routes.
 */
export function registerBrowseRoutes(app: Hono, deps: AppDeps): void {
  const origins = deps.config.cors ?? [];
  if (origins.length > 0) {
    app.use(
      '/api/v1/*',
      cors({
        origin: origins.includes('*') ? '*' : [...origins],
        allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
        allowHeaders: ['Authorization', 'Content-Type'],
        maxAge: 600,
      }),
    );
  }
  app.get('/search', searchPage(deps));
  app.get('/attributions', attributionsPage(deps));
  app.get('/sources', sourcesPage(deps));

  app.get('/api/v1/openapi.json', openApiRoute(deps));
  app.get('/api/v1/events', listEventsApi(deps));
  app.get('/api/v1/attributions', listAttributionsApi(deps));
  app.get('/api/v1/attributions/matrix', attributionMatrixApi(deps));
  app.get('/api/v1/search', searchApi(deps));
  app.post('/api/v1/sources', requireAdmin(deps), addSourceApi(deps));
  app.delete('/api/v1/sources/:id', requireAdmin(deps), removeSourceApi(deps));
  app.get('/api/v1/kb/ignore', requireAdmin(deps), listKbIgnoreApi(deps));
  app.post('/api/v1/kb/ignore', requireAdmin(deps), addKbIgnoreApi(deps));
}
