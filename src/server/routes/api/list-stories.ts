import type { Handler } from 'hono';
import { listRecentStories } from '../../../store/repositories/stories.ts';
import { apiError } from '../../api-error.ts';
import type { AppDeps } from '../../deps.ts';
import { loadStoryDtos } from '../../load-stories.ts';
import { parseId, parseLimit } from '../../params.ts';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

/** GET /api/v1/stories?limit=&cursor= : newest stories first; `next_cursor` is the last id, null at the end. */
export function listStoriesApi(deps: AppDeps): Handler {
  return async (c) => {
    const limit = parseLimit(c.req.query('limit'), DEFAULT_LIMIT, MAX_LIMIT);
    if (limit === undefined)
      return apiError(c, 400, 'invalid_limit', `limit must be a whole number from 1 to ${MAX_LIMIT}`);
    const rawCursor = c.req.query('cursor');
    const cursor = rawCursor === undefined || rawCursor === '' ? undefined : parseId(rawCursor);
    if (rawCursor && cursor === undefined) {
      return apiError(c, 400, 'invalid_cursor', 'cursor must be the next_cursor value of a previous page');
    }
    // One extra row tells whether another page exists without a count query.
    const rows = await listRecentStories(deps.db, {
      limit: limit + 1,
      ...(cursor ? { beforeId: cursor } : {}),
    });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const data = await loadStoryDtos(deps.db, page, { entities: true });
    return c.json({ data, next_cursor: rows.length > limit && last ? String(last.id) : null });
  };
}
