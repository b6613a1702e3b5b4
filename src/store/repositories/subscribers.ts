import type { Selectable } from 'kysely';
import type { Subscriber, SubscriberStatus } from '../../publish/subscriptions/subscriber.ts';
import { type TopicFilter, topicFilterFromJson } from '../../publish/subscriptions/topic-filter.ts';
import type { Db, SubscriberTable } from '../database.ts';

function toSubscriber(row: Selectable<SubscriberTable>): Subscriber {
  return {
    id: Number(row.id),
    email: row.email,
    status: row.status as SubscriberStatus,
    topics: topicFilterFromJson(row.topics_json),
    createdAt: row.created_at,
    confirmedAt: row.confirmed_at,
    unsubscribedAt: row.unsubscribed_at,
    bounceCount: Number(row.bounce_count),
  };
}

const topicsJson = (topics: TopicFilter) => JSON.stringify(topics);

/** The subscriber with this id, or undefined. */
export async function findSubscriber(db: Db, id: number): Promise<Subscriber | undefined> {
  const row = await db.selectFrom('subscribers').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toSubscriber(row) : undefined;
}

/** The subscriber with this (already normalised) address, or undefined. */
export async function findSubscriberByEmail(db: Db, email: string): Promise<Subscriber | undefined> {
  const row = await db.selectFrom('subscribers').selectAll().where('email', '=', email).executeTakeFirst();
  return row ? toSubscriber(row) : undefined;
}

/**
 * Records a sign-up for a normalised address: a new row is `pending`; an unsubscribed, bouncing or
 * pending one becomes `pending` again with the new topics; a confirmed one is left as it is (a stranger
 * must not change someone's topics). Returns the row; `needsConfirmation` says whether to send an opt-in.
 */
export async function signUpSubscriber(
  db: Db,
  input: { email: string; topics: TopicFilter; now: string },
): Promise<{ subscriber: Subscriber; needsConfirmation: boolean }> {
  await db
    .insertInto('subscribers')
    .values({
      email: input.email,
      status: 'pending',
      topics_json: topicsJson(input.topics),
      bounce_count: 0,
      created_at: input.now,
      updated_at: input.now,
    })
    .onConflict((oc) => oc.column('email').doNothing())
    .execute();
  const row = await db
    .updateTable('subscribers')
    .set({ status: 'pending', topics_json: topicsJson(input.topics), updated_at: input.now })
    .where('email', '=', input.email)
    .where('status', '!=', 'confirmed')
    .returningAll()
    .executeTakeFirst();
  if (row) return { subscriber: toSubscriber(row), needsConfirmation: true };
  const existing = await findSubscriberByEmail(db, input.email);
  if (!existing) throw new Error('store/subscribers: sign-up row vanished');
  return { subscriber: existing, needsConfirmation: false };
}

/** Adds or updates a subscriber as an operator: `confirmed` skips the double opt-in. Returns the row. */
export async function addSubscriber(
  db: Db,
  input: { email: string; topics: TopicFilter; confirmed: boolean; now: string },
): Promise<Subscriber> {
  const status: SubscriberStatus = input.confirmed ? 'confirmed' : 'pending';
  const values = {
    status,
    topics_json: topicsJson(input.topics),
    bounce_count: 0,
    updated_at: input.now,
    confirmed_at: input.confirmed ? input.now : null,
    unsubscribed_at: null,
  };
  const row = await db
    .insertInto('subscribers')
    .values({ email: input.email, created_at: input.now, ...values })
    .onConflict((oc) => oc.column('email').doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
  return toSubscriber(row);
}

/** Confirms a pending subscriber (idempotent for a confirmed one); undefined when it no longer exists. */
export async function confirmSubscriber(db: Db, id: number, now: string): Promise<Subscriber | undefined> {
  await db
    .updateTable('subscribers')
    .set({ status: 'confirmed', confirmed_at: now, updated_at: now, bounce_count: 0 })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .execute();
  return findSubscriber(db, id);
}

/** Marks a subscriber unsubscribed (idempotent); undefined when it no longer exists. */
export async function unsubscribeSubscriber(
  db: Db,
  id: number,
  now: string,
): Promise<Subscriber | undefined> {
  await db
    .updateTable('subscribers')
    .set({ status: 'unsubscribed', unsubscribed_at: now, updated_at: now })
    .where('id', '=', id)
    .where('status', '!=', 'unsubscribed')
    .execute();
  return findSubscriber(db, id);
}

/** Replaces a subscriber's topics; undefined when it no longer exists. */
export async function setSubscriberTopics(
  db: Db,
  id: number,
  topics: TopicFilter,
  now: string,
): Promise<Subscriber | undefined> {
  await db
    .updateTable('subscribers')
    .set({ topics_json: topicsJson(topics), updated_at: now })
    .where('id', '=', id)
    .execute();
  return findSubscriber(db, id);
}

/** Deletes a subscriber and its delivery records; false when there was none. */
export async function removeSubscriber(db: Db, email: string): Promise<boolean> {
  const found = await findSubscriberByEmail(db, email);
  if (!found) return false;
  await db.deleteFrom('deliveries').where('subscriber_id', '=', found.id).execute();
  await db.deleteFrom('subscribers').where('id', '=', found.id).execute();
  return true;
}

/** Subscribers in id order, optionally only those with a status. */
export async function listSubscribers(
  db: Db,
  options: { status?: SubscriberStatus } = {},
): Promise<Subscriber[]> {
  let query = db.selectFrom('subscribers').selectAll();
  if (options.status) query = query.where('status', '=', options.status);
  return (await query.orderBy('id').execute()).map(toSubscriber);
}

/**
 * Counts a permanent delivery failure; at `threshold` failures the subscriber becomes `bouncing` and
 * stops receiving mail. Returns the updated subscriber (undefined when it no longer exists).
 */
export async function recordBounce(
  db: Db,
  id: number,
  threshold: number,
  now: string,
): Promise<Subscriber | undefined> {
  const current = await findSubscriber(db, id);
  if (!current) return undefined;
  const count = current.bounceCount + 1;
  await db
    .updateTable('subscribers')
    .set({
      bounce_count: count,
      updated_at: now,
      ...(count >= threshold && current.status === 'confirmed' ? { status: 'bouncing' } : {}),
    })
    .where('id', '=', id)
    .execute();
  return findSubscriber(db, id);
}
