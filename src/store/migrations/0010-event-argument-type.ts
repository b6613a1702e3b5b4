import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../database.ts';

/**
 * Copies each event's type onto its arguments, so an entity page counts a state's ledger roles (events it
 * accused, was accused in, backed, denied) from one index range instead of joining thousands of arguments
 * to their events. Arguments are deleted with their event (cascade), so the copy cannot go stale.
 */
export function eventArgumentTypeMigration(_dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('event_arguments').addColumn('event_type', 'text').execute();
      await sql`update event_arguments set event_type = (select type from events where events.id = event_arguments.event_id)`.execute(
        db,
      );
      await db.schema
        .createIndex('event_arguments_entity_type')
        .on('event_arguments')
        .columns(['entity_id', 'role', 'event_type', 'event_id'])
        .execute();
    },
  };
}
