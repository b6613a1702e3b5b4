import type { Handler } from 'hono';
import { eventEntityIds, toEventDto } from '../../../publish/present/event-dto.ts';
import { findEntityNames } from '../../../store/repositories/browse.ts';
import { listEvents } from '../../../store/repositories/events.ts';
import type { AppDeps } from '../../deps.ts';
import { parseId } from '../../params.ts';
import {
  BadParam,
  one,
  readDateRange,
  readEntity,
  readEventTypes,
  readIdCursor,
  readLimit,
  readStance,
} from './query.ts';

const ROLE = /^[a-z][a-z-]{0,30}$/;

/** GET /api/v1/events?type=&entity=&role=&story=&stance=&from=&to=&cursor=&limit= : events, newest first. */
export function listEventsApi(deps: AppDeps): Handler {
  return async (c) => {
    const limit = readLimit(c, 50, 200);
    const cursor = readIdCursor(c);
    const types = readEventTypes(c);
    const entityId = readEntity(c);
    const role = one(c, 'role');
    if (role !== undefined && !ROLE.test(role))
      throw new BadParam('invalid_role', 'role must be an argument role such as accuser');
    if (role !== undefined && !entityId) throw new BadParam('invalid_role', 'role needs an entity');
    const rawStory = one(c, 'story');
    const storyId = rawStory === undefined ? undefined : parseId(rawStory);
    if (rawStory !== undefined && storyId === undefined)
      throw new BadParam('invalid_story', 'story must be a story id');
    const stance = readStance(c);
    const rows = await listEvents(
      deps.db,
      {
        types,
        ...(entityId ? { arguments: [{ entityId, ...(role ? { role } : {}) }] } : {}),
        ...(storyId ? { storyId } : {}),
        ...(stance ? { stance } : {}),
        ...readDateRange(c),
        ...(cursor ? { beforeId: cursor } : {}),
      },
      limit + 1,
    );
    const page = rows.slice(0, limit);
    const names = await findEntityNames(deps.db, eventEntityIds(page));
    const last = page.at(-1);
    return c.json({
      data: page.map((e) => toEventDto(e, names)),
      next_cursor: rows.length > limit && last ? String(last.id) : null,
    });
  };
}
