import type { Config } from '../config/schema.ts';
import type { Mailer } from '../publish/mail/mailer.ts';
import { renderConfirmationEmail } from '../publish/subscriptions/confirmation-email.ts';
import { maskEmail, normaliseEmail } from '../publish/subscriptions/normalise-email.ts';
import type { Subscriber } from '../publish/subscriptions/subscriber.ts';
import { CONFIRM_TTL_HOURS, subscriptionLinks } from '../publish/subscriptions/subscription-links.ts';
import type { TopicFilter } from '../publish/subscriptions/topic-filter.ts';
import type { Db } from '../store/database.ts';
import { signUpSubscriber } from '../store/repositories/subscribers.ts';
import { mailSettings } from './mail-settings.ts';

/** What a sign-up needs from the world. */
export type SignUpDeps = {
  readonly db: Db;
  readonly config: Pick<Config, 'publicUrl' | 'smtp'>;
  readonly mailer: Mailer;
  readonly secret: string;
  readonly now: () => Date;
  readonly logger?: { info(o: object, m: string): void; warn(o: object, m: string): void } | undefined;
};

/** The outcome of a sign-up; the web page says the same thing for every success, so addresses cannot be probed. */
export type SignUpOutcome =
  | { readonly kind: 'invalid_email' }
  | { readonly kind: 'confirmation_sent'; readonly subscriber: Subscriber }
  | { readonly kind: 'already_confirmed'; readonly subscriber: Subscriber }
  | { readonly kind: 'mail_failed'; readonly subscriber: Subscriber; readonly code: string };

/**
 * Records a double opt-in sign-up (normalised address, pending) and mails the signed confirm link.
 * A confirmed address is left untouched and gets no mail. Throws only when the database fails.
 */
export async function signUp(
  deps: SignUpDeps,
  input: { email: string; topics: TopicFilter },
): Promise<SignUpOutcome> {
  const email = normaliseEmail(input.email);
  if (!email) return { kind: 'invalid_email' };
  const now = deps.now();
  const { subscriber, needsConfirmation } = await signUpSubscriber(deps.db, {
    email,
    topics: input.topics,
    now: now.toISOString(),
  });
  if (!needsConfirmation) return { kind: 'already_confirmed', subscriber };
  const links = subscriptionLinks(deps.config.publicUrl, deps.secret, subscriber.id, now);
  const settings = mailSettings(deps.config);
  const message = renderConfirmationEmail({
    confirmUrl: links.confirmUrl,
    ttlHours: CONFIRM_TTL_HOURS,
    siteUrl: deps.config.publicUrl,
  });
  const outcome = await deps.mailer.send({
    from: settings.from,
    to: email,
    ...message,
    messageId: `<confirm.${subscriber.id}.${now.getTime()}@${settings.domain}>`,
    headers: { 'Auto-Submitted': 'auto-generated' },
  });
  const log = { subscriber_id: subscriber.id, email: maskEmail(email) };
  if (outcome.kind !== 'sent') {
    deps.logger?.warn({ ...log, code: outcome.code }, 'confirmation mail not sent');
    return { kind: 'mail_failed', subscriber, code: outcome.code };
  }
  deps.logger?.info(log, 'confirmation mail sent');
  return { kind: 'confirmation_sent', subscriber };
}
