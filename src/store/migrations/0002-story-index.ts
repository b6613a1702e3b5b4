import type { Kysely } from 'kysely';
import type { Dialect } from '../database.ts';
import { serialKey } from './serial-key.ts';

/**
 * Story index (issue 5): LSH band postings and name postings for incremental placement, article profiles,
 * related-story links and versions of edited pages. `dialect` picks the key type; the SQL is shared.
 */
export function storyIndexMigration(dialect: Dialect) {
  const { type: id, build: key } = serialKey(dialect);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('story_bands')
        .addColumn('band', 'integer', (c) => c.notNull())
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('story_id', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('story_bands_band').on('story_bands').column('band').execute();
      await db.schema.createIndex('story_bands_article').on('story_bands').column('article_id').execute();
      await db.schema
        .createTable('story_profiles')
        .addColumn('article_id', 'integer', (c) =>
          c.primaryKey().references('articles.id').onDelete('cascade'),
        )
        .addColumn('story_id', 'integer', (c) => c.notNull())
        .addColumn('published_at', 'text', (c) => c.notNull())
        .addColumn('profile_json', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('story_names')
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('story_id', 'integer', (c) => c.notNull())
        .addColumn('published_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('story_names_name_time')
        .on('story_names')
        .columns(['name', 'published_at'])
        .execute();
      await db.schema
        .createTable('story_relations')
        .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
        .addColumn('related_story_id', 'integer', (c) =>
          c.notNull().references('stories.id').onDelete('cascade'),
        )
        .addColumn('score', 'real', (c) => c.notNull())
        .addPrimaryKeyConstraint('story_relations_pk', ['story_id', 'related_story_id'])
        .execute();
      await db.schema
        .createTable('article_versions')
        .addColumn('id', id, key)
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('seen_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('article_versions_article')
        .on('article_versions')
        .column('article_id')
        .execute();
    },
  };
}
