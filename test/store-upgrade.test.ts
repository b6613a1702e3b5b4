import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database, Db, Dialect } from '../src/store/database.ts';
import { migrateToLatest, migrateUpTo } from '../src/store/migrate.ts';
import { countEntityLedgerRoles } from '../src/store/repositories/attributions.ts';
import { countEntityStoriesPerDay } from '../src/store/repositories/browse.ts';
import { listEntityStoryIds } from '../src/store/repositories/entities.ts';
import { listKbEntries } from '../src/store/repositories/kb-entries.ts';
import { createTempPostgresDatabase } from './support/stores.ts';

type RawDb = { readonly db: Db; readonly dialect: Dialect; dispose(): Promise<void> };

/** An empty database with no migrations applied, so the test can stop at an older schema. */
async function emptySqlite(): Promise<RawDb> {
  const dir = mkdtempSync(path.join(tmpdir(), 'threatbrief-upgrade-'));
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: new SqliteDatabase(path.join(dir, 'old.db')) }),
  });
  return {
    db,
    dialect: 'sqlite',
    dispose: async () => {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function emptyPostgres(): Promise<RawDb> {
  const database = await createTempPostgresDatabase('threatbrief_upgrade');
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    dispose: async () => {
      await db.destroy();
      await database.drop();
    },
  };
}

const NOW = '2026-11-26T00:00:00.000Z';

describe('upgrading a database keeps what it holds', () => {
  for (const [label, open] of [
    ['sqlite', emptySqlite],
    ['postgres', emptyPostgres],
  ] as const) {
    it(`${label}: knowledge-base rows and event arguments survive migrations 0009 to 0011`, async () => {
      const raw = await open();
      try {
        const db = raw.db as unknown as Kysely<unknown>;
        await migrateUpTo(raw.db, raw.dialect, '0006-web-indexes');
        // Rows as the older schema stored them: knowledge-base entries keyed by id, arguments without a type.
        for (const [id, source] of [
          ['actor:apt28', 'misp'],
          ['actor:apt29', 'attack'],
          ['malware:plugx', 'misp'],
        ])
          await sql`insert into kb_entries (id, kind, name, source, entry_json, imported_at)
            values (${id}, 'threat-actor', ${id}, ${source}, ${JSON.stringify({ id })}, ${NOW})`.execute(db);
        const story = await sql<{
          id: number;
        }>`insert into stories (title, section, first_seen_at, last_seen_at)
          values ('t', 'other', ${NOW}, ${NOW}) returning id`.execute(db);
        const storyId = Number(story.rows[0]?.id);
        const article = await sql<{
          id: number;
        }>`insert into articles (story_id, url, canonical_url, title, text, outlet, content_hash, published_at, fetched_at)
          values (${storyId}, 'https://a.example/1', 'https://a.example/1', 't', 'x', 'a.example', 'h', ${NOW}, ${NOW}) returning id`.execute(
          db,
        );
        const articleId = Number(article.rows[0]?.id);
        const event = await sql<{
          id: number;
        }>`insert into events (article_id, story_id, ordinal, type, stance, realis, trigger_text, sentence_text, confidence, published_at)
          values (${articleId}, ${storyId}, 0, 'attribution', 'asserted', 'actual', 'accused', 's', 0.9, ${NOW}) returning id`.execute(
          db,
        );
        await sql`insert into event_arguments (event_id, ordinal, role, entity_id, text)
          values (${Number(event.rows[0]?.id)}, 0, 'accused', 'country:CN', 'China')`.execute(db);
        await sql`insert into entities (id, kind, name) values ('country:CN', 'country', 'China')`.execute(
          db,
        );
        await sql`insert into article_entities (article_id, entity_id, story_id, mention_count)
          values (${articleId}, 'country:CN', ${storyId}, 2)`.execute(db);

        await migrateToLatest(raw.db, raw.dialect);

        const kb = await listKbEntries(raw.db);
        assert.deepEqual(
          kb.map((e) => [e.source, e.id]),
          [
            ['attack', 'actor:apt29'],
            ['misp', 'actor:apt28'],
            ['misp', 'malware:plugx'],
          ],
        );
        assert.deepEqual(await countEntityLedgerRoles(raw.db, 'country:CN'), {
          accuser: 0,
          accused: 1,
          supporter: 0,
          denier: 0,
        });
        // Migration 0011 backfills the per-entity story totals from the rows already there.
        assert.deepEqual(await countEntityStoriesPerDay(raw.db, 'country:CN', '2026-11-01'), [
          { day: '2026-11-26', count: 1 },
        ]);
        assert.deepEqual(await listEntityStoryIds(raw.db, 'country:CN', 10), [storyId]);
        const roles = await sql<{ n: number | string }>`
          select event_count as n from entity_event_roles
          where entity_id = 'country:CN' and role = 'accused' and event_type = 'attribution'`.execute(db);
        assert.deepEqual(
          roles.rows.map((r) => Number(r.n)),
          [1],
        );
      } finally {
        await raw.dispose();
      }
    });
  }
});
