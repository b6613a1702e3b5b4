import type { Handler } from 'hono';
import { addKbIgnore, listKbIgnore } from '../../../store/repositories/kb-ignore.ts';
import { apiError } from '../../api-error.ts';
import { type AppDeps, nowOf } from '../../deps.ts';
import { jsonBody } from './admin-auth.ts';

/** POST /api/v1/kb/ignore {text} (admin): marks a text as a false positive for future analyses. */
export function addKbIgnoreApi(deps: AppDeps): Handler {
  return async (c) => {
    const body = await jsonBody(c.req);
    if (!body) return apiError(c, 415, 'invalid_body', 'send a JSON object: {"text": "…"}');
    const text = typeof body.text === 'string' ? body.text.trim() : '';
    if (!text || text.length > 200)
      return apiError(c, 400, 'invalid_text', 'text must be 1 to 200 characters');
    await addKbIgnore(deps.db, text, nowOf(deps).toISOString());
    return c.json({ data: await listKbIgnore(deps.db) }, 201);
  };
}

/** GET /api/v1/kb/ignore (admin): the ignored texts. */
export function listKbIgnoreApi(deps: AppDeps): Handler {
  return async (c) => c.json({ data: await listKbIgnore(deps.db) });
}
