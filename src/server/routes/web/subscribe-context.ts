import type { Context } from 'hono';
import { ensureSecret } from '../../../config/secret.ts';
import { smtpOptions } from '../../../pipeline/mail-settings.ts';
import type { Mailer } from '../../../publish/mail/mailer.ts';
import { createSmtpMailer } from '../../../publish/mail/smtp-mailer.ts';
import { createRateLimiter, type RateLimiter } from '../../../publish/subscriptions/rate-limiter.ts';
import type { AppDeps } from '../../deps.ts';

/** What the subscription pages share: the signing secret, a mailer and the sign-up rate limits. */
export type SubscribeContext = {
  readonly deps: AppDeps;
  secret(): string;
  mailer(): Mailer;
  /** 5 sign-ups per client address per 10 minutes. */
  readonly perClient: RateLimiter;
  /** 3 confirmation mails per email address per hour (so a form cannot mail-bomb someone). */
  readonly perAddress: RateLimiter;
};

/** Builds the shared context; the secret and the SMTP mailer are made on first use (when not injected). */
export function createSubscribeContext(deps: AppDeps): SubscribeContext {
  let secret = deps.secret;
  let mailer = deps.mailer;
  return {
    deps,
    secret: () => {
      secret ??= ensureSecret(deps.config);
      return secret;
    },
    mailer: () => {
      mailer ??= createSmtpMailer(smtpOptions(deps.config));
      return mailer;
    },
    perClient: createRateLimiter({ limit: 5, windowMs: 10 * 60_000 }),
    perAddress: createRateLimiter({ limit: 3, windowMs: 60 * 60_000 }),
  };
}

type NodeBindings = { incoming?: { socket?: { remoteAddress?: string } } };

/**
 * The client's address for rate limiting: the socket peer from the Node adaptor. X-Forwarded-For is not
 * trusted (anyone can send it); behind a proxy every client shares the proxy's budget.
 */
export function clientKey(c: Context): string {
  const env = c.env as NodeBindings | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
