import type { Handler } from 'hono';
import { toSourceDto } from '../../../publish/present/source-dto.ts';
import { addSource, removeSource } from '../../../store/repositories/sources.ts';
import { apiError } from '../../api-error.ts';
import { type AppDeps, nowOf } from '../../deps.ts';
import { parseId } from '../../params.ts';
import { jsonBody } from './admin-auth.ts';

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && value.length <= 2000;
  } catch {
    return false;
  }
}

/** POST /api/v1/sources {url, name?} (admin): adds a feed to poll; 201 when new, 200 when already there. */
export function addSourceApi(deps: AppDeps): Handler {
  return async (c) => {
    const body = await jsonBody(c.req);
    if (!body)
      return apiError(c, 415, 'invalid_body', 'send a JSON object: {"url": "https://…/feed", "name": "…"}');
    const url = typeof body.url === 'string' ? body.url.trim() : '';
    if (!isHttpUrl(url)) return apiError(c, 400, 'invalid_url', 'url must be an http(s) URL');
    const name =
      typeof body.name === 'string' && body.name.trim() ? body.name.trim().slice(0, 200) : new URL(url).host;
    const { source, created } = await addSource(deps.db, { url, name, now: nowOf(deps).toISOString() });
    return c.json({ data: toSourceDto(source) }, created ? 201 : 200);
  };
}

/** DELETE /api/v1/sources/:id (admin): stops polling a source; its articles stay. */
export function removeSourceApi(deps: AppDeps): Handler<object, '/api/v1/sources/:id'> {
  return async (c) => {
    const id = parseId(c.req.param('id'));
    if (id === undefined) return apiError(c, 400, 'invalid_id', 'source id must be a positive whole number');
    if (!(await removeSource(deps.db, id))) return apiError(c, 404, 'source_not_found', `no source ${id}`);
    return c.body(null, 204);
  };
}
