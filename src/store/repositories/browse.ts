import { sql } from 'kysely';
import type { Article } from '../../domain/article.ts';
import type { Story } from '../../domain/story.ts';
import type { Db } from '../database.ts';
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
      eb.selectFrom('article_entities').select('story_id').where('entity_id', '=', entityId),
    );
  }
  const rows = await query.orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => Number(r.id));
}

/** Stories mentioning an entity per UTC day since `from`. */
export async function countEntityStoriesPerDay(
  db: Db,
  entityId: string,
  from: string,
): Promise<Array<{ day: string; count: number }>> {
  const day = sql<string>`substr(s.first_seen_at, 1, 10)`;
  const rows = await db
    .selectFrom('stories as s')
    .select((eb) => [day.as('day'), eb.fn.countAll<string>().as('n')])
    .where('s.id', 'in', (eb) =>
      eb.selectFrom('article_entities').select('story_id').where('entity_id', '=', entityId),
    )
    .where('s.first_seen_at', '>=', from)
    .groupBy(day)
    .orderBy('day')
    .execute();
  return rows.map((r) => ({ day: r.day, count: Number(r.n) }));
}

/** An entity seen in the same stories as another, with how many stories they share. */
export type CoOccurrence = {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly count: number;
};

/**
 * Entities sharing stories with `entityId`, most shared first, looking at the entity's `window` newest
 * stories (bounded work for entities mentioned everywhere).
 */
export async function listCoOccurringEntities(
  db: Db,
  entityId: string,
  options: { limit: number; window: number },
): Promise<CoOccurrence[]> {
  const recent = db
    .selectFrom('article_entities')
    .select('story_id')
    .distinct()
    .where('entity_id', '=', entityId)
    .where('story_id', 'is not', null)
    .orderBy('story_id', 'desc')
    .limit(options.window);
  const rows = await db
    .selectFrom('article_entities as ae')
    .innerJoin('entities as en', 'en.id', 'ae.entity_id')
    .select((eb) => ['en.id', 'en.kind', 'en.name', eb.fn.count<string>('ae.story_id').distinct().as('n')])
    .where('ae.story_id', 'in', (eb) => eb.selectFrom(recent.as('r')).select('r.story_id'))
    .where('ae.entity_id', '<>', entityId)
    .groupBy(['en.id', 'en.kind', 'en.name'])
    .orderBy('n', 'desc')
    .orderBy('en.id')
    .limit(options.limit)
    .execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind, name: r.name, count: Number(r.n) }));
}

/** Display names of entities by id (unknown ids are absent from the map). */
export async function findEntityNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('entities').select(['id', 'name']).where('id', 'in', unique).execute();
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

/** Stories by id in one query (order not kept; missing ids are absent). */
export async function findStoriesByIds(db: Db, ids: readonly number[]): Promise<Story[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const rows = await db.selectFrom('stories').selectAll().where('id', 'in', unique).execute();
  return rows.map(toStory);
}

/**
 * The articles of several stories in one query, by story id, earliest first, for story cards: every field
 * but the bodies — `text` is empty and `html` null (cards show outlet, title, link and time only).
 */
export async function listCardArticles(db: Db, storyIds: readonly number[]): Promise<Map<number, Article[]>> {
  const out = new Map<number, Article[]>();
  const unique = [...new Set(storyIds)];
  if (unique.length === 0) return out;
  const rows = await db
    .selectFrom('articles')
    .select([
      'id',
      'source_id',
      'story_id',
      'url',
      'canonical_url',
      'original_url',
      'guid',
      'title',
      'author',
      'outlet',
      'language',
      'content_hash',
      'published_at',
      'fetched_at',
    ])
    .where('story_id', 'in', unique)
    .orderBy('published_at')
    .orderBy('id')
    .execute();
  for (const row of rows) {
    const storyId = Number(row.story_id);
    const list = out.get(storyId) ?? [];
    list.push({
      id: Number(row.id),
      sourceId: row.source_id === null ? null : Number(row.source_id),
      storyId,
      url: row.url,
      canonicalUrl: row.canonical_url,
      originalUrl: row.original_url,
      guid: row.guid,
      title: row.title,
      author: row.author,
      text: '',
      html: null,
      outlet: row.outlet,
      language: row.language,
      contentHash: row.content_hash,
      publishedAt: row.published_at,
      fetchedAt: row.fetched_at,
    });
    out.set(storyId, list);
  }
  return out;
}
