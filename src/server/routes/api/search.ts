import type { Handler } from 'hono';
import type { AppDeps } from '../../deps.ts';
import { BadParam } from './query.ts';
import { readSearchPage, readSearchQuery, runSearch } from './search-results.ts';

/**
 * GET /api/v1/search?q=&entity=&kind=&type=&source=&from=&to=&cursor=&limit= : stories whose articles match
 * `q` (words, `prefix*`, `"phrases"`), best first, with highlighted snippets and facet counts.
 */
export function searchApi(deps: AppDeps): Handler {
  return async (c) => {
    const query = readSearchQuery(c);
    if (query.text.trim() === '') throw new BadParam('missing_q', 'q is required: the words to search for');
    return c.json(await runSearch(deps.db, query, readSearchPage(c, 20)));
  };
}
