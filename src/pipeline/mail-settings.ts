import { readFileSync } from 'node:fs';
import type { Config } from '../config/schema.ts';
import type { SmtpOptions } from '../publish/mail/smtp-mailer.ts';

/** SMTP and delivery policy with every default filled in (when the config has no `smtp` object). */
export type MailSettings = {
  from: string;
  domain: string;
  unsubscribeMailbox: string;
  listId: string;
  maxRetries: number;
  retryBaseMs: number;
  bounceThreshold: number;
  concurrency: number;
};

/** Delivery settings derived from the config: From domain, mailto mailbox, List-Id, retry and bounce policy. */
export function mailSettings(config: Pick<Config, 'publicUrl' | 'smtp'>): MailSettings {
  const host = new URL(config.publicUrl).hostname;
  const smtp = config.smtp;
  const from = smtp?.from ?? `Threatbrief <digest@${/[a-z]/i.test(host) ? host : 'localhost'}>`;
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'localhost';
  return {
    from,
    domain,
    unsubscribeMailbox: smtp?.unsubscribeMailbox ?? `unsubscribe@${domain}`,
    listId: `Threatbrief daily brief <daily.${domain}>`,
    maxRetries: smtp?.maxRetries ?? 3,
    retryBaseMs: smtp?.retryBaseMs ?? 1000,
    bounceThreshold: smtp?.bounceThreshold ?? 3,
    concurrency: smtp?.pool === false ? 1 : (smtp?.maxConnections ?? 5),
  };
}

/** Connection options for the SMTP mailer from the config (127.0.0.1:25, pooled, when unset). */
export function smtpOptions(config: Pick<Config, 'smtp'>): SmtpOptions {
  const smtp = config.smtp;
  return {
    host: smtp?.host ?? '127.0.0.1',
    port: smtp?.port ?? 25,
    secure: smtp?.secure ?? false,
    requireTls: smtp?.requireTls ?? false,
    user: smtp?.user,
    pass: smtp?.pass,
    pool: smtp?.pool ?? true,
    maxConnections: smtp?.maxConnections ?? 5,
    ...(smtp?.dkim
      ? {
          dkim: {
            domainName: smtp.dkim.domainName,
            keySelector: smtp.dkim.keySelector,
            // Checked when the config loaded; read here so the key never sits in the config object.
            privateKey: readFileSync(smtp.dkim.privateKeyFile, 'utf8'),
          },
        }
      : {}),
  };
}
