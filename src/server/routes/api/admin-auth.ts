import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { apiError } from '../../api-error.ts';
import type { AppDeps } from '../../deps.ts';

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Middleware guarding admin actions: requires `Authorization: Bearer <adminToken>` from config (compared in
 * constant time); 403 `admin_disabled` when no token is configured, 401 `unauthorized` otherwise.
 */
export function requireAdmin(deps: AppDeps): MiddlewareHandler {
  return async (c, next) => {
    const token = deps.config.adminToken;
    if (!token)
      return apiError(c, 403, 'admin_disabled', 'admin actions are disabled: set adminToken in the config');
    const given = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
    if (!timingSafeEqual(digest(given), digest(token))) {
      c.header('WWW-Authenticate', 'Bearer realm="threatbrief-admin"');
      return apiError(c, 401, 'unauthorized', 'send Authorization: Bearer <admin token>');
    }
    await next();
  };
}

/** The JSON object body of a request, or undefined when it is not JSON or not an object. */
export async function jsonBody(req: { header(name: string): string | undefined; text(): Promise<string> }) {
  if (!/^application\/json\b/i.test(req.header('content-type') ?? '')) return undefined;
  try {
    const value: unknown = JSON.parse(await req.text());
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
