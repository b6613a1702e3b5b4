import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../database.ts';
import { eventRowsOf } from '../repositories/events-from-analysis.ts';
import { serialKey } from './serial-key.ts';

/**
 * Search and browsing (issue 8): a full-text index over article titles and texts kept current by triggers
 * (SQLite FTS5 external-content table; PostgreSQL tsvector table with a GIN index), and `events` /
 * `event_arguments` derived from each article's analysis for the ledger and event facets.
 */
export function searchMigration(dialect: Dialect) {
  const { type: id, build: key } = serialKey(dialect);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('events')
        .addColumn('id', id, key)
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('story_id', 'integer')
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('stance', 'text', (c) => c.notNull())
        .addColumn('realis', 'text', (c) => c.notNull())
        .addColumn('trigger_text', 'text', (c) => c.notNull())
        .addColumn('sentence_text', 'text', (c) => c.notNull())
        .addColumn('confidence', 'real', (c) => c.notNull())
        .addColumn('rule', 'text')
        .addColumn('published_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('events_type').on('events').columns(['type', 'id']).execute();
      await db.schema.createIndex('events_story').on('events').column('story_id').execute();
      await db.schema.createIndex('events_article').on('events').column('article_id').execute();
      await db.schema
        .createTable('event_arguments')
        .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('event_arguments_event').on('event_arguments').column('event_id').execute();
      await db.schema
        .createIndex('event_arguments_entity')
        .on('event_arguments')
        .columns(['entity_id', 'role'])
        .execute();
      await db.schema
        .createIndex('article_entities_story')
        .on('article_entities')
        .columns(['story_id', 'entity_id'])
        .execute();
      await db.schema.createIndex('articles_published').on('articles').column('published_at').execute();
      // Entity pages list an entity's newest stories: an ordered, covering scan instead of a sort.
      await db.schema
        .createIndex('article_entities_entity_story')
        .on('article_entities')
        .columns(['entity_id', 'story_id'])
        .execute();
      if (dialect === 'sqlite') await sqliteFts(db);
      else await postgresFts(db);
      await backfillEvents(db);
    },
  };
}

async function sqliteFts(db: Kysely<unknown>): Promise<void> {
  // External-content FTS5 (the text lives once, in `articles`); porter stemming, prefix indexes for `ran*`.
  await sql`create virtual table articles_fts using fts5(title, text, content='articles', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2', prefix='2 3')`.execute(
    db,
  );
  await sql`create trigger articles_fts_ai after insert on articles begin
    insert into articles_fts(rowid, title, text) values (new.id, new.title, new.text); end`.execute(db);
  await sql`create trigger articles_fts_ad after delete on articles begin
    insert into articles_fts(articles_fts, rowid, title, text) values ('delete', old.id, old.title, old.text); end`.execute(
    db,
  );
  await sql`create trigger articles_fts_au after update of title, text on articles begin
    insert into articles_fts(articles_fts, rowid, title, text) values ('delete', old.id, old.title, old.text);
    insert into articles_fts(rowid, title, text) values (new.id, new.title, new.text); end`.execute(db);
  await sql`insert into articles_fts(articles_fts) values ('rebuild')`.execute(db);
}

async function postgresFts(db: Kysely<unknown>): Promise<void> {
  await sql`create table article_search (
    article_id integer primary key references articles(id) on delete cascade,
    document tsvector not null)`.execute(db);
  await sql`create index article_search_document on article_search using gin (document)`.execute(db);
  // Title weighs more than body (ts_rank weights A > B).
  await sql`create function article_search_refresh() returns trigger language plpgsql as $$
    begin
      insert into article_search (article_id, document)
      values (new.id, setweight(to_tsvector('english', new.title), 'A') || setweight(to_tsvector('english', new.text), 'B'))
      on conflict (article_id) do update set document = excluded.document;
      return new;
    end $$`.execute(db);
  await sql`create trigger articles_search_refresh after insert or update of title, text on articles
    for each row execute function article_search_refresh()`.execute(db);
  await sql`insert into article_search (article_id, document)
    select id, setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', text), 'B') from articles`.execute(
    db,
  );
}

/** Derives events of articles analysed before this migration from their stored analysis JSON. */
async function backfillEvents(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{
    id: number;
    story_id: number | null;
    title: string;
    text: string;
    published_at: string;
    analysis_json: string;
  }>`select id, story_id, title, text, published_at, analysis_json from articles where analysis_json is not null`.execute(
    db,
  );
  for (const row of rows) {
    for (const event of eventRowsOf(JSON.parse(row.analysis_json), row)) {
      const inserted = await sql<{ id: number }>`insert into events
        (article_id, story_id, ordinal, type, stance, realis, trigger_text, sentence_text, confidence, rule, published_at)
        values (${row.id}, ${row.story_id}, ${event.ordinal}, ${event.type}, ${event.stance}, ${event.realis},
          ${event.triggerText}, ${event.sentenceText}, ${event.confidence}, ${event.rule}, ${row.published_at})
        returning id`.execute(db);
      const eventId = inserted.rows[0]?.id;
      for (const [i, a] of event.arguments.entries()) {
        await sql`insert into event_arguments (event_id, ordinal, role, entity_id, text)
          values (${eventId}, ${i}, ${a.role}, ${a.entity}, ${a.text})`.execute(db);
      }
    }
  }
}
