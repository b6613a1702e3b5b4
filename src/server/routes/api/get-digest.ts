import type { Handler } from 'hono';
import { toDigestDto } from '../../../publish/present/digest-dto.ts';
import { findDigest } from '../../../store/repositories/digests.ts';
import { apiError } from '../../api-error.ts';
import type { AppDeps } from '../../deps.ts';
import { parseDate } from '../../params.ts';

/** GET /api/v1/digests/:date : one digest with its subject, HTML and plain text. */
export function getDigestApi(deps: AppDeps): Handler<object, '/api/v1/digests/:date'> {
  return async (c) => {
    const date = parseDate(c.req.param('date'));
    if (date === undefined)
      return apiError(c, 400, 'invalid_date', 'date must be a calendar date written YYYY-MM-DD');
    const digest = await findDigest(deps.db, date);
    if (!digest) return apiError(c, 404, 'digest_not_found', `no digest for ${date}`);
    return c.json({ data: toDigestDto(digest) });
  };
}
