import {
  CLUSTER_OPTIONS,
  type ClusterOptions,
  indexEntryOf,
  placeArticle,
  prepareArticle,
  type StoryInput,
} from './cluster-article.ts';
import type { StoryIndex } from './story-index.ts';

/** One item of an offline run: a caller key plus the article. */
export type StreamItem = StoryInput & { readonly key: string };

/** Result per item: the story key is the key of the story's first item. */
export type StreamResult = {
  readonly key: string;
  readonly story: string;
  readonly related: readonly string[];
};

/**
 * Clusters a batch offline, in publication order (ties by key) so the result does not depend on input
 * order, with the same `placeArticle` the pipeline uses; returns results in input order.
 */
export async function clusterStream(
  items: readonly StreamItem[],
  index: StoryIndex,
  options: ClusterOptions = CLUSTER_OPTIONS,
): Promise<StreamResult[]> {
  const order = items
    .map((item, i) => ({ item, i, t: Date.parse(item.publishedAt) || 0 }))
    .sort((a, b) => a.t - b.t || (a.item.key < b.item.key ? -1 : a.item.key > b.item.key ? 1 : a.i - b.i));
  const storyKeys: string[] = [];
  const storyOfArticle: number[] = new Array(items.length);
  const results: StreamResult[] = new Array(items.length);
  for (const { item, i } of order) {
    const prepared = prepareArticle(item);
    const placement = await placeArticle(prepared, index, options);
    let storyId: number;
    if (placement.kind === 'known' || placement.kind === 'version') {
      storyId = storyOfArticle[placement.articleId] ?? placement.articleId;
      storyOfArticle[i] = storyId;
      results[i] = { key: item.key, story: storyKeys[storyId] as string, related: [] };
      continue;
    }
    if (placement.kind === 'join') storyId = placement.storyId;
    else {
      storyId = storyKeys.length;
      storyKeys.push(item.key);
    }
    storyOfArticle[i] = storyId;
    await index.add(indexEntryOf(prepared, i, storyId));
    results[i] = {
      key: item.key,
      story: storyKeys[storyId] as string,
      related: placement.related.map((s) => storyKeys[s] as string),
    };
  }
  return results;
}
