import type { Story } from '../domain/story.ts';
import { type StoryDto, toStoryDto } from '../publish/present/story-dto.ts';
import type { Db } from '../store/database.ts';
import { listStoryArticles } from '../store/repositories/articles.ts';
import { listStoryEntities } from '../store/repositories/entities.ts';
import { findStory } from '../store/repositories/stories.ts';

/** Story DTOs with their outlets (and entities when asked), in the given order; a few queries per story. */
export async function loadStoryDtos(
  db: Db,
  stories: readonly Story[],
  options: { entities: boolean } = { entities: false },
): Promise<StoryDto[]> {
  return Promise.all(
    stories.map(async (story) => {
      const articles = await listStoryArticles(db, story.id);
      const entities = options.entities ? await listStoryEntities(db, story.id) : [];
      return toStoryDto(story, articles, entities);
    }),
  );
}

/** Stories by id in the given order, skipping ids that no longer exist. */
export async function findStories(db: Db, ids: readonly number[]): Promise<Story[]> {
  const found = await Promise.all(ids.map((id) => findStory(db, id)));
  return found.filter((s): s is Story => s !== undefined);
}
