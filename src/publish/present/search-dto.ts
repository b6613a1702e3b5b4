import type { HighlightTerm, SnippetDto } from './search-snippet.ts';
import { searchSnippet } from './search-snippet.ts';
import type { StoryDto } from './story-dto.ts';

/** A facet value with the number of matching stories that carry it. */
export type FacetDto = { readonly value: string; readonly label: string; readonly count: number };

/** One search hit: the story, the best-matching article and a highlighted snippet of it. */
export type SearchHitDto = {
  readonly story: StoryDto;
  readonly article_id: number;
  readonly score: number;
  readonly snippet: SnippetDto;
};

/** A page of search results with facet counts (over the best-ranked matches) and the next cursor. */
export type SearchResultDto = {
  readonly query: string;
  readonly total_articles: number;
  readonly total_capped: boolean;
  readonly story_count: number;
  readonly data: SearchHitDto[];
  readonly facets: {
    readonly entity_kinds: FacetDto[];
    readonly entities: FacetDto[];
    readonly event_types: FacetDto[];
    readonly sources: FacetDto[];
  };
  readonly next_cursor: string | null;
};

/** The hit's snippet: from the article body around the best cluster of matched words. */
export function toSearchHitDto(
  story: StoryDto,
  hit: { articleId: number; score: number },
  article: { text: string } | undefined,
  terms: readonly HighlightTerm[],
): SearchHitDto {
  return {
    story,
    article_id: hit.articleId,
    score: hit.score,
    snippet: searchSnippet(article?.text ?? story.title, terms),
  };
}
