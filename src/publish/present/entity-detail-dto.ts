import type { KbEntry } from '../../analysis/kb/kb-types.ts';
import { entityPath } from './highlight.ts';
import type { StoryDto } from './story-dto.ts';

/** Facts the knowledge base holds about an entity (all optional: not every entity is in the KB). */
export type EntityFactsDto = {
  readonly aliases: string[];
  readonly country: string | null;
  readonly country_name: string | null;
  readonly type: string | null;
  readonly description: string | null;
  readonly members: string[];
  readonly vendor: string | null;
  readonly kb_source: string | null;
};

/** A related entity with how many stories it shares. */
export type CoEntityDto = {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly story_count: number;
  readonly path: string;
};

/** An entity page's data: identity, KB facts, story timeline, co-occurring entities and newest stories. */
export type EntityDetailPageDto = {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly path: string;
  readonly facts: EntityFactsDto;
  readonly timeline: Array<{ readonly day: string; readonly count: number }>;
  readonly co_occurring: CoEntityDto[];
  readonly ledger: {
    readonly accuser: number;
    readonly accused: number;
    readonly supporter: number;
    readonly denier: number;
  };
  readonly stories: StoryDto[];
};

/** The KB facts of an entry (empty facts when the entity is not in the knowledge base). */
export function toEntityFactsDto(
  entry: KbEntry | undefined,
  countryName: (id: string) => string | null,
): EntityFactsDto {
  return {
    aliases: entry ? entry.aliases.filter((a) => a !== entry.name) : [],
    country: entry?.country ?? null,
    country_name: entry?.country ? countryName(entry.country) : null,
    type: entry?.type ?? null,
    description: entry?.description ?? null,
    members: entry?.members ? [...entry.members] : [],
    vendor: entry?.vendor ?? null,
    kb_source: entry?.source ?? null,
  };
}

/** The JSON form of a co-occurring entity. */
export function toCoEntityDto(e: { id: string; kind: string; name: string; count: number }): CoEntityDto {
  return { id: e.id, kind: e.kind, name: e.name, story_count: e.count, path: entityPath(e.id) };
}

/** True for entities that can accuse or be accused: states, threat actors and organisations. */
export function isLedgerParty(kind: string): boolean {
  return kind === 'country' || kind === 'threat-actor' || kind === 'organization';
}
