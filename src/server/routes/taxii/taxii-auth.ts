import { createHash, timingSafeEqual } from 'node:crypto';
import type { Config } from '../../../config/schema.ts';
import type { TaxiiCollectionInfo } from './taxii-backend.ts';

/** Who is asking: nobody, a configured user, or someone whose credentials were wrong. */
export type Principal =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'user'; readonly username: string; readonly collections: readonly string[] }
  | { readonly kind: 'invalid' };

/** The effective TAXII access settings (defaults when the config has no `taxii` object). */
export type TaxiiAccess = NonNullable<Config['taxii']>;

/** Defaults: discovery and the three Threatbrief collections are public, no users. */
export const DEFAULT_TAXII_ACCESS: TaxiiAccess = {
  publicDiscovery: true,
  publicCollections: ['stories', 'attributions', 'indicators'],
  users: [],
};

/** The WWW-Authenticate challenge sent with 401 (RFC 9110 §11.6.1). */
export const CHALLENGE = 'Basic realm="threatbrief-taxii", Bearer realm="threatbrief-taxii"';

function same(a: string, b: string): boolean {
  // Comparing digests keeps the comparison constant-time whatever the lengths.
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** Resolves the Authorization header (Basic or Bearer, RFC 7617 / RFC 6750) against the configured users. */
export function resolvePrincipal(access: TaxiiAccess, authorization: string | undefined): Principal {
  if (!authorization) return { kind: 'anonymous' };
  const [scheme = '', credentials = ''] = authorization.trim().split(/\s+/, 2);
  if (/^basic$/i.test(scheme)) {
    const decoded = Buffer.from(credentials, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return { kind: 'invalid' };
    const username = decoded.slice(0, colon);
    const password = decoded.slice(colon + 1);
    const user = access.users.find(
      (u) => u.password !== undefined && same(u.username, username) && same(u.password, password),
    );
    return user
      ? { kind: 'user', username: user.username, collections: user.collections }
      : { kind: 'invalid' };
  }
  if (/^bearer$/i.test(scheme)) {
    const user = access.users.find((u) => u.token !== undefined && same(u.token, credentials));
    return user
      ? { kind: 'user', username: user.username, collections: user.collections }
      : { kind: 'invalid' };
  }
  return { kind: 'invalid' };
}

/** Whether the principal may read a collection: public ones to all, others per the user's list (`*`: all). */
export function canRead(access: TaxiiAccess, principal: Principal, collection: TaxiiCollectionInfo): boolean {
  if (!collection.readable || principal.kind === 'invalid') return false;
  const names = [collection.id, ...(collection.alias ? [collection.alias] : [])];
  if (access.publicCollections.some((name) => names.includes(name))) return true;
  return (
    principal.kind === 'user' && principal.collections.some((name) => name === '*' || names.includes(name))
  );
}
