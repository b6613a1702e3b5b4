import type { Handler } from 'hono';
import { findDigest } from '../../../store/repositories/digests.ts';
import type { AppDeps } from '../../deps.ts';
import { parseDate } from '../../params.ts';
import { DIGEST_CSP } from '../../security-headers.ts';
import { webError } from '../../web-error.tsx';

/** GET /digests/:date : the stored digest HTML as sent, under a CSP that allows its inline styles but no script. */
export function digestPage(deps: AppDeps): Handler<object, '/digests/:date'> {
  return async (c) => {
    const date = parseDate(c.req.param('date'));
    if (date === undefined) return webError(c, 400, 'A digest date is written YYYY-MM-DD.');
    const digest = await findDigest(deps.db, date);
    if (!digest) return webError(c, 404, `There is no digest for ${date}.`);
    c.header('Content-Security-Policy', DIGEST_CSP);
    return c.html(digest.html);
  };
}
