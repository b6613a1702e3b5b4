import type { Source } from '../domain/source.ts';
import { findSource, listDueSources, listSources } from '../store/repositories/sources.ts';
import type { PipelineDeps } from './deps.ts';
import { type RefreshSummary, refreshSource } from './refresh-source.ts';

export type RunSummary = {
  readonly sources: number;
  readonly ok: number;
  readonly failed: number;
  readonly newArticles: number;
  readonly results: readonly RefreshSummary[];
};

/**
 * One ingest pass over the due sources (or one source, or all with `force`), a few at a time; a source
 * that fails or crashes is recorded and the others go on. `onProgress` is called after each source.
 */
export async function runOnce(
  deps: PipelineDeps,
  options: {
    sourceId?: number;
    force?: boolean;
    concurrency?: number;
    onProgress?: (done: number, total: number, result: RefreshSummary) => void;
  } = {},
): Promise<RunSummary> {
  const sources = await selectSources(deps, options);
  const results: RefreshSummary[] = [];
  let next = 0;
  const worker = async () => {
    while (next < sources.length) {
      const source = sources[next++] as Source;
      const result = await refreshSource(deps, source).catch((cause: unknown): RefreshSummary => {
        deps.logger.error({ source_id: source.id, err: cause }, 'source refresh crashed');
        return {
          sourceId: source.id,
          status: 'error',
          newArticles: 0,
          knownArticles: 0,
          failedItems: 0,
          errorCode: 'internal_error',
          errorMessage: String(cause),
        };
      });
      results.push(result);
      options.onProgress?.(results.length, sources.length, result);
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(options.concurrency ?? 4, Math.max(sources.length, 1)) }, worker),
  );
  results.sort((a, b) => a.sourceId - b.sourceId);
  return {
    sources: sources.length,
    ok: results.filter((r) => r.status !== 'error').length,
    failed: results.filter((r) => r.status === 'error').length,
    newArticles: results.reduce((n, r) => n + r.newArticles, 0),
    results,
  };
}

async function selectSources(
  deps: PipelineDeps,
  options: { sourceId?: number; force?: boolean },
): Promise<Source[]> {
  if (options.sourceId !== undefined) {
    const source = await findSource(deps.db, options.sourceId);
    if (!source) throw new Error(`pipeline: no source with id ${options.sourceId}`);
    return [source];
  }
  return options.force ? listSources(deps.db) : listDueSources(deps.db, deps.now().toISOString());
}
