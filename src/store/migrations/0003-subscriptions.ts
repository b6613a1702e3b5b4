import type { Kysely } from 'kysely';
import type { Dialect } from '../database.ts';
import { serialKey } from './serial-key.ts';

/** Subscribers (normalised unique email, status, topics) and one delivery record per digest date and subscriber. */
export function subscriptionsMigration(dialect: Dialect) {
  const { type: id, build: key } = serialKey(dialect);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('subscribers')
        .addColumn('id', id, key)
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('topics_json', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('bounce_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('confirmed_at', 'text')
        .addColumn('unsubscribed_at', 'text')
        .execute();
      await db.schema.createIndex('subscribers_status').on('subscribers').column('status').execute();
      await db.schema
        .createTable('deliveries')
        .addColumn('digest_date', 'text', (c) => c.notNull())
        .addColumn('subscriber_id', 'integer', (c) =>
          c.notNull().references('subscribers.id').onDelete('cascade'),
        )
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('message_id', 'text')
        .addColumn('last_error', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('deliveries_pk', ['digest_date', 'subscriber_id'])
        .execute();
    },
  };
}
