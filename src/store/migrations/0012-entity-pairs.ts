import { type Kysely, sql } from 'kysely';

/**
 * Stories shared by each ordered pair of entities (issue 8, item 7: an entity page's "often mentioned with"
 * list), kept by `syncStoryEntities` in the same transaction as `entity_stories` and backfilled here. Reading
 * an entity's top partners is then one index range instead of a count over its newest stories' entity rows
 * (about 0.4 ms of a 2.7 ms cold entity page at 100k articles). The index orders partners by count, so the
 * top few are read without sorting; rows reaching zero are deleted. Also an index covering an entity's
 * timeline (`entity_days` by day with its count), which otherwise fetched each day's row after its key.
 */
export function entityPairsMigration() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('entity_pairs')
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('other_id', 'text', (c) => c.notNull())
        .addColumn('story_count', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('entity_pairs_pk', ['entity_id', 'other_id'])
        .execute();
      await db.schema
        .createIndex('entity_pairs_top')
        .on('entity_pairs')
        .columns(['entity_id', 'story_count desc', 'other_id'])
        .execute();
      await db.schema
        .createIndex('entity_days_timeline')
        .on('entity_days')
        .columns(['entity_id', 'day', 'story_count'])
        .execute();
      await sql`insert into entity_pairs (entity_id, other_id, story_count)
        select a.entity_id, b.entity_id, count(*)
        from entity_stories a join entity_stories b on b.story_id = a.story_id and b.entity_id <> a.entity_id
        group by a.entity_id, b.entity_id`.execute(db);
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('entity_days_timeline').execute();
      await db.schema.dropTable('entity_pairs').execute();
    },
  };
}
