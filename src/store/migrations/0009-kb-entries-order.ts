import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../database.ts';

/**
 * Keeps every imported entry in import order, per source: the key becomes (source, ordinal) instead of the
 * entity id. Keyed by id, an id repeated within one import (a MISP actor in two galaxies) kept only its
 * last copy, and an id shared by two sources (APT28 in MISP and ATT&CK) kept only the last source's; the
 * knowledge base built from the database then differed from the one built from the files.
 */
export function kbEntriesOrderMigration(_dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('kb_entries').renameTo('kb_entries_by_id').execute();
      await db.schema.dropIndex('kb_entries_source').ifExists().execute();
      await db.schema
        .createTable('kb_entries')
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('entry_json', 'text', (c) => c.notNull())
        .addColumn('imported_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('kb_entries_source_ordinal', ['source', 'ordinal'])
        .execute();
      await db.schema.createIndex('kb_entries_id').on('kb_entries').column('id').execute();
      // Rows stored before keep their source; their order within it was lost, so it follows the id.
      await sql`insert into kb_entries (source, ordinal, id, kind, name, entry_json, imported_at)
        select source, row_number() over (partition by source order by id) - 1, id, kind, name, entry_json, imported_at
        from kb_entries_by_id`.execute(db);
      await db.schema.dropTable('kb_entries_by_id').execute();
    },
  };
}
