import { analyzeText } from '../../src/analysis/analyze.ts';
import { type CompiledKb, compileKb, loadBuiltinKb } from '../../src/analysis/kb/index.ts';
import { analysisTextOf } from '../../src/domain/article-text.ts';
import { clusterStream, type StreamItem } from '../../src/stories/cluster-stream.ts';
import { InMemoryStoryIndex } from '../../src/stories/in-memory-story-index.ts';
import { storyInputOf } from '../../src/stories/story-input.ts';
import type { EvalItem } from './baselines.ts';

/**
 * Clusters eval items with the pipeline's code and an in-memory index. With entities on, each item is
 * analysed and turned into story input the way the pipeline does it (`storyInputOf`: boilerplate removed,
 * entity ids and event types); with them off, names come from capitalisation only.
 */
/** One eval item as the pipeline would cluster it: analysed, boilerplate removed, entity ids and event types. */
export function analysedStreamItem(
  item: EvalItem & { url?: string; source?: string },
  kb: CompiledKb | undefined,
): StreamItem {
  const article = {
    title: item.title,
    text: item.text,
    publishedAt: item.published,
    url: item.url ?? null,
    source: item.source ?? null,
  };
  if (!kb) return { key: item.id, ...article };
  const analysis = analyzeText(
    {
      title: item.title,
      text: analysisTextOf({ title: item.title, text: item.text }),
      ...(item.url ? { url: item.url } : {}),
    },
    kb,
  );
  return { key: item.id, ...storyInputOf(article, analysis) };
}

export async function runClusterer(
  items: readonly (EvalItem & { url?: string; source?: string })[],
  options: { entities: boolean },
): Promise<Map<string, string>> {
  const kb = options.entities ? compileKb(loadBuiltinKb()) : undefined;
  const stream = items.map((item) => analysedStreamItem(item, kb));
  const results = await clusterStream(stream, new InMemoryStoryIndex());
  return new Map(results.map((r) => [r.key, r.story]));
}
