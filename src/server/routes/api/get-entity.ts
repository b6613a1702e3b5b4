import type { Handler } from 'hono';
import { entityPath } from '../../../publish/present/highlight.ts';
import { findEntity, listEntityStoryIds } from '../../../store/repositories/entities.ts';
import { apiError } from '../../api-error.ts';
import type { AppDeps } from '../../deps.ts';
import { findStories, loadStoryDtos } from '../../load-stories.ts';
import { parseEntityId } from '../../params.ts';

const STORY_LIMIT = 100;

/** GET /api/v1/entities/:id : the entity and the stories mentioning it, newest first. */
export function getEntityApi(deps: AppDeps): Handler<object, '/api/v1/entities/:id'> {
  return async (c) => {
    const id = parseEntityId(c.req.param('id'));
    if (id === undefined)
      return apiError(c, 400, 'invalid_id', 'entity id must look like kind:key, e.g. country:CN');
    const entity = await findEntity(deps.db, id);
    if (!entity) return apiError(c, 404, 'entity_not_found', `no entity ${id}`);
    const stories = await findStories(deps.db, await listEntityStoryIds(deps.db, id, STORY_LIMIT));
    const data = { ...entity, path: entityPath(entity.id), stories: await loadStoryDtos(deps.db, stories) };
    return c.json({ data });
  };
}
