import type { Handler } from 'hono';
import { exportStix, parseSince } from '../../../pipeline/export-stix.ts';
import { bundleJson } from '../../../publish/stix/bundle-json.ts';
import { apiError } from '../../api-error.ts';
import type { AppDeps } from '../../deps.ts';
import { parseId } from '../../params.ts';

/**
 * GET /api/v1/stix?since=&story= : the same STIX 2.1 bundle as `threatbrief export stix` (media type
 * application/stix+json;version=2.1); 400 with an error body on a malformed `since` or `story`.
 */
export function stixApi(deps: AppDeps): Handler {
  return async (c) => {
    const rawSince = c.req.query('since');
    const since = rawSince === undefined ? undefined : parseSince(rawSince);
    if (rawSince !== undefined && since === undefined)
      return apiError(c, 400, 'invalid_since', 'since must be YYYY-MM-DD or an RFC 3339 timestamp');
    const rawStory = c.req.query('story');
    const storyId = rawStory === undefined ? undefined : parseId(rawStory);
    if (rawStory !== undefined && storyId === undefined)
      return apiError(c, 400, 'invalid_story', 'story must be a positive whole number (a story id)');
    const { bundle } = await exportStix(
      { db: deps.db, ...(deps.kb ? { kb: deps.kb } : {}), publicUrl: deps.config.publicUrl },
      { ...(since ? { since } : {}), ...(storyId !== undefined ? { storyId } : {}) },
    );
    return c.body(bundleJson(bundle), 200, {
      'Content-Type': 'application/stix+json;version=2.1',
    });
  };
}
