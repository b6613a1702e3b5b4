/** Longest address accepted (RFC 5321 §4.5.3.1.3 limits a path to 256 octets including brackets). */
const MAX_LENGTH = 254;

// A pragmatic check, not RFC 5322: one @, a dot-atom-ish local part, a dotted domain of letters/digits/hyphens.
const SHAPE = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * The stored form of an email address (trimmed, NFC, lower-cased), or undefined when it does not look
 * like a deliverable address. Lower-casing the local part is a deliberate simplification: almost no
 * mail system treats it as case-sensitive, and it keeps one row per person.
 */
export function normaliseEmail(input: string): string | undefined {
  const email = input.normalize('NFC').trim().toLowerCase();
  if (email.length > MAX_LENGTH || email.includes('..') || !SHAPE.test(email)) return undefined;
  const local = email.slice(0, email.indexOf('@'));
  return local.startsWith('.') || local.endsWith('.') || local.length > 64 ? undefined : email;
}

/** An address shortened for logs and messages (`j***@example.com`), so logs never hold it in full. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}
