import type { TopicFilter } from './topic-filter.ts';

/** pending (awaiting double opt-in), confirmed (receives the digest), unsubscribed, bouncing (mail refused). */
export type SubscriberStatus = 'pending' | 'confirmed' | 'unsubscribed' | 'bouncing';

/** A digest subscriber; `email` is always the normalised address. */
export type Subscriber = {
  readonly id: number;
  readonly email: string;
  readonly status: SubscriberStatus;
  readonly topics: TopicFilter;
  readonly createdAt: string;
  readonly confirmedAt: string | null;
  readonly unsubscribedAt: string | null;
  readonly bounceCount: number;
};

/**
 * sending (claimed, SMTP submission may be in flight), sent (the server accepted it), retry (a temporary
 * failure; the next run tries again), failed (permanent failure; never retried).
 */
export type DeliveryStatus = 'sending' | 'sent' | 'retry' | 'failed';

/** The one delivery record of a digest date for a subscriber. */
export type Delivery = {
  readonly digestDate: string;
  readonly subscriberId: number;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly messageId: string | null;
  readonly lastError: string | null;
  readonly updatedAt: string;
};
