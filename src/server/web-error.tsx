import type { Context } from 'hono';
import type { ErrorStatus } from './api-error.ts';
import { ErrorPage } from './views/error-page.tsx';

/** An HTML error page with the given status. */
export function webError(c: Context, status: ErrorStatus, message: string): Response | Promise<Response> {
  return c.html(<ErrorPage status={status} message={message} />, status);
}
