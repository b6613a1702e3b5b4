import { ensureSecret } from '../config/secret.ts';
import type { DigestModel } from '../publish/digest/digest-model.ts';
import { createSmtpMailer } from '../publish/mail/smtp-mailer.ts';
import type { PipelineDeps } from './deps.ts';
import { smtpOptions } from './mail-settings.ts';
import { type SendSummary, sendDigest } from './send-digest.ts';

/** What the daily digest job needs from the world. */
export type DigestJobDeps = Pick<PipelineDeps, 'db' | 'config' | 'logger' | 'now'>;

/**
 * The scheduler's send step: mails the just-built digest of `date` over the configured SMTP server to
 * confirmed subscribers (a no-op without any), closing the connection pool afterwards. `model` is the one
 * the build step made, so the day is not loaded and built twice.
 */
export async function sendScheduledDigest(
  deps: DigestJobDeps,
  date: string,
  model?: DigestModel,
): Promise<SendSummary> {
  const mailer = createSmtpMailer(smtpOptions(deps.config));
  try {
    return await sendDigest(
      {
        db: deps.db,
        config: deps.config,
        mailer,
        secret: ensureSecret(deps.config),
        logger: deps.logger,
        now: deps.now,
      },
      { date, ...(model ? { model } : {}) },
    );
  } finally {
    await mailer.close();
  }
}
