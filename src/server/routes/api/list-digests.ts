import type { Handler } from 'hono';
import { toDigestSummaryDto } from '../../../publish/present/digest-dto.ts';
import { listDigests } from '../../../store/repositories/digests.ts';
import type { AppDeps } from '../../deps.ts';

/** GET /api/v1/digests : every stored digest (date, subject, story count), newest first. */
export function listDigestsApi(deps: AppDeps): Handler {
  return async (c) => c.json({ data: (await listDigests(deps.db)).map(toDigestSummaryDto) });
}
