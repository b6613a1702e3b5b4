import nodemailer from 'nodemailer';
import { classifySmtpError } from './classify-smtp-error.ts';
import type { Mailer, OutgoingMessage } from './mailer.ts';

/** How to reach the SMTP server. */
export type SmtpOptions = {
  readonly host: string;
  readonly port: number;
  /** Implicit TLS from the first byte (port 465); otherwise STARTTLS is used when offered. */
  readonly secure: boolean;
  /** Refuse to send unless the server upgrades with STARTTLS. */
  readonly requireTls: boolean;
  readonly user?: string | undefined;
  readonly pass?: string | undefined;
  readonly pool: boolean;
  readonly maxConnections: number;
  readonly timeoutMs?: number;
  /** DKIM signing key; the PEM text, read by the caller. */
  readonly dkim?: { readonly domainName: string; readonly keySelector: string; readonly privateKey: string };
};

/**
 * Headers a DKIM signature covers: the usual identity headers plus the unsubscribe pair, which RFC 8058 §4
 * requires to be signed before mailbox providers show one-click unsubscribe.
 */
const DKIM_HEADERS =
  'from:sender:reply-to:subject:date:message-id:to:cc:mime-version:content-type:list-id:list-unsubscribe:list-unsubscribe-post:list-archive';

/** A Mailer over nodemailer's SMTP transport (pooled when asked); never throws for a refused message. */
export function createSmtpMailer(options: SmtpOptions): Mailer {
  const timeout = options.timeoutMs ?? 30_000;
  const transport = nodemailer.createTransport({
    host: options.host,
    port: options.port,
    secure: options.secure,
    requireTLS: options.requireTls,
    ...(options.user ? { auth: { user: options.user, pass: options.pass ?? '' } } : {}),
    ...(options.pool
      ? { pool: true as const, maxConnections: options.maxConnections, maxMessages: 1000 }
      : {}),
    ...(options.dkim ? { dkim: { ...options.dkim, headerFieldNames: DKIM_HEADERS } } : {}),
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  return {
    async send(message: OutgoingMessage) {
      try {
        const info = await transport.sendMail({
          from: message.from,
          to: message.to,
          subject: message.subject,
          html: message.html,
          text: message.text,
          messageId: message.messageId,
          headers: { ...message.headers },
          textEncoding: 'quoted-printable',
        });
        return {
          kind: 'sent',
          messageId: String(info.messageId ?? message.messageId),
          response: String(info.response ?? ''),
        };
      } catch (error) {
        return classifySmtpError(error);
      }
    },
    async close() {
      transport.close();
    },
  };
}
