import type { AnalysisEntity } from '../../domain/analysis.ts';
import type { Db } from '../database.ts';
import { prepareQuery } from '../prepared-query.ts';
import { addCountDeltas } from './count-deltas.ts';
import { pairDeltas } from './entity-pair-deltas.ts';

/** The stories an article's entity rows are filed under (usually one; none before its entities are saved). */
export function storiesOfArticleEntities(db: Db, articleId: number): Promise<{ story_id: number | null }[]> {
  return db
    .selectFrom('article_entities')
    .select('story_id')
    .distinct()
    .where('article_id', '=', articleId)
    .execute();
}

/**
 * Records which entities an article mentions (upserting the entity catalogue), replacing earlier rows, and
 * keeps the story's entity totals in step (see `syncStoryEntities`).
 */
export async function saveArticleEntities(
  db: Db,
  articleId: number,
  storyId: number | null,
  entities: readonly AnalysisEntity[],
): Promise<void> {
  const before = await storiesOfArticleEntities(db, articleId);
  await db.deleteFrom('article_entities').where('article_id', '=', articleId).execute();
  if (entities.length > 0) await insertArticleEntities(db, articleId, storyId, entities);
  const touched = new Set([storyId, ...before.map((r) => r.story_id)]);
  for (const id of touched) if (id !== null) await syncStoryEntities(db, Number(id));
}

async function insertArticleEntities(
  db: Db,
  articleId: number,
  storyId: number | null,
  entities: readonly AnalysisEntity[],
): Promise<void> {
  await db
    .insertInto('entities')
    .values(entities.map((e) => ({ id: e.id, kind: e.kind, name: e.name })))
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), kind: eb.ref('excluded.kind') })),
    )
    .execute();
  await db
    .insertInto('article_entities')
    .values(
      entities.map((e) => ({
        article_id: articleId,
        entity_id: e.id,
        story_id: storyId,
        mention_count: e.mentions.length,
      })),
    )
    .execute();
}

export type EntitySummary = {
  id: string;
  kind: string;
  name: string;
  storyCount: number;
  mentionCount: number;
};

/**
 * Entities with how many stories mention them, most stories first (ties by id). Story counts are summed
 * from the per-day totals (`entity_days`, a few rows per entity) instead of aggregating every article's
 * entity rows, which took most of a second at 100k articles; mention counts are then read for the page's
 * entities only.
 */
export async function listEntities(
  db: Db,
  options: { limit: number; offset?: number; kind?: string },
): Promise<EntitySummary[]> {
  let query = db
    .selectFrom('entity_days')
    .innerJoin('entities', 'entities.id', 'entity_days.entity_id')
    .select((eb) => [
      'entities.id',
      'entities.kind',
      'entities.name',
      eb.fn.sum<string>('entity_days.story_count').as('story_count'),
    ])
    .groupBy(['entities.id', 'entities.kind', 'entities.name']);
  if (options.kind) query = query.where('entities.kind', '=', options.kind);
  const rows = await query
    .orderBy('story_count', 'desc')
    .orderBy('entities.id')
    .limit(options.limit)
    .offset(options.offset ?? 0)
    .execute();
  if (rows.length === 0) return [];
  const mentions = await db
    .selectFrom('article_entities')
    .select((eb) => ['entity_id', eb.fn.sum<string>('mention_count').as('mention_count')])
    .where(
      'entity_id',
      'in',
      rows.map((r) => r.id),
    )
    .groupBy('entity_id')
    .execute();
  const mentionCount = new Map(mentions.map((m) => [m.entity_id, Number(m.mention_count)]));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    name: r.name,
    storyCount: Number(r.story_count),
    mentionCount: mentionCount.get(r.id) ?? 0,
  }));
}

const entityById = prepareQuery((db, id: string) =>
  db.selectFrom('entities').selectAll().where('id', '=', id),
);

/** The entity with this id, or undefined. */
export async function findEntity(
  db: Db,
  id: string,
): Promise<{ id: string; kind: string; name: string } | undefined> {
  return (await entityById(db, id))[0];
}

const entityStoryIds = prepareQuery((db, entityId: string, limit: number) =>
  db
    .selectFrom('entity_stories')
    .select('story_id')
    .where('entity_id', '=', entityId)
    .orderBy('story_id', 'desc')
    .limit(limit),
);
const entityStoryIdsBefore = prepareQuery((db, entityId: string, beforeId: number, limit: number) =>
  db
    .selectFrom('entity_stories')
    .select('story_id')
    .where('entity_id', '=', entityId)
    .where('story_id', '<', beforeId)
    .orderBy('story_id', 'desc')
    .limit(limit),
);

/**
 * Ids of stories that mention the entity, newest (highest id) first, below `beforeId` when given (from the
 * per-entity story rows: no duplicates to drop).
 */
export async function listEntityStoryIds(
  db: Db,
  entityId: string,
  limit: number,
  beforeId?: number,
): Promise<number[]> {
  const rows =
    beforeId === undefined
      ? await entityStoryIds(db, entityId, limit)
      : await entityStoryIdsBefore(db, entityId, beforeId, limit);
  return rows.map((r) => Number(r.story_id));
}

/**
 * Brings a story's derived entity rows in line with its articles: `entity_stories` gets one row per entity its
 * articles mention (with the story's UTC first-seen day) and `entity_days` the matching per-day counts, by
 * applying only the difference from what was stored. Called by every write that changes a story's articles,
 * their entities or its first-seen time (inside the caller's transaction). Throws only on database errors.
 */
export async function syncStoryEntities(db: Db, storyId: number): Promise<void> {
  const story = await db
    .selectFrom('stories')
    .select('first_seen_at')
    .where('id', '=', storyId)
    .executeTakeFirst();
  const day = story?.first_seen_at.slice(0, 10) ?? '';
  const wanted = story
    ? (
        await db
          .selectFrom('article_entities')
          .select('entity_id')
          .distinct()
          .where('story_id', '=', storyId)
          .execute()
      ).map((r) => r.entity_id)
    : [];
  const stored = await db
    .selectFrom('entity_stories')
    .select(['entity_id', 'day'])
    .where('story_id', '=', storyId)
    .execute();
  const storedDay = new Map(stored.map((r) => [r.entity_id, r.day]));
  const wantedSet = new Set(wanted);
  const gone = stored.filter((r) => !wantedSet.has(r.entity_id)).map((r) => r.entity_id);
  const moved = wanted.filter((id) => storedDay.get(id) !== day);
  if (gone.length === 0 && moved.length === 0) return;
  await addCountDeltas(
    db,
    'entity_pairs',
    { keys: ['entity_id', 'other_id'], count: 'story_count' },
    pairDeltas(
      stored.map((r) => r.entity_id),
      wanted,
    ),
  );
  const deltas = new Map<string, { entity_id: string; day: string; story_count: number }>();
  const add = (entityId: string, d: string, n: number) => {
    const key = `${entityId}\u0000${d}`;
    const known = deltas.get(key);
    deltas.set(key, { entity_id: entityId, day: d, story_count: (known?.story_count ?? 0) + n });
  };
  for (const id of [...gone, ...moved]) {
    const old = storedDay.get(id);
    if (old !== undefined) add(id, old, -1);
  }
  for (const id of moved) add(id, day, 1);
  if (gone.length > 0) {
    await db
      .deleteFrom('entity_stories')
      .where('story_id', '=', storyId)
      .where('entity_id', 'in', gone)
      .execute();
  }
  if (moved.length > 0) {
    await db
      .insertInto('entity_stories')
      .values(moved.map((id) => ({ entity_id: id, story_id: storyId, day })))
      .onConflict((oc) => oc.columns(['entity_id', 'story_id']).doUpdateSet({ day }))
      .execute();
  }
  await addCountDeltas(db, 'entity_days', { keys: ['entity_id', 'day'], count: 'story_count' }, [
    ...deltas.values(),
  ]);
}

// Grouped by the article rows' own entity id (kind and name are one per id, taken with max): SQLite then
// groups in the order of the (story_id, entity_id) index instead of sorting into a temporary B-tree.
const storyEntities = prepareQuery((db, storyId: number) =>
  db
    .selectFrom('article_entities')
    .innerJoin('entities', 'entities.id', 'article_entities.entity_id')
    .select((eb) => [
      'article_entities.entity_id as id',
      eb.fn.max('entities.kind').as('kind'),
      eb.fn.max('entities.name').as('name'),
      eb.fn.sum<string>('article_entities.mention_count').as('mention_count'),
    ])
    .where('article_entities.story_id', '=', storyId)
    .groupBy('article_entities.entity_id')
    .orderBy('mention_count', 'desc')
    .orderBy('article_entities.entity_id'),
);

/** Entities mentioned by a story's articles, with mention counts, most mentioned first. */
export async function listStoryEntities(db: Db, storyId: number): Promise<EntitySummary[]> {
  const rows = await storyEntities(db, storyId);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    name: r.name,
    storyCount: 1,
    mentionCount: Number(r.mention_count),
  }));
}
