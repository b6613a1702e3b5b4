import type { Handler } from 'hono';
import { listStoryIds } from '../../../store/repositories/browse.ts';
import type { AppDeps } from '../../deps.ts';
import { findStories, loadStoryDtos } from '../../load-stories.ts';
import { readDateRange, readEntity, readIdCursor, readLimit, readSection } from './query.ts';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

/**
 * GET /api/v1/stories?limit=&cursor=&section=&entity=&from=&to= : newest stories first, filtered;
 * `next_cursor` is the last id, null at the end.
 */
export function listStoriesApi(deps: AppDeps): Handler {
  return async (c) => {
    const limit = readLimit(c, DEFAULT_LIMIT, MAX_LIMIT);
    const cursor = readIdCursor(c);
    const section = readSection(c);
    const entityId = readEntity(c);
    const range = readDateRange(c);
    // One extra row tells whether another page exists without a count query.
    const ids = await listStoryIds(
      deps.db,
      {
        ...(section ? { section } : {}),
        ...(entityId ? { entityId } : {}),
        ...range,
        ...(cursor ? { beforeId: cursor } : {}),
      },
      limit + 1,
    );
    const page = await findStories(deps.db, ids.slice(0, limit));
    const data = await loadStoryDtos(deps.db, page, { entities: true });
    const last = page.at(-1);
    return c.json({ data, next_cursor: ids.length > limit && last ? String(last.id) : null });
  };
}
