import type { SendOutcome } from './mailer.ts';

type SmtpError = { code?: unknown; responseCode?: unknown; response?: unknown; message?: unknown };

const FATAL_CODES = new Set([
  'EAUTH',
  'ETLS',
  'EDNS',
  'ENOTFOUND',
  'EINVALIDCERT',
  'ECONFIG',
  'EOAUTH2',
  'ENOAUTH',
]);

/**
 * Maps a nodemailer error to an outcome: a 5xx reply to the envelope or the message is permanent (RFC
 * 5321 §4.2.1), any 4xx or a dropped/refused/timed-out connection is temporary, and authentication, TLS,
 * DNS and other 5xx replies (e.g. 530 STARTTLS required) are fatal: they are our configuration, not the
 * recipient, and must not be counted as bounces.
 */
export function classifySmtpError(error: unknown): Exclude<SendOutcome, { kind: 'sent' }> {
  const e = (typeof error === 'object' && error !== null ? error : {}) as SmtpError;
  const code = typeof e.code === 'string' ? e.code : 'EUNKNOWN';
  const status = typeof e.responseCode === 'number' ? e.responseCode : undefined;
  const message = String(typeof e.response === 'string' ? e.response : (e.message ?? error)).slice(0, 300);
  const smtpCode = status === undefined ? code : `smtp_${status}`;
  if (FATAL_CODES.has(code)) return { kind: 'fatal', code: smtpCode, message };
  if (status !== undefined && status >= 400 && status < 500)
    return { kind: 'temporary', code: smtpCode, message };
  if (status !== undefined && status >= 500) {
    const recipientLevel =
      code === 'EENVELOPE' || code === 'EMESSAGE' || code === 'EDATA' || (status >= 550 && status <= 554);
    return { kind: recipientLevel ? 'permanent' : 'fatal', code: smtpCode, message };
  }
  return { kind: 'temporary', code, message };
}
