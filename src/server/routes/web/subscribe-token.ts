import type { Context } from 'hono';
import { type TokenPurpose, verifyToken } from '../../../publish/subscriptions/sign-token.ts';
import type { Subscriber } from '../../../publish/subscriptions/subscriber.ts';
import { findSubscriber } from '../../../store/repositories/subscribers.ts';
import { nowOf } from '../../deps.ts';
import { webError } from '../../web-error.tsx';
import type { SubscribeContext } from './subscribe-context.ts';

/**
 * The subscriber a link's token names, or the error page to answer with (400 for a bad or expired link,
 * 404 when the subscriber was removed).
 */
export async function subscriberFromToken(
  ctx: SubscribeContext,
  c: Context,
  purpose: TokenPurpose,
): Promise<Subscriber | Response> {
  const token = c.req.param('token') ?? '';
  const claims = verifyToken(ctx.secret(), token, purpose, nowOf(ctx.deps));
  if (!claims.ok) {
    const hint = claims.code === 'expired_token' ? ' Sign up again at /subscribe to get a fresh link.' : '';
    return webError(c, 400, `This link does not work: ${claims.message}.${hint}`);
  }
  const subscriber = await findSubscriber(ctx.deps.db, claims.value.subscriberId);
  return subscriber ?? webError(c, 404, 'This subscription no longer exists.');
}
