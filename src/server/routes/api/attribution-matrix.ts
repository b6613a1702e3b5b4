import type { Handler } from 'hono';
import { entityPath } from '../../../publish/present/highlight.ts';
import { countAttributionPairs } from '../../../store/repositories/attributions.ts';
import { findEntityNames } from '../../../store/repositories/browse.ts';
import type { AppDeps } from '../../deps.ts';
import { readDateRange } from './query.ts';

/** Pairs of the accuser × accused matrix with entity names, largest first. */
export async function loadMatrix(deps: AppDeps, range: { from?: string; to?: string }) {
  const pairs = await countAttributionPairs(deps.db, { ...range, limit: 400 });
  const names = await findEntityNames(
    deps.db,
    pairs.flatMap((p) => [p.accuser, p.accused]),
  );
  return pairs.map((p) => ({
    accuser: { id: p.accuser, name: names.get(p.accuser) ?? p.accuser, path: entityPath(p.accuser) },
    accused: { id: p.accused, name: names.get(p.accused) ?? p.accused, path: entityPath(p.accused) },
    count: p.count,
  }));
}

/** GET /api/v1/attributions/matrix?from=&to= : accuser × accused counts of attribution events. */
export function attributionMatrixApi(deps: AppDeps): Handler {
  return async (c) => c.json({ data: await loadMatrix(deps, readDateRange(c)) });
}
