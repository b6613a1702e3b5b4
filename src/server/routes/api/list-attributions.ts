import type { Handler } from 'hono';
import type { AppDeps } from '../../deps.ts';
import { loadLedger, readLedgerQuery } from './ledger.ts';

/**
 * GET /api/v1/attributions?accuser=&accused=&type=&stance=&from=&to=&cursor=&limit= : the attribution ledger
 * (attributions, denials, responsibility claims), newest first.
 */
export function listAttributionsApi(deps: AppDeps): Handler {
  return async (c) => c.json(await loadLedger(deps, readLedgerQuery(c, 50)));
}
