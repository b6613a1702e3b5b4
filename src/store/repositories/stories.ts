import type { Selectable } from 'kysely';
import type { Section, Story } from '../../domain/story.ts';
import type { Db, StoryTable } from '../database.ts';

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

/** Attaches an article to a story. */
export async function attachArticle(db: Db, storyId: number, articleId: number): Promise<void> {
  await db.updateTable('articles').set({ story_id: storyId }).where('id', '=', articleId).execute();
  await db
    .updateTable('article_entities')
    .set({ story_id: storyId })
    .where('article_id', '=', articleId)
    .execute();
}

/**
 * Recomputes a story's counts, time range and representative (its earliest article, whose title the
 * story takes) from its member articles, and sets its section. Returns the updated story.
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
  return toStory(row);
}

/** The story with this id, or undefined. */
export async function findStory(db: Db, id: number): Promise<Story | undefined> {
  const row = await db.selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toStory(row) : undefined;
}

/** Stories first seen in [from, to), most outlets first, then newest. */
export async function listStoriesBetween(db: Db, from: string, to: string): Promise<Story[]> {
  const rows = await db
    .selectFrom('stories')
    .selectAll()
    .where('first_seen_at', '>=', from)
    .where('first_seen_at', '<', to)
    .where('article_count', '>', 0)
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
