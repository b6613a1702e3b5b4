import type { Source } from '../domain/source.ts';
import { parseFeed } from '../ingest/feeds/index.ts';
import { recordFetchFailure, recordFetchSuccess } from '../store/repositories/sources.ts';
import { nextPollAfterFailure, nextPollAfterSuccess } from './backoff.ts';
import type { PipelineDeps } from './deps.ts';
import { ingestItem } from './ingest-item.ts';

/** What one poll of one source did. */
export type RefreshSummary = {
  readonly sourceId: number;
  readonly status: 'ok' | 'not_modified' | 'error';
  readonly newArticles: number;
  readonly knownArticles: number;
  readonly failedItems: number;
  readonly errorCode?: string;
  readonly errorMessage?: string;
};

/**
 * Polls one source: conditional GET, parse, ingest each new item (extract, analyse, assign a story,
 * store), then records the source's health and next poll. Expected failures are recorded on the source
 * and returned, never thrown, so one source never stops the others.
 */
export async function refreshSource(deps: PipelineDeps, source: Source): Promise<RefreshSummary> {
  const log = deps.logger;
  const started = deps.now();
  const interval = deps.config.pollIntervalMinutes;
  const fail = async (
    code: string,
    message: string,
    retryAfterSeconds?: number | null,
  ): Promise<RefreshSummary> => {
    await recordFetchFailure(deps.db, source.id, {
      now: started.toISOString(),
      nextPollAt: nextPollAfterFailure(started, interval, source.consecutiveFailures + 1, retryAfterSeconds),
      code,
      message,
    });
    log.warn({ source_id: source.id, code, error: message }, 'source failed');
    return {
      sourceId: source.id,
      status: 'error',
      newArticles: 0,
      knownArticles: 0,
      failedItems: 0,
      errorCode: code,
      errorMessage: message,
    };
  };

  const response = await deps.httpGet({
    url: source.url,
    etag: source.etag,
    lastModified: source.lastModified,
  });
  if (response.kind === 'error') return fail(response.code, response.message, response.retryAfterSeconds);
  if (response.kind === 'not_modified') {
    await recordFetchSuccess(deps.db, source.id, {
      now: started.toISOString(),
      nextPollAt: nextPollAfterSuccess(started, interval, response.maxAgeSeconds),
      etag: response.etag ?? source.etag,
      lastModified: response.lastModified ?? source.lastModified,
    });
    log.info({ source_id: source.id }, 'source not modified');
    return { sourceId: source.id, status: 'not_modified', newArticles: 0, knownArticles: 0, failedItems: 0 };
  }

  const parsed = parseFeed(response.body, {
    baseUrl: response.url,
    contentType: response.contentType ?? undefined,
  });
  if (!parsed.ok) return fail(parsed.code, `${source.url}: ${parsed.message}`);
  for (const warning of parsed.value.warnings) {
    log.warn({ source_id: source.id, code: warning.code, warning: warning.message }, 'feed warning');
  }

  let newArticles = 0;
  let knownArticles = 0;
  let failedItems = 0;
  const outlet = parsed.value.title?.trim() || source.name;
  for (const item of parsed.value.items) {
    try {
      const outcome = await ingestItem(deps, { source, item, outlet, feedUrl: response.url });
      if (outcome.kind === 'new') newArticles += 1;
      else if (outcome.kind === 'known') knownArticles += 1;
      else if (outcome.kind === 'failed') {
        failedItems += 1;
        log.warn(
          { source_id: source.id, url: item.url, code: outcome.code, error: outcome.message },
          'item skipped',
        );
      }
    } catch (cause) {
      // A bug in one item must not lose the rest of the feed; it is logged with its stack and counted.
      failedItems += 1;
      log.error({ source_id: source.id, url: item.url, err: cause }, 'item ingest crashed');
    }
  }

  await recordFetchSuccess(deps.db, source.id, {
    now: started.toISOString(),
    nextPollAt: nextPollAfterSuccess(started, interval, response.maxAgeSeconds),
    etag: response.etag,
    lastModified: response.lastModified,
    ...(response.permanentRedirect ? { url: response.permanentRedirect } : {}),
  });
  log.info(
    {
      source_id: source.id,
      new_articles: newArticles,
      known_articles: knownArticles,
      failed_items: failedItems,
    },
    'source refreshed',
  );
  return { sourceId: source.id, status: 'ok', newArticles, knownArticles, failedItems };
}
