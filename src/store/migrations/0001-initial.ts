import type { Kysely } from 'kysely';
import type { Dialect } from '../database.ts';
import { serialKey } from './serial-key.ts';

/** Initial schema; `dialect` picks the auto-increment key type, everything else is shared SQL. */
export function initialMigration(dialect: Dialect) {
  const { type: id, build: key } = serialKey(dialect);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('sources')
        .addColumn('id', id, key)
        .addColumn('url', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('etag', 'text')
        .addColumn('last_modified', 'text')
        .addColumn('last_fetched_at', 'text')
        .addColumn('last_success_at', 'text')
        .addColumn('last_error_code', 'text')
        .addColumn('last_error_message', 'text')
        .addColumn('consecutive_failures', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_poll_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('stories')
        .addColumn('id', id, key)
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('section', 'text', (c) => c.notNull())
        .addColumn('representative_article_id', 'integer')
        .addColumn('article_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('outlet_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('first_seen_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('stories_first_seen').on('stories').column('first_seen_at').execute();
      await db.schema
        .createTable('articles')
        .addColumn('id', id, key)
        .addColumn('source_id', 'integer', (c) => c.references('sources.id').onDelete('set null'))
        .addColumn('story_id', 'integer', (c) => c.references('stories.id').onDelete('set null'))
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('canonical_url', 'text', (c) => c.notNull().unique())
        .addColumn('original_url', 'text')
        .addColumn('guid', 'text')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('author', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('html', 'text')
        .addColumn('outlet', 'text', (c) => c.notNull())
        .addColumn('language', 'text')
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('published_at', 'text', (c) => c.notNull())
        .addColumn('fetched_at', 'text', (c) => c.notNull())
        .addColumn('analysis_json', 'text')
        .execute();
      await db.schema.createIndex('articles_content_hash').on('articles').column('content_hash').execute();
      await db.schema.createIndex('articles_original_url').on('articles').column('original_url').execute();
      await db.schema.createIndex('articles_story').on('articles').column('story_id').execute();
      await db.schema
        .createIndex('articles_source_guid')
        .on('articles')
        .columns(['source_id', 'guid'])
        .execute();
      await db.schema
        .createTable('entities')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('article_entities')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id'))
        .addColumn('story_id', 'integer')
        .addColumn('mention_count', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('article_entities_pk', ['article_id', 'entity_id'])
        .execute();
      await db.schema
        .createIndex('article_entities_entity')
        .on('article_entities')
        .column('entity_id')
        .execute();
      await db.schema
        .createTable('digests')
        .addColumn('date', 'text', (c) => c.primaryKey())
        .addColumn('timezone', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('html', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('story_count', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('kb_ignore')
        .addColumn('text', 'text', (c) => c.primaryKey())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
