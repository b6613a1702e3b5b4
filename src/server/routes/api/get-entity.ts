import type { Handler } from 'hono';
import type { KnowledgeBase } from '../../../analysis/kb/kb-types.ts';
import { apiError } from '../../api-error.ts';
import type { AppDeps } from '../../deps.ts';
import { parseEntityId } from '../../params.ts';
import { loadEntityDetail } from './entity-detail.ts';

/** GET /api/v1/entities/:id : the entity, its KB facts, timeline, co-occurring entities, ledger counts and stories. */
export function getEntityApi(
  deps: AppDeps,
  kb: () => KnowledgeBase,
): Handler<object, '/api/v1/entities/:id'> {
  return async (c) => {
    const id = parseEntityId(c.req.param('id'));
    if (id === undefined)
      return apiError(c, 400, 'invalid_id', 'entity id must look like kind:key, e.g. country:CN');
    const found = await loadEntityDetail(deps, kb, id);
    if (!found) return apiError(c, 404, 'entity_not_found', `no entity ${id}`);
    return c.json({ data: found.dto });
  };
}
