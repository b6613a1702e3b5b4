import type { Context, Handler } from 'hono';
import { signUp } from '../../../pipeline/sign-up.ts';
import { normaliseEmail } from '../../../publish/subscriptions/normalise-email.ts';
import { nowOf } from '../../deps.ts';
import { Layout } from '../../views/layout.tsx';
import { clientKey, type SubscribeContext } from './subscribe-context.ts';
import { TopicFields, topicsFromForm } from './subscribe-form.tsx';

function form(c: Context, status: 200 | 400 | 429, message?: string, email = '') {
  return c.html(
    <Layout title="Subscribe">
      <h1>Get the daily brief by email</h1>
      <p>
        One email a day with the ranked stories and the day's analysis. You confirm by clicking a link we
        send; every email has a one-click unsubscribe.
      </p>
      {message ? (
        <p class="notice" role="alert">
          {message}
        </p>
      ) : null}
      <form method="post" action="/subscribe">
        <p>
          <label for="email">Email address</label>
          <br />
          <input id="email" name="email" type="email" required autocomplete="email" size={40} value={email} />
        </p>
        <TopicFields />
        <p>
          <button type="submit">Subscribe</button>
        </p>
      </form>
    </Layout>,
    status,
  );
}

/** GET /subscribe : the sign-up form. */
export function subscribeForm(): Handler {
  return (c) => form(c, 200);
}

/**
 * POST /subscribe : validates, rate-limits (per client and per address), records a pending subscriber and
 * mails the confirm link. Every accepted address gets the same answer, so the form reveals nothing.
 */
export function subscribeSubmit(ctx: SubscribeContext): Handler {
  return async (c) => {
    const now = nowOf(ctx.deps);
    const body = await c.req.parseBody({ all: true });
    const raw = typeof body.email === 'string' ? body.email : '';
    const email = normaliseEmail(raw);
    if (!email) return form(c, 400, 'That does not look like an email address.', raw.slice(0, 254));
    const topics = topicsFromForm(body);
    if (typeof topics === 'string') return form(c, 400, `Topics: ${topics}`, email);
    if (!ctx.perClient.take(clientKey(c), now.getTime()) || !ctx.perAddress.take(email, now.getTime()))
      return form(c, 429, 'Too many sign-ups from here; try again in a few minutes.', email);
    const outcome = await signUp(
      {
        db: ctx.deps.db,
        config: ctx.deps.config,
        mailer: ctx.mailer(),
        secret: ctx.secret(),
        now: () => now,
      },
      { email, topics },
    );
    if (outcome.kind === 'mail_failed')
      return form(
        c,
        200,
        'We could not send the confirmation email just now; please try again later.',
        email,
      );
    return c.html(
      <Layout title="Check your inbox">
        <h1>Check your inbox</h1>
        <p>
          If this address can receive our mail, a confirmation link is on its way. The digest starts once you
          open it.
        </p>
      </Layout>,
    );
  };
}
