import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { STORE_FACTORIES, type TestStore } from '../../../test/support/stores.ts';
import { ALL_TOPICS } from '../../publish/subscriptions/topic-filter.ts';
import {
  claimDelivery,
  findDelivery,
  listDeliveries,
  markDeliveryFailed,
  markDeliverySent,
} from './deliveries.ts';
import {
  addSubscriber,
  confirmSubscriber,
  findSubscriberByEmail,
  listSubscribers,
  recordBounce,
  removeSubscriber,
  signUpSubscriber,
  unsubscribeSubscriber,
} from './subscribers.ts';

const T = '2026-03-02T10:00:00.000Z';

for (const [label, open] of STORE_FACTORIES) {
  describe(`subscribers and deliveries (${label})`, () => {
    let store: TestStore;
    before(async () => {
      store = await open();
    });
    after(() => store.dispose());

    it('signs up once per address, confirms, and leaves a confirmed subscriber alone', async () => {
      const topics = { sections: ['breaches' as const], entities: [], watch: [] };
      const first = await signUpSubscriber(store.db, { email: 'a@example.com', topics, now: T });
      assert.equal(first.needsConfirmation, true);
      assert.equal(first.subscriber.status, 'pending');
      const again = await signUpSubscriber(store.db, { email: 'a@example.com', topics: ALL_TOPICS, now: T });
      assert.equal(again.subscriber.id, first.subscriber.id, 'one row per address');
      const confirmed = await confirmSubscriber(store.db, first.subscriber.id, T);
      assert.equal(confirmed?.status, 'confirmed');
      const third = await signUpSubscriber(store.db, { email: 'a@example.com', topics, now: T });
      assert.equal(third.needsConfirmation, false);
      assert.deepEqual(third.subscriber.topics, ALL_TOPICS, 'a stranger cannot change topics');
      await assert.rejects(
        store.db
          .insertInto('subscribers')
          .values({
            email: 'a@example.com',
            status: 'pending',
            topics_json: '{}',
            bounce_count: 0,
            created_at: T,
            updated_at: T,
          })
          .execute(),
        'email is unique',
      );
    });

    it('claims a delivery once: sent and failed are final, retry and a crashed sending are resumed', async () => {
      const s = await addSubscriber(store.db, {
        email: 'b@example.com',
        topics: ALL_TOPICS,
        confirmed: true,
        now: T,
      });
      const claim = await claimDelivery(store.db, '2026-03-02', s.id, T);
      assert.equal(claim?.status, 'sending');
      assert.equal(claim?.attempts, 1);
      const resumed = await claimDelivery(store.db, '2026-03-02', s.id, T);
      assert.equal(resumed?.attempts, 2, 'a row left sending by a crash is claimed again');
      await markDeliveryFailed(store.db, '2026-03-02', s.id, 'retry', 'smtp_451: later', T);
      assert.equal((await claimDelivery(store.db, '2026-03-02', s.id, T))?.attempts, 3);
      await markDeliverySent(store.db, '2026-03-02', s.id, '<m@x>', T);
      assert.equal(await claimDelivery(store.db, '2026-03-02', s.id, T), undefined, 'sent is final');
      assert.equal((await findDelivery(store.db, '2026-03-02', s.id))?.messageId, '<m@x>');
      assert.equal((await listDeliveries(store.db, '2026-03-02')).length, 1);
    });

    it('counts bounces to the threshold, unsubscribes idempotently and removes with deliveries', async () => {
      const s = await addSubscriber(store.db, {
        email: 'c@example.com',
        topics: ALL_TOPICS,
        confirmed: true,
        now: T,
      });
      assert.equal((await recordBounce(store.db, s.id, 2, T))?.status, 'confirmed');
      assert.equal((await recordBounce(store.db, s.id, 2, T))?.status, 'bouncing');
      assert.ok(!(await listSubscribers(store.db, { status: 'confirmed' })).some((x) => x.id === s.id));
      assert.equal((await unsubscribeSubscriber(store.db, s.id, T))?.status, 'unsubscribed');
      assert.equal((await unsubscribeSubscriber(store.db, s.id, T))?.status, 'unsubscribed');
      await claimDelivery(store.db, '2026-03-03', s.id, T);
      assert.equal(await removeSubscriber(store.db, 'c@example.com'), true);
      assert.equal(await findSubscriberByEmail(store.db, 'c@example.com'), undefined);
      assert.equal(await removeSubscriber(store.db, 'c@example.com'), false);
    });
  });
}
