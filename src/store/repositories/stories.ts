import type { Selectable } from 'kysely';
import type { Section, Story } from '../../domain/story.ts';
import type { Db, StoryTable } from '../database.ts';
import { prepareQuery } from '../prepared-query.ts';
import { storiesOfArticleEntities, syncStoryEntities } from './entities.ts';

type StoryRow = Selectable<StoryTable>;

/** Maps a stories row to the domain Story (counts as numbers: pg returns bigint counts as strings). */
export function toStory(row: StoryRow): Story {
  return {
    id: Number(row.id),
    title: row.title,
    section: row.section as Section,
    representativeArticleId:
      row.representative_article_id === null ? null : Number(row.representative_article_id),
    articleCount: Number(row.article_count),
    outletCount: Number(row.outlet_count),
    firstSeenAt: row.first_seen_at,
    lastSeenAt: row.last_seen_at,
  };
}

/** Creates an empty story; `refreshStory` fills its counts once articles are attached. */
export async function createStory(
  db: Db,
  input: { title: string; section: Section; seenAt: string },
): Promise<Story> {
  const row = await db
    .insertInto('stories')
    .values({
      title: input.title,
      section: input.section,
      article_count: 0,
      outlet_count: 0,
      first_seen_at: input.seenAt,
      last_seen_at: input.seenAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toStory(row);
}

/** Attaches an article to a story (its entity rows follow, and the entity totals of both stories). */
export async function attachArticle(db: Db, storyId: number, articleId: number): Promise<void> {
  await db.updateTable('articles').set({ story_id: storyId }).where('id', '=', articleId).execute();
  const before = await storiesOfArticleEntities(db, articleId);
  // Usually the entity rows were saved with this story already: nothing to move, no totals to touch.
  const leaving = before.filter((r) => r.story_id === null || Number(r.story_id) !== storyId);
  if (leaving.length === 0) return;
  await db
    .updateTable('article_entities')
    .set({ story_id: storyId })
    .where('article_id', '=', articleId)
    .execute();
  for (const r of leaving) if (r.story_id !== null) await syncStoryEntities(db, Number(r.story_id));
  await syncStoryEntities(db, storyId);
}

/**
 * Recomputes a story's counts, time range and representative (its earliest article, whose title the
 * story takes) from its member articles, sets its section and syncs its entity totals. Returns the story.
 */
export async function refreshStory(db: Db, storyId: number, section: Section): Promise<Story> {
  const members = await db
    .selectFrom('articles')
    .select(['id', 'title', 'outlet', 'published_at'])
    .where('story_id', '=', storyId)
    .orderBy('published_at')
    .orderBy('id')
    .execute();
  const first = members[0];
  const last = members.at(-1);
  if (!first || !last) throw new Error(`store: story ${storyId} has no articles to refresh from`);
  const before = await db
    .selectFrom('stories')
    .select('first_seen_at')
    .where('id', '=', storyId)
    .executeTakeFirst();
  const row = await db
    .updateTable('stories')
    .set({
      title: first.title,
      section,
      representative_article_id: first.id,
      article_count: members.length,
      outlet_count: new Set(members.map((m) => m.outlet)).size,
      first_seen_at: first.published_at,
      last_seen_at: last.published_at,
    })
    .where('id', '=', storyId)
    .returningAll()
    .executeTakeFirstOrThrow();
  // Entity timelines count stories by their first-seen day: resync when it moved. (Membership changes are
  // synced where they happen, by attachArticle and saveArticleEntities.)
  if (before?.first_seen_at.slice(0, 10) !== first.published_at.slice(0, 10))
    await syncStoryEntities(db, storyId);
  return toStory(row);
}

const storyById = prepareQuery((db, id: number) => db.selectFrom('stories').selectAll().where('id', '=', id));

/** The story with this id, or undefined. */
export async function findStory(db: Db, id: number): Promise<Story | undefined> {
  const row = (await storyById(db, id))[0];
  return row ? toStory(row) : undefined;
}

/** Stories with articles first seen in [from, to): the window of a day's listings and digest. */
export function storiesFirstSeenBetween(db: Db, from: string, to: string) {
  return db
    .selectFrom('stories')
    .where('stories.first_seen_at', '>=', from)
    .where('stories.first_seen_at', '<', to)
    .where('stories.article_count', '>', 0);
}

/** Stories first seen in [from, to), most outlets first, then newest. */
export async function listStoriesBetween(db: Db, from: string, to: string): Promise<Story[]> {
  const rows = await storiesFirstSeenBetween(db, from, to)
    .selectAll()
    .orderBy('outlet_count', 'desc')
    .orderBy('first_seen_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toStory);
}

/** The newest stories (by first seen time), `limit` at most, before the cursor id when given. */
export async function listRecentStories(
  db: Db,
  options: { limit: number; beforeId?: number },
): Promise<Story[]> {
  let query = db.selectFrom('stories').selectAll().where('article_count', '>', 0);
  if (options.beforeId !== undefined) query = query.where('id', '<', options.beforeId);
  const rows = await query.orderBy('id', 'desc').limit(options.limit).execute();
  return rows.map(toStory);
}
