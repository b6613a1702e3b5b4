import type { Story } from '../domain/story.ts';
import { type StoryDto, toStoryDto } from '../publish/present/story-dto.ts';
import type { Db } from '../store/database.ts';
import { findStoriesByIds, listCardArticles } from '../store/repositories/browse.ts';
import { listStoryEntities } from '../store/repositories/entities.ts';

/** Story DTOs with their outlets (and entities when asked), in the given order; two queries (plus one per story for entities). */
export async function loadStoryDtos(
  db: Db,
  stories: readonly Story[],
  options: { entities: boolean } = { entities: false },
): Promise<StoryDto[]> {
  const articles = await listCardArticles(
    db,
    stories.map((s) => s.id),
  );
  return Promise.all(
    stories.map(async (story) => {
      const entities = options.entities ? await listStoryEntities(db, story.id) : [];
      return toStoryDto(story, articles.get(story.id) ?? [], entities);
    }),
  );
}

/** Stories by id in the given order, skipping ids that no longer exist. */
export async function findStories(db: Db, ids: readonly number[]): Promise<Story[]> {
  const byId = new Map((await findStoriesByIds(db, ids)).map((s) => [s.id, s]));
  return ids.map((id) => byId.get(id)).filter((s): s is Story => s !== undefined);
}
