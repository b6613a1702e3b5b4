import { type StoryDetailDto, toStoryDetailDto } from '../../../publish/present/story-detail-dto.ts';
import { listStoryArticlesWithAnalysis } from '../../../store/repositories/articles.ts';
import { listStoryEntities } from '../../../store/repositories/entities.ts';
import { findStory } from '../../../store/repositories/stories.ts';
import { listRelatedStoryIds } from '../../../store/repositories/story-index.ts';
import type { AppDeps } from '../../deps.ts';
import { findStories, loadStoryDtos } from '../../load-stories.ts';

const RELATED_LIMIT = 8;

/** The story detail DTO (outlets, representative text, entities, events, quotes, related), or undefined. */
export async function loadStoryDetail(deps: AppDeps, id: number): Promise<StoryDetailDto | undefined> {
  const story = await findStory(deps.db, id);
  if (!story) return undefined;
  const [{ articles, analysis }, entities, relatedIds] = await Promise.all([
    listStoryArticlesWithAnalysis(deps.db, id, story.representativeArticleId),
    listStoryEntities(deps.db, id),
    listRelatedStoryIds(deps.db, id),
  ]);
  const related = await loadStoryDtos(
    deps.db,
    await findStories(deps.db, relatedIds.slice(0, RELATED_LIMIT)),
  );
  return toStoryDetailDto(story, articles, analysis, entities, related);
}
