import { analysisTextOf } from '../domain/article-text.ts';
import { withoutSpans } from '../lib/text.ts';
import type { StoryInput } from './cluster-article.ts';

/** What the story layers take from an article's analysis (a subset of `Analysis`). */
export type StoryAnalysis = {
  readonly entities: readonly { readonly id: string }[];
  readonly events: readonly { readonly type: string }[];
  readonly boilerplate: readonly { readonly start: number; readonly end: number }[];
};

/** The article fields the story layers read besides its analysis. */
export type StoryArticle = Omit<StoryInput, 'entityIds' | 'eventTypes'>;

/**
 * The story layers' input for an analysed article, built exactly as the pipeline builds it: the body
 * without boilerplate ("Source link", sign-up lines; spans of `analysisTextOf(article)`), so a republished
 * copy that only adds such lines hashes and shingles like its original, plus entity ids and event types.
 * The eval uses this so it scores the pipeline's inputs, not a variant. Pure.
 */
export function storyInputOf(article: StoryArticle, analysis: StoryAnalysis): StoryInput {
  const { title, text } = article;
  return {
    ...article,
    text: withoutSpans(analysisTextOf({ title, text }), analysis.boilerplate, title.length + 2),
    entityIds: analysis.entities.map((e) => e.id),
    eventTypes: analysis.events.map((e) => e.type),
  };
}
