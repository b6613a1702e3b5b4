import type { Article } from '../../domain/article.ts';
import { SECTION_TITLES, type Story } from '../../domain/story.ts';
import { compareArticles } from './analysed-text.ts';
import { isSection } from './group-by-section.ts';
import type { EntityCount } from './key-entities.ts';

/** One article of a story as its outlet published it. */
export type OutletDto = {
  readonly article_id: number;
  readonly outlet: string;
  readonly title: string;
  readonly url: string;
  readonly published_at: string;
};

/** An entity a story mentions, with its mention count. */
export type EntityRefDto = {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly mention_count: number;
};

/** A story as the API lists it. */
export type StoryDto = {
  readonly id: number;
  readonly title: string;
  readonly section: string;
  readonly section_title: string;
  readonly article_count: number;
  readonly outlet_count: number;
  readonly first_seen_at: string;
  readonly last_seen_at: string;
  readonly path: string;
  readonly outlets: OutletDto[];
  readonly entities: EntityRefDto[];
};

/** The JSON form of one article as an outlet entry. */
export function toOutletDto(
  article: Pick<Article, 'id' | 'outlet' | 'title' | 'url' | 'publishedAt'>,
): OutletDto {
  return {
    article_id: article.id,
    outlet: article.outlet,
    title: article.title,
    url: article.url,
    published_at: article.publishedAt,
  };
}

/** The JSON form of an entity count. */
export function toEntityRefDto(entity: EntityCount): EntityRefDto {
  return { id: entity.id, kind: entity.kind, name: entity.name, mention_count: entity.mentionCount };
}

/** The JSON form of a story with its outlets (earliest first) and the entities it mentions (none when omitted). */
export function toStoryDto(
  story: Story,
  articles: ReadonlyArray<Pick<Article, 'id' | 'outlet' | 'title' | 'url' | 'publishedAt'>>,
  entities: readonly EntityCount[] = [],
): StoryDto {
  return {
    id: story.id,
    title: story.title,
    section: story.section,
    section_title: isSection(story.section) ? SECTION_TITLES[story.section] : SECTION_TITLES.other,
    article_count: story.articleCount,
    outlet_count: story.outletCount,
    first_seen_at: story.firstSeenAt,
    last_seen_at: story.lastSeenAt,
    path: `/stories/${story.id}`,
    outlets: [...articles].sort(compareArticles).map(toOutletDto),
    entities: entities.map(toEntityRefDto),
  };
}
