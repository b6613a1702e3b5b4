import type { Context, Handler } from 'hono';
import type { Subscriber } from '../../../publish/subscriptions/subscriber.ts';
import { setSubscriberTopics } from '../../../store/repositories/subscribers.ts';
import { nowOf } from '../../deps.ts';
import { Layout } from '../../views/layout.tsx';
import type { SubscribeContext } from './subscribe-context.ts';
import { TopicFields, topicsFromForm } from './subscribe-form.tsx';
import { subscriberFromToken } from './subscribe-token.ts';

const STATUS_TEXT: Record<Subscriber['status'], string> = {
  pending: 'waiting for you to confirm',
  confirmed: 'active',
  unsubscribed: 'unsubscribed',
  bouncing: 'paused: mail to this address was refused',
};

function page(c: Context, subscriber: Subscriber, notice?: string, status: 200 | 400 = 200) {
  const token = c.req.param('token') ?? '';
  return c.html(
    <Layout title="Email preferences">
      <h1>Email preferences</h1>
      <p>Subscription: {STATUS_TEXT[subscriber.status]}.</p>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      <form method="post" action={`/preferences/${token}`}>
        <TopicFields topics={subscriber.topics} />
        <p>
          <button type="submit">Save preferences</button>
        </p>
      </form>
      <form method="post" action={`/unsubscribe/${token}`}>
        <p>
          <button type="submit">Unsubscribe</button>
        </p>
      </form>
    </Layout>,
    status,
  );
}

/** GET /preferences/:token : the subscriber's topics and status, reached from every email. */
export function preferencesForm(ctx: SubscribeContext): Handler {
  return async (c) => {
    const subscriber = await subscriberFromToken(ctx, c, 'manage');
    return subscriber instanceof Response ? subscriber : page(c, subscriber);
  };
}

/** POST /preferences/:token : saves the topics. */
export function preferencesSubmit(ctx: SubscribeContext): Handler {
  return async (c) => {
    const found = await subscriberFromToken(ctx, c, 'manage');
    if (found instanceof Response) return found;
    const topics = topicsFromForm(await c.req.parseBody({ all: true }));
    if (typeof topics === 'string') return page(c, found, `Not saved: ${topics}`, 400);
    const saved = await setSubscriberTopics(ctx.deps.db, found.id, topics, nowOf(ctx.deps).toISOString());
    return page(c, saved ?? found, 'Preferences saved.');
  };
}
