import type { Selectable } from 'kysely';
import type { Delivery, DeliveryStatus } from '../../publish/subscriptions/subscriber.ts';
import type { Db, DeliveryTable } from '../database.ts';

function toDelivery(row: Selectable<DeliveryTable>): Delivery {
  return {
    digestDate: row.digest_date,
    subscriberId: Number(row.subscriber_id),
    status: row.status as DeliveryStatus,
    attempts: Number(row.attempts),
    messageId: row.message_id,
    lastError: row.last_error,
    updatedAt: row.updated_at,
  };
}

/** The delivery record of a date for a subscriber, or undefined. */
export async function findDelivery(
  db: Db,
  date: string,
  subscriberId: number,
): Promise<Delivery | undefined> {
  const row = await db
    .selectFrom('deliveries')
    .selectAll()
    .where('digest_date', '=', date)
    .where('subscriber_id', '=', subscriberId)
    .executeTakeFirst();
  return row ? toDelivery(row) : undefined;
}

/**
 * Claims the (date, subscriber) delivery before an SMTP submission: creates the one record as `sending`,
 * or moves a `retry` (or a `sending` left by a crashed run) back to `sending` with one more attempt.
 * Returns undefined when it is already `sent` or `failed`: those are never sent again.
 */
export async function claimDelivery(
  db: Db,
  date: string,
  subscriberId: number,
  now: string,
): Promise<Delivery | undefined> {
  await db
    .insertInto('deliveries')
    .values({
      digest_date: date,
      subscriber_id: subscriberId,
      status: 'sending',
      attempts: 0,
      updated_at: now,
    })
    .onConflict((oc) => oc.columns(['digest_date', 'subscriber_id']).doNothing())
    .execute();
  const row = await db
    .updateTable('deliveries')
    .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1), updated_at: now }))
    .where('digest_date', '=', date)
    .where('subscriber_id', '=', subscriberId)
    .where('status', 'in', ['sending', 'retry'])
    .returningAll()
    .executeTakeFirst();
  return row ? toDelivery(row) : undefined;
}

/** Records that the SMTP server accepted the message. */
export async function markDeliverySent(
  db: Db,
  date: string,
  subscriberId: number,
  messageId: string,
  now: string,
): Promise<void> {
  await db
    .updateTable('deliveries')
    .set({ status: 'sent', message_id: messageId, last_error: null, updated_at: now })
    .where('digest_date', '=', date)
    .where('subscriber_id', '=', subscriberId)
    .execute();
}

/** Records a failure: `retry` (temporary, a later run tries again) or `failed` (permanent). */
export async function markDeliveryFailed(
  db: Db,
  date: string,
  subscriberId: number,
  status: 'retry' | 'failed',
  error: string,
  now: string,
): Promise<void> {
  await db
    .updateTable('deliveries')
    .set({ status, last_error: error.slice(0, 500), updated_at: now })
    .where('digest_date', '=', date)
    .where('subscriber_id', '=', subscriberId)
    .execute();
}

/** Every delivery record of a date, by subscriber id. */
export async function listDeliveries(db: Db, date: string): Promise<Delivery[]> {
  const rows = await db
    .selectFrom('deliveries')
    .selectAll()
    .where('digest_date', '=', date)
    .orderBy('subscriber_id')
    .execute();
  return rows.map(toDelivery);
}
