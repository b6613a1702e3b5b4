import type { Analysis, Mention } from '../../domain/analysis.ts';
import type { Article } from '../../domain/article.ts';
import type { Story } from '../../domain/story.ts';
import { analysedText, bodyOffset, representativeArticle } from './analysed-text.ts';
import { type QuoteDto, type StoryEventDto, toQuoteDtos, toStoryEventDtos } from './analysis-event-dto.ts';
import type { EntityCount } from './key-entities.ts';
import { type OutletDto, type StoryDto, toStoryDto } from './story-dto.ts';

/** A mention as offsets into `representative.text`. */
export type MentionDto = Pick<Mention, 'start' | 'end' | 'text' | 'sentence' | 'rule'>;

/** An entity of a story with its story-wide count and its mentions in the representative text. */
export type EntityDetailDto = {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly mention_count: number;
  readonly mentions: MentionDto[];
};

/** The text the analysis offsets index into, from the story's representative article. */
export type RepresentativeDto = {
  readonly article_id: number;
  readonly outlet: string;
  readonly url: string;
  readonly language: string | null;
  readonly text: string;
  /** Offset in `text` where the body starts (after the title and a blank line). */
  readonly body_start: number;
};

/** A story with every outlet, its first reporter, its representative text and its entities with mentions. */
export type StoryDetailDto = Omit<StoryDto, 'entities'> & {
  readonly first_reporter: OutletDto | null;
  readonly representative: RepresentativeDto | null;
  readonly entities: EntityDetailDto[];
  /** Events of the representative text (offsets into `representative.text`); empty before events existed. */
  readonly events: StoryEventDto[];
  /** Quotations of the representative text with speakers; empty when none. */
  readonly quotes: QuoteDto[];
  /** Stories the clustering linked to this one, best first. */
  readonly related: StoryDto[];
};

/**
 * The JSON form of one story: `analysis` is the representative article's (mention offsets index into
 * `representative.text`); `entities` are the story-wide counts from the store, merged with the analysis.
 */
export function toStoryDetailDto(
  story: Story,
  articles: readonly Omit<Article, 'html'>[],
  analysis: Analysis | undefined,
  entities: readonly EntityCount[] = [],
  related: readonly StoryDto[] = [],
): StoryDetailDto {
  const base = toStoryDto(story, articles);
  const rep = representativeArticle(story.representativeArticleId, articles);
  const byId = new Map<string, EntityDetailDto>();
  for (const e of entities) {
    byId.set(e.id, { id: e.id, kind: e.kind, name: e.name, mention_count: e.mentionCount, mentions: [] });
  }
  for (const e of analysis?.entities ?? []) {
    const mentions = e.mentions.map(({ start, end, text, sentence, rule }) => ({
      start,
      end,
      text,
      sentence,
      rule,
    }));
    const known = byId.get(e.id);
    byId.set(e.id, {
      id: e.id,
      kind: e.kind,
      name: e.name,
      mention_count: known?.mention_count ?? mentions.length,
      mentions,
    });
  }
  return {
    ...base,
    first_reporter: base.outlets[0] ?? null,
    representative: rep
      ? {
          article_id: rep.id,
          outlet: rep.outlet,
          url: rep.url,
          language: rep.language,
          text: analysedText(rep),
          body_start: bodyOffset(rep),
        }
      : null,
    entities: [...byId.values()].sort(
      (a, b) => b.mention_count - a.mention_count || a.id.localeCompare(b.id),
    ),
    events: toStoryEventDtos(analysis),
    quotes: toQuoteDtos(analysis),
    related: [...related],
  };
}
