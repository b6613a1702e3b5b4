import type { Kysely } from 'kysely';
import type { Dialect } from '../database.ts';

/**
 * Indexes for the web pages under load (issue 8): an entity's ledger roles read from a covering index on
 * event arguments, and denial listings (stance + type, newest first) without scanning every event.
 * `ifNotExists` keeps databases that already carry them (made by hand while measuring) migratable.
 */
export function webIndexesMigration(_dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createIndex('event_arguments_entity_event')
        .ifNotExists()
        .on('event_arguments')
        .columns(['entity_id', 'event_id', 'role'])
        .execute();
      await db.schema
        .createIndex('events_stance_type')
        .ifNotExists()
        .on('events')
        .columns(['stance', 'type', 'id'])
        .execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('events_stance_type').ifExists().execute();
      await db.schema.dropIndex('event_arguments_entity_event').ifExists().execute();
    },
  };
}
