import type { Handler } from 'hono';
import { subscriptionLinks } from '../../../publish/subscriptions/subscription-links.ts';
import { confirmSubscriber } from '../../../store/repositories/subscribers.ts';
import { nowOf } from '../../deps.ts';
import { Layout } from '../../views/layout.tsx';
import type { SubscribeContext } from './subscribe-context.ts';
import { subscriberFromToken } from './subscribe-token.ts';

/**
 * GET /confirm/:token : a page with one button. Confirming takes a POST so that mail scanners which
 * prefetch links cannot confirm on the owner's behalf.
 */
export function confirmForm(ctx: SubscribeContext): Handler {
  return async (c) => {
    const subscriber = await subscriberFromToken(ctx, c, 'confirm');
    if (subscriber instanceof Response) return subscriber;
    return c.html(
      <Layout title="Confirm your subscription">
        <h1>Confirm your subscription</h1>
        <form method="post" action={c.req.path}>
          <button type="submit">Confirm my subscription</button>
        </form>
      </Layout>,
    );
  };
}

/** POST /confirm/:token : confirms the pending subscriber (idempotent) and links the preferences page. */
export function confirmSubmit(ctx: SubscribeContext): Handler {
  return async (c) => {
    const found = await subscriberFromToken(ctx, c, 'confirm');
    if (found instanceof Response) return found;
    const now = nowOf(ctx.deps);
    const subscriber = (await confirmSubscriber(ctx.deps.db, found.id, now.toISOString())) ?? found;
    const links = subscriptionLinks(ctx.deps.config.publicUrl, ctx.secret(), subscriber.id, now);
    const confirmed = subscriber.status === 'confirmed';
    return c.html(
      <Layout title={confirmed ? 'Subscribed' : 'Not confirmed'}>
        <h1>{confirmed ? 'You are subscribed' : 'This subscription is not active'}</h1>
        <p>
          {confirmed
            ? 'The daily brief will arrive at the configured time. Choose topics, or leave, at any time:'
            : 'It was unsubscribed after this link was sent; sign up again to restart it.'}
        </p>
        <p>
          <a href={`/preferences/${links.manageToken}`}>Manage preferences</a>
        </p>
      </Layout>,
    );
  };
}
