import type { Context } from 'hono';

/** HTTP statuses the API reports errors with. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 415 | 500;

/** The API error body: `{"error": {"code", "message"}}` with a stable snake_case code. */
export function apiError(c: Context, status: ErrorStatus, code: string, message: string): Response {
  return c.json({ error: { code, message } }, status);
}

/** True when the request is for the JSON API (errors then answer in JSON, not HTML). */
export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}
