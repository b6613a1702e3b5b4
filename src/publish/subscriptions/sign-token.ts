import { createHmac, timingSafeEqual } from 'node:crypto';
import { err, ok, type Result } from '../../lib/result.ts';

/** What a token lets its holder do: confirm a pending sign-up, or manage (preferences, unsubscribe). */
export type TokenPurpose = 'confirm' | 'manage';

/** The verified content of a token. */
export type TokenClaims = {
  readonly purpose: TokenPurpose;
  readonly subscriberId: number;
  /** Expiry in epoch seconds; 0 means the token does not expire. */
  readonly expiresAt: number;
};

/** Why a token was refused. */
export type TokenError = 'malformed_token' | 'bad_signature' | 'expired_token' | 'wrong_purpose';

type Payload = { p: TokenPurpose; i: number; x: number };

function mac(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body, 'utf8').digest('base64url');
}

/**
 * A URL-safe token `payload.signature` (base64url JSON, HMAC-SHA256 over it with `secret`). Only
 * [A-Za-z0-9_-.] appear, so it can sit in a path segment and in HTML without escaping.
 */
export function signToken(secret: string, claims: TokenClaims): string {
  const payload: Payload = { p: claims.purpose, i: claims.subscriberId, x: claims.expiresAt };
  const body = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
  return `${body}.${mac(secret, body)}`;
}

function isPayload(value: unknown): value is Payload {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (v.p === 'confirm' || v.p === 'manage') &&
    Number.isSafeInteger(v.i) &&
    (v.i as number) > 0 &&
    Number.isSafeInteger(v.x) &&
    (v.x as number) >= 0
  );
}

/**
 * Checks a token's signature (constant-time), purpose and expiry at `now`; returns its claims or an
 * error value, never throws.
 */
export function verifyToken(
  secret: string,
  token: string,
  purpose: TokenPurpose,
  now: Date,
): Result<TokenClaims, TokenError> {
  const parts = token.split('.');
  const [body, signature] = parts;
  if (parts.length !== 2 || !body || !signature || token.length > 512)
    return err('malformed_token', 'the link is incomplete');
  const expected = Buffer.from(mac(secret, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return err('bad_signature', 'the link is not valid');
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return err('malformed_token', 'the link is damaged');
  }
  if (!isPayload(payload)) return err('malformed_token', 'the link is damaged');
  if (payload.p !== purpose) return err('wrong_purpose', 'the link is meant for another page');
  if (payload.x !== 0 && payload.x * 1000 < now.getTime())
    return err('expired_token', 'the link has expired');
  return ok({ purpose: payload.p, subscriberId: payload.i, expiresAt: payload.x });
}
