import type { MiddlewareHandler } from 'hono';

/** The site's Content-Security-Policy: same-origin only, no inline script or style, no framing. */
export const SITE_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** CSP for stored digest HTML: email needs inline styles; scripts stay forbidden. */
export const DIGEST_CSP =
  "default-src 'none'; img-src 'self' data: https:; style-src 'unsafe-inline'; script-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Middleware adding security headers to every response; a handler that set its own
 * Content-Security-Policy (the digest page) keeps it.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    if (!headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', SITE_CSP);
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'no-referrer');
    headers.set('X-Frame-Options', 'DENY');
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    headers.set('Cross-Origin-Resource-Policy', 'same-origin');
  };
}
