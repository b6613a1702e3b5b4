import type { Handler } from 'hono';
import { toSourceDto } from '../../../publish/present/source-dto.ts';
import { listSources } from '../../../store/repositories/sources.ts';
import type { AppDeps } from '../../deps.ts';

/** GET /api/v1/sources : every polled source with its health. */
export function listSourcesApi(deps: AppDeps): Handler {
  return async (c) => c.json({ data: (await listSources(deps.db)).map(toSourceDto) });
}
