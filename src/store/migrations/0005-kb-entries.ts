import type { Kysely } from 'kysely';
import type { Dialect } from '../database.ts';

/** Imported knowledge-base entries (MISP galaxy, ATT&CK), kept as JSON so `kb import` survives restarts. */
export function kbEntriesMigration(_dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('kb_entries')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('entry_json', 'text', (c) => c.notNull())
        .addColumn('imported_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('kb_entries_source').on('kb_entries').column('source').execute();
    },
  };
}
