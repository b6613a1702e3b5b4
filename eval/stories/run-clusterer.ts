import { analyzeText } from '../../src/analysis/analyze.ts';
import { compileKb, loadBuiltinKb } from '../../src/analysis/kb/index.ts';
import { clusterStream } from '../../src/stories/cluster-stream.ts';
import { InMemoryStoryIndex } from '../../src/stories/in-memory-story-index.ts';
import type { EvalItem } from './baselines.ts';

/** Clusters eval items with the pipeline's code and an in-memory index; entity ids from the analysis when asked. */
export async function runClusterer(
  items: readonly (EvalItem & { url?: string; source?: string })[],
  options: { entities: boolean },
): Promise<Map<string, string>> {
  const kb = options.entities ? compileKb(loadBuiltinKb()) : undefined;
  const stream = items.map((item) => ({
    key: item.id,
    title: item.title,
    text: item.text,
    publishedAt: item.published,
    url: item.url ?? null,
    source: item.source ?? null,
    ...(kb
      ? {
          entityIds: analyzeText(
            { title: item.title, text: `${item.title}\n\n${item.text}`, url: item.url },
            kb,
          ).entities.map((e) => e.id),
        }
      : {}),
  }));
  const results = await clusterStream(stream, new InMemoryStoryIndex());
  return new Map(results.map((r) => [r.key, r.story]));
}
