import type { Handler } from 'hono';
import { ENTITY_KINDS } from '../../../domain/analysis.ts';
import { toEntityDto } from '../../../publish/present/entity-dto.ts';
import { listEntities } from '../../../store/repositories/entities.ts';
import { apiError } from '../../api-error.ts';
import type { AppDeps } from '../../deps.ts';
import { parseLimit } from '../../params.ts';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

/** GET /api/v1/entities?kind=&limit= : entities by how many stories mention them. */
export function listEntitiesApi(deps: AppDeps): Handler {
  return async (c) => {
    const limit = parseLimit(c.req.query('limit'), DEFAULT_LIMIT, MAX_LIMIT);
    if (limit === undefined)
      return apiError(c, 400, 'invalid_limit', `limit must be a whole number from 1 to ${MAX_LIMIT}`);
    const kind = c.req.query('kind');
    if (kind !== undefined && !(ENTITY_KINDS as readonly string[]).includes(kind)) {
      return apiError(c, 400, 'invalid_kind', `kind must be one of ${ENTITY_KINDS.join(', ')}`);
    }
    const entities = await listEntities(deps.db, { limit, ...(kind ? { kind } : {}) });
    return c.json({ data: entities.map(toEntityDto) });
  };
}
