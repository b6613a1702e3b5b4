import type { Context } from 'hono';
import type { SearchResultDto } from '../../../publish/present/search-dto.ts';
import { toSearchHitDto } from '../../../publish/present/search-dto.ts';
import type { Db } from '../../../store/database.ts';
import { findArticle } from '../../../store/repositories/articles.ts';
import { highlightTerms } from '../../../store/search/parse-query.ts';
import { RANK_WINDOW, type SearchQuery, searchStories } from '../../../store/search/search-stories.ts';
import { findStories, loadStoryDtos } from '../../load-stories.ts';
import {
  BadParam,
  many,
  offsetCursor,
  one,
  readDateRange,
  readEntities,
  readEventTypes,
  readKinds,
  readLimit,
  readOffsetCursor,
} from './query.ts';

/** Reads `q` and the facet filters (entity, kind, type, source, from, to); throws BadParam (400) when malformed. */
export function readSearchQuery(c: Context): SearchQuery {
  const text = one(c, 'q') ?? '';
  if (text.length > 300) throw new BadParam('invalid_q', 'q must be at most 300 characters');
  const outlets = many(c, 'source');
  for (const o of outlets) {
    if (o.length > 200) throw new BadParam('invalid_source', 'source must be an outlet host name');
  }
  return {
    text,
    entityIds: readEntities(c),
    entityKinds: readKinds(c),
    eventTypes: readEventTypes(c),
    outlets,
    ...readDateRange(c),
  };
}

/** Runs a search and shapes the page of results (stories, snippets, facets, next cursor). */
export async function runSearch(
  db: Db,
  query: SearchQuery,
  page: { offset: number; limit: number },
): Promise<SearchResultDto> {
  const result = await searchStories(db, query, page);
  const stories = await loadStoryDtos(
    db,
    await findStories(
      db,
      result.hits.map((h) => h.storyId),
    ),
  );
  const byId = new Map(stories.map((s) => [s.id, s]));
  const terms = highlightTerms(result.parts);
  const data = await Promise.all(
    result.hits.flatMap((h) => {
      const story = byId.get(h.storyId);
      return story ? [findArticle(db, h.articleId).then((a) => toSearchHitDto(story, h, a, terms))] : [];
    }),
  );
  const next = page.offset + page.limit;
  return {
    query: query.text,
    total_articles: result.totalArticles,
    total_capped: result.totalCapped,
    story_count: result.storyCount,
    data,
    facets: {
      entity_kinds: result.facets.entityKinds,
      entities: result.facets.entities,
      event_types: result.facets.eventTypes,
      sources: result.facets.outlets,
    },
    next_cursor: next < result.storyCount ? offsetCursor(next) : null,
  };
}

/** The page parameters of a search request. */
export function readSearchPage(c: Context, fallback: number): { offset: number; limit: number } {
  return { offset: readOffsetCursor(c, RANK_WINDOW), limit: readLimit(c, fallback, 50) };
}
