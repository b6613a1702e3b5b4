import type { Handler } from 'hono';
import { toStoryDetailDto } from '../../../publish/present/story-detail-dto.ts';
import { findArticleAnalysis, listStoryArticles } from '../../../store/repositories/articles.ts';
import { listStoryEntities } from '../../../store/repositories/entities.ts';
import { findStory } from '../../../store/repositories/stories.ts';
import { apiError } from '../../api-error.ts';
import type { AppDeps } from '../../deps.ts';
import { parseId } from '../../params.ts';

/** GET /api/v1/stories/:id : one story with outlets, first reporter, representative text and entity mentions. */
export function getStoryApi(deps: AppDeps): Handler<object, '/api/v1/stories/:id'> {
  return async (c) => {
    const id = parseId(c.req.param('id'));
    if (id === undefined) return apiError(c, 400, 'invalid_id', 'story id must be a positive whole number');
    const story = await findStory(deps.db, id);
    if (!story) return apiError(c, 404, 'story_not_found', `no story ${id}`);
    const articles = await listStoryArticles(deps.db, id);
    const analysis = story.representativeArticleId
      ? await findArticleAnalysis(deps.db, story.representativeArticleId)
      : undefined;
    const entities = await listStoryEntities(deps.db, id);
    return c.json({ data: toStoryDetailDto(story, articles, analysis, entities) });
  };
}
