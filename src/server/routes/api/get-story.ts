import type { Handler } from 'hono';
import { apiError } from '../../api-error.ts';
import type { AppDeps } from '../../deps.ts';
import { parseId } from '../../params.ts';
import { loadStoryDetail } from './story-detail.ts';

/** GET /api/v1/stories/:id : one story with outlets, representative text, entities, events, quotes and related stories. */
export function getStoryApi(deps: AppDeps): Handler<object, '/api/v1/stories/:id'> {
  return async (c) => {
    const id = parseId(c.req.param('id'));
    if (id === undefined) return apiError(c, 400, 'invalid_id', 'story id must be a positive whole number');
    const data = await loadStoryDetail(deps, id);
    if (!data) return apiError(c, 404, 'story_not_found', `no story ${id}`);
    return c.json({ data });
  };
}
