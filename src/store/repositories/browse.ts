import { sql } from 'kysely';
import type { Article } from '../../domain/article.ts';
import type { Story } from '../../domain/story.ts';
import type { Db } from '../database.ts';
import { prepareQuery } from '../prepared-query.ts';
import { toStory } from './stories.ts';

/** Stories first seen on one day (UTC date of `first_seen_at`) in one section. */
export type DayVolume = { readonly day: string; readonly section: string; readonly count: number };

/** Story counts per UTC day and section for stories first seen in [from, to). */
export async function countStoriesPerDay(db: Db, from: string, to: string): Promise<DayVolume[]> {
  const day = sql<string>`substr(first_seen_at, 1, 10)`;
  const rows = await db
    .selectFrom('stories')
    .select((eb) => [day.as('day'), 'section', eb.fn.countAll<string>().as('n')])
    .where('first_seen_at', '>=', from)
    .where('first_seen_at', '<', to)
    .where('article_count', '>', 0)
    .groupBy([day, 'section'])
    .orderBy('day')
    .execute();
  return rows.map((r) => ({ day: r.day, section: r.section, count: Number(r.n) }));
}

/** Filters for story listings; they combine with AND. */
export type StoryFilter = {
  readonly section?: string;
  readonly entityId?: string;
  readonly from?: string;
  readonly to?: string;
  readonly beforeId?: number;
};

/** Ids of stories matching the filter, newest id first, `limit` at most. */
export async function listStoryIds(db: Db, filter: StoryFilter, limit: number): Promise<number[]> {
  let query = db.selectFrom('stories').select('id').where('article_count', '>', 0);
  if (filter.section) query = query.where('section', '=', filter.section);
  if (filter.from) query = query.where('first_seen_at', '>=', filter.from);
  if (filter.to) query = query.where('first_seen_at', '<', filter.to);
  if (filter.beforeId !== undefined) query = query.where('id', '<', filter.beforeId);
  const entityId = filter.entityId;
  if (entityId) {
    query = query.where('id', 'in', (eb) =>
      eb.selectFrom('entity_stories').select('story_id').where('entity_id', '=', entityId),
    );
  }
  const rows = await query.orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => Number(r.id));
}

const entityDays = prepareQuery((db, entityId: string, fromDay: string) =>
  db
    .selectFrom('entity_days')
    .select(['day', 'story_count'])
    .where('entity_id', '=', entityId)
    .where('day', '>=', fromDay)
    .orderBy('day'),
);

/**
 * Stories mentioning an entity per UTC first-seen day, for the days from the one `from` falls on (an ISO
 * time or date): one stored row per day (`entity_days`, kept by the story writes), however many stories.
 */
export async function countEntityStoriesPerDay(
  db: Db,
  entityId: string,
  from: string,
): Promise<Array<{ day: string; count: number }>> {
  const rows = await entityDays(db, entityId, from.slice(0, 10));
  return rows.map((r) => ({ day: r.day, count: Number(r.story_count) }));
}

/** An entity seen in the same stories as another, with how many stories they share. */
export type CoOccurrence = {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly count: number;
};

/**
 * Entities sharing stories with `entityId`, most shared first (ties by id), `limit` at most: one index range
 * over the pair totals (`entity_pairs`, kept by the story writes), joined to the winners' names.
 */
export async function listCoOccurringEntities(
  db: Db,
  entityId: string,
  options: { limit: number },
): Promise<CoOccurrence[]> {
  const rows = await coOccurring(db, entityId, options.limit);
  return rows.map((r) => ({ id: r.id, kind: r.kind, name: r.name, count: Number(r.story_count) }));
}

const coOccurring = prepareQuery((db, entityId: string, limit: number) =>
  db
    .selectFrom('entity_pairs as p')
    .innerJoin('entities as e', 'e.id', 'p.other_id')
    .select(['e.id', 'e.kind', 'e.name', 'p.story_count'])
    .where('p.entity_id', '=', entityId)
    .orderBy('p.story_count', 'desc')
    .orderBy('p.other_id')
    .limit(limit),
);

const entityNames = prepareQuery((db, ids: readonly string[]) =>
  db.selectFrom('entities').select(['id', 'name']).where('id', 'in', ids),
);

/** Display names of entities by id (unknown ids are absent from the map). */
export async function findEntityNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await entityNames(db, unique);
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Outlets of stored articles with their article counts, largest first. */
export async function listOutlets(db: Db, limit: number): Promise<Array<{ outlet: string; count: number }>> {
  const rows = await db
    .selectFrom('articles')
    .select((eb) => ['outlet', eb.fn.countAll<string>().as('n')])
    .groupBy('outlet')
    .orderBy('n', 'desc')
    .orderBy('outlet')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ outlet: r.outlet, count: Number(r.n) }));
}

/** Number of articles each source delivered, by source id. */
export async function countArticlesPerSource(db: Db): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('articles')
    .select((eb) => ['source_id', eb.fn.countAll<string>().as('n')])
    .where('source_id', 'is not', null)
    .groupBy('source_id')
    .execute();
  return new Map(rows.map((r) => [Number(r.source_id), Number(r.n)]));
}

const storiesByIds = prepareQuery((db, ids: readonly number[]) =>
  db.selectFrom('stories').selectAll().where('id', 'in', ids),
);

/** Stories by id in one query (order not kept; missing ids are absent). */
export async function findStoriesByIds(db: Db, ids: readonly number[]): Promise<Story[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const rows = await storiesByIds(db, unique);
  return rows.map(toStory);
}

/** What a story card shows of each article: outlet, title, link and time. */
export type CardArticle = Pick<Article, 'id' | 'storyId' | 'url' | 'title' | 'outlet' | 'publishedAt'>;

const cardArticles = prepareQuery((db, storyIds: readonly number[]) =>
  db
    .selectFrom('articles')
    .select(['id', 'story_id', 'url', 'title', 'outlet', 'published_at'])
    .where('story_id', 'in', storyIds)
    .orderBy('published_at')
    .orderBy('id'),
);

/** The articles of several stories in one query, by story id, earliest first, with only the fields cards show. */
export async function listCardArticles(
  db: Db,
  storyIds: readonly number[],
): Promise<Map<number, CardArticle[]>> {
  const out = new Map<number, CardArticle[]>();
  const unique = [...new Set(storyIds)];
  if (unique.length === 0) return out;
  const rows = await cardArticles(db, unique);
  for (const row of rows) {
    const storyId = Number(row.story_id);
    const list = out.get(storyId) ?? [];
    list.push({
      id: Number(row.id),
      storyId,
      url: row.url,
      title: row.title,
      outlet: row.outlet,
      publishedAt: row.published_at,
    });
    out.set(storyId, list);
  }
  return out;
}
