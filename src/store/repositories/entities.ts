import type { AnalysisEntity } from '../../domain/analysis.ts';
import type { Db } from '../database.ts';

/** Records which entities an article mentions (upserting the entity catalogue), replacing earlier rows. */
export async function saveArticleEntities(
  db: Db,
  articleId: number,
  storyId: number | null,
  entities: readonly AnalysisEntity[],
): Promise<void> {
  await db.deleteFrom('article_entities').where('article_id', '=', articleId).execute();
  if (entities.length === 0) return;
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

/** Entities with how many stories mention them, most mentioned first. */
export async function listEntities(
  db: Db,
  options: { limit: number; kind?: string },
): Promise<EntitySummary[]> {
  let query = db
    .selectFrom('entities')
    .innerJoin('article_entities', 'article_entities.entity_id', 'entities.id')
    .select((eb) => [
      'entities.id',
      'entities.kind',
      'entities.name',
      eb.fn.count<string>('article_entities.story_id').distinct().as('story_count'),
      eb.fn.sum<string>('article_entities.mention_count').as('mention_count'),
    ])
    .groupBy(['entities.id', 'entities.kind', 'entities.name']);
  if (options.kind) query = query.where('entities.kind', '=', options.kind);
  const rows = await query
    .orderBy('story_count', 'desc')
    .orderBy('entities.id')
    .limit(options.limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    name: r.name,
    storyCount: Number(r.story_count),
    mentionCount: Number(r.mention_count),
  }));
}

/** The entity with this id, or undefined. */
export async function findEntity(
  db: Db,
  id: string,
): Promise<{ id: string; kind: string; name: string } | undefined> {
  return db.selectFrom('entities').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Ids of stories that mention the entity, newest first. */
export async function listEntityStoryIds(db: Db, entityId: string, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom('article_entities')
    .select('story_id')
    .distinct()
    .where('entity_id', '=', entityId)
    .where('story_id', 'is not', null)
    .orderBy('story_id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => Number(r.story_id));
}

/** Entities mentioned by a story's articles, with mention counts, most mentioned first. */
export async function listStoryEntities(db: Db, storyId: number): Promise<EntitySummary[]> {
  const rows = await db
    .selectFrom('article_entities')
    .innerJoin('entities', 'entities.id', 'article_entities.entity_id')
    .select((eb) => [
      'entities.id',
      'entities.kind',
      'entities.name',
      eb.fn.sum<string>('article_entities.mention_count').as('mention_count'),
    ])
    .where('article_entities.story_id', '=', storyId)
    .groupBy(['entities.id', 'entities.kind', 'entities.name'])
    .orderBy('mention_count', 'desc')
    .orderBy('entities.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    name: r.name,
    storyCount: 1,
    mentionCount: Number(r.mention_count),
  }));
}
