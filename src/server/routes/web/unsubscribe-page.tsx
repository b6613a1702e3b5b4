import type { Handler } from 'hono';
import { unsubscribeSubscriber } from '../../../store/repositories/subscribers.ts';
import { nowOf } from '../../deps.ts';
import { Layout } from '../../views/layout.tsx';
import type { SubscribeContext } from './subscribe-context.ts';
import { subscriberFromToken } from './subscribe-token.ts';

/** GET /unsubscribe/:token : a confirmation button (a GET must not unsubscribe: link scanners follow links). */
export function unsubscribeForm(ctx: SubscribeContext): Handler {
  return async (c) => {
    const subscriber = await subscriberFromToken(ctx, c, 'manage');
    if (subscriber instanceof Response) return subscriber;
    return c.html(
      <Layout title="Unsubscribe">
        <h1>Unsubscribe from the daily brief</h1>
        <form method="post" action={c.req.path}>
          <button type="submit">Unsubscribe</button>
        </form>
      </Layout>,
    );
  };
}

/**
 * POST /unsubscribe/:token : unsubscribes at once, idempotently, with no login, cookie or redirect: the
 * RFC 8058 one-click target (the mail client POSTs `List-Unsubscribe=One-Click`) and the page's button.
 */
export function unsubscribeSubmit(ctx: SubscribeContext): Handler {
  return async (c) => {
    const found = await subscriberFromToken(ctx, c, 'manage');
    if (found instanceof Response) return found;
    await unsubscribeSubscriber(ctx.deps.db, found.id, nowOf(ctx.deps).toISOString());
    return c.html(
      <Layout title="Unsubscribed">
        <h1>You are unsubscribed</h1>
        <p>No more digests will be sent to this address.</p>
        <p>
          <a href={`/preferences/${c.req.param('token') ?? ''}`}>Changed your mind? Manage preferences</a>
        </p>
      </Layout>,
    );
  };
}
