import type { Handler } from 'hono';
import { toEntityDto } from '../../../publish/present/entity-dto.ts';
import { listEntities } from '../../../store/repositories/entities.ts';
import type { AppDeps } from '../../deps.ts';
import { BadParam, offsetCursor, readKinds, readLimit, readOffsetCursor } from './query.ts';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;
const MAX_OFFSET = 100_000;

/** GET /api/v1/entities?kind=&limit=&cursor= : entities by how many stories mention them, paged. */
export function listEntitiesApi(deps: AppDeps): Handler {
  return async (c) => {
    const limit = readLimit(c, DEFAULT_LIMIT, MAX_LIMIT);
    const kinds = readKinds(c);
    if (kinds.length > 1) throw new BadParam('invalid_kind', 'kind may be given once');
    const offset = readOffsetCursor(c, MAX_OFFSET);
    // One row beyond the page says whether there is a next one.
    const rows = await listEntities(deps.db, {
      limit: limit + 1,
      offset,
      ...(kinds[0] ? { kind: kinds[0] } : {}),
    });
    return c.json({
      data: rows.slice(0, limit).map(toEntityDto),
      next_cursor: rows.length > limit ? offsetCursor(offset + limit) : null,
    });
  };
}
