import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../database.ts';

/**
 * Per-entity story totals for entity pages under load (issue 8, item 7), kept by the story writes
 * (`syncStoryEntities`, in the same transaction) and backfilled here from existing rows:
 * - `entity_stories`: one row per (entity, story) with the story's UTC first-seen day, so an entity's newest
 *   stories and its co-occurring entities read distinct stories from an index instead of every article row;
 * - `entity_days`: stories per (entity, day), so a timeline reads one row per day, not one per story;
 * - `entity_event_roles`: events per (entity, role, event type), kept by `saveArticleEvents`, so a state's
 *   ledger counts (accuses in, accused in, …) read a few rows instead of thousands of arguments.
 * On SQLite, a covering index lets story cards (outlet, title, link, time of each article) skip the
 * article rows, whose long text sits before those columns; PostgreSQL keeps such columns in the heap
 * tuple (the text is TOASTed) and caps btree entries at about 2.7 kB, which long titles or URLs could pass.
 */
export function entityStoryTotalsMigration(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('entity_stories')
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('story_id', 'integer', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('entity_stories_pk', ['entity_id', 'story_id'])
        .execute();
      await db.schema
        .createIndex('entity_stories_story')
        .on('entity_stories')
        .columns(['story_id', 'entity_id'])
        .execute();
      await db.schema
        .createTable('entity_days')
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('story_count', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('entity_days_pk', ['entity_id', 'day'])
        .execute();
      await sql`insert into entity_stories (entity_id, story_id, day)
        select distinct ae.entity_id, ae.story_id, substr(s.first_seen_at, 1, 10)
        from article_entities ae join stories s on s.id = ae.story_id`.execute(db);
      await sql`insert into entity_days (entity_id, day, story_count)
        select entity_id, day, count(*) from entity_stories group by entity_id, day`.execute(db);
      await db.schema
        .createTable('entity_event_roles')
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('event_type', 'text', (c) => c.notNull())
        .addColumn('event_count', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('entity_event_roles_pk', ['entity_id', 'role', 'event_type'])
        .execute();
      await sql`insert into entity_event_roles (entity_id, role, event_type, event_count)
        select a.entity_id, a.role, e.type, count(distinct a.event_id)
        from event_arguments a join events e on e.id = a.event_id
        where a.entity_id is not null
        group by a.entity_id, a.role, e.type`.execute(db);
      if (dialect === 'sqlite') {
        await db.schema
          .createIndex('articles_story_card')
          .on('articles')
          .columns(['story_id', 'published_at', 'id', 'outlet', 'title', 'url'])
          .execute();
      }
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('articles_story_card').ifExists().execute();
      await db.schema.dropTable('entity_event_roles').execute();
      await db.schema.dropTable('entity_days').execute();
      await db.schema.dropTable('entity_stories').execute();
    },
  };
}
